"""Unlabelled biomedical text (titles and abstracts) for word vectors and word clusters.

We cannot download vectors trained on PubMed, so the models train their own on the text we have. The
NER's vectors read record files (``word_vectors.sentences``); for the P/I/O tagger's word clusters this is an option
(``train-pico --cluster-text``), off: on its tuning split, clusters from train's text plus 11,355 further
abstracts gave Intervention token F1 0.645 / 0.642 / 0.639 against 0.639 / 0.644 / 0.632 from train's text
alone (vector and k-means seeds 0 / 1 / 2), Participants +0.003 and Outcome -0.004 (seed 0): within the
seeds' spread (docs/measurement-history.md, "P/I/O spans", session 43).

What is read from the paths given (files or folders, walked in sorted order); no label is ever read:

- record files the ingest stage reads (PubMed XML, MEDLINE, JSONL/CSV/TSV records, OpenAlex): title and
  abstract of every article with an abstract (``pipeline.parsing``);
- JSON lines that are not records but carry a ``text`` field, or ``title`` and ``abstract`` (Evidence
  Inference's abstracts, the PICO corpus);
- PubTator files (``pmid|t|…``, ``pmid|a|…``; the mention lines are skipped);
- brat standoff text: a ``.txt`` beside a ``.ann`` of the same name (JNLPBA, NCBI-disease).

Held-out text is left out: a text whose PMID is in ``exclude_pmids`` or whose opening (whitespace
folded, lower case) is that of one of ``exclude_texts``; a text under 200 characters (a title without its
abstract) is not kept. A text met twice (same PMID, or the same
opening when there is no PMID) is kept once.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.config import PROJECT_ROOT

# EBM-NLP's expert-annotated test abstracts (the P/I/O target's measure): never trained on, not even as
# unlabelled text. Identifiers only (provenance in the file's header).
EBM_NLP_TEST_PMIDS = PROJECT_ROOT / "data" / "eval" / "ebm_nlp_test_pmids.txt"
_OPENING = 200  # characters compared to tell two copies of one abstract without a PMID
# shorter texts are titles without an abstract (e.g. the claim references' records): too little context
MIN_CHARS = 200


def opening(text: str) -> str:
    """The text's first characters, whitespace folded and lower-cased (how copies are recognised)."""
    return " ".join(text.split())[:_OPENING].lower()


def read_pmids(path: Path) -> set[str]:
    """PMIDs listed one a line in ``path`` (``#`` starts a comment)."""
    out = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(line)
    return out


def _jsonl_texts(path: Path) -> Iterator[tuple[str | None, str]]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError:
                return  # not JSON lines after all
            if not isinstance(d, dict):
                return
            text = d.get("text") or " ".join(str(d.get(k) or "") for k in ("title", "abstract")).strip()
            if isinstance(text, str) and text:
                pmid = d.get("pmid")
                yield (str(pmid) if pmid else None), text


def _file_texts(path: Path) -> Iterator[tuple[str | None, str]]:
    """(PMID or None, title + abstract) of every text in one file, by its kind."""
    from pipeline.models import Article
    from pipeline.nlp.pubtator import is_pubtator, read_pubtator
    from pipeline.parsing import detect, parse_path

    name = path.name.lower()
    if name.endswith(".txt"):
        if path.with_suffix(".ann").exists():
            yield path.stem if path.stem.isdigit() else None, path.read_text(encoding="utf-8")
        elif is_pubtator(path):
            for d in read_pubtator(path):
                yield d.pmid, d.text
        return
    if not {s.lower() for s in path.suffixes} & detect.SUPPORTED_SUFFIXES:
        return
    found = False
    for item in parse_path(path):
        if isinstance(item, Article) and item.abstract:
            found = True
            yield item.pmid or None, f"{item.title} {item.abstract}"
    if not found and (name.endswith(".jsonl") or name.endswith(".jsonl.gz")):
        yield from _jsonl_texts(path)


def _files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        elif p.is_file():
            yield p


def fingerprint(paths: Iterable[str | Path]) -> list[dict]:
    """One entry per path given: its name, how many files under it hold text this module reads, and one
    SHA-256 over those files' relative names and contents (a folder of 4,000 brat files would otherwise
    fill a manifest)."""
    import hashlib

    out = []
    for raw in paths:
        root = Path(raw)
        h, n = hashlib.sha256(), 0
        for f in _files([root]):
            if next(_file_texts(f), None) is None:
                continue
            n += 1
            rel = f.relative_to(root).as_posix() if root.is_dir() else f.name
            h.update(rel.encode("utf-8") + b"\0" + hashlib.sha256(f.read_bytes()).digest())
        out.append({"path": root.name, "files": n, "sha256": h.hexdigest()})
    return out


def unlabelled_texts(paths: Iterable[str | Path], exclude_pmids: Iterable[str] = (),
                     exclude_texts: Iterable[str] = ()) -> list[str]:
    """Every distinct title + abstract under ``paths`` (kinds in the module docstring), less the held-out
    ones, sorted (so the same files give the same list, whatever the walk)."""
    pmids_out = {str(p) for p in exclude_pmids}
    openings_out = {opening(t) for t in exclude_texts}
    seen_pmids: set[str] = set()
    seen_openings: set[str] = set()
    out: list[str] = []
    for f in _files(paths):
        for pmid, text in _file_texts(f):
            text = text.strip()
            if len(text) < MIN_CHARS:
                continue
            head = opening(text)
            if (pmid and pmid in pmids_out) or head in openings_out:
                continue
            if (pmid and pmid in seen_pmids) or head in seen_openings:
                continue
            if pmid:
                seen_pmids.add(pmid)
            seen_openings.add(head)
            out.append(text)
    return sorted(out)
