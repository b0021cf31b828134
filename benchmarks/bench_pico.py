"""Extract-stage cost of the P/I/O tagger: the extraction (`extract_batch`, with the shipped NER model,
as `evidence extract` runs it) over the bundled offline corpus without the tagger, with the shipped
tagger and, given ``--baseline-model DIR``, with another tagger (e.g. the previous model, checked out
with ``git archive``), in one process, rotating the order over several rounds (issue 17's goal: the
first refresh no more than 1.5x today's time; the extract stage is the part the tagger adds to).
``--baseline-model`` may be given more than once; ``--cpu`` times the process's CPU instead of the wall clock
(the machine may be shared); ``--limit N`` reads the first N articles only.

    .venv/bin/python benchmarks/bench_pico.py [--baseline-model DIR ...] [--cpu] [--limit N] [SOURCE ...]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.config import PROJECT_ROOT  # noqa: E402


def main() -> None:
    from pipeline.claims.catalog import lexicon_entries
    from pipeline.models import Article
    from pipeline.nlp import pico
    from pipeline.nlp.evidence import extract_batch
    from pipeline.nlp.pipeline import build_nlp
    from pipeline.parsing import iter_paths, parse_path

    ap = argparse.ArgumentParser()
    ap.add_argument("--baseline-model", type=Path, action="append", default=[])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cpu", action="store_true", help="CPU time of this process, not wall time")
    ap.add_argument("--limit", type=int, default=None, help="the first N articles only")
    ap.add_argument("sources", nargs="*")
    a = ap.parse_args()
    sources = a.sources or [str(PROJECT_ROOT / "data" / "corpus")]
    seen, arts = set(), []
    for path in iter_paths(sources):
        for art in parse_path(path):
            if isinstance(art, Article) and art.pmid not in seen:
                seen.add(art.pmid)
                arts.append(art)
    arts = arts[:a.limit] if a.limit else arts
    clock = time.process_time if a.cpu else time.perf_counter
    nlp = build_nlp(extra_terms=lexicon_entries())
    shipped = pico.load_tagger()
    taggers = {"without the P/I/O tagger": None, "with the shipped tagger": shipped}
    for b in a.baseline_model:
        taggers[f"with {b}"] = pico.PicoTagger(b, pico.check_model(b))
    real_load = pico.load_tagger
    extract_batch(arts[:20], nlp=nlp)  # load every model outside the timing
    for t in taggers.values():
        if t is not None:
            [t.spans_of_doc(d) for d in nlp.pipe(f"{x.title}\n{x.abstract}" for x in arts[:20])]
    times = {k: [] for k in taggers}
    names = list(taggers)
    try:
        for r in range(a.rounds):
            for name in names[r % len(names):] + names[:r % len(names)]:
                tagger = taggers[name]
                pico.load_tagger = (lambda *_a, _t=tagger: _t)
                t = clock()
                extract_batch(arts, nlp=nlp, pico=tagger is not None)
                times[name].append(clock() - t)
    finally:
        pico.load_tagger = real_load
    n, n_abs = len(arts), sum(1 for x in arts if x.abstract)
    print(f"{n} articles ({n_abs} with an abstract), median of {a.rounds} rounds, {'CPU' if a.cpu else 'wall'} time")
    base = statistics.median(times[names[0]])
    for name in names:
        m = statistics.median(times[name])
        print(f"extract {name:<40} {m:6.1f} s  ({n / m:5.0f} articles/s)  ratio {m / base:.2f}x")
    for name in names[2:]:
        print(f"{name} / shipped tagger: {statistics.median(times[name]) / statistics.median(times[names[1]]):.2f}x")
    print("per round:", {k: [round(x, 2) for x in v] for k, v in times.items()})
    print("goal for the whole first refresh: <= 1.5x")


if __name__ == "__main__":
    main()
