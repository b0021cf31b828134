"""Readings from fresh18's errors (session 21, after the set's once-only score; the text is the record's own).

* 36772892 (C208, prophylactic omeprazole prevents gastrointestinal complications in dogs; both blind reviewers:
  eligible, a randomised trial finding no benefit): its finding says "GI complications", GI defined as
  "gastrointestinal", and was read as not about gastrointestinal complications - a short form standing for part of
  a name was not read through.

Left: the reviewers grade it Low, as direct evidence for a claim about dogs; the project has no way to say a claim is
about animals, so a dog trial stays indirect evidence (Very low). C209 (a systematic review without a pooled estimate)
and C210 (the anticholinergic named only by its code, "Sch 1000") stay No evidence.
"""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.mentions import names_concept

FRESH18 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh18" / "claims.yaml")}
ABBREVIATIONS = {"TL-IVDE": "thoracolumbar intervertebral disc extrusion", "GI": "gastrointestinal"}
FINDING = ("Short-term, prophylactic omeprazole treatment did not decrease clinically detectable GI complications in dogs "
           "with acute TL-IVDE.")


def test_a_short_form_standing_for_part_of_a_name_names_it():
    condition = FRESH18["C208"].condition
    assert names_concept(condition, FINDING, ABBREVIATIONS)
    # the short form alone, or with words the names do not have, names nothing
    assert not names_concept(condition, "The GI tract was examined in every dog.", ABBREVIATIONS)
    assert not names_concept(condition, FINDING, {"GI": "glycaemic index"})


def test_the_trial_is_counted_with_its_finding_of_no_benefit():
    from pipeline.claims.direction import read_claim_direction
    from pipeline.claims.eligibility import assess_eligibility
    from pipeline.claims.reading import read_article
    from pipeline.models import AbstractSection, Article
    from pipeline.nlp.arms import read_arms

    sections = [
        AbstractSection(label="BACKGROUND", nlm_category="BACKGROUND", text=(
            "Proton pump inhibitors are administered prophylactically in dogs treated surgically for acute thoracolumbar "
            "intervertebral disc extrusion (TL-IVDE). However, their efficacy in decreasing gastrointestinal (GI) "
            "complications is unknown.")),
        AbstractSection(label="METHODS", nlm_category="METHODS", text=(
            "Randomized double-blinded placebo-controlled prospective clinical trial. Dogs received PO placebo or "
            "omeprazole at 1 mg/kg q12h for 5 days during hospitalization.")),
        AbstractSection(label="RESULTS", nlm_category="RESULTS", text=(
            "Gastrointestinal signs developed in 10/20 (50%) dogs in the omeprazole group and in 7/17 (41%) dogs in the "
            "placebo group (P = .59).")),
        AbstractSection(label="CONCLUSIONS AND CLINICAL IMPORTANCE", nlm_category="CONCLUSIONS", text=FINDING),
    ]
    title = ("Double-blinded placebo-controlled clinical trial of prophylactic omeprazole in dogs treated surgically for "
             "acute thoracolumbar intervertebral disc extrusion.")
    article = Article(pmid=36772892, title=title, abstract=" ".join(s.text for s in sections), abstract_sections=sections)
    reading = read_article(article)
    claim = FRESH18["C208"]
    d = read_claim_direction(claim, article, reading.abbreviations, reading=reading)
    assert not d.not_about, d
    e = assess_eligibility(claim, reading, read_arms(reading), "rct", title=title, not_about=d.not_about, is_animal=True)
    assert e.eligible, e
