"""Readings from fresh55's errors (session 35), on the records' own text (workshop corpus, as PubMed has them).

fresh55 was scored once (code of 86dbde2, the session's rules after fresh54's reading) before it was opened; each
expectation is both blind reviewers' label (CA2, CB2).

* 26702351 (C633, "people with high autistic traits show impaired joint attention"; both: eligible, 66 adults in two
  groups): "Individuals with high autistic traits (high-AQ group) did not differ from those with low autistic traits
  (low-AQ group)" read as two arms both given the exposure, as "autistic traits" names both. A claim whose exposure is
  a level ("high ...") is absent from a side named at the opposite level ("low ...").
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.mentions import at_opposite_level
from pipeline.claims.models import Concept
from pipeline.models import Article

FRESH55 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh55" / "claims.yaml")}

JOINT_ATTENTION = Article(
    pmid=26702351,
    title='Is impaired joint attention present in non-clinical individuals with high autistic traits?',
    abstract='BACKGROUND: Joint attention skills are impaired in individuals with autism spectrum disorder (ASD). Recently, varying degrees of autistic social attention deficit have been detected in the general population. We investigated gaze-triggered attention in individuals with high and low levels of autistic traits under visual-auditory cross-modal conditions, which are more sensitive to social attention deficits than unimodal paradigms.\n\nMETHODS: Sixty-six typically developing adults were divided into low- and high-autistic-trait groups according to scores on the autism-spectrum quotient (AQ) questionnaire. We examined gaze-triggered attention under visual-auditory cross-modal conditions. Two sounds (a social voice and a non-social tone) were manipulated as targets to infer the relationship between the cue and the target. Two types of stimulus onset asynchrony (SOA) conditions (a shorter 200-ms SOA and a longer 800-ms SOA) were used to directly test the effect of gaze cues on the detection of a sound target across different temporal intervals.\n\nRESULTS: Individuals with high autistic traits (high-AQ group) did not differ from those with low autistic traits (low-AQ group) with respect to gaze-triggered attention when voices or tones were used as targets under the shorter SOA condition. In contrast, under the longer SOA condition, gaze-triggered attention was not observed in response to tonal targets among individuals in the high-AQ group, whereas it was observed among individuals in the low-AQ group. The results demonstrated that cross-modal gaze-triggered attention is short-lived in individuals with high autistic traits.\n\nCONCLUSIONS: This finding provides insight into the cross-modal joint attention function among individuals along the autism spectrum from low autistic traits to ASD and may further our understanding of social behaviours among individuals at different places along the autistic trait continuum.',
    publication_types=['Journal Article'])


def test_a_side_at_the_opposite_level_is_the_exposures_control():
    e, _ = assess_as_linked(FRESH55["C633"], JOINT_ATTENTION, "cross_sectional", is_human=True)
    assert e.eligible, e


def test_only_an_exposure_named_by_its_level_has_an_opposite():
    text = "patients given low-dose platelet-rich plasma"
    prp = Concept("platelet-rich plasma", ("PRP",))
    assert not at_opposite_level(prp, text, text.index("platelet"))
    high = Concept("high autistic traits", ("autistic traits",))
    assert at_opposite_level(high, "those with low autistic traits", len("those with low "))
    assert not at_opposite_level(high, "those with high autistic traits", len("those with high "))
