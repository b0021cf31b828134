"""Readings from fresh25's errors (session 24), on the records' own sentences (workshop corpus, as PubMed has them).

fresh25 was scored once (session 23) before it was opened; every one of its five errors was a study both blind
reviewers count and the project excluded.

* 26119043 (C287, "leptin enhances miltefosine against leishmaniasis in mice"; both reviewers: eligible, an in-vitro
  study): "Leptin plus miltefosine ... in comparison to leptin alone and miltefosine alone treated groups" was read as
  a comparison with leptin in every arm. The side after "in comparison to" lists two arms, each given alone; one of
  them has no leptin, so the comparison isolates leptin added to miltefosine.
* 21908962 (C282, "ACL reconstruction with cross-pin femoral fixation restores knee stability"; both reviewers:
  eligible, a case series): the abstract writes the condition head first, "Reconstruction of the ACL", where the
  claim's name is "ACL reconstruction".
* 26702268 (C285, "oral antenatal corticosteroids improve neonatal outcomes"; both reviewers: eligible, a case
  report): the title says the report is of the "Neonatal outcomes after oral administration of antenatal
  corticosteroid"; its findings (the baby's Apgar score, no respiratory distress) do not name the drug again.
* 26116785 (C288): the abstract defines "cathepsin L1 (CatL1)" and then names the vaccines "rproFgCatL1" and
  "rmatFgCatL1", the short form as the tail of a word with a prefix.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.aboutness import _in_every_arm, finding_about_claim
from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.mentions import find_mentions, names_concept
from pipeline.claims.models import Concept
from pipeline.models import Article

FRESH25 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh25" / "claims.yaml")}

LEPTIN = ("Leptin plus miltefosine also induces the phagocytic ability (**p<0.01) of macrophages in comparison to "
          "leptin alone and miltefosine alone treated groups.")


def test_a_list_of_arms_given_alone_isolates_the_therapy_added_to_the_other():
    leptin = FRESH25["C287"].therapy
    assert not _in_every_arm(leptin, LEPTIN, None)
    # one arm on each side is still every arm ("MSCs with allogenic cartilage are superior to MSCs alone")
    msc = Concept("MSCs", ("mesenchymal stem cells",))
    assert _in_every_arm(msc, "MSCs with allogenic cartilage are superior to MSCs alone.", None)
    # and a list whose every arm has the therapy is every arm
    assert _in_every_arm(msc, "MSCs with PRP were superior to MSCs alone and MSCs with saline alone.", None)
    # a side that lists arms without "alone" is one arm of several things, as before ("MSC and PRP")
    assert _in_every_arm(msc, "MSCs with PRP were superior to MSCs and saline.", None)


def test_the_leptin_study_is_about_leptin_added_to_miltefosine():
    about = finding_about_claim(
        FRESH25["C287"],
        "Leptin augments protective immune responses in murine macrophages and enhances potential of miltefosine "
        "against experimental visceral leishmaniasis.",
        ["Leptin (15μg/mL) also reduces the effective concentration of miltefosine by 2-folds from 7.5μM to 3.7μM.",
         LEPTIN])
    assert about.about, about.reason


def test_a_name_written_head_first_names_it():
    acl = Concept("ACL reconstruction", ())
    assert [m.text for m in find_mentions(acl, "Reconstruction of the ACL using four-strand hamstring tendons")] == \
        ["Reconstruction of the ACL"]
    knee = Concept("knee osteoarthritis", ())
    assert [m.text for m in find_mentions(knee, "patients with osteoarthritis of the knee")] == \
        ["osteoarthritis of the knee"]
    aci = Concept("autologous chondrocyte implantation", ())
    assert find_mentions(aci, "after implantation of autologous chondrocytes into the defect")
    # the head must be the name's own last word: "pain of the knee" is no knee osteoarthritis
    assert not find_mentions(knee, "pain of the knee")
    # a name whose words already join two things is not turned round
    assert not find_mentions(Concept("PRP with hyaluronic acid", ()), "acid of the PRP with hyaluronic")


CROSS_PIN = Article(
    pmid=21908962,
    title="The results of reconstruction of the ACL using the cross-pin femoral system and four-strand hamstring "
          "tendon autografts",
    abstract="The aim of this study was to evaluate the results of ACL reconstruction using a cross-pin femoral "
             "fixation system and hamstring autografts.The study included 49 men and one woman (mean age: 27.4 years; "
             "range: 15 to 44 years) with chronic ACL ruptures operatively treated between 2003 and 2006. All "
             "patients had an ACL reconstruction with an autogenous four-strand hamstring graft. All patients followed "
             "a similar accelerated rehabilitation program after surgery. Final evaluations were made using the "
             "Lysholm and International Knee Documentation Committee (IKDC) scoring systems and the Tegner activity "
             "rating system in the final follow-up.Mean follow-up time was 43.9 (range: 29-57) months. Lysholm scores "
             "were good or excellent for 47 patients. IKDC scores were either Grade A or B for 48 patients. The mean "
             "Tegner activity score was 5.9 (range: 4-9) in the preoperative and 5.4 (range: 2-9) in the late "
             "postoperative period.Reconstruction of the ACL using four-strand hamstring tendons and cross-pin "
             "femoral fixation may be a safe and effective method, resulting in considerably high success rates.")


def test_the_cross_pin_series_is_about_acl_reconstruction():
    e, d = assess_as_linked(FRESH25["C282"], CROSS_PIN, "case_series", is_human=True)
    assert not d.not_about, d.not_about
    assert e.eligible, e


STEROID = Article(
    pmid=26702268,
    title="Neonatal outcomes after oral administration of antenatal corticosteroid: A case report.",
    abstract="The use of antenatal corticosteroids is associated with reduction in morbidity and mortality rates in "
             "preterm delivery. A 34 year-old pregnant woman, gravida 2 para1, was planned for elective cesarean "
             "section at 36 weeks of gestation as ultrasound study showed intrauterine growth retardation. She has "
             "idiopathic thrombocytopenia and anemia, with suspected hypoplastic anemia. Due to mother's low platelet "
             "count, antenatal intramuscular corticosteroids injection was avoided. Instead, oral dexamethasone was "
             "given for fetal lung maturity. Baby's Apgar score at 1-min and 5-min was 9 and 10, respectively. The "
             "baby girl did not develop respiratory distress syndrome. She had mild transient tachypnea of newborn "
             "that needed only mild respiratory support with nasal cannula in room air.")


def test_a_title_of_outcomes_after_the_therapy_makes_the_findings_its_own():
    claim = FRESH25["C285"]
    findings = ["The baby girl did not develop respiratory distress syndrome."]
    assert finding_about_claim(claim, STEROID.title, findings).about
    # without the frame the same findings are not about the drug
    assert not finding_about_claim(claim, "Oral antenatal corticosteroid in a mother with thrombocytopenia.",
                                   findings).about
    # nor when the title sets the therapy against another
    assert not finding_about_claim(claim, "Neonatal outcomes after oral versus intramuscular antenatal corticosteroid",
                                   findings).about
    e, d = assess_as_linked(claim, STEROID, "case_report", is_human=True)
    assert not d.not_about, d.not_about
    assert e.eligible, e


def test_a_short_form_as_the_tail_of_a_prefixed_word_names_the_concept():
    vaccine = FRESH25["C288"].therapy
    ab = {"CatL1": "cathepsin L1", "ES": "excretory-secretory products"}
    assert names_concept(vaccine, "The level of protection of rproFgCatL1 and rmatFgCatL1 vaccines was estimated to be "
                                  "39.1, 41.7% and 44.9, 47.2%.", ab)
    # an antibody against it does not name it
    assert not names_concept(vaccine, "Sera were tested with anti-CatL1 antibodies.", ab)
    # capitals run on into an acronym of their own: "MACI" does not name "ACI" as a text defines it
    aci = Concept("autologous chondrocyte implantation", ())
    assert not names_concept(aci, "The MACI(®) implant appeared to improve cartilage healing.",
                             {"ACI": "Autologous chondrocyte implantation"})
    assert names_concept(aci, "The hACI grafts appeared to improve cartilage healing.",
                         {"ACI": "Autologous chondrocyte implantation"})
    # nor the same letters without the text's definition
    assert not names_concept(vaccine, "The level of protection of rproFgCatL1 vaccines.", {})
