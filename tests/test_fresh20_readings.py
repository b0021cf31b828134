"""Readings from fresh20's errors (session 22), on the records' own sentences (workshop corpus, as PubMed has them).

* 26432130 (C231, "cataract surgery lowers intraocular pressure"; both blind reviewers: cointervention_only): "combined
  cataract surgery with 2 trabecular microbypass stents versus ab interno trabeculotomy" gives the surgery with stents;
  no word list named stents, so the title read as setting cataract surgery against trabeculotomy.
* 15661453 (C233, "paravertebral injections for back pain can cause deep abscesses"; both: eligible): the case's
  "injections of local anesthetics, corticosteroids and botulinum toxin" are what the injections contained, and the
  drainage and antibiotics that "these abscesses ... required" treat the harm; neither is a co-intervention.
* 22792362 (C235, "Hwanggeumchal sorghum suppresses breast cancer growth"; both: eligible, supports): the conclusion
  names the therapy "HS", a short form the abstract never defines, whose letters spell the title's "Hwanggeumchal
  sorghum".
* 21971941 (C226, "polycaprolactone scaffolds repair cartilage defects"; both: eligible): "No differences were found
  between the NSP-PCL scaffold with and without cells" read as every arm getting the scaffold, though the title sets it
  against a collagen scaffold, a third arm.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.eligibility import _combined_with, _title_sets_therapy_against
from pipeline.claims.reading import initialisms_in
from pipeline.models import Article
from tests.eligibility_helpers import assess_as_linked

FRESH20 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh20" / "claims.yaml")}


_assess = assess_as_linked


STENTS_TITLE = ("Efficacy and safety of combined cataract surgery with 2 trabecular microbypass stents versus ab interno "
                "trabeculotomy.")


def test_combined_x_with_y_in_a_title_gives_y_with_the_therapy_whatever_y_is():
    claim = FRESH20["C231"]
    assert _combined_with(claim, STENTS_TITLE, {}) == "trabecular microbypass stents"
    assert _combined_with(claim, "Cataract surgery combined with trabeculectomy versus trabeculectomy alone", {}) \
        == "trabeculectomy"
    assert _combined_with(claim, "Cataract surgery in 40 eyes versus no surgery", {}) is None
    assert _title_sets_therapy_against(claim, STENTS_TITLE, {}) is None
    assert _title_sets_therapy_against(claim, "Cataract surgery versus laser trabeculoplasty for glaucoma", {})
    article = Article(pmid=26432130, title=STENTS_TITLE, abstract=(
        "PURPOSE: To compare the outcomes of combined cataract surgery with trabecular microbypass stents and ab interno "
        "trabeculotomy in patients with open-angle glaucoma. RESULTS: Forty-nine eyes had phacoemulsification and 2 had "
        "stent implantations; 52 eyes had phacoemulsification and trabeculotomy surgery with a 12-month postoperative "
        "follow-up. CONCLUSIONS: Both types of surgery achieved a significant reduction in IOP and medication use at 12 "
        "months, with the stent group achieving higher success and a reduced incidence of postoperative hyphema."))
    e, _ = _assess(claim, article, "cohort", is_human=True)
    assert not e.eligible, e


ABSCESS = Article(
    pmid=15661453, title="Extensive abscess formation after repeated paravertebral injections for the treatment of chronic "
    "back pain.", publication_types=["Case Reports", "Journal Article"], abstract=(
        "Paravertebral injections are commonly used for the treatment of chronic back pain despite the lack of evidence "
        "for their efficacy. Here, we report a case in which repeated paravertebral injections of local anesthetics, "
        "corticosteroids and botulinum toxin resulted in extensive abscess formation involving the entire paravertebral "
        "musculature descending to the level of the midthighs. These abscesses induced a systemic inflammatory response "
        "syndrome and required surgical drainage as well as broad-spectrum antibiotic therapy."))


def test_what_an_injection_contained_and_what_treated_the_harm_are_no_cointerventions():
    claim = FRESH20["C233"]
    assert claim.polarity == "harm"
    e, _ = _assess(claim, ABSCESS, "case_report", is_human=True)
    assert e.eligible, e
    # the rules' edges: drugs given beside the injections (not what they contained) are another treatment, and so is
    # what the patient was treated with before the harm
    beside = Article(pmid=1, title=ABSCESS.title, publication_types=ABSCESS.publication_types, abstract=ABSCESS.abstract
                     .replace("injections of local anesthetics,", "injections and was treated with oral"))
    e, _ = _assess(claim, beside, "case_report", is_human=True)
    assert e.reason == "cointervention_only", e
    # for a claim of benefit the treatment of the abscess is another treatment the patient got
    after = Article(pmid=2, title="Paravertebral injections for chronic back pain: a case report",
                    publication_types=ABSCESS.publication_types, abstract=(
                        "Here, we report a case in which repeated paravertebral injections relieved back pain. An abscess "
                        "formed later, and the patient was treated with surgical drainage and antibiotics."))
    benefit = replace(claim, polarity="benefit", condition=replace(claim.condition, name="back pain",
                                                                   synonyms=("back pain",)))
    assert _assess(benefit, after, "case_report", is_human=True)[0].reason == "cointervention_only"
    assert _assess(claim, after, "case_report", is_human=True)[0].reason != "cointervention_only"


SORGHUM = Article(
    pmid=22792362, title="Hwanggeumchal sorghum induces cell cycle arrest, and suppresses tumor growth and metastasis "
    "through Jak2/STAT pathways in breast cancer xenografts.", abstract=(
        "BACKGROUND: Breast cancer is the most common cancer in women worldwide. In the present study, we analyzed the "
        "effects of HSE in metastatic breast cancer. METHODOLOGY/PRINCIPAL FINDINGS: Preliminary studies conducted on "
        "MDA-MB 231 and MCF-7 xenograft models showed tumor growth suppression by HSE. The metastasis of breast cancer to "
        "the lungs also found blocked by HSE in the metastatic animal model. CONCLUSIONS/SIGNIFICANCE: Usage of HS as a "
        "dietary supplement is an inexpensive natural cancer therapy, without any side effects. We strongly recommend the "
        "use of HS as an edible therapeutic agent as it possesses tumor suppression, migration inhibition, and "
        "anti-metastatic effects on breast cancer."))


def test_an_undefined_short_form_spelling_a_phrase_of_the_title_names_it():
    text = f"{SORGHUM.title} {SORGHUM.abstract}"
    assert initialisms_in(SORGHUM.title, text, {})["HS"] == "hwanggeumchal sorghum"
    # a phrase inside a longer name is no reading ("Chondrocyte Implantation" of "Autologous Chondrocyte Implantation"),
    # nor is a standard short form ("95% CI") or a roman numeral
    title = "Autologous Chondrocyte Implantation for type II defects"
    assert initialisms_in(title, f"{title}. Scores rose (95% CI 2-9) in CI-treated knees of type II.", {}) == {}
    e, d = _assess(FRESH20["C235"], SORGHUM, "animal_study", is_animal=True)
    assert d.direction == "supports" and "HS" in d.sentence, d
    assert e.eligible, e


PCL = Article(
    pmid=21971941, title="A novel nano-structured porous polycaprolactone scaffold improves hyaline cartilage repair in a "
    "rabbit model compared to a collagen type I/III scaffold: in vitro and in vivo studies", abstract=(
        "To develop a nano-structured porous polycaprolactone (NSP-PCL) scaffold and compare the articular cartilage "
        "repair potential with that of a commercially available collagen type I/III (Chondro-Gide) scaffold. In vivo: 15 "
        "New Zealand White Rabbits received bilateral osteochondral defects in the femoral intercondylar grooves. There "
        "were 3 treatment groups: (1) NSP-PCL scaffold without cells. (2) The Chondro-Gide scaffold with autologous "
        "chondrocytes and (3) NSP-PCL scaffold with autologous chondrocytes. In vivo: Both NSP-PCL scaffolds with and "
        "without cells scored significantly higher than the Chondro-Gide scaffold when looking at the structural "
        "integrity and the surface regularity of the repair tissue. No differences were found between the NSP-PCL "
        "scaffold with and without cells."))


def test_with_and_without_beside_a_title_setting_the_therapy_against_another_is_not_every_arms():
    e, _ = _assess(FRESH20["C226"], PCL, "animal_study", is_animal=True)
    assert e.eligible, e
