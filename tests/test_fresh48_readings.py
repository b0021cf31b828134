"""Readings from fresh48's errors (session 32), on the records' own text (workshop corpus, as PubMed has them).

fresh48 was scored once (eb93c98) before it was opened; each expectation is both blind reviewers' label.

* 14631365 (C559, "losing the DCC gene worsens the outlook of nephroblastoma", a claim of harm; both: eligible,
  observational) is titled "Microsatellite analysis of the DCC gene in nephroblastomas ..." and concludes "multiple
  aberrations involving the DCC locus may play a role in the progression of nephroblastomas, and hence confer a poorer
  prognosis". The finding names the gene by its symbol alone, which no catalog name is; it was read as "the finding is
  not about loss of the DCC gene".
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.aboutness import finding_about_claim
from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH48 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh48" / "claims.yaml")}

DCC_TITLE = ("Microsatellite analysis of the DCC gene in nephroblastomas: pathologic correlations and prognostic "
             "implications.")
DCC_FINDING = ("In conclusion, this study has found that multiple aberrations involving the DCC locus may play a role in "
               "the progression of nephroblastomas, and hence confer a poorer prognosis.")
DCC = Article(
    pmid=14631365, title=DCC_TITLE,
    abstract="Microsatellite instability has been reported in a wide variety of cancer types. Inactivation or loss of "
             "tumour suppressor genes has been shown to result in cell cycle deregulation and neoplastic growth. We "
             "conducted a microsatellite study using fluorescent-based DNA technology to determine whether mutations in "
             "the microsatellite sequences of the deleted in colorectal cancer (DCC) gene, a tumour suppressor at "
             "18q21.1, have any pathologic correlation or prognostic significance in nephroblastomas. Normal and tumour "
             "DNA was isolated from 106 cases of nephroblastoma using the standard proteinase K digestion and "
             "phenol-chloroform extraction method from paraffin wax-embedded tissue. The results were correlated with "
             "age at diagnosis, preoperative chemotherapy, clinicopathological stage, histological classification and "
             "patient outcome using chi(2) test. Allelic imbalance/loss of heterozygosity appeared to be a more frequent "
             "genetic aberration than microsatellite instability with 20% of cases showing allelic imbalance/loss of "
             "heterozygosity and only 9% of cases showing microsatellite instability. Genetic aberrations were more "
             "frequent in unfavourable histology tumours compared to favourable histology tumours (P=0.012). All "
             "patients with genetic aberrations for more than one DCC marker died independent of histological "
             "classification and stage (P=0.016). " + DCC_FINDING)


def test_a_finding_naming_the_gene_symbol_the_titles_name_ends_in_refers_back_to_it():
    assert finding_about_claim(FRESH48["C559"], DCC_TITLE, [DCC_FINDING]).about
    e, _ = assess_as_linked(FRESH48["C559"], DCC, "cohort", is_human=True)
    assert e.eligible, e


def test_a_symbol_is_the_names_last_word_not_a_prefix_before_it():
    # "HIV-1 Tat protein" ends in "Tat", no symbol: "HIV" alone in a finding is the virus, not the protein
    claim = FRESH48["C561"]
    title = "HIV-1-Tat Protein Inhibits SC35-mediated Tau Exon 10 Inclusion through Up-regulation of DYRK1A Kinase."
    finding = ("The increased immunostaining of DYRK1A in HIV+ brains without pathology points at dysregulation of DYRK1A "
               "as an early event in the neuronal complications of HIV infection.")
    assert not finding_about_claim(claim, title, [finding]).about


def test_a_symbol_followed_by_a_hyphen_is_another_name():
    # "IL-10" is not "IL" (nor "IL-6"): the symbol must stand alone
    from pipeline.claims.aboutness import _names_symbol
    assert not _names_symbol(FRESH48["C559"].therapy, DCC_TITLE, "DCC-like receptors were not measured.", None)
    assert _names_symbol(FRESH48["C559"].therapy, DCC_TITLE, "DCC aberrations were frequent.", None)
