"""Session 64's readings, on the records' own text (issue 17): in an abstract whose results are not labelled, the
finding on the claim's condition may stand anywhere in it (the first sentence after the background: "In this study, we
found that OPN level was elevated ..., which was closely related to a shorter overall survival"), not only among the
five sentences before the conclusion that stand in for its results; and a result stated of the therapy itself (its
subject or agent) that names the condition is the study's finding on it, as a tested comparison is
(``direction._condition_tested``; LINKER_RELEASE 2026.12.168). For an equivalence claim, a results sentence stating a
null that names the therapy is its result (2026.12.169)."""

from __future__ import annotations

from dataclasses import replace

from eligibility_helpers import eval_catalog, one_block_article
from pipeline.claims import linker
from pipeline.claims.direction import passive_result_of, read_claim_direction
from pipeline.claims.not_about import NotAboutKind

FRESH175 = eval_catalog("fresh175")
FRESH176 = eval_catalog("fresh176")

# PMID 29415992 (workshop corpus), both of fresh176's reviewers eligible for C1446 (high osteopontin and shorter survival
# and relapse after resection of intrahepatic cholangiocarcinoma)
_OPN_TITLE = ("Osteopontin promotes metastasis of intrahepatic cholangiocarcinoma through recruiting MAPK1 and mediating "
              "Ser675 phosphorylation of β-Catenin.")
_OPN_FOUND = ("In this study, we found that OPN level was elevated both in plasma and tumor tissues of ICC patients, which "
              "was closely related to a shorter overall survival (OS) and high probability of tumor relapse after "
              "curative resection.")
_OPN_BACKGROUND = ("The incidence and mortality of intrahepatic cholangiocarcinoma (ICC) are increasing worldwide in "
                   "recent decades. Osteopontin (OPN) plays an important role in cancer metastasis, but its functional "
                   "mechanism in ICC is not clear yet. ")
_OPN_REST = (
    " The gain- and loss-of-function studies determined that OPN could promote ICC growth and metastasis. OPN "
    "selectively interacted with β-Catenin and knockdown of β-Catenin abrogated the effects induced by OPN. OPN recruited "
    "MAPK1 and activated MEK-MAPK1 pathway to mediate the S675 phosphorylation of β-Catenin and nucleus accumulation, "
    "which induced the activation of Wnt signaling. Moreover, a significant correlation between OPN and β-Catenin was "
    "found in ICC tissues. OPN, β-Catenin, and their combination were independent prognostic indicator for ICC patients. "
    "In conclusion, OPN promotes ICC progression through recruiting MAPK1 and activating the Wnt/β-Catenin pathway and "
    "can serve as a novel prognostic marker and therapeutic target for ICC.")


def _direction(claim, article):
    reading = linker.read_article(article)
    return read_claim_direction(claim, article, reading.abbreviations, reading=reading)


def test_a_finding_on_the_condition_opening_an_unstructured_abstract_is_its_finding():
    article = one_block_article(29415992, _OPN_TITLE, _OPN_BACKGROUND + _OPN_FOUND + _OPN_REST)
    d = _direction(FRESH176["C1446"], article)
    assert not d.not_about and d.not_about_kind is None and "result on the condition" in d.cues
    assert d.sentence == _OPN_FOUND


def test_background_naming_the_condition_is_no_finding_on_it():
    # the same place held by what others reported: nothing the study found names the condition
    said = ("Osteopontin has been linked to a shorter overall survival (OS) and tumor relapse after curative resection "
            "in other cancers.")
    article = one_block_article(29415992, _OPN_TITLE, _OPN_BACKGROUND + said + _OPN_REST)
    d = _direction(FRESH176["C1446"], article)
    assert d.not_about_kind is NotAboutKind.CONDITION


