"""Session 65's readings, on the records' own text (issue 17): a therapy named with where it comes from ("Surgical
angiogenesis from implanted autogenous tissue improves bone viability") is still the subject of the result verb after
it, so the sentence is a result stated of the therapy (``direction.active_result_of``; data/lexicons/direction_cues.yaml
``active_result_between``; LINKER_RELEASE 2026.12.171). The verbs of a cause are result verbs too ("this novel mutation
is responsible for TRMA syndrome", "The addition of azide ... to the assay system resulted in neither inhibition nor
stimulation of the ATPase activity"), with where the therapy was given between (2026.12.172). A result naming the
condition that states the therapy's own result, or its estimate for a claim of harm ("correlates with"), makes the
finding the therapy's when the conclusion says what acts on it; in an abstract whose results are not labelled such a
sentence before the guessed results is read as one (``direction._own_result_on_condition``, 2026.12.173). For an
equivalence claim, a null naming the therapy names it as tested and, naming the condition too, is its own result on it
(``direction.equivalence_null``, 2026.12.174)."""

from __future__ import annotations

from eligibility_helpers import assess_as_linked, eval_catalog, one_block_article
from pipeline.claims import linker
from pipeline.claims.direction import active_result_of

FRESH24 = eval_catalog("fresh24")
FRESH183 = eval_catalog("fresh183")
FRESH184 = eval_catalog("fresh184")
FRESH186 = eval_catalog("fresh186")

# PMID 23358010 (workshop corpus), eligible to both of fresh24's reviewers for C278 (surgical angiogenesis keeps
# allogeneic knee transplants viable in rabbits)
_SA_TITLE = ("Surgical Angiogenesis with Short-Term Immunosuppression Maintains Bone Viability in Rabbit Allogenic Knee "
             "Joint Transplantation")
_SA_RESULT = ("Surgical angiogenesis from implanted autogenous tissue improves bone viability, healing, and material "
              "properties in rabbit allogenic knee transplants.")
_SA_TEXT = (
    "Vascularized composite allotransplantation has the potential for reconstruction of joint defects but requires "
    "lifelong immunosuppression, with substantial risks. This study evaluates an alternative, using surgical angiogenesis "
    "from implanted autogenous vessels to maintain viability without long-term immunotherapy.Vascularized knee joints "
    "were transplanted from Dutch Belted donors to New Zealand White rabbit recipients. Once positioned and "
    "revascularized microsurgically, a recipient-derived superficial inferior epigastric fascial flap and a saphenous "
    "arteriovenous bundle were placed within the transplanted femur and tibia, respectively, to develop a neoangiogenic, "
    "autogenous circulation. There were 10 transplants in group 1. Group 2 (n = 9) consisted of no-angiogenesis "
    "controls with ligated flaps and arteriovenous bundles. Group 3 rabbits (n = 10) were autotransplants with patent "
    "implants. Tacrolimus was used for 3 weeks to maintain nutrient flow during angiogenesis. At 16 weeks, the authors "
    "assessed bone healing, joint function, bone and cartilage mechanical properties, and histology.Group 1 "
    "allotransplants had more robust angiogenesis, better healing, improved mechanical properties, and better osteocyte "
    "viability than ligated controls (group 2). All three groups developed knee joint contractures and arthritic "
    "changes. Cartilage thickness and quality were poorer in allograft groups than in autotransplant controls."
    + _SA_RESULT + " However, joint contractures and degenerative changes occurred in all transplants, regardless of "
    "antigenicity or blood supply. Experimental studies in a larger animal model with improved methods to maintain joint "
    "mobility are needed before the merit of living joint allotransplantation can be judged.")


def test_a_therapy_named_with_its_source_is_the_subject_of_its_result():
    therapy = FRESH24["C278"].therapy
    assert active_result_of(therapy, _SA_RESULT, {})
    # the source phrase is short and carries no verb: a clause after the name is not read as its qualifier
    assert not active_result_of(therapy, "Surgical angiogenesis from implanted tissue that was harvested early improves "
                                         "bone viability.", {})
    # and the name as the source of something else is no subject: "vessels from surgical angiogenesis improve" names the
    # vessels
    assert not active_result_of(therapy, "Vessels grown from tissue under surgical angiogenesis were counted.", {})


