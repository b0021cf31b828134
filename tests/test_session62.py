"""Session 62's readings, on the records' own text (issue 17): what a study's material "was used to test" or "to
evaluate" names the study's own intervention (data/lexicons/linker_cues.yaml ``intervention``; LINKER_RELEASE
2026.12.157), and so does a test that "allowed positive diagnosis" in so many cases (2026.12.158), so a record that names
the test it evaluates nowhere else as given reaches the link threshold; and a result said in the present tense with the
therapy as its subject ("In mice Sesn2 knockdown suppresses tumor growth") names what the study tested and is a result of
the therapy (direction_cues.yaml ``active_result_verbs``, 2026.12.159); and what a sentence says was measured "before and
after" names the study's own intervention (2026.12.160); a hypothesis the data "counter" was weighed against data
(direction_cues.yaml ``hypothesis_weighed``, 2026.12.161); what a result came about "by pretreatment with" names the
study's own intervention (2026.12.162)."""

from __future__ import annotations

import pytest

from eligibility_helpers import eval_catalog
from pipeline.claims import linker
from pipeline.claims.direction import active_result_of, read_claim_direction
from pipeline.models import Article


FRESH167 = eval_catalog("fresh167")

# PMID 25312598 (workshop corpus), both of fresh167's reviewers eligible for C1393 (the SN-IS kit against the serum
# neutralization assay for Ad36 antibodies)
_AD36_TITLE = ("Accurate identification of neutralizing antibodies to adenovirus Ad36, -a putative contributor of obesity in "
               "humans.")
_AD36 = (
    "BACKGROUND: In children and adults, human adenovirus serotype 36 (Ad36) is linked with increased adiposity, and "
    "important metabolic alterations. Since this property is not shared by many other human adenovirus serotypes, it is "
    "imperative to specifically identify exposure to Ad36. Although serum neutralization assay (SNA) is the gold standard "
    "to specifically detect neutralizing antibodies (NA) to Ad36, it requires 2-weeks to complete and considerable "
    "training to interpret the results. Whereas, an enzyme-immuno assay (EIA) may provide a quicker and objective "
    "determination.\n\nOBJECTIVES: Evaluate the accuracy of commercially available EIA kits to detect NA to Ad36. Modify "
    "SNA to reduce time and increase objectivity.\n\nSTUDY DESIGN: Sera of 15 seropositive or 16 seronegative subjects "
    "confirmed by SNA were used to test: 1) reproducibility of SNA to detect Ad36 exposure, by repeating assays twice; "
    "2) an EIA that detects antibodies to all human adenovirus serotypes (NS-EIA) (Abcam-108705); 3) an EIA supposedly "
    "specific for Ad36 antibody (Ad36-EIA) (MyBioSource,#MBS705802), and 4) the concordance of SNA with a novel "
    "combination of SNA and immune-staining (SN-IS) kit (Cell BioLabs,#VPK-111).\n\nRESULTS: The SNA showed exact "
    "reproducibility. NS-EIA detected adenovirus antibodies in 94% samples, confirming the non-specificity of the assay "
    "for Ad36 serotype. All seronegative samples (as determined by SNA) were false positive by Ad36-EIA. In 97% samples, "
    "SN-IS showed fidelity with Ad36-antibody status as determined by SNA.\n\nCONCLUSIONS: The available EIA kits are "
    "not specific for detecting NA to Ad36. The modified SNA with immune-staining reduces assay time and increases "
    "accuracy of detecting by reducing subjectivity.")


FRESH169 = eval_catalog("fresh169")
FRESH170 = eval_catalog("fresh170")

# PMID 20488146 (workshop corpus), both of fresh169's reviewers eligible for C1408 (ultrasonography for acute
# haematogenous osteomyelitis in children); the abstract's sentences on the children, the test and its result
_OSTEOMYELITIS_TITLE = "Acute osteomyelitis in children: the pathogenesis revisited?"
_OSTEOMYELITIS = (
    "PURPOSE OF THE STUDY: The present study reviews our experience of acute hematogenous osteomyelitis in 450 children "
    "over a period of 20 years from 1985 to 2004 at the Nouméa Territorial Hospital in New Caledonia.\n\n"
    "PATIENT AND METHODS: Only children with an initially normal X-ray and showing symptoms for less than one week were "
    "included in the study. All children were treated according to a preestablished protocol including: clinical "
    "examination; blood tests; ultrasound, to determine the presence and size of the periosteal elevation and to "
    "exclude soft tissue abscess and frequent pyomyositis. Ultrasound was used in the decision to treat with "
    "antibiotics alone or with surgery.\n\n"
    "RESULTS AND DISCUSSION: Four hundred and fifty children with a diagnosis of acute hematogenous osteomyelitis were "
    "identified, giving an average incidence of 22 new cases per year (range, 12-35). Ultrasonography allowed positive "
    "diagnosis in 64 % of cases on the day of admission and 84 % by the second day.\n\n"
    "LEVEL OF EVIDENCE: Level IV. Retrospective case series.")


