"""Lexicons of therapies, conditions, outcomes and species (``data/lexicons/*.yaml``), plus the claim catalog."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from pipeline.config import PROJECT_ROOT

log = logging.getLogger(__name__)
LEXICON_DIR = PROJECT_ROOT / "data" / "lexicons"
FILES = {"THERAPY": "therapies.yaml", "CONDITION": "conditions.yaml", "OUTCOME": "outcomes.yaml",
         "SPECIES": "species.yaml"}


@dataclass(frozen=True)
class LexiconEntry:
    label: str
    concept: str
    term: str


@lru_cache(maxsize=4)
def load_lexicons(claims_path: str | None = None) -> tuple[LexiconEntry, ...]:
    """Every (label, concept, term); the claim catalog's therapies and conditions are added when present."""
    entries: list[LexiconEntry] = []
    for label, name in FILES.items():
        path = LEXICON_DIR / name
        if not path.exists():
            continue
        for concept, syns in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            for term in [concept, *(syns or [])]:
                entries.append(LexiconEntry(label, str(concept), str(term)))
    catalog = Path(claims_path) if claims_path else PROJECT_ROOT / "data" / "claims.yaml"
    if catalog.exists():
        try:
            from pipeline.claims.catalog import load_catalog

            for c in load_catalog(catalog, validate=False):
                for term in c.therapy.all_names:
                    entries.append(LexiconEntry("THERAPY", c.therapy.name, term))
                for term in c.condition.all_names:
                    entries.append(LexiconEntry("CONDITION", c.condition.name, term))
        except Exception as exc:  # a broken catalog must not stop the NLP stage
            log.warning("claim catalog not used for lexicons: %s", exc)
    seen, out = set(), []
    for e in entries:
        k = (e.label, e.term.lower())
        if k not in seen:
            seen.add(k)
            out.append(e)
    return tuple(out)
