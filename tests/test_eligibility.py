"""Arms and eligibility (issue 17 items 2 and 4) on real records of the bundled corpus (data/corpus,
through the session's ``evidence_db``): who got what, with N, and whether a study tests a claim —
eligible (with its indirectness) or excluded with a typed reason and the sentence behind it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipeline.claims.catalog import claim_hash, load_catalog
from pipeline.claims.eligibility import Eligibility, assess_eligibility, finding_for_claim
from pipeline.claims.reading import read_article
from pipeline.grading.rubric import Study, study_level
from pipeline.nlp.arms import read_arms
from pipeline.store.load import iter_articles

CLAIMS = {c.id: c for c in load_catalog()}


@pytest.fixture(scope="module")
def records(evidence_db):
    """PMID → (article, reading, design facts) of the records these tests read."""
    wanted = [23412171, 28170179, 32713192, 26728500, 24510146, 23235728, 28066741, 29305041]
    with duckdb.connect(str(evidence_db), read_only=True) as con:
        arts = {a.pmid: a for a in iter_articles(con, wanted)}
        ev = {r[0]: r[1:] for r in con.execute(
            "SELECT pmid, design, coalesce(is_human, FALSE), coalesce(is_animal, FALSE), coalesce(is_in_vitro, FALSE) "
            "FROM article_evidence WHERE pmid IN (SELECT unnest(?))", [wanted]).fetchall()}
    assert set(arts) == set(wanted), "the bundled corpus must hold these records"
    return {p: (a, read_article(a), ev.get(p, (None, False, False, False))) for p, a in arts.items()}


def _eligibility(records, claim_id: str, pmid: int, not_about: str | None = None) -> Eligibility:
    art, reading, (design, human, animal, in_vitro) = records[pmid]
    return assess_eligibility(CLAIMS[claim_id], reading, read_arms(reading), design, title=art.title,
                              publication_types=tuple(art.publication_types or ()), not_about=not_about,
                              is_animal=animal, is_in_vitro=in_vitro, is_human=human)


def test_arms_of_a_randomised_trial_with_their_n_and_what_every_arm_got(records):
    """PMID 23412171: "randomly divided into 2 groups: a control group with only arthroscopic
    microfracture (25 patients) and a study group with arthroscopic microfracture and PRP (24 patients)"."""
    arms = read_arms(records[23412171][1])
    assert [(a.n, a.is_control) for a in arms.arms] == [(25, True), (24, False)]
    assert "PRP" in arms.arms[1].received
    assert "microfracture" in arms.cointerventions  # both arms: the co-intervention
    assert "PRP" in arms.factor  # what differs between the arms


def test_prp_added_to_microfracture_against_microfracture_alone_is_eligible_and_indirect(records):
    """The therapy on top of a procedure the control arm also gets isolates it: eligible, flagged
    as an add-on to surgery."""
    e = _eligibility(records, "C04", 23412171)
    assert e.eligible and e.reason is None
    assert "add_on_to_surgery" in e.indirectness
    assert "randomly divided" in e.evidence


def test_prp_only_as_the_carrier_of_fat_cells_does_not_test_prp(records):
    """PMID 28170179: microfracture vs microfracture + SVF "suspended in platelet-rich plasma": the arms
    differ by the cells, PRP comes only with them (the reviewers: cointervention_only)."""
    e = _eligibility(records, "C04", 28170179)
    assert not e.eligible and e.reason == "cointervention_only"
    assert "suspended in platelet-rich plasma" in e.evidence
    # nor does it isolate the cells for the MSC claim: they come only suspended in PRP, which the control arm does
    # not get (both grade_reviews reviewers of C11: cointervention_only, "SVF not isolated from PRP"; this test
    # said eligible until session 14)
    e11 = _eligibility(records, "C11", 28170179)
    assert not e11.eligible and e11.reason == "cointervention_only" and "platelet-rich plasma" in e11.why


def test_msc_products_in_every_arm_do_not_isolate_the_cells(records):
    """PMID 32713192: BMAC (25 knees) vs hUCB-MSCs (27 knees): both arms get MSCs."""
    arms = read_arms(records[32713192][1])
    assert [(a.label, a.n) for a in arms.arms] == [("BMAC", 25), ("hUCB-MSCs", 27)]
    e = _eligibility(records, "C11", 32713192)
    assert not e.eligible and e.reason == "cointervention_only"
    # a claim about MSC source compares exactly such arms: not excluded for it
    assert _eligibility(records, "C12", 32713192).reason != "cointervention_only"


