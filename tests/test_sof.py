"""Summary of Findings per claim (issue 18 item 4): outcome groups read from the abstracts' finding
sentences, № of participants (studies), stated effects, certainty per outcome never above the claim's,
a footnote for every downgrade; stored in claim_outcomes, shown on the claim page, exported as safe
CSV and Markdown."""

from __future__ import annotations

import csv
import re

from pipeline.grading.outcomes import (NOT_ESTIMABLE, SYMBOLS, footnote_letters, outcome_groups, stated_effect,
                                       summary_of_findings)
from pipeline.grading.rubric import GRADES, Domain, Grade, Step, Study, StudyLevel
from pipeline.reports.export import write_csv
from pipeline.reports.site import SOF_COLUMNS, build_site, sof_markdown
from pipeline.store import connect

# C04's trial (PMID 23412171, the bundled SYNERGY corpus), its methods and results sentences verbatim
C04_ABSTRACT = (
    "49 patients who underwent arthroscopic microfracture for cartilage lesion sized less than 4 cm(2) with early OA, "
    "aged 40-50 years, were enrolled and randomly divided into 2 groups: a control group with only arthroscopic "
    "microfracture (25 patients) and a study group with arthroscopic microfracture and PRP (24 patients). "
    "The patients were prospectively evaluated with VAS, IKDC score at preoperative and postoperative 1, 6, 12, and "
    "24 months. There were significant improvements in clinical results between preoperative evaluation and "
    "postoperative 2 years in both groups (p = 0.017). In the postoperative 2 years, clinical results showed "
    "significantly better in the study group than in the control group (p = 0.012). In post-arthroscopic finding, "
    "hardness and elasticity degree was better in the study group.")


def test_outcome_groups_come_from_finding_sentences_not_methods():
    groups = outcome_groups(C04_ABSTRACT)
    # "evaluated with VAS, IKDC" is a methods sentence: it names pain and function but reports nothing
    assert "pain" not in groups
    assert set(groups) == {"function", "structure"}
    # the within-group change from baseline ("in both groups") is not the therapy's effect
    assert stated_effect(groups["function"]).startswith("In the postoperative 2 years, clinical results showed")
    assert stated_effect(groups["structure"]) is None
    ae = outcome_groups("No serious adverse events occurred in either group. The injections were well tolerated.")
    assert list(ae) == ["adverse_events"]


def _study(pmid: int, n: int | None, abstract: str) -> Study:
    return Study(pmid, "rct", True, False, False, n, "supports", False, 2020, title="A randomised trial",
                 abstract=abstract, publication_types=("Randomized Controlled Trial",))


def test_certainty_per_outcome_is_never_above_the_claims_and_every_downgrade_has_a_footnote():
    """A Moderate claim (risk of bias serious) from two large trials: pain reported by both keeps
    Moderate; structure is a surrogate (indirectness serious → Low); adverse events reported by one
    small trial is imprecise on its own (very serious → Very low); function reported by none."""
    big = _study(1, 400, "Pain was significantly lower with the therapy than with placebo (mean difference -1.2, "
                          "95% CI -1.8 to -0.6). Cartilage volume on MRI was significantly greater with the therapy.")
    small = _study(2, 40, "Pain scores were significantly better with the therapy (p = 0.03). "
                          "No serious adverse events occurred in either group.")
    domains = [Domain("risk_of_bias", "serious", "most trials unblinded", [1, 2]),
               Domain("inconsistency", "not_serious", "same way", [1, 2]),
               Domain("indirectness", "not_serious", "none", [1, 2]),
               Domain("imprecision", "not_serious", "440 participants", [1, 2]),
               Domain("publication_bias", "not_serious", "too few", [1, 2])]
    levels = [StudyLevel(1, 2, "human RCT", "rct", True), StudyLevel(2, 2, "human RCT", "rct", True)]
    g = Grade("Moderate", 3.02, levels, [Step("final", 0, "Moderate", [], "final certainty: Moderate")], {}, domains,
              {}, [big, small], "rct", "High")
    rows = {r.outcome: r for r in summary_of_findings(g)}
    assert list(rows) == ["pain", "function", "structure", "adverse_events"]
    pain = rows["pain"]
    assert (pain.n_participants, pain.n_studies, pain.pmids) == (440, 2, [1, 2])
    assert pain.certainty == "Moderate" and pain.symbols == SYMBOLS["Moderate"] == "⊕⊕⊕◯"
    assert "mean difference -1.2" in pain.effect and pain.effect_pmids == [1, 2]
    assert [n.split(":")[0] for n in pain.footnotes] == ["Risk of bias"]
    assert rows["structure"].certainty == "Low"
    assert any(n.startswith("Indirectness: serious") and "surrogate" in n for n in rows["structure"].footnotes)
    ae = rows["adverse_events"]
    assert ae.certainty == "Very low" and ae.effect == NOT_ESTIMABLE
    assert any(n.startswith("Imprecision: very serious, downgraded 2 levels for this outcome") for n in ae.footnotes)
    assert rows["function"].n_studies == 0 and rows["function"].certainty == "No evidence"
    # a claim graded lower than its domains imply (a "not supported" step) caps every outcome
    g.grade = "Low"
    g.steps.insert(0, Step("not supported", -2, "0% supporting", [1, 2], "only 0% of the eligible findings support "
                                                                          "the claim → Low"))
    capped = summary_of_findings(g)
    assert all(GRADES.index(r.certainty) <= GRADES.index("Low") for r in capped)
    assert any(n.startswith("Not supported: downgraded 2 levels") for n in capped[0].footnotes)
    letters, per_row = footnote_letters(capped)
    assert [x[0] for x in letters][:2] == ["a", "b"] and per_row[0][:2] == ["a", "b"]


