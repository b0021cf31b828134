"""NLP speed: abstracts/s of our pipeline (no NER model) versus a bare nlp.pipe of the same spaCy
pipeline without our components, on up to 1,000 real abstracts (goal ≥ 100/s, overhead ≤ 1.5×): the
bundled sample's records by default, or the records of the files named.

    .venv/bin/python benchmarks/bench_nlp.py [PATH ...]   # e.g. ../shared/dev/study_design/random2019_dev.tsv.gz
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.config import BUNDLED_CORPUS  # noqa: E402
from pipeline.models import Article  # noqa: E402
from pipeline.parsing import iter_paths, parse_path  # noqa: E402


def main() -> None:
    from pipeline.nlp.evidence import doc_text, extract_batch
    from pipeline.nlp.pipeline import _blank, build_nlp

    paths = iter_paths([Path(p) for p in sys.argv[1:]] or [BUNDLED_CORPUS])
    arts = [a for p in paths for a in parse_path(p) if isinstance(a, Article) and a.abstract][:1000]
    texts = [doc_text(a) for a in arts]
    bare = _blank()
    bare.add_pipe("sentencizer")
    ours = build_nlp(ner=False)
    extract_batch(arts[:20], nlp=ours)  # load models and caches outside the timing

    t = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=64):
        pass
    t_bare = time.perf_counter() - t
    t = time.perf_counter()
    for _ in ours.pipe(texts, batch_size=64):
        pass
    t_comp = time.perf_counter() - t
    t = time.perf_counter()
    extract_batch(arts, nlp=ours, use_metadata=False)
    t_all = time.perf_counter() - t
    n = len(texts)
    print(f"bare scispaCy tokenizer + sentences: {n / t_bare:7.0f} abstracts/s")
    print(f"+ abbreviations + lexicon ruler:     {n / t_comp:7.0f} abstracts/s  ({t_comp / t_bare:.2f}x the bare pass)")
    print(f"full extraction (design, population, N, entities): {n / t_all:7.0f} abstracts/s  ({t_all / t_bare:.2f}x)")


if __name__ == "__main__":
    main()