def test_a_scaffold_as_the_tested_factor_does_not_test_the_cells(records):
    """PMID 26728500 (rabbit): MSCs on TCP-COL-HA vs TCP-COL scaffolds, no cell-free arm: the study tests
    the scaffolds (reviewers: every arm receives MSCs)."""
    e = _eligibility(records, "C11", 26728500)
    assert not e.eligible and e.reason == "therapy_not_tested"
    assert "scaffold" in e.why


def test_a_narrative_review_without_results_has_no_findings(records):
    """PMID 24510146: "Here we will analyze the main strategies for cartilage regeneration and discuss
    our experience."""
    e = _eligibility(records, "C11", 24510146)
    assert not e.eligible and e.reason == "no_findings"
    assert "Here we will analyze" in e.evidence


def test_cells_tested_at_another_joint_do_not_test_a_knee_claim(records):
    """PMID 28066741 "Cell therapy for cartilage defects of the hip" and 29305041 (osteochondral lesions
    of the talus) for the knee-cartilage claim C11: the therapy tested at another site."""
    for pmid, site in ((28066741, "hip"), (29305041, "ankle")):
        e = _eligibility(records, "C11", pmid)
        assert not e.eligible and e.reason == "other_condition", pmid
        assert f"the {site}" in e.why and "the knee" in e.why


def test_a_site_named_by_the_claim_or_by_no_one_does_not_exclude():
    from pipeline.nlp.arms import sites_named

    assert sites_named("osteonecrosis of the femoral head; avascular necrosis") == {"hip"}
    assert sites_named("Subchondral stem cell therapy versus contralateral total knee arthroplasty for "
                       "osteoarthritis following secondary osteonecrosis of the knee") == {"knee"}
    assert sites_named("Intra-articular injection of mesenchymal stem cells for the treatment of osteoarthritis") == set()


def test_review_title_conventions_mark_no_findings_and_spare_trials():
    from pipeline.nlp.arms import cue

    titles = ["[Advances in the role of extracellular vesicles in intervertebral disc degeneration].",  # PMID 36796818
              "Research progress on platelet-rich plasma in tendon healing",
              "A bibliometric analysis of stem cell research in osteoarthritis"]
    assert all(cue("no_findings_title").search(t) for t in titles)
    trial = "Platelet-rich plasma versus hyaluronic acid for knee osteoarthritis: a randomized controlled trial"
    assert not cue("no_findings_title").search(trial)


def test_a_finding_read_as_not_about_the_claim_excludes_with_its_typed_reason(records):
    e = _eligibility(records, "C11", 24510146, not_about="the finding is about what acts on mesenchymal stem cells")
    assert not e.eligible  # (already no_findings; a phrase never makes a study eligible)
    e = _eligibility(records, "C04", 28170179, not_about="the finding compares arms that all received platelet-rich plasma")
    assert e.reason == "cointervention_only"


def test_the_link_rows_carry_typed_eligibility_and_the_arms_are_stored(evidence_db):
    with duckdb.connect(str(evidence_db), read_only=True) as con:
        row = con.execute("SELECT eligibility, exclusion_reason, indirectness, eligibility_evidence FROM claim_articles "
                          "WHERE claim_id = 'C04' AND pmid = 28170179").fetchone()
        assert row[0] == "excluded" and row[1] == "cointervention_only" and "suspended in" in row[3]
        row = con.execute("SELECT eligibility, indirectness FROM claim_articles WHERE claim_id = 'C04' AND pmid = 23412171").fetchone()
        assert row == ("eligible", ["add_on_to_surgery"])
        arms = con.execute("SELECT n, is_control FROM study_arms WHERE pmid = 23412171 ORDER BY arm_index").fetchall()
        assert arms == [(25, True), (24, False)]
        comps = con.execute("SELECT finding, finding_source FROM study_comparisons WHERE claim_id = 'C04' "
                            "AND pmid = 23412171").fetchall()
        assert comps and all(src == "direction_rules" for _, src in comps)
        # the grade reads the typed reason: the excluded trial is listed with it, not counted
        reason = con.execute("SELECT exclusion_reason FROM evidence_levels WHERE claim_id = 'C04' AND pmid = 28170179").fetchone()[0]
        assert reason.startswith("cointervention_only: ")


