"""Session 67's readings, on the records' own text (issue 17): a study whose title and aims speak only of the therapy's
safety still reports a finding on the claim when a body sentence states the claim's outcome as the therapy's result
("Lentiviral transduction of autologous MSCs resulted in a significant increase of FVIII in the culture supernatant";
eligibility._safety_only, LINKER_RELEASE 2026.12.179)."""

from __future__ import annotations

from eligibility_helpers import assess_as_linked, eval_catalog, one_block_article

FRESH190 = eval_catalog("fresh190")

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