# PMID 136 (workshop corpus), both of fresh175's reviewers eligible for C1444 (nitrofurazone's lethality, mutation and
# DNA breakage in E. coli under anaerobic conditions)
_NFZ_TITLE = "Nitrofurazone-reducing enzymes in E. coli and their role in drug activation in vivo."
_NFZ_RESULT = (
    "In vivo experiments with nitrofurazone-resistant strains, which lack reductase II but contain reductases IIa and "
    "IIb, demonstrated that lethality, mutation, and DNA breakage are all greatly increased when cultures are incubated "
    "under anaerobic conditions, i.e., conditions such that reductase II is active.")
_NFZ = (
    "Earlier work showed that Escherichia coli contains at least two enzymes which reduce nitrofurazone and other "
    "nitrofuran derivatives. One of these enzymes is lacking in some nitrofurazone-resistant mutant strains. We now "
    "report that there are three separable nitrofuran reductases in this organism: reductase I (mol. wt. approximately "
    "50 000, insensitive to O2), reductase IIa (mol. wt. approximately 120 000, inhibited by oxygen), reductase IIb (mol. "
    "wt. approximately 700 000, inhibited by O2). Unstable metabolites formed during the reduction of nitrofurazone by "
    "preparations containing reductases IIa and IIb produce breaks in DNA in vitro. " + _NFZ_RESULT + " These results "
    "provide further evidence for the importance of reductive activation of nitrofurazone.")


def test_the_in_vivo_result_naming_the_condition_makes_the_finding_about_it():
    d = _direction(FRESH175["C1444"], one_block_article(136, _NFZ_TITLE, _NFZ))
    assert not d.not_about and d.not_about_kind is None and "result on the condition" in d.cues


FRESH180 = eval_catalog("fresh180")

# PMID 19419937 (workshop corpus), both of fresh180's reviewers eligible for C1471 (an equivalence claim: Helicobacter
# pylori infection is unrelated to Fhit protein expression in advanced gastric carcinoma)
_FHIT_TITLE = ("Immunohistochemical assessment of Fhit protein expression in advanced gastric carcinomas in correlation "
               "with Helicobacter pylori infection and survival time.")
_FHIT_NULL = (
    "Statistical analysis did not show any correlation of the expression of Fhit protein in the main mass of tumour "
    "and in the metastasis to lymph node with gender, depth of wall invasion, histological differentiation, Lauren's "
    "classification, Bormann's classification, metastases to local lymph nodes or Helicobacter pylori infection.")
_FHIT = (
    "Fhit protein is known to play a role in the process of neoplastic transformation. It has been demonstrated that "
    "FHIT gene inactivation is manifested by a lack or very low concentration of Fhit protein in tissues collected from "
    "tumours in many organs, including head, neck, breast, lungs, stomach or large intestine. The study included a group "
    "of 80 patients with advanced gastric carcinomas. The expression of Fhit protein was assessed by means of the "
    "immunohistochemical method (avidin-biotin-streptavidin) in the sections fixed in formalin and embedded in paraffin, "
    "using rabbit polyclonal antiFhit antibody (Abcam, UK) at 1: 200. " + _FHIT_NULL + " However, a strong statistical "
    "correlation was revealed of Fhit protein expression in the main mass of tumour with patients' age (p=0.04) and "
    "tumour location in the stomach (p=0.02). No relationship was found between Fhit expression in the main mass of "
    "tumour and survival time (p=0.26).")


def test_a_null_result_naming_the_exposure_is_the_finding_of_an_equivalence_claim():
    # the conclusion's place holds other factors (age, location); the results state the claim's null
    d = _direction(FRESH180["C1471"], one_block_article(19419937, _FHIT_TITLE, _FHIT))
    assert not d.not_about and d.sentence == _FHIT_NULL and "result stated of the therapy" in d.cues


def test_a_null_result_is_no_finding_of_an_effect_claim():
    # the same claim asserting an effect: a null naming the exposure among others is not read as its result here
    effect = replace(FRESH180["C1471"], kind="effect")
    d = _direction(effect, one_block_article(19419937, _FHIT_TITLE, _FHIT))
    assert d.not_about_kind is NotAboutKind.THERAPY