def test_grading_uses_the_typed_columns_over_the_linkers_phrases():
    base = dict(pmid=1, design="rct", is_human=True, is_animal=False, is_in_vitro=False, sample_size=40,
                direction="supports", is_retracted=False, title="A randomized trial", abstract="Patients were randomized.",
                publication_types=("Randomized Controlled Trial",))
    excluded = study_level(Study(**base, eligibility="excluded", exclusion_reason="cointervention_only",
                                 eligibility_why="every arm receives MSCs"))
    assert not excluded.included and excluded.exclusion_reason == "cointervention_only: every arm receives MSCs"
    # the typed decision stands even where an old phrase would have excluded
    kept = study_level(Study(**base, eligibility="eligible", not_about="the finding is not about platelet-rich plasma"))
    assert kept.included and kept.tier == "rct"
    # a reviewer's decision in force still stands above the machine
    overridden = study_level(Study(**base, eligibility="eligible", reviewed_eligibility="other_condition", review_mark="ann"))
    assert not overridden.included and overridden.exclusion_reason.startswith("other_condition")


def test_an_equivalence_claim_is_supported_by_no_difference():
    from dataclasses import replace
    c = CLAIMS["C04"]
    eq = replace(c, kind="equivalence")
    assert finding_for_claim(eq, "no_effect") == "supports"
    # a finding in the therapy's favour: at least as good, the claim holds; against it: contradicted
    assert finding_for_claim(eq, "supports") == "supports"
    assert finding_for_claim(eq, "contradicts") == "contradicts"
    assert finding_for_claim(eq, "unclear") == "unclear"
    assert finding_for_claim(c, "no_effect") == "no_effect"
    # the kind is part of the claim's fingerprint only when it is not the default
    assert claim_hash(eq) != claim_hash(c) and c.kind == "effect"


# --- general error classes measured on the first fresh set (data/eval/fresh, claims C80-C88); real
# records quoted from PubMed (PMIDs given), read inline so the tests need nothing outside the repository
FRESH = {c.id: c for c in load_catalog(Path(__file__).resolve().parents[1] / "data" / "eval" / "fresh" / "claims.yaml")}


def _inline(claim, pmid: int, title: str, abstract: str, not_about: str | None = None) -> Eligibility:
    from pipeline.models import Article

    art = Article(pmid=pmid, title=title, abstract=abstract)
    reading = read_article(art)
    return assess_eligibility(claim, reading, read_arms(reading), None, title=title, not_about=not_about)


PSOAS_OBSTETRICS = ("Psoas abscess is rarely encountered in obstetric practice. This condition may be primary or "
                    "secondary resulting from extension of an infectious process near the psoas muscle. We report a "
                    "series of three patients with psoas abscess that were encountered in our obstetric practice. Two "
                    "of these patients had a primary and one a secondary abscess. Two patients underwent laparotomy and "
                    "drainage of abscess while one received medical treatment. All patients recovered uneventfully.")


def test_a_generic_name_qualified_as_another_form_is_not_the_claimed_therapy():
    """PMID 18607613 "Psoas abscess in obstetrics" ("laparotomy and drainage") and 619929 ("surgical
    drainage") for the claim of percutaneous drainage: the catalog's generic synonym "drainage" matches,
    but the study gives open drainage (reviewers: therapy_not_tested)."""
    e = _inline(FRESH["C88"], 18607613, "Psoas abscess in obstetrics.", PSOAS_OBSTETRICS)
    assert not e.eligible and e.reason == "therapy_not_tested"
    assert "laparotomy and drainage" in e.why
    e = _inline(FRESH["C88"], 619929, "[Psoas abscess in children. Report of 6 cases].",
                "Six children with abscess of the psoas muscle are presented. Four patients improved and two died. "
                "Treatment included surgical drainage and antibiotics.")
    assert e.reason == "therapy_not_tested" and "surgical drainage" in e.why
    # the claim's own form named anywhere keeps the rule out of it
    e = _inline(FRESH["C88"], 18607613, "Psoas abscess in obstetrics.",
                PSOAS_OBSTETRICS.replace("laparotomy and drainage", "CT-guided percutaneous drainage"))
    assert e.reason != "therapy_not_tested"