# PMID 22046579 (workshop corpus), both of fresh170's reviewers eligible for C1411 (a before-and-after study of H. pylori
# eradication)
_ERADICATION_TITLE = ("Capsaicin-sensitive afferentation represents an indifferent defensive pathway from eradication "
                      "in patients with H. pylori gastritis.")
_ERADICATION = (
    "AIM: To study the role of capsaicin-sensitive afferent nerves in Helicobacter pylori (H. pylori) positive chronic "
    "gastritis before and after eradication.\n\nMETHODS: Gastric biopsy samples were obtained from corpus and antrum "
    "mucosa of 20 healthy human subjects and 18 patients with H. pylori positive chronic gastritis (n = 18) before "
    "and after eradication.\n\nRESULTS: Eradication treatment was successful in 16 patients (89%). Positive "
    "immuno-staining for capsaicin receptor was seen in 35% (7/20) of controls, 89% (16/18, P < 0.001) in patients "
    "before and 72% (13/18, P < 0.03) after eradication.\n\nCONCLUSION: The immune-staining for TRVP1, CGRP and SP "
    "rwemained unchanged before and after H. pylori eradication treatment. The capsaicin-sensitive afferentation is "
    "an independent from the eradication treatment.")


# a cue of the study's own intervention (linker_cues.yaml intervention), each from a workshop corpus record: 25312598
# and 31251661 (.157), 20488146 (.158), 22046579 (.160), 25391657 (.162); one made-up sentence of each form beside them
@pytest.mark.parametrize("sentence", [
    "Sera of 15 seropositive or 16 seronegative subjects confirmed by SNA were used to test: 1) reproducibility of SNA.",
    "Preoperative magnetic resonance imaging (MRI) was used to evaluate the severity of subchondral bone marrow edema.",
    "Ultrasonography allowed positive diagnosis in 64 % of cases on the day of admission and 84 % by the second day.",
    "Magnetic resonance imaging established the diagnosis in all patients.",
    "The immune-staining for TRVP1, CGRP and SP rwemained unchanged before and after H. pylori eradication treatment.",
    "Gastric biopsy samples were obtained from corpus and antrum mucosa before and after eradication.",
    "Inhibition of TRPM2-L by pretreatment with clotrimazole or expression of TRPM2-S significantly increased "
    "sensitivity of cells to doxorubicin.",
])
def test_a_sentence_saying_what_the_study_tested_is_a_cue_of_its_intervention(sentence):
    assert linker._INTERVENTION.search(sentence)


@pytest.mark.parametrize("sentence", [
    # a use that tests nothing, a measuring tool, a diagnosis the patients had or still to be made, a pretreatment
    # with no agent of a result: no cue
    "Autologous chondrocytes were used to fill the defect.",
    "Pearson's correlation coefficient was used to measure equivalence reliability.",
    "Four hundred and fifty children with a diagnosis of acute hematogenous osteomyelitis were identified.",
    "Diagnosis was delayed in five patients.",
    "Cells were pretreated for 2 h before the assay.",
])
def test_a_sentence_that_tests_nothing_is_no_cue(sentence):
    assert not linker._INTERVENTION.search(sentence)


@pytest.mark.parametrize("catalog, claim_id, pmid, title, abstract", [
    (FRESH167, "C1393", 25312598, _AD36_TITLE, _AD36),
    (FRESH169, "C1408", 20488146, _OSTEOMYELITIS_TITLE, _OSTEOMYELITIS),
    (FRESH170, "C1411", 22046579, _ERADICATION_TITLE, _ERADICATION),
])
def test_the_record_naming_its_test_so_reaches_the_link_threshold(catalog, claim_id, pmid, title, abstract):
    result = linker.assess(catalog[claim_id], Article(pmid=pmid, title=title, abstract=abstract))
    assert any("named as the intervention" in r for r in result.reasons)
    assert result.relevance >= linker.LINK_THRESHOLD


