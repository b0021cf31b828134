"""Write a fresh set's claims.yaml from its make_claims.py tuples (used by fresh26 onward; the older sets' scripts keep
their own copy of this loop, as they were run).

Each tuple: (id, title, quote, (therapy, synonyms), (condition, synonyms), query, kind, comparator, added_to, polarity,
population). The quote is found in seed.txt (case-insensitive) and stored with its offsets as written there; its
strength (asserted, qualified, hedged) is what the catalog's validation reads in it (fresh30's "can cause" claims needed
a post-edit when every claim was stored as asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))  # the repository, for the catalog's own reading
from pipeline.claims.hedging import seed_strength  # noqa: E402
from pipeline.nlp.population import SPECIES  # noqa: E402


def check_population(cid: str, population) -> None:
    """Stop on a population the catalog would refuse, before anything is written.

    The catalog's ``population`` names animal species only (keys of data/lexicons/species.yaml); a drafting helper's
    plain-text "women" or "baseball players" used to pass through here and fail only when the catalog was loaded."""
    if not population:
        return
    if isinstance(population, str):
        raise ValueError(f"{cid}: population must be a list of species, not the string {population!r}")
    unknown = [p for p in population if p not in SPECIES]
    if unknown:
        raise ValueError(f"{cid}: population {unknown} is not a species the catalog knows ({', '.join(sorted(SPECIES))}); "
                         "leave it out (None) for a claim about people")


def write_claims(tuples: list[tuple], seed_path: str = "seed.txt", out_path: str = "claims.yaml") -> None:
    """Write ``out_path`` (the catalog format of data/claims.yaml) for ``tuples``, quoting ``seed_path``."""
    seed = open(seed_path, encoding="utf-8").read()
    for t in tuples:
        check_population(t[0], t[-1])
    out = []
    for cid, title, quote, (tn, ts), (cn, cs), q, kind, comp, host, polarity, population in tuples:
        s = seed.lower().index(quote.lower())
        quote = seed[s:s + len(quote)]
        c = dict(id=cid, title=title, therapy=dict(name=tn, synonyms=ts), condition=dict(name=cn, synonyms=cs),
                 quotes=[dict(start=s, end=s + len(quote), text=quote)], seed_strength=seed_strength([quote]), polarity=polarity,
                 query=q, topics=[cid], reference_pmids=[])
        if kind != "effect":
            c["kind"] = kind
        if comp:
            c["comparator"] = dict(name=comp[0], synonyms=comp[1])
        if host:
            c["added_to"] = dict(name=host[0], synonyms=host[1])
        if population:
            c["population"] = population
        out.append(c)
    with open(out_path, "w", encoding="utf-8") as f:
        yaml.safe_dump(dict(seed_file="seed.txt", claims=out), f, sort_keys=False, allow_unicode=True)
