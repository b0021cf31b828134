"""Findings reader speed: milliseconds per claim–study comparison read (``read_finding``: rank the
abstract's sentences, classify what is read), as the link stage calls it — the shipped model, the
product's thresholds. Prompts: the seven bundled-corpus abstracts of ``tests/fixtures/findings_abstracts.jsonl``
with a few intervention / comparator / outcome prompts each (written here), or the first
``--limit`` prompts of an Evidence Inference split named with ``--data FOLDER [--split train]``
(timing only; nothing is scored).

    .venv/bin/python benchmarks/bench_findings.py [--data PATH/TO/evidence_inference] [--repeat 3]

To compare two versions, run it under each checkout (PYTHONPATH) on the same machine, one after the other.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FIXTURE = ROOT / "tests" / "fixtures" / "findings_abstracts.jsonl"
# (intervention, comparator, outcome) read against every fixture abstract: as in the link stage, most
# prompts name an outcome the abstract reports and some name none
PROMPTS = (("mosaicplasty", "microfracture", "Lysholm score"),
           ("platelet-rich plasma", "hyaluronic acid", "WOMAC pain score"),
           ("mesenchymal stem cells", "placebo", "adverse events"),
           ("autologous chondrocyte implantation", "microfracture", "KOOS"),
           ("treatment", "control", "visual analogue scale pain"))


def prompts(data: Path | None, split: str, limit: int) -> list[tuple[str, str, str, str]]:
    if data is None:
        rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
        return [(f"{r['title']}\n{r['abstract']}", *p) for r in rows for p in PROMPTS]
    from pipeline.nlp.findings_data import read_split

    return [(p.abstract, p.intervention, p.comparator, p.outcome) for p in read_split(data, split)[:limit]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--split", default="train")
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from pipeline.nlp import findings as F

    model = F.load_model()
    rows = prompts(args.data, args.split, args.limit)
    F.read_finding(*rows[0], model=model)  # load vocabularies and compile patterns outside the timing
    best = float("inf")
    for _ in range(args.repeat):
        t = time.perf_counter()
        for r in rows:
            F.read_finding(*r, model=model)
        best = min(best, time.perf_counter() - t)
    print(f"{len(rows)} comparisons: {1000 * best / len(rows):.2f} ms each (best of {args.repeat})")


if __name__ == "__main__":
    main()