def test_the_angiogenesis_record_is_eligible_for_its_claim():
    article = one_block_article(23358010, _SA_TITLE, _SA_TEXT)
    e, d = assess_as_linked(FRESH24["C278"], article, "animal", is_animal=True, species=("rabbit",))
    assert e.eligible, (e.reason, d.not_about)
    assert d.sentence == _SA_RESULT and "result stated of the therapy" in d.cues


# PMID 141 (workshop corpus), eligible to both of fresh184's reviewers for C1495 (azide, ouabain, dinitrophenol and
# oligomycin leave the membrane-bound ATPase of Azotobacter vinelandii unchanged; an equivalence claim)
_ATP_NULL = ("The addition of azide, ouabain, 2,4-dinitrophenol, or oligomycin to the assay system resulted in neither "
             "inhibition nor stimulation of the ATPase activity.")
# PMID 11380424, eligible to both reviewers for C1494 (a homozygous 287delG mutation in SLC19A2 causes TRMA syndrome)
_TRMA_TITLE = ("A novel mutation in the SLC19A2 gene in a Tunisian family with thiamine-responsive megaloblastic anaemia, "
               "diabetes and deafness syndrome.")
_TRMA_TEXT = (
    "Thiamine-responsive megaloblastic anaemia (TRMA) syndrome with diabetes and deafness was found in two patients from "
    "a Tunisian kindred. The proband was homozygous for a novel mutation, 287delG, in the high-affinity thiamine "
    "transporter gene, SLC19A2. We demonstrated that fibroblasts from this patient exhibited defective thiamine "
    "transport. These data confirm that the SLC19A2 gene is the high-affinity thiamine carrier and that this novel "
    "mutation is responsible for TRMA syndrome.")


def test_the_verbs_of_a_cause_state_the_therapys_result():
    agents = FRESH184["C1495"].therapy
    assert active_result_of(agents, _ATP_NULL, {})
    assert active_result_of(FRESH184["C1494"].therapy, _TRMA_TEXT.split(". ")[-1], {})
    # where it was given is a short phrase: a clause after "to" is no qualifier of the name
    assert not active_result_of(agents, "The addition of azide to cells that were then washed resulted in no change.", {})
    # and the therapy as what a cause led to is no subject of it
    assert not active_result_of(agents, "Loss of the membrane fraction led to azide resistance.", {})


def test_a_cause_stated_of_the_mutation_links_its_family_report():
    article = one_block_article(11380424, _TRMA_TITLE, _TRMA_TEXT, ("Case Reports",))
    r = linker.assess(FRESH184["C1494"], article, linker.read_article(article))
    assert r.relevance >= linker.LINK_THRESHOLD and linker.RESULT_ON_CONDITION in r.reasons


# PMID 30017192 (workshop corpus), eligible to both of fresh183's reviewers for C1492 (sotrastaurin suppresses the
# proliferation of FLT3-ITD-positive AML cells); one unlabelled block, the sotrastaurin result right after the aim
_PIM_TITLE = ("Protein kinase C alpha-mediated phosphorylation of PIM-1L promotes the survival and proliferation of acute "
              "myeloid leukemia cells.")
_PIM_HEAD = (
    "FMS-like tyrosine kinase 3 (FLT3)-internal tandem duplication (ITD) is a constitutively active mutant of FLT3 and "
    "causes 20%-30% of acute myeloid leukemia (AML) cases. FLT3-ITD upregulates the proviral integration site for "
    "Moloney murine leukemia virus 1 (PIM-1) expression and promotes the proliferation of AML cells. In this study, we "
    "investigated the role of protein kinase C (PKC)-mediated phosphorylation on the expression and function of PIM-1L. ")
