"""Readings from fresh15's errors (session 20, after the set's once-only score; the text is the records' own).

* 27489411 (C180, autologous collagen-induced chondrogenesis; both blind reviewers: no_findings, a technique
  description): "We introduce this ACIC techniques and its scientific background" was not read as a technique
  note, because the pattern knew "a/an/the/our technique" only.
(Tried and not kept: reading an aim stated inside a background section - "BACKGROUND: The purpose of this study was
to compare ... juvenile allogenic chondrocyte implantation ..." (29323942, C177) - as the study's own sentence. On the
full builds it linked and counted that record for fresh11's autologous-implantation claim C135, which both reviewers
exclude, and gained nothing: C177 still excludes it.)
"""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.reading import read_article
from pipeline.models import Article
from pipeline.nlp.arms import read_arms

FRESH15 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh15" / "claims.yaml")}

ACIC_TITLE = ("Autologous collagen induced chondrogenesis (ACIC: Shetty–Kim technique) – A matrix based acellular single "
              "stage arthroscopic cartilage repair technique")
ACIC = ("The defects of articular cartilage in the knee joint are a common degenerative disease and currently there are "
        "several established techniques to treat this problem, each with their own advantages and shortcomings. "
        "Autologous chondrocyte implantation is the current gold standard but the technique is expensive, time-consuming "
        "and most versions require two stage procedures and an arthrotomy. Autologous collagen induced chondrogenesis "
        "(ACIC) is a single-stage arthroscopic procedure and we developed. This method uses microfracture technique with "
        "atelocollagen mixed with fibrin gel to treat articular cartilage defects. We introduce this ACIC techniques and "
        "its scientific background.")


def test_we_introduce_this_technique_is_a_technique_note():
    reading = read_article(Article(pmid=27489411, title=ACIC_TITLE, abstract=ACIC))
    e = assess_eligibility(FRESH15["C180"], reading, read_arms(reading), "other", title=ACIC_TITLE, is_human=True)
    assert e.reason == "no_findings" and "technique" in e.why, e
    # a technique paper that reports what it did to its patients is a study
    series = ACIC.replace("We introduce this ACIC techniques and its scientific background.",
                          "We introduce this ACIC techniques; in 30 patients the Lysholm score improved by 25% (p < 0.01).")
    reading = read_article(Article(pmid=1, title=ACIC_TITLE, abstract=series))
    assert "technique" not in assess_eligibility(FRESH15["C180"], reading, read_arms(reading), "other",
                                                 title=ACIC_TITLE, is_human=True).why
