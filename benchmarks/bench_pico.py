"""Extract-stage cost of the P/I/O tagger: the extraction (`extract_batch`, with the shipped NER model,
as `evidence extract` runs it) over the bundled offline corpus with and without the tagger, in one
process, alternating the order over several rounds (issue 17's goal: the first refresh no more than
1.5x today's time; the extract stage is the part the tagger adds to).

    .venv/bin/python benchmarks/bench_pico.py [SOURCE ...]   # default: data/corpus
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.config import PROJECT_ROOT  # noqa: E402


def main() -> None:
    from pipeline.claims.catalog import lexicon_entries
    from pipeline.models import Article
    from pipeline.nlp.evidence import extract_batch
    from pipeline.nlp.pipeline import build_nlp
    from pipeline.parsing import iter_paths, parse_path

    sources = sys.argv[1:] or [str(PROJECT_ROOT / "data" / "corpus")]
    seen, arts = set(), []
    for path in iter_paths(sources):
        for a in parse_path(path):
            if isinstance(a, Article) and a.pmid not in seen:
                seen.add(a.pmid)
                arts.append(a)
    nlp = build_nlp(extra_terms=lexicon_entries())
    extract_batch(arts[:20], nlp=nlp)  # load every model outside the timing
    times = {False: [], True: []}
    for r in range(3):
        for with_pico in ((False, True) if r % 2 == 0 else (True, False)):
            t = time.perf_counter()
            extract_batch(arts, nlp=nlp, pico=with_pico)
            times[with_pico].append(time.perf_counter() - t)
    without, with_ = statistics.median(times[False]), statistics.median(times[True])
    n, n_abs = len(arts), sum(1 for a in arts if a.abstract)
    print(f"{n} articles ({n_abs} with an abstract), median of 3 rounds")
    print(f"extract without the P/I/O tagger: {without:6.1f} s  ({n / without:5.0f} articles/s)")
    print(f"extract with the P/I/O tagger:    {with_:6.1f} s  ({n / with_:5.0f} articles/s)")
    print(f"ratio {with_ / without:.2f}x (goal for the whole first refresh: <= 1.5x)")


if __name__ == "__main__":
    main()
