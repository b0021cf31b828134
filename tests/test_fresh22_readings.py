"""Readings from fresh22's errors (session 22), on the records' own sentences (workshop corpus, as PubMed has them).

* 24966043 (C248, "polyglycolic acid scaffolds repair cartilage defects"; both blind reviewers: therapy_not_tested, a
  lactide/glycolide copolymer is another material): "polylactide:polyglycolic acid (PLGA) scaffolds" was read as
  naming polyglycolic acid. A name joined to another word by a colon is part of a compound name (a copolymer, a ratio:
  "actin:myosin", "male:female" in the corpus), and so is the long form the abbreviation detector kept of it
  ("PLGA" read as "polyglycolic acid").
"""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.mentions import find_mentions, names_concept
from pipeline.claims.models import Concept
from pipeline.claims.reading import read_article
from pipeline.models import Article

FRESH22 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh22" / "claims.yaml")}

PLGA_TITLE = ("Transitory improvement of articular cartilage characteristics after implantation of polylactide:polyglycolic "
              "acid (PLGA) scaffolds seeded with autologous mesenchymal stromal cells in a sheep model of critical-sized "
              "chondral defect")


def test_a_name_joined_to_another_word_by_a_colon_is_part_of_a_compound_name():
    pga = FRESH22["C248"].therapy
    assert not names_concept(pga, PLGA_TITLE, {})
    assert names_concept(pga, "Polyglycolic acid scaffolds were implanted in 12 defects.", {})
    # a heading in capitals still precedes a name, and a colon with a space is punctuation
    assert [m.text for m in find_mentions(pga, "METHODS:Polyglycolic acid scaffolds were implanted", {})] \
        == ["Polyglycolic acid scaffolds"]
    assert names_concept(pga, "Scaffold: polyglycolic acid", {})
    assert not names_concept(Concept("myosin"), "the actin:myosin ratio fell", {})


PLGA = ("Here, critical-sized, chondral-only focal defects were created in sheep and treated with clinical-grade, "
        "co-polymeric poly-lactide:polyglycolic acid (PLGA) scaffolds either alone or seeded with autologous bone "
        "marrow-derived mesenchymal stromal cells. PLGA scaffolds improved the repair tissue at 4 months.")


def test_the_short_form_of_a_compound_name_is_the_compound():
    # the detector's long form is the words after the colon; the reading takes the whole compound
    reading = read_article(Article(pmid=24966043, title="PLGA scaffolds in sheep", abstract=PLGA),
                           {"PLGA": "polyglycolic acid"})
    assert reading.abbreviations["PLGA"] == "poly-lactide:polyglycolic acid"
    assert not find_mentions(FRESH22["C248"].therapy, reading.text, reading.abbreviations)
    # a long form after a colon and a space is no compound
    plain = read_article(Article(pmid=1, title="t", abstract="Scaffold: polyglycolic acid (PGA) was used. PGA worked."),
                         {"PGA": "polyglycolic acid"})
    assert plain.abbreviations["PGA"] == "polyglycolic acid"
