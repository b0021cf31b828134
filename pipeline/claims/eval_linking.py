"""Linking measured on SYNERGY Jeyaraman 2020: the MSC knee claim against our hand-labelled MSC trials."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from pipeline.config import PROJECT_ROOT
from pipeline.eval_report import EvalReport

# the SYNERGY set as bundled with the project's sample corpus
SYNERGY = PROJECT_ROOT / "data/corpus/topical/synergy_Jeyaraman_2020_MSC_knee_OA/works_1.zip"
LABELS = PROJECT_ROOT / "tests/fixtures/synergy_msc_trials.csv"
CLAIM_ID = "C11"


def evaluate_linking(claim_id: str = CLAIM_ID, *, synergy: Path | None = None, labels: Path | None = None) -> EvalReport:
    """Link ``claim_id`` over the SYNERGY records (``synergy``, default the bundled copy) and score it
    against our MSC-trial labels (``labels``)."""
    from pipeline.claims.catalog import load_catalog, store_claims
    from pipeline.claims.linker import LINK_THRESHOLD, link_claims
    from pipeline.ingest import ingest_paths
    from pipeline.store import connect

    synergy, labels = Path(synergy or SYNERGY), Path(labels or LABELS)
    if not synergy.exists():
        raise FileNotFoundError(f"{synergy} not found (pass the SYNERGY works file with --data)")
    with labels.open(newline="", encoding="utf-8") as fh:
        gold = {int(r["pmid"]): r["msc_product"] == "1" for r in csv.DictReader(fh)}
    claim = [c for c in load_catalog() if c.id == claim_id]
    with tempfile.TemporaryDirectory() as tmp:
        with connect(Path(tmp) / "eval.duckdb") as con:
            ingest_paths(con, [synergy], quiet=True)
            store_claims(con, claim)
            link_claims(con, claim, quiet=True)
            rows = dict(con.execute("SELECT pmid, relevance FROM claim_articles WHERE claim_id = ?", [claim_id]).fetchall())
    msc = [p for p, g in gold.items() if g]
    non = [p for p, g in gold.items() if not g]
    hit = lambda p: p in rows  # noqa: E731
    linked = lambda p: rows.get(p, 0.0) >= LINK_THRESHOLD  # noqa: E731
    rep = EvalReport(name="linking", data=f"{synergy.name} + {labels.name}", n=len(gold))
    rep.summary = {
        "claim": claim_id,
        "MSC trials": len(msc), "non-MSC included trials": len(non),
        "query recall (MSC trials)": sum(map(hit, msc)) / len(msc),
        "linked (MSC trials)": sum(map(linked, msc)) / len(msc),
        "query hits (non-MSC trials)": sum(map(hit, non)) / len(non),
        "linked as relevant (non-MSC trials)": sum(map(linked, non)) / len(non),
    }
    missed = [str(p) for p in msc if not linked(p)]
    wrong = [str(p) for p in non if linked(p)]
    rep.extra_markdown = f"Missed MSC trials: {', '.join(missed) or 'none'}\n\nNon-MSC trials linked: {', '.join(wrong) or 'none'}"
    return rep