def test_a_title_comparing_two_ways_of_giving_the_therapy_means_every_arm_gets_it():
    """PMID 29127771: "Comparison of the Anteroposterior and Posterior Approaches for Percutaneous Catheter
    Drainage" — 43 patients P-PCD, 31 AP-PCD (reviewers: cointervention_only)."""
    from pipeline.claims.eligibility import _variants_compared

    e = _inline(FRESH["C88"], 29127771, "Comparison of the Anteroposterior and Posterior Approaches for Percutaneous "
                "Catheter Drainage of Tuberculous Psoas Abscess.",
                "Forty-three patients underwent P-PCD (group A), and 31 patients underwent AP-PCD (group B). "
                "Blood loss, operative time, and the length of hospital stay for patients in group A, the P-PCD group, "
                "were significantly less than for group B, the AP-PCD group (P<0.05).")
    assert not e.eligible and e.reason == "cointervention_only"
    assert "Anteroposterior and Posterior Approaches" in e.why
    c80 = FRESH["C80"]
    # a control, or words that are not two alternatives of the variant, do not trigger it
    assert _variants_compared(c80, "Saline or intra-articular injection of hyaluronic acid for knee osteoarthritis", {}) is None
    assert _variants_compared(c80, "Pain and function after a series of injections of hyaluronic acid", {}) is None
    assert _variants_compared(c80, "Single versus repeated injections of hyaluronic acid for knee osteoarthritis", {})


AGE_40 = ("Methods Thirty-seven patients with an average age of 47.8 years (group 1) were matched with 37 patients with "
          "an average age of 31 years (group 2). Both groups underwent ACI for treatment of isolated cartilage defects "
          "of the knee. Results Statistical analysis revealed a significant increase in function after ACI in both "
          "groups as early as 6 months after surgery. No statistical significant differences were found between "
          "patients of group 1 and group 2 at any of the time points investigated (P = .261).")


def test_a_comparison_claim_is_not_tested_when_both_groups_get_its_therapy():
    """PMID 20829417 (ACI in patients 40 and older against younger ones): "Both groups underwent ACI" —
    for the claim "ACI beats microfracture" nothing is compared with microfracture."""
    e = _inline(FRESH["C81"], 20829417, "Autologous Chondrocyte Implantation for Treatment of Focal Cartilage "
                "Defects in Patients Age 40 Years and Older", AGE_40)
    assert not e.eligible and e.reason == "cointervention_only"
    assert "Both groups underwent ACI" in e.evidence


def test_a_bibliometric_analysis_has_no_findings():
    """PMID 36796251 "An international analysis of stem cell research in intervertebral disc degeneration":
    counts papers and citations by country (reviewers: no_findings)."""
    e = _inline(FRESH["C83"], 36796251, "An international analysis of stem cell research in intervertebral disc degeneration.",
                "This study aimed to analyze the major characteristics of published reports of stem cell use for IDD. "
                "The numbers of documents, citations, countries, journals, article types, and stem cell types were "
                "evaluated. A total of 1170 papers were retrieved. The analysis showed a significant increase in the "
                "number of papers over time (p < 0.001). Mesenchymal stem cells were the most investigated stem cells.")
    assert not e.eligible and e.reason == "no_findings" and "bibliometric" in e.why


def test_a_literature_review_title_marks_no_findings():
    from pipeline.nlp.arms import cue

    # PMID 33101819
    assert cue("no_findings_title").search("Regenerative Medicine for Knee Osteoarthritis – The Efficacy and Safety of "
                                           "Intra-Articular Platelet-Rich Plasma and Mesenchymal Stem Cells Injections: "
                                           "A Literature Review")


