"""Session 67's readings, on the records' own text (issue 17): a study whose title and aims speak only of the therapy's
safety still reports a finding on the claim when a body sentence states the claim's outcome as the therapy's result
("Lentiviral transduction of autologous MSCs resulted in a significant increase of FVIII in the culture supernatant";
eligibility._safety_only, LINKER_RELEASE 2026.12.179). A change said to have come with the therapy, named right after
the verb's "with" ("improved by 43.415% and 34.286%, respectively, with the 6% polyester fibers") is the therapy's result
(direction.passive_result_of, direction_cues.yaml changed_with_verbs; 2026.12.180). What the authors did with the
therapy as their means ("We successfully isolated ... using enhanced CT and 3D mapping") names it as the intervention,
and a cell's own membrane ("in relation to erythrocyte membranes", "Membrane-bound enzymes") is no scaffold (2026.12.181)."""

from __future__ import annotations

from eligibility_helpers import assess_as_linked, eval_catalog, one_block_article
from pipeline.claims import linker
from pipeline.claims.direction import passive_result_of, result_said_of
from pipeline.claims.eligibility import _names_a_scaffold
from pipeline.models import Article

FRESH190 = eval_catalog("fresh190")
FRESH191 = eval_catalog("fresh191")
FRESH193 = eval_catalog("fresh193")

# PMID 29737459 (workshop corpus), eligible to both of fresh190's reviewers for C1533 (adding a lentiviral factor VIII
# gene to autologous mesenchymal stromal cells raises their factor VIII output in cynomolgus monkeys)
_FVIII_TITLE = ("Safety of intra-articular transplantation of lentivirally transduced mesenchymal stromal cells for "
                "haemophilic arthropathy in a non-human primate")
_FVIII_RESULT = ("Lentiviral transduction of autologous MSCs resulted in a significant increase of FVIII in the culture "
                 "supernatant before transplantation.")
_FVIII_TEXT = (
    "Joint bleeding and resultant arthropathy are major determinants of quality of life in haemophilia patients. We "
    "previously developed a mesenchymal stromal cell (MSC)-based treatment approach for haemophilic arthropathy in a "
    "mouse model of haemophilia A. Here, we evaluated the long-term safety of intra-articular injection of lentivirally "
    "transduced autologous MSCs in non-human primates. Autologous bone-marrow-derived MSCs transduced with a lentiviral "
    "vector expressing coagulation factor VIII (FVIII) were injected into the left knee joint of cynomolgus monkeys. We "
    "first conducted codon optimization to increase FVIII production in the cells. " + _FVIII_RESULT + " We did not "
    "find any tumour generation around the knee structure at 11-16 months after injection by magnetic resonance "
    "imaging. The proviral sequence of the simian immunodeficiency virus lentiviral vector was not detected in the "
    "heart, lungs, spleen, liver, testis, or bone marrow by real-time quantitative PCR. We confirmed the long-term "
    "safety of intra-articular injection of transduced MSCs in a non-human primate. The procedure may be an attractive "
    "therapeutic approach for joint diseases in haemophilia patients.")


def _fviii(text: str):
    article = one_block_article(29737459, _FVIII_TITLE, text, ("Journal Article",))
    return assess_as_linked(FRESH190["C1533"], article, "animal_study", is_animal=True, species=("monkey",))[0]


def test_a_safety_study_stating_the_claimed_outcome_as_the_therapys_result_is_eligible():
    e = _fviii(_FVIII_TEXT)
    assert e.eligible, e


def test_a_safety_study_without_that_result_still_reports_only_safety():
    # the same abstract without its sentence on factor VIII output: nothing but the procedure's safety
    e = _fviii(_FVIII_TEXT.replace(_FVIII_RESULT + " ", ""))
    assert not e.eligible and e.reason == "no_findings" and "safety" in e.why, e


# PMID 36799133 (workshop corpus), eligible to both of fresh191's reviewers for C1535 (UHMWPE reinforced with 6% polyester
# fibres is stronger than unreinforced UHMWPE for artificial cervical discs)
_UHMWPE_TITLE = ("Preparation and characterization of UHMWPE reinforced with polyester fibers for artificial cervical disc "
                 "replacement (ACDR).")
_UHMWPE_RESULT = ("The findings revealed that the tensile strength and modulus of elasticity improved by 43.415% and "
                  "34.286%, respectively, with the 6% polyester fibers due to the excellent entanglement between the matrix "
                  "and reinforcing phase.")
_UHMWPE_TEXT = (
    "The purpose of this paper is to report on the preparation and improvement of a biocomposite material made from "
    "ultra-high molecular weight polyethylene for the replacement of natural discs. Such replacements are necessary due "
    "to intervertebral disc degradation as humans age, which can cause persistent pain due to nerve compression and high "
    "friction between vertebrae that can lead to vertebral corrosion. The material was shown to have excellent "
    "mechanical properties such as low coefficient of friction, and biocompatibility; however, it degraded with time due "
    "to wear failure. Moreover, The wear resistance was related to many factors, such as toughness.In the methodology of "
    "the current study, UHMWPE is reinforced with different percent of polyester (2, 4, 6, 8, 10%) to improve the "
    "mechanical properties of the polymer disc, thus enhancing its toughness and providing its high bearing ability for "
    "the load." + _UHMWPE_RESULT + " The other mechanical properties, such as flexural strength and modulus, impact "
    "strength, fracture toughness, and compression strength, were also enhanced in this study. The highest value at 6% "
    "polyester fiber was found to be due to good bonding and adhesion between the polymer and polyester fibers. The "
    "Fourier Transformation Spectroscopy (FTIR) showed a shift on some peaks.The originality of this work is that the "
    "improvements due to the new bio-composite polymers for artificial implant cervical discs can open many applications "
    "in future for these materials.")


