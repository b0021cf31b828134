"""Readings from fresh53's errors (session 35), on the records' own text (workshop corpus, as PubMed has them).

fresh53 was scored once (code of 9d5abe2, the rules of session 34's end) before it was opened; each expectation is both
blind reviewers' label (AA2, AB2: eligible, each).

* 12942121 (C611, "overexpression of lactate dehydrogenase-5 in lung cancer tissue marks a poorer prognosis"): no
  number, no significance and no cue of the authors' own work the rules knew ("we established an immunohistochemical
  method", "overexpression was directly related to HIF1alpha"), so it was read as an overview.
* 25378408 (C615, "LL-37 switches on the virulence genes of group A Streptococcus"): "These data do not support the
  hypothesis that ..." was read as a hypothesis presented without data.
* 29636461 (C619, "increased formate production drives the invasion of cancer cells"): "We conclude that increased
  formate overflow is a hallmark ..." read "increased" as something acting on the exposure.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH53 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh53" / "claims.yaml")}

LDH5 = Article(
    pmid=12942121,
    title='Lactate dehydrogenase-5 (LDH-5) overexpression in non-small-cell lung cancer tissues is linked to tumour hypoxia, angiogenic factor production and poor prognosis.',
    abstract='Lactate dehydrogenase-5 (LDH-5) catalyses the reversible transformation of pyruvate to lactate, having a principal position in the anaerobic cellular metabolism. Induction of LDH-5 occurs during hypoxia and LDH-5 transcription is directly regulated by the hypoxia-inducible factor 1 (HIF1). Serum LDH levels have been correlated with poor prognosis and resistance to chemotherapy and radiotherapy in various neoplastic diseases. The expression, however, of LDH in tumours has never been investigated in the past. In the present study, we established an immunohistochemical method to evaluate the LDH-5 overexpression in tumours, using two novel antibodies raised against the rat muscle LDH-5 and the human LDH-5 (Abcam, UK). The subcellular patterns of expression in cancer cells were mixed nuclear and cytoplasmic. In direct contrast to cancer cells, stromal fibroblasts were reactive for LDH-5 only in a minority of cases. Serum LDH, although positively correlated with, does not reliably reflect the intratumoral LDH-5 status. Lactate dehydrogenase-5 overexpression was directly related to HIF1alpha and 2alpha, but not with the carbonic anhydrase 9 expression. Patients with tumours bearing high LDH-5 expression had a poor prognosis. Tumours with simultaneous LDH-5 and HIF1alpha (or HIF2alpha) overexpression, indicative of a functional HIF pathway, had a particularly aggressive behaviour. It is concluded that overexpression of LDH-5 is a common event in non-small-cell lung cancer, can be easily assessed in paraffin-embedded material and provides important prognostic information, particularly when combined with other endogenous markers of hypoxia and acidity.',
    publication_types=['Comparative Study', 'Journal Article'])

LL37 = Article(
    pmid=25378408,
    title='The human antimicrobial peptide LL-37 binds directly to CsrS, a sensor histidine kinase of group A Streptococcus, to activate expression of virulence factors.',
    abstract='Group A Streptococcus (GAS) responds to subinhibitory concentrations of LL-37 by up-regulation of virulence factors through the CsrRS (CovRS) two-component system. The signaling mechanism, however, is unclear. To determine whether LL-37 signaling reflects specific binding to CsrS or rather a nonspecific response to LL-37-mediated membrane damage, we tested LL-37 fragments for CsrRS signaling and for GAS antimicrobial activity. We identified a 10-residue fragment (RI-10) of LL-37 as the minimal peptide that retains the ability to signal increased expression of GAS virulence factors, yet it has no detectable antimicrobial activity against GAS. Substitution of individual key amino acids in RI-10 reduced or abrogated signaling. These data do not support the hypothesis that CsrS detects LL-37-induced damage to the bacterial cell membrane but rather suggest that LL-37 signaling is mediated by a direct interaction with CsrS. To test whether LL-37 binds to CsrS, we used the purified CsrS extracellular domain to pull down LL-37 in vitro, a result that provides further evidence that LL-37 binds to CsrS. The dissociation of CsrS-mediated signaling from membrane damage by LL-37 fragments together with in vitro evidence for a direct LL-37-CsrS binding interaction constitute compelling evidence that signal transduction by LL-37 through CsrS reflects a direct ligand/receptor interaction.',
    publication_types=['Journal Article', 'Research Support, N.I.H., Extramural'])

FORMATE = Article(
    pmid=29636461,
    title='Increased formate overflow is a hallmark of oxidative cancer.',
    abstract='Formate overflow coupled to mitochondrial oxidative metabolism\\ has been observed in cancer cell lines, but whether that takes place in the tumor microenvironment is not known. Here we report the observation of serine catabolism to formate in normal murine tissues, with a relative rate correlating with serine levels and the tissue oxidative state. Yet, serine catabolism to formate is increased in the transformed tissue of in vivo models of intestinal adenomas and mammary carcinomas. The increased serine catabolism to formate is associated with increased serum formate levels. Finally, we show that inhibition of formate production by genetic interference reduces cancer cell invasion and this phenotype can be rescued by exogenous formate. We conclude that increased formate overflow is a hallmark of oxidative cancers and that high formate levels promote invasion via a yet unknown mechanism.',
    publication_types=['Journal Article', "Research Support, Non-U.S. Gov't"])


def test_an_observational_finding_in_the_past_tense_is_the_authors_own():
    # (its design is read as an animal study for the antibodies "raised against the rat muscle LDH-5"; whatever the
    # design, the abstract reports a study of its own)
    e, _ = assess_as_linked(FRESH53["C611"], LDH5, "animal_study", is_human=True, is_animal=True)
    assert e.eligible, e


def test_a_hypothesis_weighed_against_data_is_no_hypothesis_presented():
    e, _ = assess_as_linked(FRESH53["C615"], LL37, "other", is_human=True)
    assert e.eligible, e


def test_a_participle_after_a_reporting_verbs_that_names_the_exposure():
    e, _ = assess_as_linked(FRESH53["C619"], FORMATE, "animal_study", is_animal=True, species=["mouse"])
    assert e.eligible, e