_PIM_RESULT = (
    "Drug screening in leukemia cell lines revealed that sotrastaurin (a PKC inhibitor) suppressed the proliferation of "
    "the FLT3-ITD-positive AML cell line MV4-11 but not of K562, HL60, or KG-1a cells, similar to SGI-1776 (a PIM-1/FLT3 "
    "inhibitor) and quizartinib (an FLT3 inhibitor).")
_PIM_REST = (
    " Sotrastaurin decreased the expression of pro-survival protein myeloid cell leukemia (MCL-1) and the "
    "phosphorylation of eukaryotic initiation factor 4E-binding protein 1 (4E-BP1), both of which are downstream "
    "effectors of PIM-1. PKCα directly phosphorylated Ser65 of PIM-1L, which is a long isoform of PIM-1. The "
    "PKCα-mediated phosphorylation stabilized PIM-1L. The phosphorylation-mimicked mutant, PIM-1L-S65D, was more stable "
    "and showed higher kinase activity than PIM-1L-S65A. Expression of PIM-1L-wildtype or -S65D reduced "
    "sotrastaurin-mediated apoptosis and growth inhibition in MV4-11 transfectants. These results suggest that PKCα "
    "directly upregulates PIM-1L, resulting in promotion of the survival and proliferation of AML cells.")


def test_a_result_of_the_therapy_before_the_guessed_results_is_read():
    article = one_block_article(30017192, _PIM_TITLE, _PIM_HEAD + _PIM_RESULT + _PIM_REST)
    e, d = assess_as_linked(FRESH183["C1492"], article, "in_vitro", is_in_vitro=True)
    assert e.eligible, (e.reason, d.not_about)
    assert d.sentence == _PIM_RESULT and "result stated of the therapy" in d.cues


def test_a_result_before_the_guessed_results_needs_the_condition_named():
    # the same place holding the therapy's result on another measure is no finding on the claim's condition
    other = ("Drug screening in leukemia cell lines revealed that sotrastaurin (a PKC inhibitor) suppressed the "
             "phosphorylation of PKC substrates in K562 cells.")
    article = one_block_article(30017192, _PIM_TITLE, _PIM_HEAD + other + _PIM_REST)
    e, d = assess_as_linked(FRESH183["C1492"], article, "in_vitro", is_in_vitro=True)
    assert not e.eligible and d.not_about


# PMID 29038521, eligible to both reviewers for C1488 (phosphorylation of MIIP at serine 303 promotes colorectal cancer
# metastasis; a claim of harm)
_MIIP_TITLE = ("PKCε phosphorylates MIIP and promotes colorectal cancer metastasis through inhibition of RelA "
               "deacetylation.")
_MIIP_CORRELATES = ("Moreover, clinical analyses indicate the level of MIIP-S303 phosphorylation correlates with "
                    "colorectal cancer (CRC) metastasis and prognosis.")
_MIIP_TEXT = (
    "EGFR signaling is implicated in NF-κB activation. However, the concrete mechanisms by which the core transducer of "
    "NF-κB signaling pathway, RelA/p65 is regulated under EGFR activation remains to be further clarified. Here, we show "
    "that EGF stimulation induces PKCε-dependent phosphorylation of migration and invasion inhibitory protein (MIIP) at "
    "Ser303; this phosphorylation promotes the interaction between MIIP and RelA in the nucleus, by which MIIP prevents "
    "histone deacetylase 6 (HDAC6)-mediated RelA deacetylation, and thus enhances transcriptional activity of RelA and "
    "facilitates tumor metastasis. Meanwhile PP1, which functions as a phosphatase, is found to mediate MIIP-S303 "
    "dephosphorylation and its expression level inversely correlates with metastatic capability of tumor cells. "
    + _MIIP_CORRELATES + " These findings uncover an unidentified mechanism underlying the precise regulation of NF-κB "
    "by EGF, and highlight the critical role of nuclear MIIP in tumor metastasis.In colorectal cancer, EGFR signalling "
    "is implicated in metastasis. Here, the authors unravel a mechanism through which EGF stimulation induces MIIP "
    "phosphorylation, leading to MIIP interacting with RelA-this prevents RelA deactylation and enhances "
    "transcriptional activity, facilitating metastasis.")


