"""Session 53's readings, each on the record's own sentences with a control.

fresh139 C1224 (scored once, then opened): "Twice-daily budesonide maintenance controls mild asthma better than as-needed
budesonide-formoterol". SYGMA 1 (29768149) says so in its conclusion ("as-needed budesonide-formoterol ... was inferior
to budesonide maintenance therapy"), but the head-to-head reader read only sentences against a claim's therapy, so the
study's "supports" became "no finding against as-needed budesonide-formoterol read" and the claim Very low where both
blind reviewers grade Moderate (LINKER_RELEASE 2026.12.126)."""

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.comparison_findings import against_comparator
from pipeline.claims.head_to_head import read_versus
from tests.test_trial_readers import FRESH7, SYGMA_CONCLUSION, SYGMA_RESULT

C1224 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh139" / "claims.yaml")}["C1224"]


def test_the_comparator_inferior_to_the_therapy_supports_a_head_to_head_claim():
    v = read_versus(C1224, [SYGMA_CONCLUSION])
    assert v is not None and (v.finding, v.sentence) == ("supports", SYGMA_CONCLUSION)
    # the results sentence names the comparator "budesonide-formoterol" only, not by a name of the claim's: not read
    assert read_versus(C1224, [SYGMA_RESULT]) is None
    # the link keeps the conclusion's "supports" (it read "unclear: no finding against ... read")
    assert against_comparator(C1224, None, "supports", None, [SYGMA_CONCLUSION])[0] == "supports"
    assert against_comparator(C1224, None, "supports", None, [])[0] == "unclear"  # control: nothing stated
    # control: the same sentence for the claim the other way round still contradicts it (fresh7 C103)
    assert read_versus(FRESH7["C103"], [SYGMA_CONCLUSION]).finding == "contradicts"


def test_the_therapy_superior_to_the_comparator_supports_and_a_negated_one_is_a_null():
    v = read_versus(C1224, ["Budesonide maintenance therapy was superior to as-needed budesonide-formoterol for "
                            "asthma-symptom control."])
    assert v is not None and v.finding == "supports"
    v = read_versus(C1224, ["Budesonide maintenance therapy was not superior to as-needed budesonide-formoterol."])
    assert v is not None and v.finding == "no_effect"
    # another arm named as the loser says nothing of the comparator
    assert read_versus(C1224, ["Terbutaline was inferior to budesonide maintenance therapy."]) is None
    # "not inferior" of the comparator is no win for the therapy
    assert read_versus(C1224, ["As-needed budesonide-formoterol was not inferior to budesonide maintenance therapy."]) \
        is None


def test_a_sentence_against_the_therapy_outweighs_one_in_its_favour():
    against = "As-needed budesonide-formoterol was superior to budesonide maintenance therapy for exacerbations."
    assert read_versus(C1224, [SYGMA_CONCLUSION, against]).finding == "contradicts"
    assert against_comparator(C1224, None, "supports", None, [SYGMA_CONCLUSION, against])[0] == "contradicts"
