"""Readings from fresh50's errors (session 33), on the records' own text (workshop corpus, as PubMed has them).

fresh50 was scored once (code of c72d81e) before it was opened; each expectation is both blind reviewers' label.

* 21290114 (C587, "synovial tissue boosts the growth of chondrocytes"; both: eligible, animal), "The effects of the
  synovium on chondrocyte growth: an experimental study": "in Group I (synovium group), grafts were placed into the
  synovial tissue and in group II (patellar tendon group) behind the patellar tendon". The arms reader took each
  parenthesis as a label written after its arm's words, so the tendon group "received" "placed into the synovial
  tissue and in group II", and the study was excluded as giving synovium to every arm.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article
from pipeline.nlp.arms import _listed_arms

FRESH50 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh50" / "claims.yaml")}

GROUPS = ("Two groups of 6 animals were formed: in Group I (synovium group), grafts were placed into the synovial tissue "
          "and in group II (patellar tendon group) behind the patellar tendon of the corresponding knees.")

SYNOVIUM = Article(
    pmid=21290114,
    title="The effects of the synovium on chondrocyte growth: an experimental study",
    abstract="The objective of this study was to evaluate the effects of synovium on the proliferation of the cartilage "
             "tissue and chondrocytes using a rabbit knee model as an in vivo synovial culture medium. Twelve New Zealand "
             "rabbits were used as the animal model in this investigation. Standard size chondral and osteochondral "
             "cartilage grafts were taken from, respectively, the left and right knees of all the animals. " + GROUPS +
             " After 4 months, samples were collected and evaluated macroscopically by measuring their dimensions and "
             "volumes, and histologically by counting the chondrocyte number using camera lucida method. However, no "
             "significant difference was observed between the two groups in terms of macroscopic values. Overall "
             "average chondrocyte count was significantly higher for Group I compared to Group II (P < 0.05). "
             "Transplantation of the cartilage grafts into the synovial tissue in rabbit knees significantly enhanced "
             "the chondrocyte production compared with the group where the grafts were transplanted into "
             "intra-articular patellar tendon. The results of this study indicate that native synovial tissue may have "
             "the potential to be used as an in vivo culture medium for osteochondral tissue growth.")


def test_a_label_glossing_a_groups_letter_is_followed_by_what_the_group_got():
    assert list(_listed_arms(GROUPS)) == [("synovium group", "placed into the synovial tissue"),
                                          ("patellar tendon group", "behind the patellar tendon of the corresponding knees")]
    # a label written after its arm's words keeps its reading
    assert list(_listed_arms("Defects were filled with a scaffold (scaffold group) or left empty (control group).")) == [
        ("scaffold group", "a scaffold"), ("control group", "left empty")]


def test_the_site_that_differs_between_the_groups_is_tested():
    e, _ = assess_as_linked(FRESH50["C587"], SYNOVIUM, "animal", species=["rabbit"])
    assert e.eligible, e
    assert "differs between arms" in e.why, e
