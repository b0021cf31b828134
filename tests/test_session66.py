"""Session 66's readings, on the records' own text (issue 17): an abstract that points back to the claim's condition
without naming it again ("their gene expression" after the expression of mismatch repair genes; "This response is
ablated ..." right after "quantifying NFκB activity") names the condition there, read as a short form standing for it
(``pipeline.claims.back_reference``, ``linker.claim_reading``; LINKER_RELEASE 2026.12.175). A result said in the passive
may be in the present tense, its agent after "when co-administered with"; and a technique paper that states such a
result reports data. A multiple of another group's risk ("5 fold the risk within 18:00-21:00h") is the study's own
estimate for its exposure (2026.12.176). A laboratory's own preparation ("were purified to electrophoretic homogeneity")
and work announced with "Here" or "Herein" are a study of the authors' own (eligibility_cues.yaml study_done_*,
2026.12.177). One case cannot test a claim about how common a cause is ("MRSA has become a leading cause of iliopsoas
abscesses"); a two-sentence abstract that says in words what its therapy did states a result (2026.12.178)."""

from __future__ import annotations

from eligibility_helpers import assess_as_linked, eval_catalog, one_block_article, sectioned_article
from pipeline.models import AbstractSection
from pipeline.claims import linker
from pipeline.claims.back_reference import back_references
from pipeline.claims.direction import passive_result_of
from pipeline.claims.direction_rules import EXPOSURE_ESTIMATE
from pipeline.claims.eligibility import _STUDY_DONE
from pipeline.claims.mentions import find_mentions
from pipeline.claims.reading import read_article

FRESH184 = eval_catalog("fresh184")
FRESH186 = eval_catalog("fresh186")
FRESH187 = eval_catalog("fresh187")
FRESH189 = eval_catalog("fresh189")
FRESH191 = eval_catalog("fresh191")

# PMID 9592192 (workshop corpus), eligible to both of fresh187's reviewers for C1513 (recent chemotherapy or
# radiotherapy leaves mismatch repair gene expression in blood lymphocytes unchanged; an equivalence claim)
_MMR_TITLE = "Reduced expression of mismatch repair genes in colorectal cancer patients in Egypt."
_MMR_NULL = ("Although 50% of the cases had chemotherapy or radiotherapy within the last six months before the blood was "
             "drawn, their gene expression was not statistically different from those who had not undergone such "
             "therapies.")
_MMR_TEXT = (
    "An Egyptian hospital-based pilot case-control study was conducted to investigate the relationship between the "
    "expression level of mismatch repair (MMR) genes and the risk of colorectal cancer. The relative expression of five "
    "known MMR genes, i.e., hMSH2, hMLH1, hPMS1, hPMS2, and GTBP/hMSH6, was measured by a multiplex reverse transcriptase "
    "(RT)-polymerase chain reaction (PCR) in peripheral blood lymphocytes from 31 colorectal cancer patients and 47 age- "
    "and-sex matched controls. The expression of hMSH2, GTBP/hMSH6, hPMS1 and hPMS2 tended to be lower in patients than "
    "controls, but only the difference in hPMS2 expression was statistically significant (p<0. 01). " + _MMR_NULL +
    " After adjustment for age and sex, the odds ratios (OR) calculated from a logistical regression model, using the "
    "median levels of gene expression of controls as cut-off values, indicated that increased risk was associated with "
    "reduced expressions of both hPMS1 (OR = 3.97, 95% confidence interval (CI) = 1.04 to 7.65) and hPMS2 (OR = 2.86, 95% "
    "CI = 1.05 to 7.76). Although the results of this study were inconclusive because of the small sample size and use "
    "of prevalent cases, it is biologically plausible that patients with colorectal cancers may have a lower expression "
    "of MMR genes than healthy controls because malfunction of these genes has been shown in hereditary nonpolyposis "
    "colon cancer. The involvement of low hPMS2 expression in colon cancer risk seems to be unique in the Egyptian "
    "population. Further studies with newly diagnosed patients before they begin therapy will provide more convincing "
    "data about the role of MMR gene expression in the etiology of colorectal cancers in Egypt.")

# PMID 26138224, eligible to both of fresh186's reviewers for C1508 (dexamethasone abolishes the LPS-induced NF-kappaB
# reporter signal in somatotransgenic mice)
_LUC_TITLE = "In vivo bioimaging with tissue-specific transcription factor activated luciferase reporters."
_LUC_RESULT = ("This response is ablated in Tlr4(-/-) mice or when co-administered with the anti-inflammatory "
               "glucocorticoid analogue dexamethasone.")
