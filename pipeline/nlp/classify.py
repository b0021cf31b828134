"""`evidence classify`: the extraction pipeline over record files, JSON lines out, no database."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Iterator

from pipeline.models import Article, ParseProblem
from pipeline.nlp.evidence import extract_batch


def _articles(path: str, problems: list[ParseProblem]) -> Iterator[Article]:
    from pipeline.parsing import parse_path

    for item in parse_path(path):
        if isinstance(item, Article):
            yield item
        elif isinstance(item, ParseProblem):
            problems.append(item)


def classify_stream(path: str, out: IO[str], *, use_metadata: bool = True, batch: int = 256) -> tuple[int, list[ParseProblem]]:
    """Write one JSON object per record of ``path`` to ``out``; returns (records written, problems)."""
    from pipeline.nlp.pipeline import build_nlp

    nlp = build_nlp()
    problems: list[ParseProblem] = []
    n = 0
    buf: list[Article] = []

    def flush() -> None:
        nonlocal n
        evs = extract_batch(buf, use_metadata=use_metadata, nlp=nlp)
        for a, ev in zip(buf, evs):
            obj = ev.to_dict()
            claim = a.extra.get("claim")
            if claim:
                from pipeline.claims.direction import read_direction

                d = read_direction(claim, a)
                obj["claim"] = claim
                obj["direction"] = d.direction
                obj["direction_sentence"] = d.sentence
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            n += 1
        buf.clear()

    for a in _articles(path, problems):
        buf.append(a)
        if len(buf) >= batch:
            flush()
    if buf:
        flush()
    return n, problems
