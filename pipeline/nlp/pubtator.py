"""Read PubTator files (``pmid|t|title``, ``pmid|a|abstract``, then tab-separated mentions).

BC5CDR ships its documents this way with character offsets into "title + space + abstract", which
lets the NER be measured on whole raw abstracts — the way the pipeline meets text — rather than on
pre-tokenised sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class PubtatorDoc:
    pmid: str
    text: str
    spans: set[tuple[int, int, str]] = field(default_factory=set)  # char start, char end, label


def is_pubtator(path: str | Path) -> bool:
    """True when the file's first non-empty line looks like ``pmid|t|title``."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                head = line.split("|", 2)
                return len(head) == 3 and head[0].isdigit() and head[1] in ("t", "a")
    return False


def read_pubtator(path: str | Path) -> list[PubtatorDoc]:
    docs: list[PubtatorDoc] = []
    cur: PubtatorDoc | None = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                cur = None
                continue
            head = line.split("|", 2)
            if len(head) == 3 and head[1] in ("t", "a") and head[0].isdigit():
                if cur is None or cur.pmid != head[0]:
                    cur = PubtatorDoc(head[0], head[2])
                    docs.append(cur)
                else:
                    cur.text += " " + head[2]
                continue
            parts = line.split("\t")
            if cur is not None and len(parts) >= 5 and parts[1].isdigit() and parts[2].isdigit():
                cur.spans.add((int(parts[1]), int(parts[2]), parts[4]))
    return docs
