"""Readings from fresh46's errors (session 32), on the records' own text (workshop corpus, as PubMed has them).

fresh46 was scored once (a993519) before it was opened; each expectation is both blind reviewers' label.

* 26062602 (C532, "gene therapy vectors given into the vein reach the whole body of unborn and newborn animals"; both:
  eligible, animal) concludes in its title "Systemic gene delivery following intravenous administration of AAV9 ...".
  "delivery" before the vector's name was read as a method applied to it (as "delivery of magnetically labeled
  MSCs"), but gene delivery is the claim's own outcome.
* 26702318 (C533, "a biphasic P wave in the inferior leads foretells atrial fibrillation", a claim of harm; both:
  eligible, a cohort) concludes "The analyses of the biphasic P wave in the inferior leads suggest that the development
  of AF could be attributed to ...": a harm's exposure is analysed, detected, counted by every study of it, and was
  read as the object of a method.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked, sectioned_article

from pipeline.claims.aboutness import finding_about_claim
from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import AbstractSection, Article

FRESH46 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh46" / "claims.yaml")}
BUNDLED = {c.id: c for c in load_catalog()}

AAV9_TITLE = ("Systemic gene delivery following intravenous administration of AAV9 to fetal and neonatal mice and "
              "late-gestation nonhuman primates.")
AAV9 = Article(
    pmid=26062602, title=AAV9_TITLE,
    abstract='Several acute monogenic diseases affect multiple body systems, causing death in childhood. The development of '
             'novel therapies for such conditions is challenging. However, improvements in gene delivery technology mean '
             'that gene therapy has the potential to treat such disorders. We evaluated the ability of the AAV9 vector to '
             'mediate systemic gene delivery after intravenous administration to perinatal mice and late-gestation '
             'nonhuman primates (NHPs). Titer-matched single-stranded (ss) and self-complementary (sc) AAV9 carrying the '
             'green fluorescent protein (GFP) reporter gene were intravenously administered to fetal and neonatal mice, '
             'with noninjected age-matched mice used as the control. Extensive GFP expression was observed in organs '
             'throughout the body, with the epithelial and muscle cells being particularly well transduced. To examine a '
             'realistic scale-up to larger models or potentially patients for such an approach, AAV9 was intravenously '
             'administered to late-gestation NHPs by using a clinically relevant protocol. Widespread systemic gene '
             'expression was measured throughout the body, with cellular tropisms similar to those observed in the mouse '
             'studies and no observable adverse events. This study confirms that AAV9 can safely mediate systemic gene '
             'delivery in small and large animal models and supports its potential use in clinical systemic gene therapy '
             'protocols.')

P_WAVE_FINDING = ("The analyses of the biphasic P wave in the inferior leads suggest that the development of AF could be "
                  "attributed to increased atrial slow conduction.")
P_WAVE = sectioned_article(
    26702318, "Biphasic P wave in inferior leads and the development of atrial fibrillation.",
    [
        AbstractSection("BACKGROUND", "BACKGROUND",
                        "Anisotropic and slow conduction in the atrium underlie the development of atrial fibrillation "
                        "(AF). This study aimed to investigate the P wave characteristics associated with the development "
                        "of AF in patients with a biphasic P wave in the inferior leads."),
        AbstractSection("METHODS", "METHODS",
                        "Digital analysis of retrospectively recorded 12-lead electrocardiograms was performed to select "
                        "patients with a biphasic P wave (positive/negative) in lead II from a database of 114,334 "
                        "patients. Characteristics of the P wave in the inferior leads associated with incidence of AF "
                        "were determined."),
        AbstractSection("RESULTS", "RESULTS",
                        "A total of 141 patients (77 men; mean age, 64±19 years) were enrolled in this study. Twenty-nine "
                        "(20.6%) patients developed AF (AF group) vs. 112 (79.6%) who did not (non-AF group) during a "
                        "follow-up period of 50±62 months. The duration of the initial P wave portion in lead III was "
                        "significantly longer in the AF group when compared with the non-AF group (52.7±34.6 ms vs. "
                        "35.8±30.4 ms, p=0.011)."),
        AbstractSection("CONCLUSION", "CONCLUSIONS", P_WAVE_FINDING)])


def test_delivery_that_is_the_claims_own_outcome_is_no_method_applied_to_the_vector():
    assert finding_about_claim(FRESH46["C532"], AAV9_TITLE, [AAV9_TITLE]).about
    e, _ = assess_as_linked(FRESH46["C532"], AAV9, "animal_study", is_animal=True, species=["mouse"])
    assert e.eligible, e


def test_delivery_of_labelled_cells_is_still_a_method_applied_to_them():
    # bundled C11 (MSCs for knee cartilage defects), 21505986's finding: its outcome is not delivery
    finding = ("It was concluded that 0.57 T magnetic force permits spatial delivery of magnetically labeled MSCs to the "
               "target region in vitro.")
    a = finding_about_claim(BUNDLED["C11"], "Magnetic targeting of MSCs.", [finding])
    assert not a.about and "a method applied to" in a.reason, a


def test_a_harms_exposure_analysed_is_what_the_study_relates_to_the_harm():
    assert finding_about_claim(FRESH46["C533"], P_WAVE.title, [P_WAVE_FINDING]).about
    e, _ = assess_as_linked(FRESH46["C533"], P_WAVE, "cohort", is_human=True)
    assert e.eligible, e
