"""Session 63's readings, on the records' own text (issue 17): a result said in the past tense with the therapy as its
subject ("Knockout of GPRC5a reduced the proliferation ...") names what the study tested and is a result of the
therapy, as the present tense's is (data/lexicons/direction_cues.yaml ``active_result_verbs``; LINKER_RELEASE
2026.12.163), and such a result is not undone by a word of the therapy only as a mechanism ("migration") that the same
sentence has as its outcome."""

from __future__ import annotations

import pytest

from eligibility_helpers import eval_catalog
from pipeline.claims import linker
from pipeline.claims.direction import active_result_of
from pipeline.models import Article

FRESH173 = eval_catalog("fresh173")

# PMID 29949874 (workshop corpus), both of fresh173's reviewers eligible for C1431 (GPRC5a knockout and the drug
# resistance of pancreatic cancer cells)
_GPRC5A_TITLE = ("The Effect of GPRC5a on the Proliferation, Migration Ability, Chemotherapy Resistance, and "
                 "Phosphorylation of GSK-3β in Pancreatic Cancer.")
_GPRC5A_RESULT = (
    "Knockout of GPRC5a reduced the proliferation and migration ability of PaCa cell lines and suppressed the "
    "chemotherapy drug resistance of gemcitabine, oxaliplatin, and fluorouracil in PaCa cells.")
_GPRC5A = (
    "Pancreatic cancer (PaCa) is the fourth leading cause of cancer-related death, and personalized targeted cancer "
    "therapy is becoming a promising treatment strategy for PaCa. The central approach of targeted therapy is to find a "
    "targetable key and an effective targeting method. In this study, the importance of GPRC5a (the G-protein-coupled "
    "receptor family C, member 5, group A) was identified using data mining methods based on published datasets. After "
    "analysis of the basic expression of GPRC5a in normal pancreas tissue and various PaCa cell lines, gene editing of "
    "GPRC5a in the human PaCa cell line MIA PaCa-2 and the mouse PaCa cell line TB32047 was performed using CRISPR/Cas9 "
    "(Clustered Regularly Interspaced Short Palindromic Repeats/CRISPR-associated proteins 9) to investigate the "
    "influence of GPRC5a on the proliferation and migration of PaCa cells as well as its effects on chemotherapy drug "
    "resistance. The results showed that GPRC5a was upregulated in PaCa tissues and various PaCa cell lines. "
    + _GPRC5A_RESULT + " The phosphorylation of GSK-3β (Glycogen synthase kinase-3β) was found to be upregulated in the "
    "MIA PaCa-2 and TB32047 cells after GPRC5a knockout. In conclusion, GPRC5a was upregulated in PaCa leading to an "
    "enhanced drug resistance in PaCa cells. These results provide for the first time a theoretical basis for the "
    "development of an improved PaCa targeted therapy.")


def test_a_past_tense_result_with_the_therapy_as_subject_is_its_result():
    assert active_result_of(FRESH173["C1431"].therapy, _GPRC5A_RESULT, {})


@pytest.mark.parametrize("sentence", [
    # the therapy named after the result, as when it happened; and the therapy as the verb's object
    "The phosphorylation of GSK-3β (Glycogen synthase kinase-3β) was found to be upregulated in the MIA PaCa-2 and "
    "TB32047 cells after GPRC5a knockout.",
    "Gemcitabine reduced the growth of cells after GPRC5a knockout.",
    "GPRC5a knockout was performed using CRISPR/Cas9 in MIA PaCa-2 cells.",
])
def test_the_therapy_named_without_a_result_of_it_is_none(sentence):
    assert not active_result_of(FRESH173["C1431"].therapy, sentence, {})


def test_the_knockout_result_reaches_the_link_threshold_despite_its_migration_outcome():
    # the sentence has "migration" (linker_cues.yaml mechanism_only: "microfracture recruits MSCs"), here the outcome
    assert linker._MECHANISM_ONLY.search(_GPRC5A_RESULT)
    result = linker.assess(FRESH173["C1431"], Article(pmid=29949874, title=_GPRC5A_TITLE, abstract=_GPRC5A))
    assert result.relevance >= linker.LINK_THRESHOLD


def test_a_mechanism_word_still_undoes_a_cue_that_is_no_result_of_the_therapy():
    # a giving cue in a sentence about what the therapy recruits is still no test of it (the rule the exemption keeps)
    abstract = ("Knockout of GPRC5a was performed in cell lines and recruits migrating cells. "
                "The cells were counted.")
    result = linker.assess(FRESH173["C1431"], Article(pmid=1, title="Cells in culture.", abstract=abstract))
    assert not any("as the intervention" in r for r in result.reasons)


# PMID 23394625 (workshop corpus), both of fresh173's reviewers eligible for C1429 (WT1 overexpression at diagnosis does
# not predict remission or survival in adult AML); its results state the association tested, its conclusion speaks of
# another time point
_WT1_TITLE = ("Prognostic significance of WT1 expression at diagnosis and end of induction in Egyptian adult acute "
              "myeloid leukemia patients.")