# PMID 25378405 (workshop corpus), both of fresh170's reviewers eligible for C1413 (Sestrin2 knockdown added to
# 5-fluorouracil in skin squamous cell carcinoma cells); the conclusion speaks of the protein (Sesn2 promotes survival),
# the results of its knockdown, in the present tense
_SESN2_RESULTS = [
    "Sesn2 deletion or knockdown sensitizes squamous cell carcinoma (SCC) cells to 5-fluorouracil-induced apoptosis and "
    "melanoma cells to UVB- and vemurafenib-induced apoptosis.",
    "In mice Sesn2 knockdown suppresses tumor growth from injected human SCC and melanoma cells.",
]
# PMID 28607489, both of fresh170's reviewers eligible for C1412 (inhibiting cyclin D3-CDK6 in mice with
# patient-derived xenografts)
_CDK6_RESULT = ("Inhibition of cyclin D3-CDK6 in tumour cells reduces flow through the PPP and serine pathways, thereby "
                "depleting the antioxidants NADPH and glutathione.")


@pytest.mark.parametrize("claim_id, sentence", [
    ("C1413", _SESN2_RESULTS[0]), ("C1413", _SESN2_RESULTS[1]), ("C1412", _CDK6_RESULT)])
def test_a_present_tense_result_with_the_therapy_as_subject_is_its_result(claim_id, sentence):
    assert active_result_of(FRESH170[claim_id].therapy, sentence, {})


@pytest.mark.parametrize("sentence", [
    # the therapy named, but no result of it: a method, and the therapy as the object of another subject's verb
    "Sesn2 knockdown was performed with small interfering RNA in SCC cells.",
    "UVB radiation induces Sesn2 knockdown-resistant AKT activation in keratinocytes.",
])
def test_the_therapy_named_without_a_present_tense_result_of_it_is_none(sentence):
    assert not active_result_of(FRESH170["C1413"].therapy, sentence, {})


def test_the_results_of_the_knockdown_make_the_finding_about_it():
    claim = FRESH170["C1413"]
    title = ("Sestrin2 protein positively regulates AKT enzyme signaling and survival in human squamous cell carcinoma "
             "and melanoma cells.")
    abstract = (
        "Skin cancer is the most common cancer in the United States and is mainly caused by environmental UV radiation. "
        "The stress-inducible protein Sestrin2 (Sesn2) plays an important role in maintaining redox and metabolic "
        "homeostasis and their related pathologies. However, the role of Sesn2 in cancer remains unclear. Here we show "
        "that UVB radiation induces Sesn2 expression in normal human keratinocytes, mouse skin, normal human "
        "melanocytes, and melanoma cells. In addition, Sesn2 promotes AKT activation through a PTEN-dependent "
        "mechanism. " + " ".join(_SESN2_RESULTS) + " Last, as compared with normal skin, Sesn2 is up-regulated in both "
        "human skin SCC and melanoma. Our findings demonstrate that Sesn2 promotes AKT activation and survival in "
        "response to UVB stress and chemotherapeutics and suggest that Sesn2 is oncogenic in skin SCC and melanoma.")
    article = Article(pmid=25378405, title=title, abstract=abstract)
    reading = linker.read_article(article)
    d = read_claim_direction(claim, article, reading.abbreviations, reading=reading)
    assert not d.not_about and d.not_about_kind is None
    assert d.sentence in _SESN2_RESULTS


def test_a_hypothesis_the_data_counter_was_weighed_against_data():
    # PMID 25596077 (fresh171 C1418): the abstract names "the hypothesis" only to say its data counter it, and reports
    # what the filopodia did: no technique presented without data
    from pipeline.claims.direction_rules import reports_no_data
    abstract = (
        "Here we developed a strategy to apply tension specifically to retinal ganglion cell (RGC) growth cone filopodia "
        "through surface-functionalized, membrane-targeted superparamagnetic iron oxide nanoparticles (SPIONs). When "
        "magnetic fields were applied to surface-bound SPIONs, RGC filopodia elongated directionally, contained "
        "polymerized actin filaments, and generated retrograde forces, behaving as bona fide filopodia. Data presented "
        "here support the premise that mechanical tension induces filopodia growth but counter the hypothesis that "
        "filopodial tension directly promotes growth cone advance.")
    assert not reports_no_data(Article(pmid=25596077, title="Promoting filopodial elongation in neurons by "
                                       "membrane-bound magnetic nanoparticles.", abstract=abstract))
    # the hypothesis presented, with nothing weighed against it, still is
    assert reports_no_data(Article(pmid=1, title="A model of filopodial tension.",
                                   abstract="We propose a model of growth cone advance. The hypothesis is that filopodial "
                                            "tension directly promotes growth cone advance."))
