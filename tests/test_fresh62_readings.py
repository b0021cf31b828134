"""Readings from fresh62's errors (session 36), on the records' own text (workshop corpus, as PubMed has them).

fresh62 was scored once (code of c066ddc, after fresh61's readings) before it was opened; the expectation is both blind
reviewers' label (JA2, JB2: eligible).

* 10092134 (C704, "pancreatic cancers lose a stretch of chromosome arm 1p"): its last sentence, "These data provide a
  roadmap for further regional mapping, ...", was read as its whole conclusion; it points the way for later work and
  states no finding, so the results ("This region participates in the majority of LOH events on 1 p in pancreatic
  cancer") are the finding.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.direction_rules import findings_of
from pipeline.models import Article

FRESH62 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh62" / "claims.yaml")}

LOH_1P = Article(
    pmid=10092134,
    title='High-resolution deletion mapping of chromosome arm 1p in pancreatic cancer identifies a major consensus region at 1p35.',
    abstract='Chromosomal arm 1p has long been suspected, on the basis of loss of heterozygosity (LOH) and other data, to harbor a tumor suppressor gene important in pancreatic carcinomas and other tumors. We constructed a high-resolution map of LOH at I p in a panel of pancreatic adenocarcinomas. Using 44 markers, we identified LOH on I p in 49% of 43 cancers. Breakpoints in 1p were identified in 15 of the carcinomas and could be used to ascertain consensus patterns. We found a major consensus region of LOH at 1p35 between loci D1S233 and D1S247. This region participates in the majority of LOH events on 1 p in pancreatic cancer. These data provide a roadmap for further regional mapping, homozygous deletion searches, comparison to LOH patterns seen in other tumor types, and prioritization of studies using candidate genes.',
    publication_types=['Journal Article', "Research Support, Non-U.S. Gov't", "Research Support, U.S. Gov't, P.H.S."])


def test_a_roadmap_for_further_work_is_no_finding():
    # (as extracted: design "animal_study", human and animal flags, species human)
    e, d = assess_as_linked(FRESH62["C704"], LOH_1P, "animal_study", is_human=True, is_animal=True, species=("human",))
    assert e.eligible, (e, d.not_about)


def test_a_conclusion_that_states_a_result_is_still_the_finding():
    concl = ["These data show that PRP reduced pain at 12 months.", "These data provide a basis for further trials."]
    assert findings_of(concl, ["Pain fell by 20%."]) == concl[:1]