def test_the_therapys_own_association_outweighs_what_acts_on_it():
    article = one_block_article(29038521, _MIIP_TITLE, _MIIP_TEXT)
    e, d = assess_as_linked(FRESH183["C1488"], article, "observational", is_human=True)
    assert e.eligible, (e.reason, d.not_about)
    assert d.sentence == _MIIP_CORRELATES and "result on the condition" in d.cues


def test_without_the_association_the_study_is_about_what_acts_on_it():
    article = one_block_article(29038521, _MIIP_TITLE, _MIIP_TEXT.replace(_MIIP_CORRELATES + " ", ""))
    e, d = assess_as_linked(FRESH183["C1488"], article, "observational", is_human=True)
    assert not e.eligible and d.not_about_kind is not None and d.not_about_kind.value == "acts_on"


# PMID 36799405 (workshop corpus), eligible to both of fresh186's reviewers for C1507 (fixing a cryosection leaves the
# biomechanical properties of disc tissue unchanged from a fresh cryosection; an equivalence claim)
_IVD_TITLE = ("A methodology to evaluate different histological preparations of soft tissues: Intervertebral disc tissues "
              "study.")
_IVD_NULL = ("In terms of biomechanical properties, there was no significant difference between the fresh and fixed "
             "cryosection (p > 0.05).")
_IVD_TEXT = (
    "A tissue preparation method will inevitably alter the tissue content. This study aims to evaluate how different "
    "common sample preparation methods will affect the tissue morphology, biomechanical properties, and chemical "
    "composition of samples. The study focuses on intervertebral disc (IVD) tissue; however, it can be applied to other "
    "soft tissues. Raman spectroscopy synchronized with nanoindentation instrumentation was employed to investigate the "
    "compositional changes of IVD, specifically, nucleus pulposus (NP) and annulus fibrosus (AF), together with their "
    "biomechanical properties of IVD. These properties were examined through the following histological specimen types: "
    "fresh cryosection (control), fixed cryosection, and paraffin-embedded. The IVD tissue could be located using an "
    "optical microscope under three different preparation methods. Paraffin-embedded samples showed the most explicit "
    "details where the lamellae structure of AF could be identified. " + _IVD_NULL + " In contrast, the fresh "
    "cryosection and paraffin-embedded samples showed a significant difference (p < 0.05). It was also found that the "
    "tissue preparations affected the chemical content of the tissues and structure of the tissue, which are expected "
    "to contribute to biomechanical properties changes. Fresh cryosection and fixed cryosection samples are more "
    "promising to work with for biomechanical assessment in histological tissues. The findings fill essential gaps in "
    "the literature by providing valuable insight into the characteristics of IVD at the microscale. This study can "
    "also become a reference for a better approach to assessing the mechanical properties and chemical content of soft "
    "tissues at the microscale.")


def test_an_equivalence_null_names_the_therapy_as_tested():
    claim = FRESH186["C1507"]
    article = one_block_article(36799405, _IVD_TITLE, _IVD_TEXT)
    r = linker.assess(claim, article, linker.read_article(article))
    assert r.relevance >= linker.LINK_THRESHOLD and linker.RESULT_ON_CONDITION in r.reasons
    e, d = assess_as_linked(claim, article, "in_vitro", is_in_vitro=True)
    assert e.eligible, (e.reason, d.not_about)
    assert d.sentence == _IVD_NULL


def test_a_null_names_the_therapy_as_tested_only_for_an_equivalence_claim():
    from dataclasses import replace
    claim = replace(FRESH186["C1507"], kind="effect")
    article = one_block_article(36799405, _IVD_TITLE, _IVD_TEXT)
    assert linker.assess(claim, article, linker.read_article(article)).relevance < linker.LINK_THRESHOLD
