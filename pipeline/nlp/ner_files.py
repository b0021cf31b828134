"""What a shipped NER model folder holds beyond spaCy's own files: shared by the loader
(`nlp/pipeline.py`) and the trainer (`nlp/train_ner.py`), which sits above it."""

MANIFEST = "manifest.json"  # inside the model folder, beside spaCy's own files
FORMAT = 1
# only shown when a manifest is missing; a manifest records the exact command that built its model
REBUILD = "evidence model train-ner --data NER_DATASETS_FOLDER --vector-text RECORDS_FOLDER"
