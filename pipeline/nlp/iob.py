"""Read IOB files (one ``token<TAB>tag`` per line, blank line between sentences)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class IobSentence:
    tokens: list[str]
    spans: list[tuple[int, int, str]]  # token start, token end (exclusive), label

    def text_and_offsets(self) -> tuple[str, list[tuple[int, int]]]:
        """The sentence as text (tokens joined by spaces) and each token's character span."""
        offsets, pos = [], 0
        for t in self.tokens:
            offsets.append((pos, pos + len(t)))
            pos += len(t) + 1
        return " ".join(self.tokens), offsets


def read_iob(path: str | Path) -> list[IobSentence]:
    sents: list[IobSentence] = []
    tokens: list[str] = []
    tags: list[str] = []

    def close() -> None:
        if tokens:
            spans, start, label = [], None, None
            for i, tag in enumerate(tags + ["O"]):
                if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != label):
                    spans.append((start, i, label))
                    start = label = None
                if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                    start, label = i, tag[2:]
            sents.append(IobSentence(list(tokens), spans))
        tokens.clear()
        tags.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                close()
                continue
            parts = line.split("\t")
            if len(parts) < 2 or not parts[0]:
                continue
            tokens.append(parts[0])
            tags.append(parts[-1].strip() or "O")
    close()
    return sents