_LUC_TEXT = (
    "The application of transcription factor activated luciferase reporter cassettes in vitro is widespread but "
    "potential for in vivo application has not yet been realized. Bioluminescence imaging enables non-invasive tracking "
    "of gene expression in transfected tissues of living rodents. However the mature immune response limits luciferase "
    "expression when delivered in adulthood. We present a novel approach of tissue-targeted delivery of transcription "
    "factor activated luciferase reporter lentiviruses to neonatal rodents as an alternative to the existing technology "
    "of generating germline transgenic light producing rodents. At this age, neonates acquire immune tolerance to the "
    "conditionally responsive luciferase reporter. This simple and transferrable procedure permits surrogate "
    "quantitation of transcription factor activity over the lifetime of the animal. We show principal efficacy by "
    "temporally quantifying NFκB activity in the brain, liver and lungs of somatotransgenic reporter mice subjected to "
    "lipopolysaccharide (LPS)-induced inflammation. " + _LUC_RESULT + " Furthermore, we show the malleability of this "
    "technology by quantifying NFκB-mediated luciferase expression in outbred rats. Finally, we use somatotransgenic "
    "bioimaging to longitudinally quantify LPS- and ActivinA-induced upregulation of liver specific glucocorticoid "
    "receptor and Smad2/3 reporter constructs in somatotransgenic mice, respectively.")


def test_a_head_named_back_with_a_determiner_stands_for_the_condition():
    condition = FRESH187["C1513"].condition
    first = ("The relative expression of five known MMR genes was measured in peripheral blood lymphocytes from 31 "
             "patients.")
    assert back_references(condition, [first, _MMR_NULL], {}) == {"their gene expression": "MMR gene expression"}
    # only after the abstract has named the condition: the pointer has nothing to point back to before it
    assert back_references(condition, [_MMR_NULL, first], {}) == {}


def test_a_demonstrative_opening_right_after_the_condition_stands_for_it():
    condition = FRESH186["C1508"].condition
    before = "We show principal efficacy by temporally quantifying NFκB activity in the brain, liver and lungs."
    assert back_references(condition, [before, _LUC_RESULT], {}) == {"This response": condition.name}
    # the sentence before must name it: a demonstrative further on points at whatever came just before
    other = "Tlr4(-/-) mice were bred in the same facility."
    assert back_references(condition, [before, other, _LUC_RESULT], {}) == {}


def test_the_claim_reading_counts_the_pointer_and_leaves_the_shared_reading_alone():
    article = one_block_article(9592192, _MMR_TITLE, _MMR_TEXT)
    shared = read_article(article)
    own = linker.claim_reading(FRESH187["C1513"], shared)
    assert find_mentions(FRESH187["C1513"].condition, _MMR_NULL, own.abbreviations)
    assert not find_mentions(FRESH187["C1513"].condition, _MMR_NULL, shared.abbreviations)
    assert "their gene expression" not in shared.abbreviations


def test_a_present_passive_with_its_agent_after_when_given_with_is_a_result_of_the_agent():
    therapy = FRESH186["C1508"].therapy
    assert passive_result_of(therapy, _LUC_RESULT, {})
    # a result the agent's giving does not follow is not one: the drug given after the sentence's clause ends
    assert not passive_result_of(therapy, "This response is ablated in Tlr4(-/-) mice; dexamethasone was given to "
                                          "controls.", {})


def test_the_mismatch_repair_record_is_linked_and_eligible_for_its_claim():
    article = one_block_article(9592192, _MMR_TITLE, _MMR_TEXT)
    claim = FRESH187["C1513"]
    r = linker.assess(claim, article)
    assert r.relevance >= linker.LINK_THRESHOLD and linker.RESULT_ON_CONDITION in r.reasons, r.reasons
    e, d = assess_as_linked(claim, article, "case_control", is_human=True)
    assert e.eligible, (e.reason, d.not_about)


def test_the_reporter_record_is_linked_and_eligible_for_its_claim():
    article = one_block_article(26138224, _LUC_TITLE, _LUC_TEXT)
    claim = FRESH186["C1508"]
    r = linker.assess(claim, article)
    assert r.relevance >= linker.LINK_THRESHOLD and linker.RESULT_ON_CONDITION in r.reasons, r.reasons
    e, d = assess_as_linked(claim, article, "animal", is_animal=True, species=("mouse",))
    assert e.eligible, (e.reason, d.not_about)


# PMID 26209103, eligible to both of fresh184's reviewers for C1493 (Anopheles biting from 21:00 to 06:00 carries about
# five times the malaria transmission risk of biting from 18:00 to 21:00; a claim of harm)
_ANO_TITLE = ("Early biting of the Anopheles gambiae s.s. and its challenges to vector control using insecticide treated "
              "nets in western Kenya highlands.")
