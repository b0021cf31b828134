"""Which claims a command or flow works on: one function, so `evidence link --claims` and the refresh
flow's `--claims` agree (before, the CLI dropped unknown ids silently while the flow raised)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pipeline.claims.models import Claim
from pipeline.errors import UnknownClaim


def split_ids(values: Iterable[str] | str | None) -> list[str]:
    """Claim ids from comma-separated and/or repeated option values, blanks dropped, order kept."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    out: list[str] = []
    for v in values:
        for part in v.split(","):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def select_claims(claims: Sequence[Claim], ids: Iterable[str] | str | None) -> list[Claim]:
    """The catalog's claims named by ``ids`` (all of them when none are named), in catalog order.

    An id the catalog does not hold raises UnknownClaim (exit 5) naming every such id: a typo must
    not quietly refresh fewer claims than asked for."""
    wanted = split_ids(ids)
    if not wanted:
        return list(claims)
    known = {c.id for c in claims}
    unknown = [i for i in wanted if i not in known]
    if unknown:
        raise UnknownClaim(f"unknown claim id(s): {', '.join(unknown)} (the catalog has {len(known)} claims, "
                           f"e.g. {', '.join(sorted(known)[:3])})")
    chosen = set(wanted)
    return [c for c in claims if c.id in chosen]