def test_real_database_claim_outcomes(evidence_db):
    """On the bundled corpus: C11 (11 trials) and C04 (one trial, 23412171) have four outcome rows each;
    no outcome is more certain than its claim; each row with studies carries a footnote for every domain
    the claim is downgraded on; C04's function row quotes the trial's between-group p-value."""
    with connect(evidence_db) as con:
        rows = con.execute("SELECT o.claim_id, o.outcome, o.certainty, g.grade, o.n_studies, o.footnotes "
                           "FROM claim_outcomes o JOIN claim_grades g USING (claim_id) ORDER BY ALL").fetchall()
        downgraded = dict(con.execute("SELECT claim_id, list(domain) FROM claim_domains WHERE rating <> 'not_serious' "
                                      "GROUP BY claim_id").fetchall())
        c04 = {r[0]: r[1:] for r in con.execute(
            "SELECT outcome, n_participants, n_studies, pmids, effect, population, intervention, comparison "
            "FROM claim_outcomes WHERE claim_id = 'C04'").fetchall()}
        no_evidence = con.execute("SELECT count(*) FROM claim_outcomes JOIN claim_grades USING (claim_id) "
                                  "WHERE grade = 'No evidence'").fetchone()[0]
    assert {r[1] for r in rows if r[0] == "C11"} == {"pain", "function", "structure", "adverse_events"}
    assert all(r[4] > 0 for r in rows if r[0] == "C11")
    assert no_evidence == 0
    labels = {"risk_of_bias": "Risk of bias", "inconsistency": "Inconsistency", "indirectness": "Indirectness",
              "imprecision": "Imprecision", "publication_bias": "Publication bias"}
    for claim, outcome, certainty, grade, n_studies, notes in rows:
        assert GRADES.index(certainty) <= GRADES.index(grade), (claim, outcome)
        if n_studies:
            for d in downgraded.get(claim, []):
                assert any(n.startswith(labels[d] + ":") for n in notes), (claim, outcome, d)
    assert c04["function"][:3] == (49, 1, [23412171])
    assert "(p = 0.012)" in c04["function"][3] and "both groups" not in c04["function"][3]
    assert c04["pain"][1] == 0
    assert c04["function"][4] == "people — knee osteoarthritis" and "microfracture" in c04["function"][5]
    # PRP added to microfracture against microfracture alone: the comparison is the co-intervention alone
    assert c04["function"][6].startswith("microfracture alone (1 study)")


def test_claim_page_and_exports_show_the_summary_of_findings(evidence_db, tmp_path):
    with connect(evidence_db) as con:
        build_site(con, tmp_path / "site", generated_at="test")
        n = con.execute("SELECT count(*) FROM claim_outcomes WHERE claim_id = 'C11'").fetchone()[0]
    page = (tmp_path / "site/claims/C11.html").read_text()
    assert "Summary of findings" in page and "<dt>Comparison</dt>" in page
    assert len(re.findall(r'<tr data-outcome="', page)) == n == 4
    # every footnote letter a certainty cell uses is defined below the table
    used = set(re.findall(r'<sup><a href="#sof-note-(\w+)">', page))
    assert used and used == set(re.findall(r'<li id="sof-note-(\w+)"', page))
    assert "⊕◯◯◯" in page and 'href="C11-sof.csv"' in page
    rows = list(csv.DictReader((tmp_path / "site/claims/C11-sof.csv").open(encoding="utf-8")))
    assert [r["outcome"] for r in rows] == ["pain", "function", "structure", "adverse_events"]
    assert all(r["certainty"] == "Very low" and r["footnotes"] for r in rows)
    md = (tmp_path / "site/claims/C11-sof.md").read_text(encoding="utf-8")
    assert md.count("\n| ") == 1 + 4 and "**Comparison:**" in md and "\n- a. Risk of bias" in md
    # a claim without evidence still gets its files, saying there is nothing to summarise
    assert "No eligible study" in (tmp_path / "site/claims/C20-sof.md").read_text(encoding="utf-8")


def test_sof_exports_neutralise_formulas_and_markup(tmp_path):
    """Effect sentences are record text: a formula stays text in the CSV, HTML and links stay inert in Markdown."""
    row = {"claim_id": "C99", "outcome": "pain", "label": "Pain", "population": "=HYPERLINK(\"http://x\")",
           "setting": "s", "intervention": "i", "comparison": "c", "participants": "10 (1 study)",
           "effect": "<script>alert(1)</script> [x](javascript:alert(1))", "certainty": "Very low",
           "certainty_symbols": "⊕◯◯◯", "notes": ["a"], "footnotes": "@SUM(1)", "pmids": "1",
           "all_footnotes": [("a", "Risk of bias: <img src=x onerror=alert(1)>")]}
    write_csv(tmp_path / "x.csv", [row], SOF_COLUMNS)
    cells = next(csv.DictReader((tmp_path / "x.csv").open(encoding="utf-8")))
    assert cells["population"].startswith("'=") and cells["footnotes"] == "'@SUM(1)"
    md = sof_markdown({"claim_id": "C99", "title": "t"}, [row])
    assert "<script>" not in md and "<img" not in md and "javascript:" not in md
    assert not re.search(r"(?<!\\)\]\(", md)  # no live link: the bracket is escaped
