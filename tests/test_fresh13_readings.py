"""Readings from fresh13's errors (session 20, after the set's once-only score; the text is the records' own).

* 28068480 (C153, "a NeoCart implant repairs knee cartilage better than microfracture"; both blind reviewers:
  no_findings, a case series with no microfracture arm): its background recalls earlier trials "compared with
  microfracture", and that counted as the study naming the comparator.
* 26225574 (C154, particulated cartilage allograft added to microfracture; both reviewers no_findings): a product
  description whose only finite verb of outcome, "has resulted", is the field's record, not the authors'.
* 26702389 (C162, "dexmedetomidine improves survival in sepsis"; both reviewers no_findings: cytokines in septic
  mice, survival never measured), and fresh12's 26702312 (C144, "non-vitamin K oral anticoagulants prevent strokes";
  both reviewers no_findings: how long patients stay on the drugs, no stroke reported).
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.eligibility import _STUDY_DONE, assess_eligibility, claimed_outcomes
from pipeline.claims.reading import read_article
from pipeline.models import AbstractSection, Article
from pipeline.nlp.arms import read_arms

EVAL = PROJECT_ROOT / "data" / "eval"
FRESH13 = {c.id: c for c in load_catalog(EVAL / "fresh13" / "claims.yaml")}
FRESH12 = {c.id: c for c in load_catalog(EVAL / "fresh12" / "claims.yaml")}


def _sections(abstract: str) -> list[AbstractSection]:
    """The record's labelled sections, as PubMed XML gives them ("BACKGROUND: ..." blocks); none when unlabelled."""
    blocks = [b.split(": ", 1) for b in abstract.split("\n\n")]
    if not all(len(b) == 2 and b[0].isupper() for b in blocks):
        return []
    return [AbstractSection(label=label.title(), nlm_category=None, text=text) for label, text in blocks]


def _assess(claim, pmid, title, abstract, design):
    reading = read_article(Article(pmid=pmid, title=title, abstract=abstract, abstract_sections=_sections(abstract)))
    return assess_eligibility(claim, reading, read_arms(reading), design, title=title)


NEOCART_TITLE = ("Magnetic Resonance Imaging Characterization and Clinical Outcomes After NeoCart Surgical Therapy as a "
                 "Primary Reparative Treatment for Knee Cartilage Injuries")
NEOCART = ("BACKGROUND: Autologous cartilage tissue implants, including the NeoCart implant, are intended to repair focal "
           "articular cartilage lesions. Short-term results from United States Food and Drug Administration (FDA) phase I "
           "and phase II clinical trials indicated that the NeoCart implant was safe when surgically applied as a "
           "cell-based therapy and efficacious compared with microfracture.\n\nSTUDY DESIGN: Case series; Level of "
           "evidence, 4.\n\nMETHODS: Patients with symptomatic full-thickness cartilage lesions of the distal femoral "
           "condyle were treated with NeoCart in FDA clinical trials.\n\nRESULTS: Twenty-nine patients treated with "
           "NeoCart were observed over a mean of 52.0 ± 15.5 months (median, 60 months). Compared with baseline values, "
           "significant improvement ( P < .001) was seen in PROs.\n\nCONCLUSION: Results from safety and exploratory "
           "clinical trials indicate that NeoCart is a safe and effective treatment for articular cartilage lesions "
           "through to 5-year follow-up.")


def test_a_comparator_named_only_in_the_background_is_not_compared():
    claim = FRESH13["C153"]
    e = _assess(claim, 28068480, NEOCART_TITLE, NEOCART, "case_series")
    assert e.reason == "no_findings" and "never names microfracture" in e.why, e
    # the same series, had its methods set NeoCart against microfracture, would make the comparison
    compared = NEOCART.replace("were treated with NeoCart in FDA clinical trials",
                               "were treated with NeoCart or microfracture in FDA clinical trials")
    assert "never names" not in _assess(claim, 28068480, NEOCART_TITLE, compared, "non_randomised").why


BIOCARTILAGE = ("Articular cartilage damage affects almost everyone at some point. Our ability to heal these defects has "
                "been very limited. Microfracture, which is one of the most common attempted surgeries for chondral "
                "lesions, has resulted in poor long-term outcomes. Smaller lesions have shown good short-term outcomes "
                "with microfracture but result in creation of fibrocartilage, which is weaker and softer and does not "
                "hold up long term. A simple, inexpensive, longer-term solution is needed. BioCartilage is dehydrated, "
                "micronized allogeneic cartilage that can be implanted with platelet-rich plasma into these smaller "
                "cartilage defects. BioCartilage acts as scaffold, allowing for the creation of hyaline-like cartilage.")


def test_what_the_field_has_resulted_in_is_not_what_the_authors_did():
    assert not _STUDY_DONE.search("Microfracture, one of the most common surgeries, has resulted in poor outcomes.")
    assert not _STUDY_DONE.search("Earlier series have demonstrated good short-term outcomes.")
    assert _STUDY_DONE.search("Microfracture resulted in poor outcomes in 12 of our 30 patients.")
    e = _assess(FRESH13["C154"], 26225574, "BioCartilage", BIOCARTILAGE, "other")
    assert e.reason == "no_findings" and "no study of its own" in e.why, e


