"""A head-to-head claim names its comparator (catalog `comparator`, migration 022): a linked study's direction rests
only on its findings against that comparator. Written in session 13 from fresh7 C103 after the set's end score: the
SYGMA 1 trial (PMID 29768149, abstract below as PubMed has it, shortened) found as-needed budesonide-formoterol
superior to as-needed terbutaline but inferior to daily budesonide maintenance; the claim is "as-needed
budesonide-formoterol controls mild asthma as well as daily maintenance therapy", which both blind reviewers read
as contradicted. The project read "supports" from the conclusion's "superior ... to as-needed terbutaline"."""

from __future__ import annotations

from dataclasses import replace

from pipeline.claims.catalog import PROJECT_ROOT, claim_hash, load_catalog, store_claims
from pipeline.claims.comparison_findings import article_direction
from pipeline.models import Article
from pipeline.store import connect

FRESH7 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh7" / "claims.yaml")}

SYGMA = Article(pmid=29768149, title="Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma.", abstract=(
    "BACKGROUND: In patients with mild asthma, as-needed use of an inhaled glucocorticoid plus a fast-acting "
    "β2-agonist may be an alternative to conventional treatment strategies.\n\nMETHODS: We conducted a 52-week, "
    "double-blind trial involving patients 12 years of age or older with mild asthma. Patients were randomly assigned to "
    "one of three regimens: twice-daily placebo plus terbutaline (0.5 mg) used as needed (terbutaline group), "
    "twice-daily placebo plus budesonide-formoterol (200 μg of budesonide and 6 μg of formoterol) used as needed "
    "(budesonide-formoterol group), or twice-daily budesonide (200 μg) plus terbutaline used as needed (budesonide "
    "maintenance group).\n\nRESULTS: A total of 3849 patients underwent randomization. With respect to the mean "
    "percentage of weeks with well-controlled asthma per patient, budesonide-formoterol was superior to terbutaline "
    "(34.4% vs. 31.1% of weeks; odds ratio, 1.14; 95% confidence interval [CI], 1.00 to 1.30; P=0.046) but inferior to "
    "budesonide maintenance therapy (34.4% and 44.4%, respectively; odds ratio, 0.64; 95% CI, 0.57 to 0.73). The annual "
    "rate of severe exacerbations was 0.20 with terbutaline, 0.07 with budesonide-formoterol, and 0.09 with budesonide "
    "maintenance therapy.\n\nCONCLUSIONS: In patients with mild asthma, as-needed budesonide-formoterol provided "
    "superior asthma-symptom control to as-needed terbutaline, assessed according to electronically recorded weeks "
    "with well-controlled asthma, but was inferior to budesonide maintenance therapy."))


def test_a_finding_against_another_arm_does_not_support_a_head_to_head_claim():
    claim = FRESH7["C103"]
    assert claim.comparator is not None and claim.comparator.name == "daily maintenance therapy"
    direction, arms = article_direction(claim, SYGMA, "supports")
    assert direction != "supports", direction  # "we cannot tell" (or contradicts), never the other arm's result
    # the therapy's arm is set against the comparator's arm, so a reader sees the comparison the claim is about
    assert any("maintenance" in c.comparator and "formoterol" in c.intervention for c in arms.comparisons)


def test_without_a_comparator_the_same_study_keeps_its_reading():
    """The check above can fail: the same claim without its comparator reads the trial as before."""
    direction, _ = article_direction(replace(FRESH7["C103"], comparator=None), SYGMA, "supports")
    assert direction == "supports"


def test_the_comparator_is_part_of_the_claims_definition(tmp_path):
    c = FRESH7["C103"]
    bare = replace(c, comparator=None)
    assert claim_hash(c) != claim_hash(bare)  # a comparator added to a claim re-links it
    with connect(tmp_path / "e.duckdb") as con:
        store_claims(con, [c, FRESH7["C99"]])
        rows = dict(con.execute("SELECT claim_id, comparator FROM claims").fetchall())
    assert rows == {"C103": "daily maintenance therapy", "C99": None}
