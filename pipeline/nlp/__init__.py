"""NLP stage: a spaCy pipeline built from scispaCy pieces, and the extractors that read each abstract."""
