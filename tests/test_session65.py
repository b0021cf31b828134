"""Session 65's readings, on the records' own text (issue 17): a therapy named with where it comes from ("Surgical
angiogenesis from implanted autogenous tissue improves bone viability") is still the subject of the result verb after
it, so the sentence is a result stated of the therapy (``direction.active_result_of``; data/lexicons/direction_cues.yaml
``active_result_between``; LINKER_RELEASE 2026.12.171). The verbs of a cause are result verbs too ("this novel mutation
is responsible for TRMA syndrome", "The addition of azide ... to the assay system resulted in neither inhibition nor
stimulation of the ATPase activity"), with where the therapy was given between (2026.12.172)."""

from __future__ import annotations

from eligibility_helpers import assess_as_linked, eval_catalog, one_block_article
from pipeline.claims import linker
from pipeline.claims.direction import active_result_of

FRESH24 = eval_catalog("fresh24")
FRESH184 = eval_catalog("fresh184")

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


# PMID 141 (workshop corpus), eligible to both of fresh184's reviewers for C1495 (azide, ouabain, dinitrophenol and
# oligomycin leave the membrane-bound ATPase of Azotobacter vinelandii unchanged; an equivalence claim)
_ATP_NULL = ("The addition of azide, ouabain, 2,4-dinitrophenol, or oligomycin to the assay system resulted in neither "
             "inhibition nor stimulation of the ATPase activity.")
# PMID 11380424, eligible to both reviewers for C1494 (a homozygous 287delG mutation in SLC19A2 causes TRMA syndrome)
_TRMA_TITLE = ("A novel mutation in the SLC19A2 gene in a Tunisian family with thiamine-responsive megaloblastic anaemia, "
               "diabetes and deafness syndrome.")
_TRMA_TEXT = (
    "Thiamine-responsive megaloblastic anaemia (TRMA) syndrome with diabetes and deafness was found in two patients from "
    "a Tunisian kindred. The proband was homozygous for a novel mutation, 287delG, in the high-affinity thiamine "
    "transporter gene, SLC19A2. We demonstrated that fibroblasts from this patient exhibited defective thiamine "
    "transport. These data confirm that the SLC19A2 gene is the high-affinity thiamine carrier and that this novel "
    "mutation is responsible for TRMA syndrome.")


def test_the_verbs_of_a_cause_state_the_therapys_result():
    agents = FRESH184["C1495"].therapy
    assert active_result_of(agents, _ATP_NULL, {})
    assert active_result_of(FRESH184["C1494"].therapy, _TRMA_TEXT.split(". ")[-1], {})
    # where it was given is a short phrase: a clause after "to" is no qualifier of the name
    assert not active_result_of(agents, "The addition of azide to cells that were then washed resulted in no change.", {})
    # and the therapy as what a cause led to is no subject of it
    assert not active_result_of(agents, "Loss of the membrane fraction led to azide resistance.", {})


def test_a_cause_stated_of_the_mutation_links_its_family_report():
    article = one_block_article(11380424, _TRMA_TITLE, _TRMA_TEXT, ("Case Reports",))
    r = linker.assess(FRESH184["C1494"], article, linker.read_article(article))
    assert r.relevance >= linker.LINK_THRESHOLD and linker.RESULT_ON_CONDITION in r.reasons
