"""Readings from fresh52's errors (session 34), on the records' own text (workshop corpus, as PubMed has them).

fresh52 was scored once (code of 71a0658, the session's rules at the time) before it was opened; each expectation is
both blind reviewers' label.

* 31130008 (C600, "microfracture heals osteochondral lesions of the tibial plafond"; both: eligible, a case series of
  16 patients): its first two sentences are glued by a full stop with no space ("... the level of sports activity
  following arthroscopic microfracture for osteochondral lesions of the tibial plafond.A retrospective review was
  conducted for patients who underwent arthroscopic microfracture surgery ..."), so the "level" of the first made the
  rule for a therapy only measured ("BMP-2 levels") read microfracture as measured. A procedure the patients underwent
  was given to them.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH52 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh52" / "claims.yaml")}
FRESH4 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh4" / "claims.yaml")}

PLAFOND = Article(
    pmid=31130008,
    title="Clinical Outcomes of Osteochondral Lesions of the Tibial Plafond Following Arthroscopic Microfracture",
    abstract="The purpose of this study was to evaluate the clinical outcomes and the level of sports activity following "
             "arthroscopic microfracture for osteochondral lesions of the tibial plafond.A retrospective review was "
             "conducted for patients who underwent arthroscopic microfracture surgery for osteochondral lesions of the "
             "tibial plafond from January 2014 to June 2017. For functional evaluation, the visual analog scale (VAS) "
             "pain score, Foot and Ankle Ability Measure (FAAM) score, and Short Form-12 (SF-12) general health "
             "questionnaire were used. We also investigated the level of sports activity before and after the surgery. "
             "Sixteen patients were included in this study, and the mean follow-up period was 29.8 months.The mean VAS "
             "score improved from 8.3 (range, 6-10) preoperatively to 1.8 (range, 0-4) postoperatively. All functional "
             "scores showed significant differences clinically and statistically at the final follow-up. The level of "
             "sports activity after the surgery was significantly lower than their level before the surgery (P = "
             ".012).Arthroscopic microfracture provided satisfactory clinical outcomes for osteochondral lesions of the "
             "tibial plafond.",
    publication_types=[])


def test_a_procedure_the_patients_underwent_was_given_not_measured():
    e, _ = assess_as_linked(FRESH52["C600"], PLAFOND, "case_series", is_human=True)
    assert e.eligible, e


# 19877994 (fresh4 C57, IGF-1 for cartilage repair; both reviewers: IGF-1 measured in knee lavage, not given): its
# patients "undergoing ACI" and "undergoing microfracturing" underwent surgery; IGF-1 stays measured
LAVAGE = Article(
    pmid=19877994,
    title="In vivo quantification of intraarticular cytokines in knees during natural and surgically induced cartilage "
          "repair",
    abstract="Cartilage defects are considered to be an initial event in the progress of osteoarthritis. Reliable data "
             "about in vivo regulation of cytokines in natural and surgically induced cartilage repair are still "
             "missing.Knee lavage fluids of 47 patients were collected prospectively between August 2006 and September "
             "2007. Five patients without cartilage lesions served as a control group. In 42 patients the cartilage "
             "defects were treated by microfracturing (19) or autologous chondrocyte implantation (ACI) (23). Total "
             "protein content and concentrations of aggrecan, basic fibroblast growth factor (bFGF), Insulin-like "
             "growth factor and interleukin (IL)-1beta were determined. Clinical status was evaluated using the "
             "Lysholm score.High-level expression in all knees was found for aggrecan, low-level constitutive "
             "expression for bFGF and IGF-I, while concentrations of IL-1beta in the control group remained below "
             "detection levels. The concentration of IGF-I in the knees with cartilage lesions was significantly higher "
             "(P<0.05) than in the control group. bFGF concentrations depended on cartilage lesion size; levels in the "
             "knees of patients undergoing ACI (6.1 cm(2)), were significantly higher compared with the control group "
             "(P<0.05) and the group of patients undergoing microfracturing (3.4 cm(2), P<0.001). Levels of aggrecan "
             "did not change after surgical cartilage repair, whereas concentrations of bFGF, IL-1beta and IGF-I "
             "significantly increased (P<0.01). The Lysholm score showed a medium significant negative correlation with "
             "IGF-I levels.Aggrecan is constitutively expressed in knee joints. bFGF and IGF-I seem to play a pivotal "
             "role in natural and surgical cartilage repair.",
    publication_types=[])


def test_a_therapy_measured_in_patients_who_underwent_surgery_stays_measured():
    e, _ = assess_as_linked(FRESH4["C57"], LAVAGE, "other", is_human=True)
    assert not e.eligible and e.reason == "therapy_not_tested", e


# 26423942 (C605, "MDA5 defends mice against coronavirus infection"; both: eligible, mice): its finding compares
# "mice lacking the MDA5 sensor" with "mice with MDA5", read as two arms both given MDA5 (cointervention_only)
MDA5 = Article(
    pmid=26423942,
    title="MDA5 Is Critical to Host Defense during Infection with Murine Coronavirus.",
    abstract="UNLABELLED: Infection with the murine coronavirus mouse hepatitis virus (MHV) activates the pattern "
             "recognition receptors melanoma differentiation-associated gene 5 (MDA5) and Toll-like receptor 7 (TLR7) to "
             "induce transcription of type I interferon. In this study, we use MHV infection of the liver as a model to "
             "demonstrate that MDA5 signaling is critically important for controlling MHV-induced pathology and "
             "regulation of the immune response. Mice deficient in MDA5 expression (MDA5(-/-) mice) experienced more "
             "severe disease following MHV infection, with reduced survival, increased spread of virus to additional "
             "sites of infection, and more extensive liver damage than did wild-type mice. These data suggest that MDA5 "
             "signaling reduces the severity of MHV-induced disease, at least in part by reducing the intensity of the "
             "proinflammatory cytokine response.\n\nIMPORTANCE: In this study, we sought to determine the role of MDA5 "
             "during infection with mouse hepatitis virus, a murine coronavirus used to model viral hepatitis as well as "
             "other human diseases. We found that mice lacking the MDA5 sensor were more susceptible to infection than "
             "were mice with MDA5 and experienced decreased survival.",
    publication_types=["Journal Article"])


def test_mice_lacking_the_gene_are_the_control_arm():
    from pipeline.claims.mentions import negated_only

    mda5 = FRESH52["C605"].therapy
    assert negated_only(mda5, "We found that mice lacking the MDA5 sensor", {})
    assert negated_only(mda5, "Mice deficient in MDA5 expression", {})
    assert not negated_only(mda5, "were mice with MDA5", {})
    e, _ = assess_as_linked(FRESH52["C605"], MDA5, "animal_study", is_animal=True, species=("mouse",))
    assert e.eligible, e
