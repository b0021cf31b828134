"""Rebuild the bundled offline corpus (``data/corpus/``) from the workshop corpus.

    .venv/bin/python data/corpus/make_bundle.py --data ../shared/corpus

What goes in, and why:
- ``topical/``: the record files of the topical sets, byte for byte (the SYNERGY MSC-knee-OA screening
  set and the intervertebral-disc esearch set). They hold nearly all of the seed claims' local evidence.
  SYNERGY's side files (labels, ids, metadata) are not records and stay in the workshop; its labels of
  the included trials are in ``tests/fixtures/synergy_msc_trials.csv``.
- ``general/<set>/<file>.excerpt.xml``: from each general PubMed XML file, only the records that some
  claim query of ``data/claims.yaml`` retrieves. Each record element is copied byte for byte between
  the original file's own header (XML declaration, DOCTYPE, root tag) and its root's end tag, so
  the records parse exactly as they did in the original. The rest of a general file is unrelated
  to the seed (antibodies, pancreatic cancer, case reports) and stays in the workshop.

Run over the bundle, every claim query returns the same PMIDs as over the whole workshop corpus, so
the links and grades are the same (checked by this script: it prints both hit totals).
``MANIFEST.md`` (written here) lists each file's origin and SHA-256, and each excerpt's PMIDs.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

RECORD = re.compile(rb"<(PubmedArticle|MedlineCitation)[\s>].*?</\1>", re.S)
PMID = re.compile(rb"<PMID[^>]*>(\d+)</PMID>")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read(path: Path) -> bytes:
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.suffix == ".gz" else raw


def _hits(corpus: Path) -> dict[Path, set[int]]:
    """PMIDs each file contributes to some claim query's hits."""
    from pipeline.claims.catalog import load_catalog
    from pipeline.models import Article
    from pipeline.parsing import iter_paths, parse_path
    from pipeline.query import QueryIndex, SearchDoc

    by_file: dict[Path, set[int]] = {}
    docs = []
    for path in iter_paths([corpus]):
        for it in parse_path(path):
            if isinstance(it, Article):
                docs.append(SearchDoc.from_article(it))
                by_file.setdefault(Path(path), set()).add(it.pmid)
    index = QueryIndex(docs)
    hit = set()
    for claim in load_catalog():
        hit.update(index.search(claim.query))
    return {p: pm & hit for p, pm in by_file.items()}


def excerpt(data: bytes, keep: set[int]) -> tuple[bytes, list[int]]:
    """The file's header, the kept record elements verbatim (one per line), and the root's end tag."""
    first = RECORD.search(data)
    if first is None:
        return b"", []
    header = data[: first.start()]
    root = re.search(rb"<(\w+)[^>]*>\s*$", header.rstrip() + b"\n")
    end_tag = b"</" + root.group(1) + b">\n" if root else b""
    body, kept = [], []
    for m in RECORD.finditer(data):
        pm = PMID.search(m.group(0))
        if pm and int(pm.group(1)) in keep and int(pm.group(1)) not in kept:
            body.append(m.group(0))
            kept.append(int(pm.group(1)))
    return header.rstrip() + b"\n" + b"\n".join(body) + b"\n" + end_tag, kept


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, required=True, help="the workshop corpus folder (../shared/corpus)")
    args = ap.parse_args()
    src = args.data.resolve()
    for sub in ("topical", "general"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
    lines = ["# Bundled offline corpus", "",
             "Real PubMed records that ship with the project, so `make run` and the tests work with nothing",
             "beside the repository. Rebuilt by `python data/corpus/make_bundle.py --data ../shared/corpus`",
             "(see its docstring for what is kept and why). Origins: the workshop corpus's own MANIFEST",
             "(each file taken byte for byte from a public GitHub repository; SYNERGY is CC0; PubMed",
             "records are under NLM's terms).", "", "| bundled file | from (workshop corpus) | sha256 of the source | records |",
             "|---|---|---|---|"]
    for path in sorted((src / "topical").rglob("*")):
        if path.is_file() and path.suffix in (".xml", ".zip", ".gz"):
            rel = path.relative_to(src)
            (HERE / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, HERE / rel)
            lines.append(f"| `{rel}` | `{rel}` (whole file, byte for byte) | `{_sha(path.read_bytes())[:16]}…` | all |")
    hits = _hits(src)
    for path in sorted(hits):
        rel = path.relative_to(src)
        if rel.parts[0] != "general" or not hits[path] or not re.search(r"\.xml(\.gz)?$", path.name):
            continue
        data = _read(path)
        text, kept = excerpt(data, hits[path])
        if not kept:
            continue
        name = re.sub(r"\.xml(\.gz)?$", "", path.name) + ".excerpt.xml"
        out = HERE / rel.parent / name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(text)
        lines.append(f"| `{rel.parent / name}` | `{rel}`: PMIDs {', '.join(map(str, sorted(kept)))} "
                     f"(records byte for byte; the file's own header and root) | `{_sha(path.read_bytes())[:16]}…` "
                     f"| {len(kept)} |")
    bundled = _hits(HERE)
    total_src = sum(len(v) for v in hits.values())
    total_bundle = sum(len(v) for v in bundled.values())
    lines += ["", f"Claim-query hits (distinct PMIDs per file, summed): workshop corpus {total_src}, "
              f"this bundle {total_bundle}."]
    (HERE / "MANIFEST.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"query hits: workshop {total_src}, bundle {total_bundle}")


if __name__ == "__main__":
    main()
