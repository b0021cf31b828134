"""Readings from fresh31's errors (session 27), on the records' own text (workshop corpus, as PubMed has them).

fresh31 was scored once (code of d6285d6) before it was opened; each expectation is both blind reviewers' label.

* 26702160 (C356, "ketamine use can cause urinary tract damage"; both: no_findings, an overview with no patients or data):
  its one finite-looking verb is a participle before its noun ("can lead to ... increased morbidity"). Counted, it made
  the claim Very low where both reviewers read No evidence.
* 26439693 (C354, "the MEK inhibitor TAK-733 shrinks colorectal cancer"; both: eligible, a preclinical study): read as a
  genotype study because its methods relate genotype to the response, although its title is the drug's own effect.
* 18048389 (C355, "PRIMA-1 kills liver cancer cells that carry mutant p53"; both: eligible): "In vitro and in vivo" in
  the title read as a preparation of the therapy, a rule meant for cells.
* 12571292 (C348, "osteochondral cylinder transfer repairs cartilage defects of the knee"; both: eligible, a randomised
  trial against autologous chondrocyte implantation): its title "AUTOLOGOUS CHONDROCYTE IMPLANTATION AND OSTEOCHONDRAL
  CYLINDER TRANSPLANTATION ..." read as the cylinders given together with ACI, although the abstract says the patients
  were "randomly treated with either" one "or" the other. Its N was read as unknown (session 28): "in forty patients
  ... who had been randomly treated with either ..." held no enrolment word the sample-size reader knew.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article
from pipeline.nlp.sample_size import extract_sample_size
from pipeline.nlp.sentences import split_at_stops

FRESH31 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh31" / "claims.yaml")}

TAK733 = Article(
    pmid=26439693,
    title="Antitumor activity of a potent MEK inhibitor, TAK-733, against colorectal cancer cell lines and "
          "patient derived xenografts.",
    abstract="BACKGROUND: CRC is a significant cause of cancer mortality, and new therapies are needed for "
             "patients with advanced disease. TAK-733 is a highly potent and selective investigational novel MEK "
             "allosteric site inhibitor.\n\nMATERIALS AND METHODS: In a preclinical study of TAK-733, a panel of CRC "
             "cell lines were exposed to varying concentrations of the agent for 72 hours followed by a "
             "sulforhodamine B assay. Twenty patient-derived colorectal cancer xenografts were then treated with "
             "TAK-733 in vivo. Tumor growth inhibition index (TGII) was assessed to evaluate the sensitivity of "
             "the CRC explants to TAK-733 while linear regression was utilized to investigate the predictive "
             "effects of genotype on the TGII of explants.\n\nRESULTS: Fifty-four CRC cell lines were exposed to "
             "TAK-733, while 42 cell lines were deemed sensitive across a broad range of mutations. Eighty-two "
             "percent of the cell lines within the sensitive subset were BRAF or KRAS/NRAS mutant, whereas 80% of "
             "the cell lines within the sensitive subset were PIK3CA WT. Twenty patient-derived human tumor CRC "
             "explants were then treated with TAK-733. In total, 15 primary human tumor explants were found to be "
             "sensitive to TAK-733 (TGII ≤ 20%), including 9 primary human tumor explants that exhibited tumor "
             "regression (TGII > 100%). Explants with a BRAF/KRAS/NRAS mutant and PIK3CA wild-type genotype "
             "demonstrated increased sensitivity to TAK-733 with a median TGII of -6%. MEK-response gene "
             "signatures also correlated with responsiveness to TAK-733 in KRAS-mutant CRC.\n\nCONCLUSIONS: The MEK "
             "inhibitor TAK-733 demonstrated robust antitumor activity against CRC cell lines and patient-derived "
             "tumor explants. While the preclinical activity observed in this study was considerable, single-agent "
             "efficacy in the clinic has been limited in CRC, supporting the use of these models in an iterative "
             "manner to elucidate resistance mechanisms that can guide rational combination strategies.")

PRIMA1 = Article(
    pmid=18048389,
    title="In vitro and in vivo cytotoxic effects of PRIMA-1 on hepatocellular carcinoma cells expressing "
          "mutant p53ser249.",
    abstract="Hepatocellular carcinoma (HCC) is highly lethal due to limited curative options. In high-incidence "
             "regions, such as parts of Africa and Southeastern Asia, >50% of cases carry an AGG to AGT mutation "
             "at codon 249 of the TP53 gene, considered as a 'signature' of mutagenesis by aflatoxins. The protein "
             "product, p53ser249, may represent a therapeutic target for HCC. The small molecule p53 reactivation "
             "and induction of massive apoptosis (PRIMA)-1 has been shown to induce apoptosis in tumour cells by "
             "reactivating the transactivation capacity of some p53 mutants. In this study, we have investigated "
             "the cytotoxic effects of PRIMA-1 on HCC cells expressing p53ser249. In p53-null Hep3B cells, "
             "over-expression of p53ser249 or p53gln248 by stable transfection increased the cytotoxicity of "
             "PRIMA-1 at 50 muM. Furthermore, PRIMA-1 treatment delayed the growth of p53ser249-expressing Hep3B "
             "cells xenografted in severe combined immunodeficiency mice. However, PRIMA-1 did not restore "
             "wild-type DNA binding and transactivation activities to p53ser249 or to p53gln248 in Hep3B cells. "
             "Moreover, in PLC/PRF/5, a HCC cell line constitutively expressing p53ser249, small interfering RNA "
             "(siRNA) silencing of the mutant increased the cytotoxic effect of PRIMA-1. These apparently "
             "contradictory effects can be reconciled by proposing that p53ser249 exerts a gain-of-function "
             "effect, which favours the survival of HCC cells. Thus, both inhibition of this effect by PRIMA-1 and "
             "removal of the mutant by siRNA can lead to the decrease of survival capacity of HCC cells.")

KETAMINE = Article(
    pmid=26702160,
    title="The clinical presentation and diagnosis of ketamine-associated urinary tract dysfunction in "
          "Singapore.",
    abstract="Ketamine is a short-acting anaesthetic agent that has gained popularity as a 'club drug' due to its "
             "hallucinogenic effects. Substance abuse should be considered in young adult patients who present "
             "with severe debilitating symptoms such as lower urinary tract symptoms, even though the use of "
             "controlled substances is rare in Singapore. Although the natural history of disease varies from "
             "person to person, a relationship between symptom severity and frequency/dosage of abuse has been "
             "established. It is important to be aware of this condition and have a high degree of clinical "
             "suspicion to enable early diagnosis and immediate initiation of multidisciplinary and holistic "
             "treatment. A delayed diagnosis can lead to irreversible pathological changes and increased morbidity "
             "among ketamine abusers.")

CYLINDERS = Article(
    pmid=12571292,
    title="AUTOLOGOUS CHONDROCYTE IMPLANTATION AND OSTEOCHONDRAL CYLINDER TRANSPLANTATION IN CARTILAGE REPAIR "
          "OF THE KNEE JOINT",
    abstract="Current methods used to restore the joint surface in patients with localized articular cartilage "
             "defects include transplantation of an autologous osteochondral cylinder and implantation of "
             "autologous chondrocytes. The purpose of this study was to evaluate the clinical and histological "
             "outcomes of these two techniques.We performed a prospective clinical study to investigate the "
             "two-year outcomes in forty patients with an articular cartilage lesion of the femoral condyle who "
             "had been randomly treated with either transplantation of an autologous osteochondral cylinder or "
             "implantation of autologous chondrocytes. Biopsy specimens from representative patients of both "
             "groups were evaluated with histological staining, immunohistochemistry, and scanning electron "
             "microscopy.According to the postoperative Lysholm score, the recovery after autologous chondrocyte "
             "implantation was slower than that after osteochondral transplantation at six months (p < or = "
             "0.015), twelve months (p < or = 0.001), and twenty-four months (p < or = 0.012). On the basis of the "
             "Meyers score and the Tegner activity score, the results were equally good with the two methods two "
             "years after treatment. Histomorphological evaluation of biopsy specimens within two years after "
             "autologous chondrocyte implantation demonstrated a complete, mechanically stable resurfacing of the "
             "defect in all patients. The tissue consisted mainly of fibrocartilage, while localized areas of "
             "hyaline-like regenerative cartilage could be detected close to the subchondral bone. Although a gap "
             "remained at the site of the transplantation in all five biopsy specimens examined as long as two "
             "years after osteochondral cylinder transplantation, histomorphological analysis and scanning "
             "electron microscopy revealed no differences between the osteochondral transplants and the "
             "surrounding original cartilage.Both treatments resulted in a decrease in symptoms. However, the "
             "improvement provided by the autologous chondrocyte implantation lagged behind that provided by the "
             "osteochondral cylinder transplantation. Histologically, the defects treated with autologous "
             "chondrocyte implantation were primarily filled with fibrocartilage, whereas the osteochondral "
             "cylinder transplants retained their hyaline character, although there was a persistent interface "
             "between the transplant and the surrounding original cartilage. Limitations of our study included the "
             "small number of patients, the relatively short (two-year) follow-up, and the absence of a control "
             "group.")


def test_an_overview_whose_only_verb_is_a_participle_reports_no_findings():
    e, _ = assess_as_linked(FRESH31["C356"], KETAMINE, "other", is_human=True)
    assert not e.eligible and e.reason == "no_findings", e


def test_a_preclinical_study_titled_by_the_drugs_effect_is_no_genotype_study():
    e, _ = assess_as_linked(FRESH31["C354"], TAK733, "animal_study", is_human=True, is_animal=True, is_in_vitro=True)
    assert e.eligible, e
    assert "in_vitro" in e.indirectness or "animal" in e.indirectness, e


def test_in_vitro_and_in_vivo_prepares_no_drug():
    e, _ = assess_as_linked(FRESH31["C355"], PRIMA1, "in_vitro", is_animal=True, is_in_vitro=True)
    assert e.reason != "therapy_not_tested" or "preparations" not in e.why, e
    assert e.eligible, e


def test_a_title_naming_the_two_arms_with_and_is_no_combination():
    e, _ = assess_as_linked(FRESH31["C348"], CYLINDERS, "rct", is_human=True)
    assert e.eligible, e


def test_forty_patients_randomly_treated_with_either_are_the_sample():
    # (the extract stage reads N on spaCy's sentences; split_at_stops is its fallback, which keeps this sentence whole)
    sample = extract_sample_size(split_at_stops(f"{CYLINDERS.title} {CYLINDERS.abstract}"))
    assert sample.value == 40 and "randomly treated" in sample.sentence, sample
