"""The facts grading and the site read of a link are columns of claim_articles (issue 16, migration 020):
``condition_direct`` and ``direction_not_about``, written by the linker; the free-text reasons are for
people and no reader parses them."""

from __future__ import annotations

import json

import duckdb

from pipeline.claims import linker
from pipeline.claims.catalog import load_catalog
from pipeline.models import Article
from pipeline.store import connect
from pipeline.store.db import migrations

C04 = next(c for c in load_catalog() if c.id == "C04")  # platelet-rich plasma | knee osteoarthritis
ABSTRACT = ("Patients with knee osteoarthritis were randomised to platelet-rich plasma injections or saline. "
            "Platelet-rich plasma was injected three times. Pain improved more with platelet-rich plasma (p < 0.01).")


def test_the_linker_records_whether_the_condition_is_in_the_title():
    in_title = linker.assess(C04, Article(pmid=1, title="Platelet-rich plasma for knee osteoarthritis", abstract=ABSTRACT))
    in_body = linker.assess(C04, Article(pmid=2, title="Platelet-rich plasma injections: a randomised trial",
                                         abstract=ABSTRACT))
    assert in_title.condition_direct is True and linker.CONDITION_DIRECT in in_title.reasons
    assert in_body.condition_direct is False and linker.CONDITION_DIRECT not in in_body.reasons
    assert in_body.relevance > 0  # linked or not, the fact is the one the reasons state


def test_the_row_carries_the_facts_in_the_store_columns():
    from pipeline.store.links import LINK_COLUMNS

    r = linker.LinkResult("C04", 7, 0.9, ("x",), [], [], condition_direct=True, not_about="the finding is about saline")
    row = dict(zip(LINK_COLUMNS, linker._row(r, "h", "c")))
    assert row["condition_direct"] is True and row["direction_not_about"] == "the finding is about saline"


def _link_row(con, pmid: int, reasons: list[str], condition_direct: bool, not_about: str | None,
              not_about_kind: str | None = None) -> None:
    from pipeline.store.articles import upsert_articles
    from pipeline.store.links import LINK_COLUMNS, replace_claims_links

    upsert_articles(con, [Article(pmid=pmid, title=f"Trial {pmid}", abstract=ABSTRACT)])
    values = {"claim_id": "C04", "pmid": pmid, "relevance": 0.9, "relevance_reasons": json.dumps(reasons),
              "therapy_mentions": [], "condition_mentions": [], "direction": "unclear", "direction_sentence": None,
              "direction_confidence": 0.0, "claim_hash": "h", "content_hash": "c", "linker_version": "v",
              "eligibility": None, "exclusion_reason": None, "indirectness": None, "eligibility_evidence": None,
              "eligibility_why": None, "linked": True, "condition_direct": condition_direct,
              "direction_not_about": not_about, "direction_not_about_kind": not_about_kind}
    replace_claims_links(con, "local", "state", "v", [("C04", "q", 1, "h", [], [tuple(values[c] for c in LINK_COLUMNS)])])


def test_grading_reads_the_columns_not_the_reasons(tmp_path):
    from pipeline.grading import _studies

    with connect(tmp_path / "t.duckdb") as con:
        # the reasons say the opposite of the columns: the columns win
        _link_row(con, 11, [linker.CONDITION_DIRECT, linker.DIRECTION_UNCLEAR + "said only in the reasons"], False, None)
        _link_row(con, 12, [], True, "the finding is about saline")
        got = {s.pmid: (s.condition_direct, s.not_about) for s in _studies(con, "C04", 0.5)}
    assert got == {11: (False, None), 12: (True, "the finding is about saline")}


def test_migration_020_reads_old_rows_facts_from_their_reasons():
    con = duckdb.connect()
    for number, path in migrations():
        if number < 20:
            con.execute(path.read_text(encoding="utf-8"))
    old = [(1, [linker.CONDITION_DIRECT, linker.DIRECTION_UNCLEAR + "the finding is not about PRP"]),
           (2, ["therapy named in the title (+0.45)"]), (3, [])]
    for pmid, reasons in old:
        con.execute("INSERT INTO claim_articles (claim_id, pmid, relevance, relevance_reasons, direction, linker_version) "
                    "VALUES ('C04', ?, 0.9, ?, 'unclear', 'old')", [pmid, json.dumps(reasons)])
    (number, path), = [m for m in migrations() if m[0] == 20]
    con.execute(path.read_text(encoding="utf-8"))
    got = con.execute("SELECT pmid, condition_direct, direction_not_about FROM claim_articles ORDER BY pmid").fetchall()
    assert got == [(1, True, "the finding is not about PRP"), (2, False, None), (3, False, None)]
