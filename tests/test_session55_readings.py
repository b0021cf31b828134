"""Session 55's readings, on the records' own sentences (issue 17): a tissue the claim's condition names is the claim's
own, and how a case's, an aim's and a cohort's sentence name the study's own intervention. Claims of
data/eval/fresh148 and fresh149 (scored once before these rules existed; development data since)."""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.linker import assess
from pipeline.models import AbstractSection, Article

from eligibility_helpers import assess_as_linked, sectioned_article

FRESH148 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh148" / "claims.yaml")}
FRESH149 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh149" / "claims.yaml")}

PERICARDIOTOMY = [
    ("INTRODUCTION", "BACKGROUND", "Cardiac tamponade is a life-threatening clinical entity that requires emergent "
     "treatment. The purpose of this retrospective analysis was to study the efficacy of emergent surgical pericardiotomy "
     "in both the relief of cardiac tamponade and in the prevention of recurrence of pericardial effusion."),
    ("MATERIAL AND METHODS", "METHODS", "This study involved 90 consecutive patients (58 males and 32 females) with a mean "
     "age of 57.4 ± 14.1 years, who underwent emergent pericardiotomy in the years 2006 to 2011 due to symptomatic "
     "primary cardiac tamponade. Survival analysis was performed with the use of the Kaplan-Meier method."),
    ("RESULTS", "RESULTS", "One-year and four-year probability of survival was 0.68 ± 0.05 and 0.64 ± 0.05, respectively. "
     "Malignancy diagnosis was associated with significant negative impact on survival. One-year and four-year "
     "probability of survival was 0.56 ± 0.06 and 0.53 ± 0.06 for cancer patients while it was 0.93 ± 0.05 and 0.89 ± "
     "0.06 for the others, respectively."),
    ("CONCLUSIONS", "CONCLUSIONS", "Pericardiotomy, although invasive, is a safe method to relieve cardiac tamponade. It "
     "is also very efficient in the prevention of recurrence of pericardial effusion, even in cancer patients."),
]


def test_a_tissue_the_claims_condition_names_is_not_another_condition():
    """26702272 for C1279 (malignancy and survival after pericardiotomy for cardiac tamponade; both reviewers
    eligible): the title's "cardiac" is the claim's own tissue, not another one (before session 55: other_condition,
    "the title's subject is cardiac")."""
    article = sectioned_article(26702272, "Early and long-term outcomes of pericardiotomy in the treatment of primary "
                                "cardiac tamponade.", [AbstractSection(label=a, nlm_category=b, text=c)
                                                       for a, b, c in PERICARDIOTOMY])
    e, _ = assess_as_linked(FRESH148["C1279"], article, "observational", is_human=True)
    assert e.eligible, e


def test_another_tissue_in_the_title_still_excludes():
    """The rule it narrows still holds: a claim on the heart's tissue, a title on the liver."""
    article = sectioned_article(26702272, "Early and long-term outcomes of pericardiotomy in patients with liver "
                                "cirrhosis.", [AbstractSection(label=a, nlm_category=b, text=c)
                                               for a, b, c in PERICARDIOTOMY])
    e, _ = assess_as_linked(FRESH148["C1279"], article, "observational", is_human=True)
    assert e.reason == "other_condition" and "liver" in e.why, e


def _tested(claim, pmid, title, abstract):
    return any("as the intervention" in r for r in assess(claim, Article(pmid=pmid, title=title,
                                                                          abstract=abstract)).reasons)


def test_a_case_whose_episodes_stopped_after_initiating_the_drug_names_it_as_given():
    """26702321 for C1285 (bisoprolol and recurrent syncope; both reviewers eligible, below the link threshold
    before session 55)."""
    title = "Recurrent syncope in two patients with a sigmoid-shaped interventricular septum."
    said = ("Two patients with SIS presented with recurrent episodes of syncope after drinking. The patients experienced "
            "no further episodes of syncope after initiating bisoprolol treatment.")
    assert _tested(FRESH149["C1285"], 26702321, title, said)
    # without the start of the treatment, a drug the sentence only names is not what the study gave
    assert not _tested(FRESH149["C1285"], 26702321, title,
                       "Two patients with SIS presented with recurrent episodes of syncope after drinking. Bisoprolol "
                       "is a cardioselective beta-blocker.")


