"""Session 65's readings, on the records' own text (issue 17): a therapy named with where it comes from ("Surgical
angiogenesis from implanted autogenous tissue improves bone viability") is still the subject of the result verb after
it, so the sentence is a result stated of the therapy (``direction.active_result_of``; data/lexicons/direction_cues.yaml
``active_result_between``; LINKER_RELEASE 2026.12.171)."""

from __future__ import annotations

from eligibility_helpers import assess_as_linked, eval_catalog, one_block_article
from pipeline.claims.direction import active_result_of

FRESH24 = eval_catalog("fresh24")

# PMID 23358010 (workshop corpus), eligible to both of fresh24's reviewers for C278 (surgical angiogenesis keeps
# allogeneic knee transplants viable in rabbits)
_SA_TITLE = ("Surgical Angiogenesis with Short-Term Immunosuppression Maintains Bone Viability in Rabbit Allogenic Knee "
             "Joint Transplantation")
_SA_RESULT = ("Surgical angiogenesis from implanted autogenous tissue improves bone viability, healing, and material "
              "properties in rabbit allogenic knee transplants.")
_SA_TEXT = (
    "Vascularized composite allotransplantation has the potential for reconstruction of joint defects but requires "
    "lifelong immunosuppression, with substantial risks. This study evaluates an alternative, using surgical angiogenesis "
    "from implanted autogenous vessels to maintain viability without long-term immunotherapy.Vascularized knee joints "
    "were transplanted from Dutch Belted donors to New Zealand White rabbit recipients. Once positioned and "
    "revascularized microsurgically, a recipient-derived superficial inferior epigastric fascial flap and a saphenous "
    "arteriovenous bundle were placed within the transplanted femur and tibia, respectively, to develop a neoangiogenic, "
    "autogenous circulation. There were 10 transplants in group 1. Group 2 (n = 9) consisted of no-angiogenesis "
    "controls with ligated flaps and arteriovenous bundles. Group 3 rabbits (n = 10) were autotransplants with patent "
    "implants. Tacrolimus was used for 3 weeks to maintain nutrient flow during angiogenesis. At 16 weeks, the authors "
    "assessed bone healing, joint function, bone and cartilage mechanical properties, and histology.Group 1 "
    "allotransplants had more robust angiogenesis, better healing, improved mechanical properties, and better osteocyte "
    "viability than ligated controls (group 2). All three groups developed knee joint contractures and arthritic "
    "changes. Cartilage thickness and quality were poorer in allograft groups than in autotransplant controls."
    + _SA_RESULT + " However, joint contractures and degenerative changes occurred in all transplants, regardless of "
    "antigenicity or blood supply. Experimental studies in a larger animal model with improved methods to maintain joint "
    "mobility are needed before the merit of living joint allotransplantation can be judged.")


def test_a_therapy_named_with_its_source_is_the_subject_of_its_result():
    therapy = FRESH24["C278"].therapy
    assert active_result_of(therapy, _SA_RESULT, {})
    # the source phrase is short and carries no verb: a clause after the name is not read as its qualifier
    assert not active_result_of(therapy, "Surgical angiogenesis from implanted tissue that was harvested early improves "
                                         "bone viability.", {})
    # and the name as the source of something else is no subject: "vessels from surgical angiogenesis improve" names the
    # vessels
    assert not active_result_of(therapy, "Vessels grown from tissue under surgical angiogenesis were counted.", {})


def test_the_angiogenesis_record_is_eligible_for_its_claim():
    article = one_block_article(23358010, _SA_TITLE, _SA_TEXT)
    e, d = assess_as_linked(FRESH24["C278"], article, "animal", is_animal=True, species=("rabbit",))
    assert e.eligible, (e.reason, d.not_about)
    assert d.sentence == _SA_RESULT and "result stated of the therapy" in d.cues