_ANO_RISK = "The risk of malaria transmission from 21:00 to 06:00h was approximately 5 fold the risk within 18:00-21:00h."
_ANO_TEXT = (
    "Long term use of insecticides in malaria vector control has been shown to alter the behavior of vectors. Such "
    "behavioral shifts have the potential of undermining the effectiveness of insecticide-based control interventions. "
    "The effects of insecticide treated nets (ITNs) use on the composition, biting/feeding and sporozoite rates of "
    "Anopheles gambiae s.l. mosquitoes in Musilongo village, Vihiga County of western Kenya highlands were "
    "investigated. Adult mosquitoes were collected in selected sleeping spaces inside six randomly selected houses using "
    "miniature Centre for Disease Control and Prevention (CDC) light traps. At each sampling a single trap was set in "
    "the selected space inside each house such that it collected mosquitoes alternatively from 18:00 to 21:00h and "
    "21:00 to 06:00h every week. Overall, 735 adult female Anopheles comprising 708 [96.3%] A. gambiae s.l. and 27 "
    "[3.7%] Anopheles funestus mosquitoes were collected. The proportion of A. gambiae s.l. biting indoors within "
    "18:00-21:00h was 15.8% (103/653) at a rate of 3.2bites per person per hour compared to 84.2% biting from "
    "21:00-06:00h at a rate of 3.8 bites/per/h. The population of An. gambiae s.l. biting from 18:00 to 21:00h had a "
    "Plasmodium faciparum (pf) sporozoite rate of 3.8% compared to 3.5% observed in populations biting within "
    "21:00-06:00h. " + _ANO_RISK + " Majority of the infective female A. gambiae s.l. adults were biting deep into the "
    "night than in the early hours of the night. ITNs remain a fundamental control intervention against malaria "
    "transmission since female blood seekers were more during bed time than pre-bed time. Additional complementary "
    "interventions are required to control the biting and parasite transmission encountered before bed-time.")


def test_a_multiple_of_another_groups_risk_is_an_estimate():
    assert EXPOSURE_ESTIMATE.search(_ANO_RISK)
    assert EXPOSURE_ESTIMATE.search("Smokers had a 2.5-fold higher risk of relapse.")
    # a fold change of something other than a risk is none
    assert not EXPOSURE_ESTIMATE.search("Expression rose 5 fold in the treated cells.")


def test_the_biting_time_record_is_eligible_for_its_claim():
    article = one_block_article(26209103, _ANO_TITLE, _ANO_TEXT)
    e, d = assess_as_linked(FRESH184["C1493"], article, "observational", is_human=True)
    assert e.eligible, (e.reason, d.not_about)


# PMID 40, eligible to both of fresh189's reviewers for C1525 (human placental choline acetyltransferase is physically
# and biochemically indistinguishable from the brain enzyme; an equivalence claim)
_CHAT_TITLE = "Human brain and placental choline acetyltransferase: purification and properties."
_CHAT_TEXT = (
    "Choline acetyltransferase (EC 2.3.1.6) catalyzes the biosynthesis of acetylcholine according to the following "
    "chemical equation: acetyl-CoA + choline in equilibrium to acetylcholine + CoA. In addition to nervous tissue, primate "
    "placenta is the only other animal source which contains appreciable acetylcholine and its biosynthetic enzyme. Human "
    "brain caudate nucleus and human placental choline acetyltransferase were purified to electrophoretic homogeneity "
    "using ion-exchange and blue dextran-Sepharose affinity chromatography. The molecular weights determined by Sephadex "
    "G-150 gel filtration and sodium dodecyl sulfate gel electrophoresis are 67000 plus or minus 3000. "
    "N-Ethylmaleimide, p-chloromercuribenzoate, and dithiobis(2-nitrobenzoic acid) inhibit the enzyme. Dithiothreitol "
    "reverses the inhibition produced by the latter two reagents. The pKa of the group associated with N-ethylmaleimide "
    "inhibition is 8.6 plus or minus 0.3. A chemically competent acetyl-thioenzyme is isolable by Sephadex gel "
    "filtration. The enzymes from the brain and placenta are thus far physically and biochemically indistinguishable.")


def test_own_work_said_as_a_preparation_or_announced_with_here():
    assert _STUDY_DONE.search("Human brain caudate nucleus and human placental choline acetyltransferase were purified "
                              "to electrophoretic homogeneity using ion-exchange chromatography.")
    # (fresh189 C1527's record and fresh66 C751's, 20817457)
    assert _STUDY_DONE.search("Cementless implants are widely used. Herein, the development of a novel composite "
                              "consisting in the association of macro-porous trabecular titanium with silk fibroin "
                              "sponges is described.")
    assert _STUDY_DONE.search("Weak immunostaining has been a problem. Here we use skeletal muscle cryosections from dog, "
                              "mouse and human to test several dysferlin antibodies.")
    # "here" elsewhere than opening a sentence, or opening one about something else, is not the authors' work
    assert not _STUDY_DONE.search("The enzymes are discussed here. Where the enzyme is found, it is active.")
    assert not _STUDY_DONE.search("Here, as in nervous tissue, acetylcholine is abundant.")


