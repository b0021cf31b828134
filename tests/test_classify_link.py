"""`evidence classify` with a catalog claim gives what the link stage stores (issue 17, "classify emits
spans, arms and findings"): the same eligibility, direction and per-comparison findings for the same
record, since both call the same functions. Records are real: the bundled corpus's C04 and C11 hits."""

from __future__ import annotations

import io
import json

import duckdb

from pipeline.classify import classify_stream
from pipeline.store.load import iter_articles


def _records(con, pmids: list[int], claim_id: str) -> str:
    lines = []
    for a in iter_articles(con, pmids):
        lines.append(json.dumps({"pmid": a.pmid, "title": a.title, "abstract": a.abstract,
                                 "publication_types": list(a.publication_types or []),
                                 "mesh_terms": [("*" if m.major else "") + m.descriptor for m in a.mesh],
                                 "year": a.year, "journal": a.journal, "claim_id": claim_id}))
    return "\n".join(lines) + "\n"


def test_classify_link_agrees_with_the_link_stage(evidence_db, tmp_path):
    con = duckdb.connect(str(evidence_db), read_only=True)
    checked = with_findings = 0
    for claim_id in ("C04", "C11"):
        stored = {r[0]: r[1:] for r in con.execute(
            "SELECT ca.pmid, ca.eligibility, ca.exclusion_reason, ca.direction, ae.design FROM claim_articles ca "
            "JOIN article_evidence ae USING (pmid) WHERE ca.claim_id = ? AND ca.linked "
            # studies with a decided per-comparison finding first, so the findings are compared too
            "ORDER BY EXISTS (SELECT 1 FROM study_comparisons sc WHERE sc.claim_id = ca.claim_id AND sc.pmid = ca.pmid "
            "AND sc.finding_label IN ('increased', 'decreased', 'no_difference')) DESC, ca.pmid LIMIT 12",
            [claim_id]).fetchall()}
        src = tmp_path / f"{claim_id}.jsonl"
        src.write_text(_records(con, list(stored), claim_id), encoding="utf-8")
        out = io.StringIO()
        n, problems = classify_stream(str(src), out)
        assert n == len(stored) and not problems
        for obj in map(json.loads, out.getvalue().splitlines()):
            eligibility, reason, direction, design = stored[obj["pmid"]]
            assert obj["arms"] is not None and "factor" in obj and "single_arm" in obj
            link = obj["link"]
            assert link["linked"] is True
            if obj["design"] != design:  # metadata read back through JSON lines may move a design label
                continue
            assert (link["eligibility"]["status"], link["eligibility"]["reason"]) == (eligibility, reason), obj["pmid"]
            assert link["direction"] == direction, obj["pmid"]
            comps = con.execute("SELECT finding, finding_label FROM study_comparisons WHERE claim_id = ? AND pmid = ? "
                                "ORDER BY comparison_index", [claim_id, obj["pmid"]]).fetchall()
            assert [(c["finding"], c["finding_label"]) for c in link["comparisons"]] == comps, obj["pmid"]
            checked += 1
            with_findings += any(c[1] not in (None, 'unclear') for c in comps)
    assert checked >= 12  # most records keep their design, so the comparison above really ran
    assert with_findings >= 2  # and some comparisons carry a decided finding to compare


def test_classify_gives_every_record_its_arms(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({
        "pmid": 5, "title": "Platelet-rich plasma versus hyaluronic acid for knee osteoarthritis",
        "abstract": "METHODS: 120 patients with knee osteoarthritis were randomized to three injections of PRP (n=60) "
                    "or hyaluronic acid (n=60). RESULTS: WOMAC scores improved more in the PRP group (p<0.001)."}) + "\n")
    out = io.StringIO()
    classify_stream(str(src), out, use_metadata=False)
    obj = json.loads(out.getvalue())
    assert [(a["n"], a["is_control"]) for a in obj["arms"]] == [(60, False), (60, False)]
    assert "link" not in obj  # no claim named: nothing to link