# PMID 30124210 (workshop corpus), both of fresh179's reviewers eligible for C1468 (silencing lncRNA-BANCR in thyroid
# cancer cells): PubMed gives its whole structured abstract as one AbstractText labelled OBJECTIVE
_BANCR_XML = """<?xml version="1.0"?><PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM">
<PMID Version="1">30124210</PMID><Article PubModel="Print"><Journal><Title>Zhonghua Zhong Liu Za Zhi</Title><JournalIssue>
<PubDate><Year>2018</Year></PubDate></JournalIssue></Journal><ArticleTitle>[Effects of serine/threonine-protein kinase
B-Raf-activated long-chain non-coding RNA on apoptosis and autophagy in thyroid carcinoma cells].</ArticleTitle><Abstract>
<AbstractText Label="OBJECTIVE" NlmCategory="OBJECTIVE">To investigate the effect of serine/threonine-protein kinase B-Raf
(BRAF)-activated long-chain non-coding RNA (lncRNA-BANCR) on apoptosis and autophagy in thyroid carcinoma cells and the
underlying mechanisms. Methods: Cell counting kit-8 (CCK-8) was used to detect the effect of lncRNA-BANCR on the
proliferation of thyroid cancer cells. Results: Inhibition of lncRNA-BANCR expression attenuated the proliferation and
invasion ability of thyroid cancer cells (both P&lt;0.05); but the apoptosis was enhanced (P&lt;0.05). Conclusion: The
expression level of lncRNA-BANCR affects the proliferation, invasion and apoptosis of thyroid cancer cells through
modulation of autophagy behavior.</AbstractText></Abstract><Language>chi</Language></Article></MedlineCitation>
</PubmedArticle></PubmedArticleSet>"""


def test_inline_labels_inside_a_labelled_section_start_sections_of_their_own():
    import io

    from pipeline.claims.direction_rules import conclusion_and_results
    from pipeline.parsing import parse_pubmed_xml

    article = list(parse_pubmed_xml(io.BytesIO(_BANCR_XML.encode("utf-8")), "test"))[0]
    assert [(s.label, s.nlm_category) for s in article.abstract_sections] == [
        ("OBJECTIVE", "OBJECTIVE"), ("Methods", None), ("Results", None), ("Conclusion", None)]
    concl, results = conclusion_and_results(article)
    assert results[0].startswith("Inhibition of lncRNA-BANCR expression attenuated")
    assert concl[0].startswith("The expression level of lncRNA-BANCR affects")


def test_a_label_word_inside_a_sentence_starts_no_section():
    from pipeline.models import AbstractSection
    from pipeline.parsing.text import split_inner_labels

    one = [AbstractSection("RESULTS", "RESULTS", "The methods: both were used. Outcome measures did not differ.")]
    assert split_inner_labels(one) == one
    assert split_inner_labels([AbstractSection(None, None, "Text. Results: none.")]) == [
        AbstractSection(None, None, "Text. Results: none.")]


FRESH181 = eval_catalog("fresh181")


def test_a_result_resulting_from_the_therapy_is_its_result():
    # PMID 29127256 (workshop corpus), both of fresh181's reviewers eligible for C1478 (pathogenic LRRK2 knock-in
    # mutations and Rab10 phosphorylation in mice)
    sentence = ("We demonstrate that the MJFF-pRAB10 antibodies can be deployed to assess enhanced Rab10 phosphorylation "
                "resulting from pathogenic (R1441C/G or G2019S) LRRK2 knock-in mutations as well as the impact of LRRK2 "
                "inhibitor treatment.")
    assert passive_result_of(FRESH181["C1478"].therapy, sentence, {})
    # the cause named is another's: no result of the therapy
    assert not passive_result_of(FRESH181["C1478"].therapy,
                                 "Rab10 phosphorylation resulting from LRRK2 inhibitor treatment was lower than in "
                                 "mice with pathogenic (R1441C/G or G2019S) LRRK2 knock-in mutations.", {})
