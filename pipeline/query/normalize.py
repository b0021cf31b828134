"""One normalisation for documents and queries, so both sides tokenise alike."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.parsing.text import to_nlm_ascii

_SPLIT = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=200_000)
def _ascii(text: str) -> str:
    return to_nlm_ascii(text).lower()


def tokens(text: str | None) -> list[str]:
    """Lower-case ASCII word tokens; punctuation and hyphens separate ("platelet-rich" → platelet, rich)."""
    if not text:
        return []
    if text.isascii():
        return _SPLIT.findall(text.lower())
    return _SPLIT.findall(_ascii(text))


# cached: the query index keys every article's MeSH headings, qualifiers and publication types, a few
# thousand distinct terms repeated ≈ 28,000 times over the bundled corpus
@lru_cache(maxsize=65_536)
def key(text: str) -> str:
    """Canonical form of a controlled term (MeSH descriptor, publication type): tokens joined by spaces."""
    return " ".join(tokens(text))