DEX_TITLE = "The role of spleen in the treatment of experimental lipopolysaccharide-induced sepsis with dexmedetomidine."
DEX = ("Dexmedetomidine (Dex), a highly selective α2-adrenergic receptor agonist, has been shown to attenuate systemic "
       "inflammatory response induced by lipopolysaccharide (LPS). To investigate the role of spleen in the treatment of "
       "Dex against sepsis, we studied the effects of preemptive administration of Dex to septic mice on the NF-κB p65 "
       "activation and downstream pro-inflammatory cytokine expression in the spleen. Our results provided evidence that "
       "Dex treatment attenuated LPS-activated NF-κB p65 activation, as well as the production of tumor necrosis "
       "factor-α, interleukin-6, and interleukin-1β at the level of both mRNA and protein in spleen. Consequently, serum "
       "concentrations of these cytokines decreased. Our findings indicated that spleen played a critical role in the "
       "protective effects of Dex against sepsis.")

NOAC_TITLE = ("Persistence of non-vitamin K antagonist oral anticoagulant use in Japanese patients with atrial "
              "fibrillation: A single-center observational study.")
NOAC = ("BACKGROUND: Non-vitamin K antagonist oral anticoagulants (NOACs) show a favorable balance between efficacy and "
        "safety compared with warfarin for patients with non-valvular atrial fibrillation (NVAF). The aim of this study "
        "is to evaluate NOAC and warfarin persistence in Japanese patients with NVAF who newly started these drugs.\n\n"
        "METHODS: We retrospectively studied 401 patients with NVAF who had newly started NOACs and 200 patients with "
        "NVAF who had newly started warfarin during the same period. The endpoint was drug discontinuation for each "
        "drug.\n\nRESULTS: During the follow-up period (up to a maximum of 24 months), 113 (28%) patients who had newly "
        "started NOACs and 33 (17%) patients who had newly started warfarin discontinued the drug.\n\nCONCLUSIONS: The "
        "rate of persistence of prescribed NOACs was significantly lower than that of warfarin in Japanese patients "
        "with NVAF.")


def test_a_claimed_hard_outcome_the_study_never_reports_is_not_tested():
    dex, noac = FRESH13["C162"], FRESH12["C144"]
    assert [name for name, _ in claimed_outcomes(dex)] == ["survival"]
    assert [name for name, _ in claimed_outcomes(noac)] == ["stroke"]
    e = _assess(dex, 26702389, DEX_TITLE, DEX, "animal_study")
    assert e.reason == "no_findings" and "never reports survival" in e.why, e
    e = _assess(noac, 26702312, NOAC_TITLE, NOAC, "cohort")
    assert e.reason == "no_findings" and "never reports stroke" in e.why, e
    # reported, the outcome keeps the study: "survival at 72 hours", "ischaemic strokes"
    assert "never reports" not in _assess(dex, 1, DEX_TITLE, DEX.replace(
        "Consequently, serum", "Dex raised survival at 72 hours from 20% to 60%. Consequently, serum"), "animal_study").why
    assert "never reports" not in _assess(noac, 2, NOAC_TITLE, NOAC.replace(
        "discontinued the drug.", "discontinued the drug; 4 had ischaemic strokes."), "cohort").why
    # a claim naming no hard outcome asks for none; a condition that is an embolism is not a claimed outcome
    fresh = {c.id: c for c in load_catalog(EVAL / "fresh" / "claims.yaml")}
    assert claimed_outcomes(fresh["C87"]) == () and claimed_outcomes(FRESH13["C153"]) == ()
    assert claimed_outcomes(replace(dex, title="Dexmedetomidine calms septic patients", quotes=())) == ()


def test_the_figures_after_a_comparator_are_not_the_comparator():
    """27298478 (C154, both reviewers eligible): "significantly higher (better) in the BioCartilage group compared
    with MFx (proximal BioCartilage: 7.4 ± 0.51, MFx 4.8 ± 0.1, P = .041; ...)" was read with the allograft on both
    sides, because the parenthesis of each arm's figures ran into the comparator side."""
    s = ("The overall International Cartilage Repair Society repair score in both the proximal and distal defects was "
         "significantly higher (better) in the BioCartilage group compared with MFx (proximal BioCartilage: 7.4 ± 0.51, "
         "MFx 4.8 ± 0.1, P = .041; distal BioCartilage: 5.6 ± 0.98, MFx 2.6 ± 1.5, P = .022).")
    arms = read_arms(read_article(Article(pmid=27298478, title="Equine cartilage defects", abstract=s)))
    assert [c.comparator for c in arms.comparisons] == ["MFx"], arms.comparisons
    # a parenthesis saying what the comparator arm received, with no figures, stays with it
    s2 = "Pain fell more in the PRP group compared with saline (with hyaluronic acid) at six months."
    arms = read_arms(read_article(Article(pmid=1, title="Knee pain", abstract=s2)))
    assert any("hyaluronic acid" in c.comparator for c in arms.comparisons), arms.comparisons