_WT1 = (
    "BACKGROUND: Wilms' tumor (WT1) gene overexpression has been reported in the majority of acute myeloid leukemia (AML) "
    "patients at diagnosis and has been evaluated as prognostic and minimal residual disease (MRD) marker.\n\n"
    "PATIENTS AND METHODS: WT1 overexpression was evaluated in 68 adult AML patients at diagnosis and at the end of "
    "induction using quantitative real-time polymerase chain reaction (PCR).\n\n"
    "RESULTS: No significant associations were encountered between WT1 overexpression at diagnosis and other "
    "prognostic factors. Complete remission (CR) was achieved in 74% of the patients with WT1 overexpression compared to "
    "80% of patients with normal levels (P = 0.5). No significant associations were encountered between WT1 "
    "overexpression at diagnosis and disease-free survival (DFS) or overall survival (OS) (P = 0.6 and 0.3, "
    "respectively). At the end of induction, the median duration of DFS in patients achieving ≥ 2 log reduction was not "
    "reached compared to only 5 months (range: 2.1-7.9 months) in those attaining <2 log reduction (P = 0.2).\n\n"
    "CONCLUSION: Our results, although not reaching the level of significance, probably due to the small sample size, "
    "still suggest that the early assessment of WT1 transcript level at the end of induction in patients in CR may have "
    "a prognostic significance on clinical outcome and may thus be a useful marker for risk stratification especially "
    "in patients lacking disease-specific marker.")


def test_no_association_between_the_exposure_and_the_outcome_is_the_studys_estimate():
    from pipeline.claims.direction_rules import EXPOSURE_ESTIMATE
    assert EXPOSURE_ESTIMATE.search("No significant associations were encountered between WT1 overexpression at "
                                    "diagnosis and disease-free survival (DFS) or overall survival (OS).")
    assert not EXPOSURE_ESTIMATE.search("The distance between the two groups was small.")


def test_the_wt1_record_tests_the_equivalence_claim():
    claim = FRESH173["C1429"]
    article = Article(pmid=23394625, title=_WT1_TITLE, abstract=_WT1)
    results = linker.link_claim_articles(claim, [article])
    assert results[0].relevance >= linker.LINK_THRESHOLD
    assert results[0].eligibility is not None and results[0].eligibility.eligible, results[0].eligibility


FRESH175 = eval_catalog("fresh175")

# PMID 36845190 (workshop corpus), both of fresh175's reviewers eligible for C1439 (a circular against a square inner
# annulus fibrosus patch, in a finite element model); the therapy is never in the title, the result names the condition
_PATCH_TITLE = "Biomechanical evaluation of a novel intervertebral disc repair technique for large box-shaped ruptures."
_PATCH = (
    "Objective: The purpose of this study was to analyze the feasibility of repairing a ruptured intervertebral disc "
    "using a patch secured to the inner surface of the annulus fibrosus (AF). Different material properties and "
    "geometries for the patch were evaluated. Methods: Using finite element analysis, this study created a large "
    "box-shaped rupture in the posterior-lateral region of the AF and then repaired it with a circular and square inner "
    "patch. The elastic modulus of the patches ranged from 1 to 50 MPa to determine the effect on the nucleus pulposus "
    "(NP) pressure, vertical displacement, disc bulge, AF stress, segmental range of motion (ROM), patch stress, and "
    "suture stress. The results were compared against the intact spine to determine the most suitable shape and "
    "properties for the repair patch. Results: The intervertebral height and ROM of the repaired lumbar spine was "
    "similar to the intact spine and was independent of the patch material properties and geometry. The patches with a "
    "modulus of 2-3 MPa resulted in an NP pressure and AF stresses closest to the healthy disc, and produced minimal "
    "contact pressure on the cleft surfaces and minimal stress on the suture and patch of all models. Circular patches "
    "caused lower NP pressure, AF stress and patch stress than the square patch, but also caused greater stress on the "
    "suture. Conclusion: A circular patch with an elastic modulus of 2-3 MPa secured to the inner region of the ruptured "
    "annulus fibrosus was able to immediately close the rupture and maintain an NP pressure and AF stress similar to the "
    "intact intervertebral disc. This patch had the lowest risk of complications and produced the greatest restorative "
    "effect of all patches simulated in this study.")


def test_the_therapys_own_result_on_the_condition_adds_to_the_link():
    result = linker.assess(FRESH175["C1439"], Article(pmid=36845190, title=_PATCH_TITLE, abstract=_PATCH))
    assert linker.RESULT_ON_CONDITION in result.reasons
    assert result.relevance >= linker.LINK_THRESHOLD


def test_a_cue_without_a_result_on_the_condition_adds_nothing():
    # the same record without the sentence stating what the circular patches did
    abstract = _PATCH.replace("Circular patches caused lower NP pressure, AF stress and patch stress than the square "
                              "patch, but also caused greater stress on the suture. ", "")
    result = linker.assess(FRESH175["C1439"], Article(pmid=36845190, title=_PATCH_TITLE, abstract=abstract))
    assert linker.RESULT_ON_CONDITION not in result.reasons


def test_a_second_subject_beside_the_therapy_leaves_the_result_its_own():
    # PMID 28864417 (workshop corpus), both of fresh176's reviewers eligible for C1449 (p38 MAPK inhibition added to
    # hydrogen peroxide in colorectal cancer cells): LINKER_RELEASE 2026.12.166
    therapy = eval_catalog("fresh176")["C1449"].therapy
    assert active_result_of(therapy, "Chemical inhibition of p38 MAPK and p42/44 MAPK reduced phosphorylation of TIF1β "
                                     "serine 473 and increased CRC cell death upon peroxide exposure.", {})
    # not a clause that goes on to something else
    assert not active_result_of(therapy, "Chemical inhibition of p38 MAPK and the cells were then counted.", {})


def test_a_passive_after_the_second_subject_is_no_result_of_the_therapy():
    # PMID 25395623 (fresh60 C691's record): "Both dFic and BiP are transcriptionally activated upon ER stress" says what
    # activates them, not what dFic did (LINKER_RELEASE 2026.12.167)
    from pipeline.claims.models import Concept
    dfic = Concept("Fic", ("dFic", "Drosophila Fic"))
    assert not active_result_of(dfic, "Both dFic and BiP are transcriptionally activated upon ER stress, supporting the "
                                      "role of dFic in the unfolded protein response pathway.", {})