def test_a_change_said_to_come_with_the_therapy_is_its_result():
    therapy = FRESH191["C1535"].therapy
    assert passive_result_of(therapy, _UHMWPE_RESULT, {}) and result_said_of(therapy, _UHMWPE_RESULT, {})
    # "with" not right after the change: the fibres are where it was measured, not what came with it
    assert not passive_result_of(therapy, "The tensile strength improved over time in samples of the 6% polyester "
                                          "fibers.", {})


def test_a_materials_study_whose_conclusion_speaks_of_its_originality_is_eligible_on_its_stated_result():
    article = one_block_article(36799133, _UHMWPE_TITLE, _UHMWPE_TEXT, ("Journal Article",))
    e = assess_as_linked(FRESH191["C1535"], article, "other")[0]
    assert e.eligible, e


# PMID 26702320 (workshop corpus), eligible to both of fresh193's reviewers for C1547 (enhanced CT and 3D mapping allow
# extensive encircling pulmonary vein isolation for atrial fibrillation in severe scoliosis)
_PVI_TITLE = "A case of extensive encircling pulmonary vein isolation in a patient with severe scoliosis."
_PVI_USED = ("We successfully isolated extensive encircling pulmonary vein in this patient using enhanced CT and 3D "
             "mapping.")
_PVI_TEXT = (
    "The patient was a 62-year-old man with atrial fibrillation and severe scoliosis. Scoliosis may impair "
    "cardiorespiratory function. Enhanced computed tomography (CT) was helpful for the Brockenbrough method. "
    "Three-dimensional (3D) mapping also demonstrated clockwise rotation of the heart. " + _PVI_USED + " The CT venous "
    "images revealed appropriate localization of the vein and heart. CT and 3D mapping may ensure a more stable and "
    "safer procedure.")


def test_what_the_authors_did_using_the_therapy_names_it_as_the_intervention():
    claim = FRESH193["C1547"]
    article = Article(pmid=26702320, title=_PVI_TITLE, abstract=_PVI_TEXT, publication_types=["Case Reports"])
    r = linker.assess(claim, article)
    assert r.relevance >= 0.5 and any("as the intervention" in x for x in r.reasons), r
    # without the sentence saying what was done with it, the tools are only named in the case's description
    r = linker.assess(claim, Article(pmid=26702320, title=_PVI_TITLE, abstract=_PVI_TEXT.replace(_PVI_USED + " ", ""),
                                     publication_types=["Case Reports"]))
    assert not any("as the intervention" in x for x in r.reasons), r


# PMID 92 (workshop corpus), eligible to both of fresh193's reviewers for C1550 (contaminating leucocytes account for the
# protease activity of erythrocyte membrane preparations)
_PROTEASE_TITLE = "Membrane-bound enzymes. III. Protease activity in leucocytes in relation to erythrocyte membranes."
_PROTEASE_TEXT = (
    "Protease activity was detected in membranes of human bovine erythrocytes prepared by the conventional procedures "
    "which include washing and removal of the \"buffy layer\". The enzyme was extracted by 0.75 M KCNS or (NH4)2SO4 and "
    "was activated by 0.4 to 0.5 M of the same salts. Colored, particulate hide powder-azure, membrane fractions and "
    "soluble proteins such as hemoglobin, casein or albumin were susceptible to hydrolysis by the membraneous protease. "
    "Partial purification of the enzyme was accomplished through disc-gel electrophoresis on polyacrylamide in the "
    "presence of 0.25% positively charged detergents like cetyltrimethylammonium bromide. An alkaline protease (pH 7.4) "
    "with properties similar to those of the erythrocyte enzyme was found in leucocytes. The similarity between the "
    "properties of the leucocytic and erythrocytic proteases and the correlation of the activity in erythrocyte "
    "membranes with content of white cells in these preparations, suggest that enzymatic activities in the "
    "contaminating leucocytes are responsible for the activity of membraneous proteases in erythrocytes.")


def test_a_cells_own_membrane_is_no_scaffold():
    assert not _names_a_scaffold(_PROTEASE_TITLE)
    assert not _names_a_scaffold("Promoting filopodial elongation in neurons by membrane-bound magnetic nanoparticles.")
    # a membrane implanted is still one
    assert _names_a_scaffold("Guided bone regeneration with a collagen membrane in dogs")
    assert _names_a_scaffold("A bilayer membrane seeded with chondrocytes for cartilage defects in rabbits")


def test_a_laboratory_study_of_erythrocyte_membranes_tests_the_leucocytes_it_names():
    article = one_block_article(92, _PROTEASE_TITLE, _PROTEASE_TEXT, ("Journal Article",))
    e = assess_as_linked(FRESH193["C1550"], article, "in_vitro", is_in_vitro=True, is_human=True)[0]
    assert e.eligible, e
