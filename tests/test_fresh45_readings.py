"""Readings from fresh45's errors (session 32), on the records' own text (workshop corpus, as PubMed has them).

fresh45 was scored once (0bf6882) before it was opened; each expectation is both blind reviewers' label.

* 26436695 (C522, "activating the glucocorticoid receptor with Compound A reduces inflammation"; both: not eligible, no
  findings) is a narrative review ("Here we summarized the results ...", "presented a comprehensive overview of CpdA
  ligand properties"); the design classifier labels it in vitro, and the review's self-description was not read in the
  past tense. It was counted as a study of Compound A, and the claim went Very low where both reviewers read No
  evidence.
* 28670640 (C525, "malaria parasites in pregnant women raise inflammatory cytokines", a claim of harm; both: eligible,
  observational) compares parasitaemic with non-parasitaemic pregnant women. An exposure is measured in the
  participants, never given; the biomarker reading ("the study measures malaria parasitaemia in its participants; it
  does not give it") is for a therapy, and excluded it.
* 22484853 (C526, "losing the GSTM1 and GSTT1 genes raises the risk of lymphoma", harm; both: eligible, case-control)
  names the genotype with its own estimate of risk ("GSTT1 null genotype conferred almost fourfold increased risk of
  DLBCL (OR = 3.9 ...)"), but in no sentence the linker read as naming a study's intervention: relevance 0.4, below the
  link threshold.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked, sectioned_article

from pipeline.claims import linker
from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.config import link_threshold
from pipeline.models import AbstractSection, Article

FRESH45 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh45" / "claims.yaml")}


COMPOUND_A = Article(
    pmid=26436695,
    title='Discovery of Compound A - a selective activator of the glucocorticoid receptor with anti-inflammatory and '
          'anti-cancer activity.',
    abstract='Glucocorticoids are among the most effective anti-inflammatory drugs, and are widely used for cancer therapy. '
             'Unfortunately, chronic treatment with glucocorticoids results in multiple side effects. Here we summarized '
             'the results of extensive international collaboration that led to discovery and characterization of '
             'Compound A (CpdA), a unique SEGRA with a proven "dissociating" GR ligand profile, preventing GR dimerization '
             'and shifting GR activity towards TR both in vitro and in vivo. We outlined here the unusual story of '
             "compound's discovery, and presented a comprehensive overview of CpdA ligand properties, its "
             'anti-inflammatory effects in numerous animal models of inflammation and autoimmune diseases, as well as its '
             'anti-cancer effects. Finally, we presented mechanistic analysis of CpdA and glucocorticoid effects in skin, '
             'muscle, bone, and regulation of glucose and fat metabolism to explain decreased CpdA side effects compared '
             'to glucocorticoids. Overall, the results obtained by our and other laboratories underline translational '
             'potential of CpdA and its derivatives for treatment of inflammation, autoimmune diseases and cancer.',
    publication_types=["Journal Article", "Review"])

MALARIA = sectioned_article(
    28670640,
    'PERIPHERAL PARASITAEMIA AND ITS ASSOCIATION WITH PLASMA CYTOKINES LEVELS IN MALARIA-INFECTED PREGNANT WOMEN IN ABA, '
    'ABIA STATE, NIGERIA.',
    [AbstractSection('BACKGROUND', 'BACKGROUND',
                     'Cytokines in pregnant female may not be a normal phenomenon as malarial infection is often associated '
                     'with strong CD4+ cell activation and up-regulation of pro-inflammatory cytokines. We investigated the '
                     'relationship between peripheral parasitaemia and plasma levels of cytokines among malaria infected '
                     'pregnant women in Aba, Abia State, Nigeria.'),
     AbstractSection('MATERIALS AND METHODS', 'METHODS',
                     'A total of 206 non-HIV positive asymptomatic malaria parasitaemic (n=144) and non-parasitaemic (n=62) '
                     'pregnant women were recruited for this study alongside 80 non-pregnant women who served as positive '
                     '(n=40) and negative (n=40) controls. Blood samples were aseptically collected from each subject and '
                     'tested for HIV and malaria parasites using standard methods. Also, plasma levels of cytokines were '
                     'measured using Th1/Th2 human cytokine ELISA kits (Abcam, UK).'),
     AbstractSection('RESULTS', 'RESULTS',
                     'The results revealed a mean parasite density of 685.56±484.55 parasites/µl of blood. Malaria infected '
                     'pregnant subjects showed significantly higher levels of IFN-γ, TNF-α, IL-4, IL-6 and IL-10 when '
                     'compared with their non-infected counterparts (P< 0.05). The cytokines evaluated were higher in '
                     'moderate parasitaemia than mild parasitaemia.'),
     AbstractSection('CONCLUSION', 'CONCLUSIONS',
                     'This study showed that increase in peripheral parasitaemia increased levels of some plasma cytokines '
                     '(IL-4, IL-6 and IL-10) but not IFN-γ and TNF-α in the malaria infected pregnant women studied.')])

GST = sectioned_article(
    22484853,
    'The link between genetic polymorphism of glutathione-S-transferases, GSTM1, and GSTT1 and diffuse large B-cell '
    'lymphoma in Egypt.',
    [AbstractSection('BACKGROUND', 'BACKGROUND',
                     'Diffuse large B-cell lymphoma (DLBCL) is the most common subtype of non-Hodgkin lymphoma. A number of '
                     'studies have examined the role of genetic polymorphisms in the risk of DLBCL, and several variants '
                     'have been identified as potential susceptibility genes, of those glutathione-S-transferases T1 and M1 '
                     '(GSTT1 and GSTM1).'),
     AbstractSection('AIM OF THE WORK', 'OBJECTIVE',
                     'The aim of the current study was to investigate the influence of inherited genetic polymorphisms of '
                     'GSTM1 and GSTT1 genes on the susceptibility to DLBCL in Egypt.'),
     AbstractSection('METHODS', 'METHODS',
                     'Genotyping of the candidate genes was performed for 71 Egyptian DLBCL patients and 100 age- and '
                     'gender-matched healthy controls by multiplex polymerase chain reaction technique.'),
     AbstractSection('RESULTS', 'RESULTS',
                     'The frequencies of GSTT1 null, GSTM1 null, and dual null genotypes among DLBCL patients were 47.9, '
                     '52.1, and 23.9 % respectively.'),
     AbstractSection('CONCLUSION', 'CONCLUSIONS',
                     'GSTT1 null genotype conferred almost fourfold increased risk of DLBCL (OR = 3.9, 95 % CI = '
                     '1.97-7.75), and the risk increased when confined to male patients (OR = 4.4, 95 % CI = 1.57-12.63), '
                     'while GSTM1 null genotype was not associated with DLBCL risk.')])


def test_a_review_saying_here_we_summarized_reports_no_findings_of_its_own():
    e, _ = assess_as_linked(FRESH45["C522"], COMPOUND_A, "in_vitro", is_in_vitro=True)
    assert not e.eligible and e.reason == "no_findings", e
    assert "narrative review" in e.why, e


def test_a_harms_exposure_measured_in_its_participants_is_what_the_study_tests():
    e, _ = assess_as_linked(FRESH45["C525"], MALARIA, "cross_sectional", is_human=True)
    assert e.eligible, e
    assert "exposure" in e.why, e


def test_a_therapy_only_measured_in_its_participants_still_is_not_tested():
    # the same abstract for a claim of benefit about giving the quantity measured: the biomarker reading still holds
    import dataclasses
    benefit = dataclasses.replace(FRESH45["C525"], polarity="benefit")
    e, _ = assess_as_linked(benefit, MALARIA, "cross_sectional", is_human=True)
    assert not e.eligible and e.reason == "therapy_not_tested", e


def test_a_harms_exposure_named_with_the_studys_estimate_of_risk_is_linked():
    r = linker.assess(FRESH45["C526"], GST)
    assert r.relevance >= link_threshold(), r.reasons
    assert any("as the intervention" in x for x in r.reasons), r.reasons


def test_an_estimate_of_risk_names_the_exposure_for_a_claim_of_benefit_too_not_of_mechanism():
    """Until session 55 the risk estimate named the tested exposure for a claim of harm only. A claim of benefit said of
    an exposure ("higher vitamin B6 status lowers the risk of pancreatic cancer", fresh142 C1246) is tested the same
    way, by the study's own estimate ("PLP: OR = 0.48"): its reviewers count such a study, and on all 150 sets the
    change moved that claim to its reviewers' grade and no other pair. Whether a measured quantity was given is still
    eligibility's question (the test above). A mechanism claim is not tested by an estimate of risk."""
    import dataclasses
    benefit = dataclasses.replace(FRESH45["C526"], polarity="benefit")
    r = linker.assess(benefit, GST)
    assert r.relevance >= link_threshold(), r.reasons
    mechanism = dataclasses.replace(FRESH45["C526"], polarity="mechanism")
    r = linker.assess(mechanism, GST)
    assert r.relevance < link_threshold(), r.reasons
