"""Readings from fresh32's errors (session 28), on the records' own text (workshop corpus, as PubMed has them).

fresh32 was scored once (code of acf76dd) before it was opened; each expectation is both blind reviewers' label.

* 28745319 (C370, "mTOR inhibitors control the disease", advanced prostate cancer; both: not eligible, the mTOR
  inhibitor given only with bicalutamide to cell lines): its title names the therapy only after "implications for the
  use of". Counted, it made the claim Very low where both reviewers read No evidence.
* 12577238 (fresh31 C359, "amifostine protects normal tissue from radiation damage"; both: not eligible, an
  immunohistochemistry study that never gives the drug): its title names it only after "a strong basis for
  explaining". The same error, one set earlier.
* 27890797 (C364, "3-bromopyruvate kills cancer cells"; both: not eligible, no death or viability reported) is left
  as it is: a title that names the drug as what was given is no implication ("3-Bromopyruvate treatment induces ...").
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH31 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh31" / "claims.yaml")}
FRESH32 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh32" / "claims.yaml")}

MTOR = Article(
    pmid=28745319,
    title="The androgen receptor is a negative regulator of eIF4E phosphorylation at S209: implications for the use"
          " of mTOR inhibitors in advanced prostate cancer.",
    abstract="The antiandrogen bicalutamide is widely used in the treatment of advanced prostate cancer (PCa) in many "
             "countries, but its effect on castration-resistant PCa (CRPC) is limited. We previously showed that "
             "resistance to bicalutamide results from activation of mechanistic target of rapamycin (mTOR). "
             "Interestingly, clinical trials testing combinations of the mTOR inhibitor RAD001 with bicalutamide were "
             "effective in bicalutamide-naïve CRPC patients, but not in bicalutamide-pretreated ones. Here we "
             "investigate causes for their difference in response. Evaluation of CRPC cell lines identified resistant "
             "vs sensitive in vitro models, and revealed that increased eIF4E(S209) phosphorylation is associated with"
             " resistance to the combination. We confirmed using a human-derived tumor xenograft mouse model that "
             "bicalutamide pre-treatment is associated with an increase in eIF4E(S209) phosphorylation. Thus, AR "
             "suppressed eukaryotic initiation factor 4E (eIF4E) phosphorylation, while the use of antiandrogens "
             "relieved this suppression, thereby triggering its increase. Additional investigation in human "
             "prostatectomy samples showed that increased eIF4E phosphorylation strongly correlated with the cell "
             "proliferation marker Ki67. Small interfering RNA-mediated knockdown (k/d) of eIF4E-sensitized CRPC cells"
             " to RAD001+bicalutamide, whereas eIF4E overexpression induced resistance. Inhibition of eIF4E "
             "phosphorylation by treatment with CGP57380 (an inhibitor of mitogen-activated protein kinase-interacting"
             " serine-threonine kinases MAP kinase-interacting kinase 1 (Mnk1/2), the eIF4E upstream kinase) or "
             "inhibitors of extracellular signal-regulated kinase 1/2 (ERK1/2), the upstream kinase-regulating Mnk1/2,"
             " also sensitized CRPC cells to RAD001+bicalutamide. Examination of downstream targets of eIF4E-mediated "
             "translation, including survivin, demonstrated that eIF4E(S209) phosphorylation increased cap-independent"
             " translation, whereas its inhibition restored cap-dependent translation, which could be inhibited by "
             "mTOR inhibitors. Thus, our results demonstrate that while combinations of AR and mTOR inhibitors were "
             "effective in suppressing tumor growth by inhibiting both AR-induced transcription and mTOR-induced cap-"
             "dependent translation, pre-treatment with AR antagonists including bicalutamide increased eIF4E "
             "phosphorylation that induced resistance to combinations of AR and mTOR inhibitors by inducing cap-"
             "independent translation. We conclude that this resistance can be overcome by inhibiting eIF4E "
             "phosphorylation with Mnk1/2 or ERK1/2 inhibitors.")

AMIFOSTINE = Article(
    pmid=12577238,
    title="Down-regulation of intestinal-type alkaline phosphatase in the tumor vasculature and stroma provides a "
          "strong basis for explaining amifostine selectivity.",
    abstract="Strong clinical and experimental evidence indicates that amifostine confers cytoprotection in normal, "
             "but not in tumor, tissues. However, the mechanism of such selective action is poorly understood. "
             "Intestinal-type alkaline phosphatase (IAP) is a major isoenzyme involved in the hydrolysis of amifostine"
             " (WR-2721) to its active thiol form WR-I065. Could differences in IAP expression between normal and "
             "malignant tissues account for amifostine's selectivity? Paraffin-embedded material from normal breast, "
             "lung, colon, and head and neck tissues, together with their malignant counterparts, were retrieved and "
             "stained immunohistochemically for human IAP (antibody 7324, Abcam, Cambridge, UK) and endothelial cell "
             "CD31 antigen. Normal tissues (epithelium, fibroblasts, and vessels) consistently displayed strong "
             "nuclear and cytoplasmic IAP reactivity. The vascular density (number of positive vessels per x 200 "
             "optical field), whether assessed in anti-IAP or anti-CD31 stained sections, was very similar, indicating"
             " a strong IAP content for the entire normal vasculature. Therefore, amifostine hydrolysis is ensured in "
             "normal tissues and may occur at both vascular and interstitial levels. By contrast, 60% of the tumors "
             "analyzed showed a loss of IAP expression in both epithelial cells and stroma, and only 10% to 15% of "
             "them demonstrated nuclear/cytoplasmic reactivity, which was confined to the epithelial cells. Similarly,"
             " the percentage of tumor vessels exhibiting some IAP reactivity was very low (6% to 17%). This dramatic "
             "loss of IAP expression from tumor stroma/vasculature may form a strong basis for explaining amifostine "
             "selectivity. In contrast, the abundance of IAP expression in normal tissues, stromal and vascular, "
             "ensures an intense hydrolysis of WR-2721 and rapid intracellular accumulation of WR-1065.")

PROTEOMICS = Article(
    pmid=27890797,
    title="3-Bromopyruvate treatment induces alterations of metabolic and stress-related pathways in glioblastoma "
          "cells.",
    abstract="Glioblastoma (GBM) is the most common and aggressive brain tumour of adults. The metabolic phenotype of "
             "GBM cells is highly dependent on glycolysis; therefore, therapeutic strategies aimed at interfering with"
             " glycolytic pathways are under consideration. 3-Bromopyruvate (3BP) is a potent antiglycolytic agent, "
             "with a variety of targets and possible effects on global cell metabolism. Here we analyzed the changes "
             "in protein expression on a GBM cell line (GL15 cells) caused by 3BP treatment using a global proteomic "
             "approach. Validation of differential protein expression was performed with immunoblotting and enzyme "
             "activity assays in GL15 and U251 cell lines. The results show that treatment of GL15 cells with 3BP "
             "leads to extensive changes in the expression of glycolytic enzymes and stress related proteins. "
             "Importantly, other metabolisms were also affected, including pentose phosphate pathway, aminoacid "
             "synthesis, and glucose derivatives production. 3BP elicited the activation of stress response proteins, "
             "as shown by the phosphorylation of HSPB1 at serine 82, caused by the concomitant activation of the p38 "
             "pathway. Our results show that inhibition of glycolysis in GL15 cells by 3BP influences different but "
             "interconnected pathways. Proteome analysis may help in the molecular characterization of the "
             "glioblastoma response induced by pharmacological treatment with antiglycolytic agents.\n\nSIGNIFICANCE: "
             "Alteration of the glycolytic pathway characterizes glioblastoma (GBM), one of the most common brain "
             "tumours. Metabolic reprogramming with agents able to inhibit carbohydrate metabolism might be a viable "
             "strategy to complement the treatment of these tumours. The antiglycolytic agent 3-bromopyruvate (3BP) is"
             " able to strongly inhibit glycolysis but it may affect also other cellular pathways and its precise "
             "cellular targets are currently unknown. To understand the protein expression changes induced by 3BP, we "
             "performed a global proteomic analysis of a GBM cell line (GL15) treated with 3BP. We found that 3BP "
             "affected not only the glycolytic pathway, but also pathways sharing metabolic intermediates with "
             "glycolysis, such as the pentose phosphate pathway and aminoacid metabolism. Furthermore, changes in the "
             "expression of proteins linked to resistance to cell death and stress response were found. Our work is "
             "the first analysis on a global scale of the proteome changes induced by 3BP in a GBM model and may "
             "contribute to clarifying the anticancer potential of this drug.")


def test_a_title_naming_the_drug_only_as_its_findings_implication_tests_something_else():
    e, _ = assess_as_linked(FRESH32["C370"], MTOR, "animal_study", is_animal=True, is_in_vitro=True)
    assert not e.eligible and e.reason == "therapy_not_tested", e
    assert "bear on" in e.why, e


def test_a_title_explaining_the_drugs_selectivity_tests_no_drug():
    e, _ = assess_as_linked(FRESH31["C359"], AMIFOSTINE, "other", is_human=True)
    assert not e.eligible and e.reason == "therapy_not_tested", e


def test_a_title_naming_the_drug_as_given_is_no_implication():
    # (the rule reads the title only; this study's error, no outcome of the claim's kind, is left open)
    e, _ = assess_as_linked(FRESH32["C364"], PROTEOMICS, "in_vitro", is_in_vitro=True)
    assert "bear on" not in (e.why or ""), e