def test_a_comparison_the_title_states_outright_is_made_even_when_the_findings_use_other_names():
    """PMID 34048286 "Arthroscopic Matrix-Assisted Autologous Chondrocyte Transplantation Versus
    Microfracture": its findings say MACT and MF, which the comparison reader misses ("the finding does
    not compare"); the title sets the claim's two groups against each other (reviewers: eligible)."""
    from pipeline.claims.eligibility import _title_compares_groups

    c81 = FRESH["C81"]
    title = ("Arthroscopic Matrix-Assisted Autologous Chondrocyte Transplantation Versus Microfracture: A 6-Year "
             "Follow-up of a Prospective Randomized Trial")
    abstract = ("Forty patients were randomized to MACT or MF. MACT resulted in significantly better KOOS subscores "
                "at 4 years (P < .05) and no failures against 8.3% with MF.")
    e = _inline(c81, 34048286, title, abstract, not_about="the finding does not compare autologous chondrocyte | microfracture")
    assert e.eligible
    # the direction reader's "does not compare" still excludes a title that does not set them against each other
    from pipeline.models import Article

    art = Article(pmid=20829417, title="Autologous Chondrocyte Implantation for Treatment of Focal Cartilage Defects "
                  "in Patients Age 40 Years and Older", abstract=AGE_40.replace("Both groups underwent ACI", "ACI was performed"))
    reading = read_article(art)
    e = assess_eligibility(c81, reading, read_arms(reading), None, title=art.title,
                           not_about="the finding does not compare autologous chondrocyte | microfracture")
    assert not e.eligible and e.reason == "therapy_not_tested"
    assert _title_compares_groups(c81, "Third-Generation Autologous Chondrocyte Implantation (Cells Cultured Within "
                                  "Collagen Membrane) Is Superior to Microfracture for Focal Chondral Defects", {})
    assert not _title_compares_groups(c81, "Autologous chondrocyte implantation after failed microfracture", {})


def test_a_case_report_naming_the_therapy_only_as_general_practice_does_not_test_it():
    """PMID 19087741 "[Primary psoas abscess in a young healthy male]": the therapy appears only in
    "treatment involves appropriate antibiotics, which can be combined with percutaneous drainage"; the
    abstract never says the patient got it (reviewers: no finding about the therapy)."""
    from pipeline.models import Article

    abstract = ("A young male saw his general practitioner because of lower back pain, limpness, nightly sweating, "
                "subfebrilia, and weight loss. Further diagnostics showed that he had a primary psoas abscess. The golden "
                "standard diagnostic tool is computed tomography, and treatment involves appropriate antibiotics, which "
                "can be combined with percutaneous drainage.")
    art = Article(pmid=19087741, title="[Primary psoas abscess in a young healthy male].", abstract=abstract,
                  publication_types=["Case Reports"])
    reading = read_article(art)
    e = assess_eligibility(FRESH["C88"], reading, read_arms(reading), None, title=art.title,
                           publication_types=("Case Reports",))
    assert not e.eligible and e.reason == "therapy_not_tested" and "general practice" in e.why
    # PMID 15661467: "In spite of several sessions of hyperbaric oxygen treatment, the patient died" is what
    # the patient got, with its outcome
    art = Article(pmid=15661467, title="[Cerebral gas embolism after a cough fit].",
                  abstract="An 81-year-old man presented with coma after coughing associated to haemoptysis. The CT-scan "
                           "revealed several scattered gas bubbles. In spite of several sessions of hyperbaric oxygen "
                           "treatment, the patient died with multivisceral organ failure.")
    reading = read_article(art)
    e = assess_eligibility(FRESH["C87"], reading, read_arms(reading), "case_report", title=art.title)
    assert e.reason != "therapy_not_tested" or "general practice" not in e.why


def test_the_comparator_of_a_title_ends_before_its_population_and_subtitle():
    """Real titles (PMIDs 31312692, 25548122, 26585585): the side after "versus" names the comparator
    arm only, not the condition ("for articular cartilage lesions …", "in the treatment of …") or the
    design in the subtitle (": a 2-year randomized study")."""
    from pipeline.models import Article

    titles = {
        "microfracture alone": "Transplantation of autologous bone marrow-derived mesenchymal stem cells under arthroscopic "
        "surgery with microfracture versus microfracture alone for articular cartilage lesions in the knee: A multicenter "
        "prospective randomized control clinical trial",
        "matrix-induced autologous chondrocyte implantation": "Matrix-induced autologous mesenchymal stem cell "
        "implantation versus matrix-induced autologous chondrocyte implantation in the treatment of chondral defects of "
        "the knee: a 2-year randomized study",
        "Microfracture Alone": "Adipose-Derived Mesenchymal Stem Cells With Microfracture Versus Microfracture Alone: "
        "2-Year Follow-up of a Prospective Randomized Trial",
    }
    for comparator, title in titles.items():
        arms = read_arms(read_article(Article(pmid=1, title=title, abstract="")))
        assert [c.comparator for c in arms.comparisons] == [comparator], title
