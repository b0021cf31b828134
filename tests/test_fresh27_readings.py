"""Readings from fresh27's errors (session 24), on the records' own sentences (workshop corpus, as PubMed has them).

fresh27 was scored once (code of e7b0675) before it was opened.

* 19923983 and 24718721 (C311, "high-dose methotrexate cures childhood acute lymphoblastic leukemia"; both blind
  reviewers: not tested - every child got methotrexate in multi-drug chemotherapy): pharmacogenetic studies, whose
  exposure is the children's genotype. Counted, they made the claim Very low where the reviewers read No evidence:
  the set's one grade above both reviewers.
* 27939839 (C304, "inhibiting Rac1 restores tamoxifen sensitivity in resistant breast cancer cells"; both reviewers:
  eligible, a cell study): "Here, we report the development of the breast cancer cell model ..." read as a technique
  presented without data, although the abstract reports what it found in words ("We also demonstrated that ...",
  "1A-116 effectively restored tamoxifen anti-proliferative effects").
* 25349263 (C314; both reviewers: eligible, a retrospective cohort): "STUDY DESIGN: Cohort study; Level of evidence,
  3." and "This study retrospectively evaluated 54 patients", read as a randomised trial in humans by the design
  classifier. Had it been counted, the claim would have started at High.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.direction_rules import reports_no_data
from pipeline.models import Article
from pipeline.nlp.design import stated_design
from pipeline.nlp.evidence import extract_evidence

FRESH27 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh27" / "claims.yaml")}

ABCG2 = Article(
    pmid=24718721,
    title="High-dose methotrexate in Egyptian pediatric acute lymphoblastic leukemia: the impact of ABCG2 C421A genetic "
          "polymorphism on plasma levels, what is next?",
    abstract="PURPOSE: High-dose methotrexate (HD-MTX) is a cornerstone antineoplastic drug in most treatment protocols "
             "of pediatric acute lymphoblastic leukemia (ALL). A single-nucleotide polymorphism (SNP) in ABCG2, the "
             "exchange of C to A at position 421, represents 13 % in the Middle Eastern population. We studied the "
             "effect of this SNP on the plasma levels of HD-MTX in Egyptian pediatric ALL.\n\nMETHODS: Two hundred ALL "
             "patients were recruited from Children's Cancer Hospital Egypt-57357, and all were treated according to "
             "the St Jude Total XV protocol. Determination of plasma MTX levels was done at 23, 42 and 68 h.\n\n"
             "RESULTS: We found 14.5 % of the variant allele of the ABCG2 C421A SNP. There was no statistical "
             "significance between steady-state plasma concentration in patients with and without with this SNP.\n\n"
             "CONCLUSION: This study shows that there is no effect of ABCG2 421C>A on plasma concentrations of HD-MTX.")


def test_a_study_of_the_patients_genotypes_does_not_test_the_drug_they_all_got():
    e, _ = assess_as_linked(FRESH27["C311"], ABCG2, "other", is_human=True)
    assert not e.eligible and e.reason == "cointervention_only" and "genotypes" in e.why, e
    # a randomised trial with a genotype subgroup still tests the drug
    trial = Article(pmid=1, title="High-dose methotrexate in childhood acute lymphoblastic leukemia: a randomized trial "
                                  "with MTHFR genotype subgroups",
                    abstract="Children with acute lymphoblastic leukemia were randomized to high-dose methotrexate or "
                             "standard-dose methotrexate. Event-free survival was significantly higher with high-dose "
                             "methotrexate (p = 0.01), in every MTHFR genotype.")
    e, _ = assess_as_linked(FRESH27["C311"], trial, "rct", is_human=True)
    assert e.reason != "cointervention_only" or "genotypes" not in e.why, e


RAC1 = Article(
    pmid=27939839,
    title="Pharmacological inhibition of Rac1-PAK1 axis restores tamoxifen sensitivity in human resistant breast cancer "
          "cells.",
    abstract="Tamoxifen is a standard endocrine therapy for estrogen receptor positive breast cancer patients. Here, we "
             "report the development of the breast cancer cell model MCF7::C1199 having Rac1 enhanced activity with the "
             "aim of evaluating the role of Rac1 in acquired endocrine resistance. These cells not only showed "
             "distinctive features of Rac1-regulated process as increased migration and proliferation rates, but also "
             "showed that upregulation of Rac1 activity triggered a hormonal-independent and tamoxifen resistant "
             "phenotype. We also demonstrated that PAK1 activity increases in response to Tamoxifen, increasing "
             "phosphorylation levels of estrogen receptor at Ser305. Finally, we evaluated the effect of 1A-116, a "
             "specific Rac1 inhibitor developed by our group, in tamoxifen-resistant cells. 1A-116 effectively restored "
             "tamoxifen anti-proliferative effects, switched off PAK1 activity and decreased estrogen receptor "
             "phospho-Ser305 levels.")


def test_a_finding_reported_in_words_is_data():
    assert not reports_no_data(RAC1)
    # the same model described with nothing found is still a technique without data
    assert reports_no_data(Article(pmid=2, title="A cell model of tamoxifen resistance",
                                   abstract="Here, we report the development of the breast cancer cell model "
                                            "MCF7::C1199 having Rac1 enhanced activity. It may help to study endocrine "
                                            "resistance."))
    e, _ = assess_as_linked(FRESH27["C304"], RAC1, "in_vitro", is_in_vitro=True)
    assert e.eligible, e


FIBRIN_COHORT = Article(
    pmid=25349263,
    title="Mesenchymal Stem Cell Implantation in Osteoarthritic Knees",
    abstract="PURPOSE: To investigate the clinical and second-look arthroscopic outcomes of the implantation of MSCs "
             "loaded in fibrin glue as a scaffold in patients with OA knees and to compare these outcomes with those of "
             "MSC implantation without a scaffold.\n\nSTUDY DESIGN: Cohort study; Level of evidence, 3.\n\nMETHODS: This "
             "study retrospectively evaluated 54 patients (56 knees) who were examined with second-look arthroscopy "
             "after MSC implantation for cartilage lesions in their OA knees. Patients were divided into 2 groups: 37 "
             "patients (39 knees) were treated with MSC implantation without a scaffold (group 1), and 17 patients (17 "
             "knees) underwent implantation of MSCs loaded in fibrin glue as a scaffold (group 2).\n\nRESULTS: There "
             "was a significant difference in ICRS grades between the groups ( P = .028).")

# a classifier sure that the text is a trial, as the shipped one was on this record
_SURE_TRIAL = {"systematic_review": 0.01, "meta_analysis": 0.01, "protocol": 0.02, "randomized_trial": 0.95,
               "human": 0.95, "rodent": 0.01, "child": 0.02}


def test_a_design_the_abstract_states_of_itself_is_no_trial():
    assert stated_design(FIBRIN_COHORT) == "cohort"
    for probs in (None, _SURE_TRIAL):
        ev = extract_evidence(FIBRIN_COHORT, use_metadata=False, probs=probs)
        assert not ev.is_rct and ev.design == "cohort", (probs, ev.design, ev.design_reason)
    series = Article(pmid=3, title="Fibrin glue fixation of chondrocyte grafts",
                     abstract="Study Design: Case series; Level of evidence, 4. Twenty patients were followed.")
    assert stated_design(series) == "case_series"
    # a trial that states itself so stays a trial, and so does a randomised one labelled level 3 by mistake
    trial = Article(pmid=4, title="Fibrin glue versus sutures",
                    abstract="Study Design: Randomized controlled trial; Level of evidence, 1. Sixty patients were "
                             "randomized to fibrin glue or sutures.")
    assert stated_design(trial) is None
    mislabelled = Article(pmid=5, title="x", abstract="Level of evidence, 3. Patients were randomly assigned to A or B.")
    assert stated_design(mislabelled) is None
    assert extract_evidence(trial, use_metadata=False, probs=_SURE_TRIAL).is_rct


MACI_FIBRIN = Article(
    pmid=16170579,
    title="Early postoperative adherence of matrix-induced autologous chondrocyte implantation for the treatment of "
          "full-thickness cartilage defects of the femoral condyle",
    abstract="Matrix-induced autologous chondrocyte implantation (MACI) is a tissue-engineering technique for the "
             "treatment of full-thickness articular cartilage defects and requires the use of a three-dimensional "
             "collagen type I-III membrane seeded with cultured autologous chondrocytes. The cell-scaffold construct is "
             "implanted in the debrided cartilage defect and fixed only with fibrin glue, with no periosteal cover or "
             "further surgical fixation. In a clinical pilot study, the MACI technique was used for the treatment of "
             "full-thickness, weight-bearing chondral defects of the femoral condyle in 16 patients. In 14 of 16 "
             "patients (87.5%), a completely-attached graft was found. In conclusion, the implantation and fixation of "
             "a cell-scaffold construct in a deep cartilage defect of the femoral condyle with fibrin glue and with no "
             "further surgical fixation leads to a high attachment rate 34.7 days after the implantation.")


def test_a_product_that_only_fixed_another_implant_is_not_tested():
    """16170579 and 19800999 (C314, "fibrin-based constructs regenerate cartilage"; both reviewers: therapy_not_tested):
    fibrin glue fixes a MACI membrane, or is one of four fixation methods for a printed scaffold."""
    e, _ = assess_as_linked(FRESH27["C314"], MACI_FIBRIN, "case_series", is_human=True)
    assert not e.eligible and e.reason == "therapy_not_tested" and "fixed another implant" in e.why, e
    fixation = Article(pmid=19800999, title="Quality of scaffold fixation in a human cadaver knee model",
                       abstract="The present study compared four different scaffold fixation techniques [fibrin glue "
                                "(FG), transosseous (TS) fixation, biodegradable pin (BP) fixation and continuous "
                                "cartilage sutures (CS)] to implant a custom-printed porous scaffold in a human cadaver "
                                "knee model. The FG scored higher on scaffold integrity compared to TS (P<0.05).")
    e, _ = assess_as_linked(FRESH27["C314"], fixation, "other", is_human=True)
    assert not e.eligible and e.reason == "therapy_not_tested", e
    # a fibrin construct implanted for itself is tested, though the word "fixation" appears elsewhere
    construct = Article(pmid=6, title="Chondrocytes in a fibrin gel for cartilage defects in sheep",
                        abstract="Autologous chondrocytes in a fibrin gel were implanted into chondral defects of 12 "
                                 "sheep; no additional fixation was used. At 6 months the fibrin gel constructs had "
                                 "filled the defects with hyaline-like tissue, significantly better than empty defects "
                                 "(p < 0.01).")
    e, _ = assess_as_linked(FRESH27["C314"], construct, "animal_study", is_animal=True, species=("sheep",))
    assert e.reason != "therapy_not_tested" or "fixed another" not in e.why, e
