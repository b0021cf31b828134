"""Readings from fresh26's errors (session 24), on the records' own sentences (workshop corpus, as PubMed has them).

fresh26 was scored once (code of eb6ac91) before it was opened.

* 34763541 (C294, "tissue-engineered cartilage implants repair cartilage defects"; both blind reviewers: eligible, a
  pig experiment): the title names "Processed Chondrocyte Constructs", the conclusion "Implantation of cell constructs
  promoted regeneration": the same made product, named by its head noun with another modifier.
* 23817892 (C299, "extracts of African medicinal plants stop melanoma cell growth"; both reviewers: eligible, a cell
  study): "These results, on the bioactivity and the biochemical characteristics of African plant extracts" was read as
  a method applied to the extracts, "characteristics" taken for "characterised".
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.aboutness import finding_about_claim
from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH26 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh26" / "claims.yaml")}

CONSTRUCTS_TITLE = "Repairing Cartilage with Processed Chondrocyte Constructs: A 6-Month Study Using a Porcine Model"
CONSTRUCTS_FINDING = ("Conclusion Implantation of cell constructs promoted regeneration and integration of articular "
                      "cartilage at chondral defects in swine by 6 months.")


def test_a_product_named_again_by_its_head_noun_is_the_finding_s_subject():
    claim = FRESH26["C294"]
    assert finding_about_claim(claim, CONSTRUCTS_TITLE, [CONSTRUCTS_FINDING]).about
    # the head noun alone, with nothing before it, is no reference back
    assert not finding_about_claim(claim, CONSTRUCTS_TITLE, ["Constructs promoted regeneration of cartilage."]).about
    # nor when the title sets the product against another
    assert not finding_about_claim(claim, "Chondrocyte constructs versus acellular scaffolds for chondral defects",
                                   [CONSTRUCTS_FINDING]).about


PLANTS = Article(
    pmid=23817892,
    title="Antioxidant extracts of African medicinal plants induce cell cycle arrest and differentiation in B16F10 "
          "melanoma cells.",
    abstract="African ethnomedicine is essentially based on the traditional use of vegetal extracts. We investigated the "
             "effects, on murine B16F10 melanoma cells, of plant extracts that were directly obtained by a Cameroon "
             "'traditional healer'. Moringa oleifera Lam., Eremomastax speciosa (Hochst.) Cufod and Aframomum melegueta "
             "K. Schum extracts were individually analyzed. All the treatments caused in tumor cells a great reduction "
             "in growth and proliferation rate, cell cycle arrest, increase of p53, p21WAF1/Cip1 and p27Kip1 protein "
             "levels and induction of differentiation. These results, on the bioactivity and the biochemical "
             "characteristics of African plant extracts, may increase the comprehension of indigenous therapeutic "
             "practices and represent the first step for the individuation of new inexpensive and natural drugs able "
             "to prevent and contrast cancer onset.")


def test_characteristics_is_no_method_applied_to_the_therapy():
    claim = FRESH26["C299"]
    finding = PLANTS.abstract.split(". ")[-1]
    assert finding_about_claim(claim, PLANTS.title, [finding]).about
    # a method word still is: the extracts characterised, not tested
    assert not finding_about_claim(claim, PLANTS.title, [
        "Characterization of African plant extracts by mass spectrometry identified twelve flavonoids."]).about
    e, d = assess_as_linked(claim, PLANTS, "in_vitro", is_in_vitro=True)
    assert not d.not_about, d.not_about
    assert e.eligible, e
