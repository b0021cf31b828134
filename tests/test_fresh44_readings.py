"""Readings from fresh44's errors (session 31), on the records' own text (workshop corpus, as PubMed has them).

fresh44 was scored once (a85adab) before it was opened; each expectation is both blind reviewers' label.

* 29731605 (C511, "combining anti-KIR with anti-PD-1 antibodies overcomes tumour immune escape"; both: not eligible,
  therapy not tested) stains lung cancers for KIR and PD-1; its title proposes the combination ("could be a critical
  breakthrough"), and its abstract never names an anti-KIR antibody. It was read as a series whose patients got the
  combination, and the claim went Very low where both reviewers read No evidence.
* 25960241 (C509, "HIV drugs lower MUC1 in cervical cancer cells"; both: eligible, in vitro) concludes "the drugs used,
  especially the PI showed some anticancer effects ..." under a title naming HAART; "the drugs" was no back-reference
  to the therapy the title names (as "this treatment" is), and the finding was read as not about HIV drugs.
* 26187300 (C507, "corifollitropin alfa gives a good ovarian response in IVF"; both: eligible, an uncontrolled trial)
  reports its results ("The mean (SD) numbers of follicles ... were 13.4 (6.2) ..."), but its title names a treatment
  protocol ("... in a gonadotropin-releasing hormone antagonist protocol"), which keeps the design classifier's
  "protocol" label; the study was excluded as a protocol that reports no findings. Not mended: the grade's rubric
  excludes that label too, and the label is the design task's (whose development labels give "protocol" to studies of
  treatment protocols; reading such a study by its results moved protocol recall there from 0.817 to 0.760).
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked, sectioned_article

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import AbstractSection, Article

FRESH44 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh44" / "claims.yaml")}


KIR = sectioned_article(
    29731605,
    'The combination of anti-KIR monoclonal antibodies with anti-PD-1/PD-L1 monoclonal antibodies could '
    'be a critical breakthrough in overcoming tumor immune escape in NSCLC.',
    [AbstractSection('Background', 'UNASSIGNED',
                    'The anti-programmed death-1 (PD-1)/programmed death ligand-1 (PD-L1) monoclonal antibody has a good '
                    'effect in the treatment of non-small cell lung cancer (NSCLC), but not all PD-1/PD-L1 positive '
                    'patients can get benefit from it. Compensatory expression of other immune checkpoints may be '
                    'correlated with the poor efficacy of anti-PD-1/PD-L1 monoclonal antibodies. The inhibitory human '
                    'leukocyte antigen (HLA)/killer cell Ig-like receptor (KIR) can effectively block the killing effect '
                    'of natural killer (NK) cells on tumors. Our previous studies have confirmed that high expression of '
                    'KIR was correlated with poor prognosis of NSCLC. Inhibitory KIR expression was positively correlated'
                    ' with the expression of PD-1.'),
    AbstractSection('Methods', 'UNASSIGNED',
                    'The expressions of KIR 2D (L1, L3, L4, S4) (BC032422/ADQ31987/NP_002246/NP_036446, Abcam) and PD-1 '
                    '(NAT 105, Cell marque) proteins was assessed by immunohistochemistry.'),
    AbstractSection('Results', 'UNASSIGNED',
                    'The expression of inhibitory KIR in tumor cells or tumor infiltrating lymphocytes (TILs) is '
                    'associated with PD-1 expression. Among PD-1 positive patients, 76.3% were KIR 2D (L1, L3, L4, S4) '
                    'positive on tumor cells, and 74.6% were KIR 2D (L1, L3, L4, S4) positive on TILs. We compared the '
                    'expression of inhibitory KIR before and after treatment with nivolumab in 11 patients with NSCLC. We'
                    ' found that five (45.5%) patients had positive expression of inhibitory KIR in tumor tissue after '
                    'being treated with anti-PD-1 monoclonal antibodies, two of whom exhibited a significant increase in '
                    'expression of inhibitory KIR, and three showed no change.'),
    AbstractSection('Conclusions', 'UNASSIGNED',
                    'PD-1 expression was correlated with KIR 2D (L1, L3, L4, S4) on tumor cells or TILs. The resistance '
                    'to anti-PD-1 monoclonal antibody treatment might be related to KIR. The inhibitory HLA/KIR could '
                    'combine with the PD-1/PD-L1 signaling pathway negatively regulating NSCLC tumor immunity.')])


def test_a_title_proposing_the_therapy_with_an_abstract_that_never_names_it_gives_it_to_no_one():
    e, _ = assess_as_linked(FRESH44["C511"], KIR, "other", is_human=True)
    assert not e.eligible and e.reason == "therapy_not_tested", e
    assert "only as a proposal" in e.why, e


def test_a_title_proposing_the_therapy_of_a_study_that_gives_it_still_tests_it():
    given = Article(pmid=1, title="Anti-KIR antibodies with anti-PD-1 antibodies could overcome tumor immune escape.",
                    abstract="Mice bearing lung tumours were treated with anti-KIR antibodies plus anti-PD-1 or with "
                             "anti-PD-1 alone. Tumor immune escape was reduced with anti-KIR antibodies (P < 0.01).")
    e, _ = assess_as_linked(FRESH44["C511"], given, "animal_study", is_animal=True)
    assert e.reason != "therapy_not_tested", e


def test_a_study_protocol_that_announces_its_trial_still_reports_no_findings():
    protocol = Article(pmid=2, title="Corifollitropin alfa in IVF: study protocol for a randomised trial.",
                       abstract="Women undergoing IVF will be randomised to corifollitropin alfa or daily FSH. The "
                                "ovarian response will be measured as the number of follicles.")
    e, _ = assess_as_linked(FRESH44["C507"], protocol, "protocol", is_human=True)
    assert not e.eligible and e.reason == "no_findings", e


def test_the_drugs_used_refers_back_to_the_drugs_the_title_names():
    from pipeline.claims.aboutness import finding_about_claim
    claim = FRESH44["C509"]
    title = "The effects of HAART on the expression of MUC1 and P65 in a cervical cancer cell line, HCS-2."
    finding = ("In conclusion, the drugs used, especially the PI showed some anticancer effects by facilitating cell "
               "death through decreased gene and protein expression of MUC1 and P65 and present promising agents for "
               "cancer treatment.")
    assert finding_about_claim(claim, title, [finding]).about
    # without the title naming the therapy, "the drugs" refers back to nothing of the claim's
    assert not finding_about_claim(claim, "Gene expression in cervical cancer cells.", [finding]).about
