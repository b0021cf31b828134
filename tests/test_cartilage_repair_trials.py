"""Eligibility on fresh10's cartilage-repair records (session 18, after the set's once-only score; the text is the
records' own, as PubMed has them). Each case is one both blind reviewers include and the project excluded:

* 27789021 (C128, "nasal chondrocyte cartilage grafts rebuild damaged joint cartilage in a single engineered
  implant"): the title's "engineered" was read as a modification of the therapy, although the claim's own names
  say it ("engineered autologous cartilage tissue").
* 18202295 (C127, chondrocyte implantation against microfracture): "Both treatment groups had a similar mean baseline
  overall Knee injury and Osteoarthritis Outcome Score" was read as a treatment both arms had.
* 22572868 (C132, minced cartilage): "Microfracture combined with osteochondral paste implantation was more effective
  than microfracture alone": the paste comes with microfracture, but an arm had microfracture alone.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.reading import read_article
from pipeline.models import Article
from pipeline.nlp.arms import read_arms

FRESH10 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh10" / "claims.yaml")}


def _assess(claim_id: str, pmid: int, title: str, abstract: str, design: str):
    reading = read_article(Article(pmid=pmid, title=title, abstract=abstract))
    arms = read_arms(reading)
    return arms, assess_eligibility(FRESH10[claim_id], reading, arms, design, title=title)


NASAL_TITLE = ("Nasal chondrocyte-based engineered autologous cartilage tissue for repair of articular cartilage defects: "
               "an observational first-in-human trial")
NASAL = ("We aimed to assess whether engineered autologous nasal chondrocyte-based cartilage grafts allow safe and "
         "functional restoration of knee cartilage defects.In a first-in-human trial, ten patients with symptomatic, "
         "post-traumatic, full-thickness cartilage lesions (2-6 cm2) on the femoral condyle or trochlea were treated at "
         "University Hospital Basel in Switzerland. Chondrocytes isolated from a 6 mm nasal septum biopsy specimen were "
         "expanded and cultured onto collagen membranes to engineer cartilage grafts (30 × 40 × 2 mm). The engineered "
         "tissues were implanted into the femoral defects via mini-arthrotomy and assessed up to 24 months after surgery. "
         "No adverse reactions were recorded and self-assessed clinical scores for pain, knee function, and quality of "
         "life were improved significantly from before surgery to 24 months after surgery. Radiological assessments "
         "indicated variable degrees of defect filling and development of repair tissue approaching the composition of "
         "native cartilage.Hyaline-like cartilage tissues, engineered from autologous nasal chondrocytes, can be used "
         "clinically for repair of articular cartilage defects in the knee.")


def test_a_word_of_the_therapys_own_names_is_no_modification_of_it():
    _arms, e = _assess("C128", 27789021, NASAL_TITLE, NASAL, "case_series")
    assert e.eligible, e  # was therapy_not_tested: "a modification of nasal chondrocyte cartilage grafts (engineered)"
    # a word the names do not use still marks a modification
    gm_title = NASAL_TITLE.replace("engineered", "genetically modified")
    _arms, e = _assess("C128", 27789021, gm_title, NASAL, "case_series")
    assert e.reason == "therapy_not_tested" and "genetically modified" in e.why, e
    # and "engineered" is a modification for a claim whose names never say it
    plain = replace(FRESH10["C128"], therapy=replace(FRESH10["C128"].therapy, synonyms=("nasal chondrocytes",)))
    reading = read_article(Article(pmid=27789021, title=NASAL_TITLE, abstract=NASAL))
    e = assess_eligibility(plain, reading, read_arms(reading), "case_series", title=NASAL_TITLE)
    assert e.reason == "therapy_not_tested", e


CCI_TITLE = ("Characterized Chondrocyte Implantation Results in Better Structural Repair when Treating Symptomatic "
             "Cartilage Defects of the Knee in a Randomized Controlled Trial versus Microfracture")
CCI = ("Methods Characterized chondrocyte implantation was compared with microfracture in patients with single grade III "
       "to IV symptomatic cartilage defects of the femoral condyles in a multicenter trial. Patients aged 18 to 50 years "
       "were randomized to characterized chondrocyte implantation (n = 57) or microfracture (n = 61). Results "
       "Characterized chondrocyte implantation resulted in better structural repair, as assessed by histomorphometry "
       "( P = .003) and overall histologic evaluation ( P = .012). Both treatment groups had a similar mean baseline "
       "overall Knee injury and Osteoarthritis Outcome Score (56.30 ± 13.61 and 59.53 ± 14.95 for microfracture and "
       "characterized chondrocyte implantation, respectively), which increased in both groups to 70.56 ± 12.39 and "
       "72.63 ± 15.55 at 6 months. Conclusion One year after treatment, characterized chondrocyte implantation was "
       "associated with a tissue regenerate that was superior to that after microfracture.")


def test_what_both_groups_had_at_baseline_is_no_treatment():
    arms, e = _assess("C127", 18202295, CCI_TITLE, CCI, "rct")
    assert [a.n for a in arms.arms] == [57, 61]
    assert arms.cointervention_sentences == ()  # was the baseline KOOS sentence
    assert e.eligible, e  # was cointervention_only: "every arm receives autologous chondrocyte implantation"
    # what both groups had as a treatment still is every arm's
    arms, _e = _assess("C127", 18202295, CCI_TITLE, CCI + " Both treatment groups had arthroscopic debridement "
                       "before the index procedure.", "rct")
    assert any("debridement" in c for c in arms.cointerventions)


PASTE_TITLE = ("Microfracture combined with osteochondral paste implantation was more effective than microfracture alone "
               "for full-thickness cartilage repair")
PASTE = ("PURPOSE: The aim of this study was to evaluate whether the microfracture combined with osteochondral paste "
         "implantation could promote the quality of the regenerated tissue in the knee joints of rabbits. METHODS: Sixty-six "
         "New Zealand white rabbits were used. Bilateral knee joints from the same rabbit were randomly divided into "
         "experimental group and microfracture group. An articular cartilage defect was established in the femoral "
         "trochlear groove. In the experimental group, the defect was microfractured and covered with osteochondral paste "
         "harvested from the intercondylar notch. RESULTS: The experimental group had higher Wakitani scores and narrower "
         "acellular zones than those in the microfracture group (P < 0.05). CONCLUSION: Microfracture combined with paste "
         "implantation can result in improved quality of the reparative tissue and may have a positive effect on the "
         "integration to the surrounding cartilage in the rabbit model.")


def test_an_arm_of_the_cointervention_alone_isolates_the_therapy():
    _arms, e = _assess("C132", 22572868, PASTE_TITLE, PASTE, "animal_study")
    assert e.reason != "cointervention_only", e  # was "given only together with microfracture"
    # without the arm of microfracture alone, the paste is only ever given with it
    series_title = "Microfracture combined with osteochondral paste implantation for full-thickness cartilage repair"
    _arms, e = _assess("C132", 22572868, series_title, PASTE.replace(
        "Bilateral knee joints from the same rabbit were randomly divided into experimental group and microfracture "
        "group. ", "").replace("than those in the microfracture group", "than at 4 weeks"), "animal_study")
    assert e.reason == "cointervention_only", e
    # "microfracture alone" said in the background (why the series added something) is no arm of it
    _arms, e = _assess("C132", 22572868, series_title, "BACKGROUND: Microfracture alone gives fibrocartilage. " + PASTE.replace(
        "Bilateral knee joints from the same rabbit were randomly divided into experimental group and microfracture "
        "group. ", "").replace("than those in the microfracture group", "than at 4 weeks"), "animal_study")
    assert e.reason == "cointervention_only", e


# 31407047 (C127): both blind reviewers exclude it (cointervention_only): every patient had chondrocyte implantation; the
# study compares those who had bone marrow stimulation before it with those who had not. The project counted it.
SECOND_LINE_TITLE = ("Third-generation autologous chondrocyte implantation after failed bone marrow stimulation leads to "
                     "inferior clinical results")
SECOND_LINE = ("PURPOSE: The purpose of this study is to investigate the effect of previous bone marrow stimulation on "
               "subsequent autologous chondrocyte implantation therapy. METHODS: Forty patients were included in this study. "
               "A total of 20 patients with cartilage defects of the knee were treated with third-generation autologous "
               "chondrocyte implantation (Novocart® 3D) as first-line therapy. The results of these patients were compared "
               "with 20 matched patients with autologous chondrocyte implantation as second-line therapy. RESULTS: Both the "
               "first-line (Group I) and second-line group (Group II) showed significantly better clinical results in IKDC "
               "score and VAS score in the follow-up over 3 years.")


def test_a_comparator_named_only_as_what_patients_had_before_is_no_arm():
    _arms, e = _assess("C127", 31407047, SECOND_LINE_TITLE, SECOND_LINE, "cohort")
    assert e.reason == "cointervention_only" and "before it" in e.why, e
    # 19261905's title: "after Previous Treatment with Marrow Stimulation Techniques"
    title = ("Increased Failure Rate of Autologous Chondrocyte Implantation after Previous Treatment with Marrow "
             "Stimulation Techniques")
    _arms, e = _assess("C127", 19261905, title, SECOND_LINE, "cohort")
    assert e.reason == "cointervention_only", e
    # a title that also names the comparator as an arm keeps the comparison
    title = ("Autologous chondrocyte implantation versus microfracture after failed bone marrow stimulation: a randomized "
             "trial")
    _arms, e = _assess("C127", 1, title, SECOND_LINE, "rct")
    assert "before it" not in (e.why or ""), e


# 34048286 (C127): both blind reviewers include it; the project excluded it as "not about knee cartilage defects":
# its findings never repeat the condition, its aim says it.
MACT_TITLE = ("Arthroscopic Matrix-Assisted Autologous Chondrocyte Transplantation Versus Microfracture: A 6-Year Follow-up "
              "of a Prospective Randomized Trial")
MACT = ("Background: Few randomized controlled trials with a midterm follow-up have compared matrix-assisted autologous "
        "chondrocyte transplantation (MACT) with microfracture (MFx) for knee cartilage lesions. Purpose: To compare the "
        "structural, clinical, and safety outcomes at midterm follow-up of MACT versus MFx for treating symptomatic knee "
        "cartilage lesions. Study Design: Randomized controlled trial; Level of evidence, 1. Methods: A total of 48 "
        "patients aged between 18 and 50 years, with 1- to 4-cm 2 International Cartilage Repair Society (ICRS) grade III "
        "to IV knee chondral lesions, were randomized in a 1:1 ratio to the MACT and MFx treatment groups. Results: MACT "
        "demonstrated significantly better structural outcomes than MFx at 1 to 6 years postoperatively. Both groups showed "
        "significant clinical improvements at 6 years postoperatively compared with their preoperative status. The "
        "responder rates at 6 years were 53% and 77% for MFx and MACT, respectively. There were no reported treatment "
        "failures after MACT; the failure rate was 8.3% in the MFx group. Conclusion: Patients who underwent MACT had better "
        "structural outcomes than those who underwent MFx at 1 to 6 years postoperatively. Both groups of patients showed "
        "significant clinical improvements at final follow-up compared with their preoperative status. MACT showed "
        "superiority at 4 years for the majority of the KOOS subscales and for the Tegner scale at 4 to 6 years. The MACT "
        "group also had a higher responder rate and lower failure rate at final follow-up. Registration: NCT01947374 ( "
        "ClinicalTrials.gov identifier).")


def _assess_parsed(claim_id: str, pmid: int, title: str, abstract: str, design: str):
    """As :func:`_assess`, with the abstract's inline labels read as sections, as the OpenAlex parser reads them, and
    the direction reader's verdict on the finding passed on, as the link stage does."""
    from pipeline.parsing.openalex import abstract_sections
    from pipeline.parsing.text import render_abstract

    from pipeline.claims.direction import read_claim_direction

    sections = abstract_sections(abstract)
    art = Article(pmid=pmid, title=title, abstract=render_abstract(sections), abstract_sections=sections)
    reading = read_article(art)
    # the direction reader's "not about", as the link stage passes it
    d = read_claim_direction(FRESH10[claim_id], art, reading.abbreviations, reading=reading)
    return assess_eligibility(FRESH10[claim_id], reading, read_arms(reading), design, title=title,
                              not_about=d.not_about, is_human=True)


def test_a_randomised_trials_aim_names_its_patients_condition():
    e = _assess_parsed("C127", 34048286, MACT_TITLE, MACT, "rct")
    assert e.eligible, e  # was other_condition: "the finding is not about knee cartilage defects"
    assert "To compare" in e.evidence
    # the same aim in a trial whose title does not set the therapy against another treatment (two regimens after
    # it) does not say the therapy is what was tested
    title = "Accelerated Versus Traditional Rehabilitation After Arthroscopic Matrix-Assisted Autologous Chondrocyte Transplantation"
    e = _assess_parsed("C127", 1, title, MACT, "rct")
    assert "To compare" not in (e.evidence or ""), e
