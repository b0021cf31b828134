"""Readings from fresh35's errors (session 29), on the records' own text (workshop corpus, as PubMed has them).

fresh35 was scored once (1ead43f, the session's rules then) before it was opened; each expectation is both blind
reviewers' label.

* 26702391 (C404, "herbal and dietary supplements can cause liver injury"; both: eligible, a retrospective hospital
  series) names its exposure only as what it found to be the cause: "Chinese herbal medicine was identified as the
  primary cause of DILI in 36.01 % of the patients". That past-tense finding is the study's own reading of the
  exposure, so the therapy is "named as the intervention" (a present "is the main cause of" stays what is known).
* 22410775 (C402, "blocking Axl slows prostate cancer growth"; both: eligible, a laboratory study) silenced Axl "by
  small interfering RNA" and says "In this report we identified Axl as a new therapeutic target": gene silencing is a
  laboratory study's intervention, and "we identified" is what its authors found, not an overview's retelling.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.linker import _INTERVENTION, assess
from pipeline.models import Article

FRESH35 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh35" / "claims.yaml")}

DILI = Article(
    pmid=26702391,
    title="Causes, clinical features and outcomes of drug-induced liver injury in hospitalized patients in a Chinese "
          "tertiary care hospital.",
    abstract="Drug-induced liver injury (DILI) is an important liver disease in China, owing to the country's huge "
             "population and the availability of a multitude of drugs. Consequently, DILI is becoming an increasingly "
             "serious health problem. However, there is not enough relevant epidemiological data, and the clinical "
             "features of these patients are not clear. We conducted this study to report the causes and clinical "
             "features of DILI in hospitalized patients, and identify the mortality and predictive factors. We "
             "retrospectively collected and analyzed the data of all hospitalized patients whose discharge diagnosis "
             "was DILI at the Second Xiangya Hospital between January 2011 and December 2014. The data analyses were "
             "performed using SAS version 9.2. Among the 469 patients who were diagnosed with DILI at discharge, 361 "
             "met the criteria for DILI on re-evaluation. The crude annual incidence rate of DILI was 92.95 cases per "
             "100,000 patients. Chinese herbal medicine was identified as the primary cause of DILI in 36.01 % of the "
             "patients. The overall mortality was 8.59 %. Alcohol consumption, use of antituberculosis drugs, serum "
             "total bilirubin, direct bilirubin, total protein, albumin, thrombinogen time, international normalized "
             "ratio, and the model for end-stage liver disease (MELD) score were significantly correlated with "
             "DILI-associated mortality. Among them, the MELD score and albumin were found to be independent "
             "predictors of outcome in patients with DILI. Chinese herbal medicine was the primary cause of DILI in the"
             " identified patients. The MELD score and albumin were independent predictors of outcome in patients with"
             " DILI.")

AXL = Article(
    pmid=22410775,
    title="The receptor tyrosine kinase Axl is an essential regulator of prostate cancer proliferation and tumor growth "
          "and represents a new therapeutic target.",
    abstract="Deregulation of the receptor tyrosine kinase Axl has been implicated in the progression of several human "
             "cancers. However, the role of Axl in prostate cancer remains poorly understood, and the therapeutic "
             "efficacy of Axl targeting remains untested. In this report we identified Axl as a new therapeutic target "
             "for prostate cancer. Axl is consistently overexpressed in prostate cancer cell lines and human prostate "
             "tumors. Interestingly, the blockage of Axl gene expression strongly inhibits proliferation, migration, "
             "invasion and tumor growth. Furthermore, inhibition of Axl expression by small interfering RNA regulates a "
             "transcriptional program of genes involved in cell survival, strikingly all connected to the nuclear "
             "factor-κB pathway. Additionally, blockage of Axl expression leads to inhibition of Akt, IKKα and IκBα "
             "phosphorylation, increasing IκBα expression and stability. Furthermore, induction of Akt phosphorylation "
             "by insulin-like growth factor 1 in Axl knockdown cells restores Akt activity and proliferation. Taken "
             "together, our results establish an unambiguous role for Axl in prostate cancer tumorigenesis with "
             "implications for prostate cancer treatment.")


def test_an_exposure_found_to_be_the_primary_cause_is_the_series_own_reading():
    r = assess(FRESH35["C404"], DILI)
    assert any("as the intervention" in x for x in r.reasons), r.reasons
    assert r.relevance >= 0.5, r
    e, _ = assess_as_linked(FRESH35["C404"], DILI, "cohort", is_human=True)
    assert e.eligible, e


def test_what_is_known_to_be_the_main_cause_is_not_a_finding():
    assert _INTERVENTION.search("Chinese herbal medicine was identified as the primary cause of DILI.")
    assert not _INTERVENTION.search("Chinese herbal medicine is the main cause of DILI in China.")


def test_gene_silencing_by_small_interfering_rna_is_a_laboratory_intervention():
    r = assess(FRESH35["C402"], AXL)
    assert any("as the intervention" in x for x in r.reasons), r.reasons


def test_we_identified_is_the_authors_own_finding():
    e, _ = assess_as_linked(FRESH35["C402"], AXL, "in_vitro", is_in_vitro=True)
    assert e.eligible, e