def test_the_purified_enzyme_record_is_eligible_for_its_claim():
    article = one_block_article(40, _CHAT_TITLE, _CHAT_TEXT)
    # as the link stage reads it (the extraction's design and population flags standing in for the stored ones)
    [r] = linker.link_claim_articles(FRESH189["C1525"], [article], evidence={40: ("other", True, False, False, ("human",))})
    assert r.relevance >= linker.LINK_THRESHOLD and r.eligibility.eligible, (r.eligibility, r.not_about)


# PMID 26786137, excluded by both of fresh191's reviewers for C1536 (MRSA has become a leading cause of iliopsoas
# abscesses): one case cannot show how common a cause is
_MRSA_TITLE = ("Bilateral primary psoas abscesses due to methicillin-resistant Staphylococcus aureus in a neutropenic "
               "patient: a case report.")
_MRSA_SECTIONS = [
    ("BACKGROUND", "Pyogenic abscess of psoas muscles is a rare condition. Psoas abscess due to methicillin-resistant "
     "Staphylococcus aureus is an emerging and rare infection and so far the related data are scarce."),
    ("CASE PRESENTATION", "We report the rare case of primary and bilateral large psoas abscesses due to "
     "methicillin-resistant Staphylococcus aureus in a 54-year-old Arab Jordanian woman with breast cancer who had "
     "neutropenia after starting chemotherapy. She was diagnosed 50 days after onset of symptoms. However, despite this "
     "delay in diagnosis and the large size of the abscesses, she had a full recovery. She was treated with antibiotics "
     "and percutaneous drainage and was doing very well at a follow up of 18 months."),
    ("CONCLUSIONS", "Psoas abscess due to methicillin-resistant Staphylococcus aureus might have insidious presentation "
     "with extensive disease especially in immunocompromised patients. However, it can be managed effectively with "
     "percutaneous catheter drainage and appropriate antibiotic therapy."),
]


def test_one_case_cannot_test_how_common_a_cause_is():
    claim = FRESH191["C1536"]
    article = sectioned_article(26786137, _MRSA_TITLE,
                                [AbstractSection(label=lab, nlm_category=lab.split()[0], text=t) for lab, t in _MRSA_SECTIONS],
                                publication_types=("Case Reports", "Journal Article"))
    [r] = linker.link_claim_articles(claim, [article], evidence={26786137: ("case_report", True, False, False, ("human",))})
    assert r.relevance >= linker.LINK_THRESHOLD
    assert not r.eligibility.eligible and r.eligibility.reason == "no_findings", r.eligibility
    assert "how common" in r.eligibility.why


# PMID 143, eligible to both of fresh191's reviewers for C1538 (alpha-naphthoflavone activates the benzo(a)pyrene
# 6-hydroxymethylating enzyme in rat liver and lung): two sentences, no numbers, one of them the therapy's result
_ANF_TITLE = "alpha-Naphthoflavone activation of 6-hydroxymethylbenzo(alpha)pyrene synthetase."
_ANF_TEXT = ("alpha-Naphthoflavone activates the aryl hydroxymethyl synthetase of both the microsomal membrane-bound and "
             "soluble enzymes of rat liver and rat lung. The enzyme catalyzes the hydroxymethylation of "
             "benzo(alpha)pyrene to the 6-hydroxymethyl derivative.")


def test_a_two_sentence_abstract_saying_what_its_therapy_did_states_a_result():
    article = one_block_article(143, _ANF_TITLE, _ANF_TEXT, publication_types=("Journal Article",))
    [r] = linker.link_claim_articles(FRESH191["C1538"], [article], evidence={143: ("other", False, True, False, ("rat",))})
    assert r.eligibility.eligible, r.eligibility
    # the same two sentences without the therapy's result still state none
    other = one_block_article(143, _ANF_TITLE, "The enzyme catalyzes the hydroxymethylation of benzo(alpha)pyrene to "
                                               "the 6-hydroxymethyl derivative. alpha-Naphthoflavone was a gift.",
                              publication_types=("Journal Article",))
    [r2] = linker.link_claim_articles(FRESH191["C1538"], [other], evidence={143: ("other", False, True, False, ("rat",))})
    assert r2.eligibility is None or not r2.eligibility.eligible