def test_patients_taking_a_medicine_are_the_cohorts_exposed():
    """26702235 for C1278 (preoperative statins and postoperative pneumonia; both reviewers eligible)."""
    title = "Serum Total Cholesterol Levels Would Predict Nosocomial Infections After Gastrointestinal Surgery."
    said = ("A total of 2211 patients undergoing general surgical procedures were reviewed. Postoperative pneumonia was "
            "not observed in patients taking statin medications whose cholesterol levels were <200 mg/dl.")
    assert _tested(FRESH148["C1278"], 26702235, title, said)


FRESH142 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh142" / "claims.yaml")}


def test_a_benefit_claims_exposure_with_its_own_risk_estimate_is_what_the_study_tests():
    """10088624 for C1246 (vitamin B6 status and pancreatic cancer; both reviewers eligible): a nested case-control
    study's "pyridoxal-5'-phosphate (PLP) concentrations showed ... inverse dose-response relationships with pancreatic
    cancer risk ... (PLP: OR = 0.48; 95% CI = 0.26-0.88)" names the exposure it tests, for a claim of benefit as for a
    claim of harm (linker_cues.yaml exposure_estimate; harm claims only before session 55)."""
    title = "Pancreatic cancer risk and nutrition-related methyl-group availability indicators in male smokers."
    said = ("We conducted a nested case-control study within a cohort of 29133 male Finnish smokers. Serum folate and "
            "pyridoxal-5'-phosphate (PLP) concentrations showed statistically significant inverse dose-response "
            "relationships with pancreatic cancer risk, with the highest serum tertiles having approximately half the "
            "risk of the lowest (folate: OR = 0.45; 95% CI = 0.24-0.82; P for trend = .009, and PLP: OR = 0.48; 95% "
            "CI = 0.26-0.88; P for trend = .02).")
    assert _tested(FRESH142["C1246"], 10088624, title, said)
    # a sentence naming the exposure without an estimate of its own is still not what the study tested
    assert not _tested(FRESH142["C1246"], 10088624, title,
                       "We conducted a nested case-control study within a cohort of 29133 male Finnish smokers. Serum "
                       "pyridoxal-5'-phosphate (PLP) was measured in stored samples.")


HEAT_SHOCK = [
    ("BACKGROUND", "BACKGROUND", "Cancer of the oesophagus is the most common gastrointestinal malignancy in South "
     "African blacks. The aim of this study was to determine whether repetitive heat-shock (HS) treatment of "
     "oesophageal cancer cells would induce multi-drug resistance (MDR) as was previously found with human renal "
     "carcinoma cells."),
    ("METHODS", "METHODS", "The oesophageal cancer-line WHCO-3 was heat-shocked in sequence, on five occasions, for 90 "
     "min each at 42 degrees C, followed by a recovery period of 24 h between the consecutive HSs."),
    ("RESULTS", "RESULTS", "Multiple heat-shocks did not introduce MDR via the MDR-1 or MRP mechanisms because these "
     "genes were not over-expressed after consecutive HS treatments. On the contrary the IC50s of doxorubucin and "
     "amsacrine decreased after five HSs."),
    ("CONCLUSIONS", "CONCLUSIONS", "Repetitive heat shocks did not introduce multi-drug resistance, but on the contrary, "
     "sensitized the oesophageal cancer cells against toxic anticancer drugs and they therefore became "
     "thermosensitized."),
]


def test_the_aim_a_background_section_states_names_what_the_study_gave():
    """10953346 for C1288 (repeated heat shock and the drug sensitivity of oesophageal cancer cells; both reviewers
    eligible, below the link threshold before session 55): "The aim of this study was to determine whether repetitive
    heat-shock (HS) treatment of oesophageal cancer cells would induce ..." closes the BACKGROUND section; it states
    what the study did, as an unstructured abstract's aim sentence does, and is no longer read as background."""
    from pipeline.claims.reading import sentences_with_roles
    article = sectioned_article(10953346, "Heat shock treated oesophageal cancer cells become thermosensitized against "
                                "anticancer drugs.", [AbstractSection(label=a, nlm_category=b, text=c)
                                                      for a, b, c in HEAT_SHOCK])
    roles = dict((s, r) for r, s in sentences_with_roles(article))
    aim = next(s for s in roles if s.startswith("The aim of this study"))
    assert roles[aim] == "body"
    assert roles["Cancer of the oesophagus is the most common gastrointestinal malignancy in South African blacks."] \
        == "background"
    assert any("as the intervention" in r for r in assess(FRESH149["C1288"], article).reasons)
