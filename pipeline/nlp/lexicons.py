"""Lexicons of therapies, conditions, outcomes and species (``data/lexicons/*.yaml``), plus terms the
caller adds (the claim catalog's therapies and conditions, given by :func:`pipeline.claims.catalog.lexicon_entries`:
the NLP layer knows no claims)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml

from pipeline.config import PROJECT_ROOT

LEXICON_DIR = PROJECT_ROOT / "data" / "lexicons"
# libyaml's parser when PyYAML was built with it: the same documents (checked on every file of data/),
# about eight times faster than the pure-Python one; the safe constructor and resolver either way
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FILES = {"THERAPY": "therapies.yaml", "CONDITION": "conditions.yaml", "OUTCOME": "outcomes.yaml",
         "SPECIES": "species.yaml"}


@dataclass(frozen=True)
class LexiconEntry:
    label: str
    concept: str
    term: str


@lru_cache(maxsize=4)
def load_lexicons(extra: tuple[LexiconEntry, ...] = ()) -> tuple[LexiconEntry, ...]:
    """Every (label, concept, term) of the lexicon files, then ``extra``; the first of a (label, term) wins."""
    entries: list[LexiconEntry] = []
    for label, name in FILES.items():
        path = LEXICON_DIR / name
        if not path.exists():
            continue
        for concept, syns in (yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}).items():
            for term in [concept, *(syns or [])]:
                entries.append(LexiconEntry(label, str(concept), str(term)))
    entries += extra
    seen, out = set(), []
    for e in entries:
        k = (e.label, e.term.lower())
        if k not in seen:
            seen.add(k)
            out.append(e)
    return tuple(out)
