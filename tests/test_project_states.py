"""What the project did with each reviewed record (pipeline/grading/eval_grades.project_states), read from the typed
columns: counted, each exclusion with the direction reader's typed kind, not linked and why - and the table of those
states against the reviewers' eligibility that `evidence eval grades` and `score_sets.py --reasons` print."""

from __future__ import annotations

from pipeline.config import link_threshold
from pipeline.grading.eval_grades import (DEFAULT_DATA, claim_state_rows, eligibility_counts, evaluate_grades,
                                          load_reviews, project_states, state_table)
from pipeline.store import connect


def test_the_states_of_c04s_hits(evidence_db):
    with connect(evidence_db) as con:
        states = project_states(con, "C04", link_threshold())
    assert states[23412171] == "counted"  # the one human RCT (PRP added to microfracture)
    assert states[21965060] == "excluded: no_findings"  # a technique description
    # the arms rule excluded it; the direction reader also read its finding as not about PRP
    assert states[23375182] == "excluded: cointervention_only; finding not about: therapy"
    assert states[21085933] == "not linked: below the threshold"


def test_a_hit_with_no_relevance_says_what_its_text_does_not_name(evidence_db):
    with connect(evidence_db) as con:
        c11 = project_states(con, "C11", link_threshold())
        c12 = project_states(con, "C12", link_threshold())
        row = con.execute("SELECT relevance, therapy_mentions, condition_mentions FROM claim_articles "
                          "WHERE claim_id = 'C12' AND pmid = 10459752").fetchone()
    assert c11[36858962] == "not linked: the text does not name the therapy"
    assert c11[18719889] == "not linked: the text does not name the condition"
    # C12 compares MSC sources: both named, but not two of its groups
    assert row[0] == 0 and row[1] and row[2]
    assert c12[10459752] == "not linked: the text does not name enough of the compared groups"


def test_the_counted_state_agrees_with_the_eligibility_counts(evidence_db):
    """Two readings of the same build: the states' "counted" row is the counted true and false positives."""
    reviews, split = load_reviews(DEFAULT_DATA)
    claims = list(split["claims_with_hits"])
    with connect(evidence_db) as con:
        rows = claim_state_rows(claims, reviews, con, link_threshold())
        n = eligibility_counts(claims, reviews, con, link_threshold())
    counted = [gold for _, state, _, gold in rows if state == "counted"]
    assert (sum(counted), len(counted) - sum(counted)) == (n["tp"], n["fp"])
    assert len(rows) == n["tp"] + n["fp"] + n["fn"] + n["tn"]


def test_the_table_counts_each_state_against_the_reviewers():
    rows = [("counted", True), ("counted", True), ("counted", False), ("excluded: no_findings", True),
            ("excluded: no_findings", False), ("excluded: no_findings", False), ("excluded: no_findings", False)]
    table = state_table(rows)
    assert table[2] == "| excluded: no_findings | 1 | 3 | 0.25 |"  # most frequent first
    assert table[3] == "| counted | 2 | 1 | 0.67 |"


def test_eval_grades_prints_the_table(evidence_db):
    with connect(evidence_db) as con:
        rep = evaluate_grades(con)
    assert "## Each reviewed record by what the project did with it" in rep.extra_markdown
    assert "| counted |" in rep.extra_markdown


def test_one_reading_of_what_a_hit_does_not_name():
    """`project_states` and `evidence claims gaps` read "the text does not name ..." through one function
    (pipeline/store/links.py `unnamed_concept`): a hit with any relevance names both; at 0, the therapy comes first."""
    from pipeline.store.links import unnamed_concept

    assert unnamed_concept(0.3, [], []) is None
    assert unnamed_concept(0.0, [], ["knee osteoarthritis"]) == "the therapy"
    assert unnamed_concept(0.0, None, None) == "the therapy"
    assert unnamed_concept(0.0, ["PRP"], []) == "the condition"
    assert unnamed_concept(0.0, ["PRP"], ["knee osteoarthritis"]) == "enough of the compared groups"
