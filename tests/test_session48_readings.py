"""Session 48's readings (LINKER_RELEASE 2026.12.114-), each on the record it was written from, with a control that the
change is what decides.

- The journal's level-of-evidence lines ("Therapeutic Level III.", "See Instructions for Authors for a complete
  description of levels of evidence.") are trailers, not the abstract's conclusion (held-out set fresh96, claim C969,
  "Condyle-matched osteochondral allografts give better results than unmatched grafts": both reviewers eligible, the
  project read the two lines as the conclusion and excluded the study as not about the therapy when the set was scored).
- A title that compares what followed the therapy ("Weight-Bearing Compared with Non-Weight-Bearing Following
  Osteochondral Autograft Transfer") gives the therapy to every arm. Its exclusion had rested on the same trailer lines.
- (LINKER_RELEASE 2026.12.115) A conclusion that has something act on a claim's exposure ("mechanisms ... that promote
  aberrant ERBB2 signaling") leaves the results to say what the exposure did, when no result says something acts on it
  too; and "Here, we show that ..." opens a report whose clause's subject produced the result (held-out set fresh98,
  claim C979, "ERBB2 activation makes cancers resistant to cetuximab": both reviewers eligible, excluded when scored).
- Unicode's hyphens ("BCP\u2010coated") are read as the hyphen of a name (fresh97 C975's record writes one).
- (LINKER_RELEASE 2026.12.116) A result stated of the therapy's arm against another ("The BIC was significantly higher
  for the BCP-coated TPU implants compared to the uncoated TPU implants") is the therapy's result when the conclusion
  speaks of something else (fresh97 C975, "Calcium phosphate coating improves bone ingrowth into joint implants": both
  reviewers eligible, excluded when scored).
"""

from __future__ import annotations

from pathlib import Path

from pipeline.claims.catalog import load_catalog
from pipeline.claims.direction import result_of
from pipeline.claims.direction_rules import is_trailer
from pipeline.claims.eligibility import _title_compares_aftercare
from pipeline.claims.mentions import find_mentions
from pipeline.models import Article
from tests.eligibility_helpers import assess_as_linked, one_block_article

EVAL = Path(__file__).resolve().parents[1] / "data/eval"


_one_block = one_block_article
CONDYLE_MATCHED = {c.id: c for c in load_catalog(EVAL / "fresh96/claims.yaml")}["C969"]
OAT = {c.id: c for c in load_catalog(EVAL / "fresh2/claims.yaml")}["C91"]
ERBB2 = {c.id: c for c in load_catalog(EVAL / "fresh98/claims.yaml")}["C979"]
COATING = {c.id: c for c in load_catalog(EVAL / "fresh97/claims.yaml")}["C975"]
MSC_KNEE = {c.id: c for c in load_catalog()}["C11"]

# 28976425 (workshop corpus), as PubMed gives it: one unlabelled block whose sections run together, the journal's two
# lines at its end
_TEXT = ("Condyle-specific matching for osteochondral allograft transplantation (OCA) pairs donor and recipient "
     "condyles in an attempt to minimize articular incongruity. While the majority of cartilage defects are "
     "located on the medial femoral condyle, lateral femoral condyles are more commonly available as a graft "
     "source. The purpose of this study was to compare the clinical outcomes of patients treated with non-"
     "orthotopic (lateral-to-medial condyle or medial-to-lateral condyle) OCA with those treated with traditional "
     "orthotopic (medial-to-medial condyle or lateral-to-lateral condyle) OCA. We hypothesized that clinical "
     "outcomes would be similar between groups at midterm follow-up.A retrospective review of prospectively "
     "collected data on patients treated with OCA from 2000 to 2014 was conducted. Seventy-seven patients with a "
     "full-thickness cartilage defect of a femoral condyle were treated with either orthotopic (n = 50) or non-"
     "orthotopic (n = 27) OCA. A minimum follow-up of 2 years was required for analysis. Patients in each group "
     "were matched according to sex, age, and total chondral defect size. Reoperations and patient responses to "
     "validated outcome measures were reviewed. Failure was defined as any revision cartilage procedure or "
     "conversion to knee arthroplasty.The mean duration of follow-up was 4.0 years (range, 2 to 16 years). The "
     "orthotopic and non-orthotopic OCA groups were comparable in terms of demographics, the mean number of prior "
     "ipsilateral knee operations, and the percentage of concomitant procedures at baseline. Reoperation (p = "
     "0.427) and failure (p = 0.917) rates did not differ significantly between groups. Both groups demonstrated "
     "significant increases in the Short Form-36 (SF-36) physical functioning and pain, International Knee "
     "Documentation Committee (IKDC), and Knee Outcome Survey-Activities of Daily Living (KOS-ADL) scores compared"
     " with baseline (p < 0.004). Outcome scores (baseline and postoperative) and change scores did not differ "
     "significantly between groups.Clinical outcomes do not differ between patients treated with orthotopic OCA "
     "and those treated with non-orthotopic OCA, suggesting that condyle-specific matching may not be "
     "necessary.Therapeutic Level III. See Instructions for Authors for a complete description of levels of "
     "evidence.")
CONDYLE_TITLE = ("Condyle-Specific Matching Does Not Improve Midterm Clinical Outcomes of Osteochondral Allograft "
                 "Transplantation in the Knee")
CONDYLE_SPECIFIC = _one_block(28976425, CONDYLE_TITLE, _TEXT)


def test_the_journals_level_of_evidence_lines_are_trailers():
    assert is_trailer("Therapeutic Level III.")
    assert is_trailer("Prognostic Level II.")
    assert is_trailer("See Instructions for Authors for a complete description of levels of evidence.")
    # (a sentence about therapeutic levels of a drug is no trailer)
    assert not is_trailer("Therapeutic levels of vancomycin were reached in all patients.")
    assert not is_trailer("See the results for the second group below.")


def test_a_head_to_head_study_is_read_by_its_conclusion_not_the_journals_lines():
    e, d = assess_as_linked(CONDYLE_MATCHED, CONDYLE_SPECIFIC, "cohort", is_human=True, species=("human",))
    assert e.eligible, e
    assert d.direction == "no_effect", d
    assert "Clinical outcomes do not differ" in (d.sentence or ""), d
    # control: with the journal's lines spelled so that no trailer reading knows them, they are read as the conclusion
    # and the study is not about the comparison
    other = _TEXT.replace("Therapeutic Level III. See Instructions for Authors for a complete description of levels of "
                          "evidence.", "Treatment Grade Three. Consult the guidance for writers on grades of proof.")
    assert other != _TEXT
    changed = _one_block(28976425, CONDYLE_TITLE, other)
    e2, d2 = assess_as_linked(CONDYLE_MATCHED, changed, "cohort", is_human=True, species=("human",))
    assert not e2.eligible, e2


AFTERCARE = ("Weight-Bearing Compared with Non-Weight-Bearing Following Osteochondral Autograft Transfer for Small "
             "Defects in Weight-Bearing Areas in the Femoral Articular Cartilage of the Knee")


def test_a_title_comparing_what_followed_the_therapy_gives_it_to_every_arm():
    assert _title_compares_aftercare(OAT, AFTERCARE, {}) == "Weight-Bearing Compared with Non-Weight-Bearing"
    # controls: the therapy on one side of the comparison is what the arms differ by; a side that names a control may
    # be the arm without it; a therapy named only before the comparison is not what followed
    assert _title_compares_aftercare(
        OAT, "Osteochondral Autograft Transfer Compared with Microfracture Following Failed Debridement", {}) is None
    assert _title_compares_aftercare(
        OAT, "Knee Function Compared with Healthy Controls Following Osteochondral Autograft Transfer", {}) is None
    assert _title_compares_aftercare(
        OAT, "Osteochondral Autograft Transfer: Weight-Bearing Compared with Non-Weight-Bearing", {}) is None

# 21900593 (workshop corpus), one unlabelled block as PubMed gives it
_ERBB2_RESISTANCE = ("Cetuximab, an antibody directed against the epidermal growth factor receptor, is an effective clinical "
     "therapy for patients with colorectal, head and neck, and non-small cell lung cancer, particularly for "
     "those with KRAS and BRAF wild-type cancers. Treatment in all patients is limited eventually by the "
     "development of acquired resistance, but little is known about the underlying mechanism. Here, we show that"
     " activation of ERBB2 signaling in cell lines, either through ERBB2 amplification or through heregulin up-"
     "regulation, leads to persistent extracellular signal-regulated kinase 1/2 signaling and consequently to "
     "cetuximab resistance. Inhibition of ERBB2 or disruption of ERBB2/ERBB3 heterodimerization restores "
     "cetuximab sensitivity in vitro and in vivo. A subset of colorectal cancer patients who exhibit either de "
     "novo or acquired resistance to cetuximab-based therapy has ERBB2 amplification or high levels of "
     "circulating heregulin. Collectively, these findings identify two distinct resistance mechanisms, both of "
     "which promote aberrant ERBB2 signaling, that mediate cetuximab resistance. Moreover, these results suggest"
     " that ERBB2 inhibitors, in combination with cetuximab, represent a rational therapeutic strategy that "
     "should be assessed in patients with cetuximab-resistant cancers.")
ERBB2_RESISTANCE = _one_block(21900593, "Activation of ERBB2 signaling causes resistance to the EGFR-directed therapeutic "
                                               "antibody cetuximab.", _ERBB2_RESISTANCE, ("Journal Article",))

# 34901559 (workshop corpus), one unlabelled block as PubMed gives it
_TROPOELASTIN = ("Intra-articular injection of mesenchymal stem cells (MSCs) is a promising strategy for osteoarthritis (OA)"
     " treatment. However, more and more studies reveal that the injected MSCs have poor adhesion, migration, "
     "and survival in the joint cavity. A recent study shows that tropoelastin (TE) regulates adhesion, "
     "proliferation and phenotypic maintenance of MSCs as a soluble additive, indicating that TE could promote "
     "MSCs-homing in regenerative medicine. In this study, we used TE as injection medium, and compared it with "
     "classic media in MSCs intra-articular injection such as normal saline (NS), hyaluronic acid (HA), and "
     "platelet-rich plasma (PRP). We found that TE could effectively improve adhesion, migration, chondrogenic "
     "differentiation of infrapatellar fat pad MSCs (IPFP-MSCs) and enhance matrix synthesis of osteoarthritic "
     "chondrocytes (OACs) in indirect-coculture system. Moreover, TE could significantly enhance IPFP-MSCs "
     "adhesion via activation of integrin β1, ERK1/2 and vinculin (VCL) in vitro. In addition, intra-articular "
     "injection of TE-IPFP MSCs suspension resulted in a short-term increase in survival rate of IPFP-MSCs and "
     "better histology scores of rat joint tissues. Inhibition of integrin β1 or ERK1/2 attenuated the "
     "protective effect of TE-IPFP MSCs suspension in vivo. In conclusion, TE promotes performance of IPFP-MSCs "
     "and protects knee cartilage from damage in OA through enhancement of cell adhesion and activation of "
     "integrin β1/ERK/VCL pathway. Our ﬁndings may provide new insights in MSCs intra-articular injection for OA"
     " treatment.")
TROPOELASTIN = _one_block(34901559, "Tropoelastin improves adhesion and migration of intra-articular injected "
                                       "infrapatellar fat pad MSCs and reduces osteoarthritis progression", _TROPOELASTIN)


def test_a_conclusion_having_a_mechanism_act_on_the_exposure_leaves_the_results_to_say_what_it_did():
    e, d = assess_as_linked(ERBB2, ERBB2_RESISTANCE, "in_vitro", is_in_vitro=True)
    assert e.eligible, e
    assert not d.not_about, d
    assert d.sentence.startswith("Here, we show that activation of ERBB2 signaling"), d


def test_here_we_show_opens_a_report_whose_subject_produced_the_result():
    here = ("Here, we show that activation of ERBB2 signaling in cell lines leads to persistent extracellular "
            "signal-regulated kinase 1/2 signaling and consequently to cetuximab resistance.")
    assert result_of(ERBB2.therapy, here, {})
    # control: the same clause after an opening the report frame does not know is read as before
    assert not result_of(ERBB2.therapy, here.replace("Here, we show", "Of note, we show"), {})


def test_a_result_having_something_act_on_the_therapy_keeps_the_study_about_what_acts_on_it():
    """34901559 (bundled corpus; C11's reviewers exclude it): "TE could significantly enhance IPFP-MSCs adhesion" -
    tropoelastin acts on the cells in the results too, so a result naming the treated cells as its subject does not
    make the study about the cells."""
    e, d = assess_as_linked(MSC_KNEE, TROPOELASTIN, "animal_study", is_animal=True, species=("rat",))
    assert not e.eligible, e
    assert "acts on" in (d.not_about or ""), d


def test_unicode_hyphens_are_the_hyphen_of_a_name():
    # (32614486's title writes "BCP\u2010coated"; its results' words, with the title's hyphen)
    text = "The BIC was significantly higher for the BCP\u2010coated TPU implants compared to the uncoated TPU implants."
    found = find_mentions(COATING.therapy, text, {})
    assert found and found[0].text.startswith("BCP\u2010coated"), found
    assert found[0].start == text.index("BCP"), found  # offsets point into the text as written
    # control: an en dash is a dash, not a hyphen
    assert not find_mentions(COATING.therapy, text.replace("\u2010", " \u2013 "), {})


RETURN_TO_SPORT = {c.id: c for c in load_catalog(EVAL / "fresh97/claims.yaml")}["C976"]


def test_a_name_opening_with_return_is_also_written_with_its_verb():
    """16552548 (workshop corpus; fresh97 C976, both reviewers eligible): "... athletes following MF returned to
    sports activities at the preinjury level" names "return to sport" (data/lexicons/mentions.yaml word_forms)."""
    sentence = ("Twenty-six (93%) athletes following OAT and fifteen (52%) athletes following MF returned to sports "
                "activities at the preinjury level at an average of 6.5 years.")
    assert find_mentions(RETURN_TO_SPORT.condition, sentence, {})
    # control: another verb before "to sports" names nothing
    assert not find_mentions(RETURN_TO_SPORT.condition, sentence.replace("returned to", "were referred to"), {})


# 32614486 (workshop corpus), one unlabelled block; its title writes "BCP\u2010coated"
_COATED = ("Focal knee resurfacing implants (FKRIs) are intended to treat cartilage defects in middle-aged patients. "
     "Most FKRIs are metal-based, which hampers follow-up of the joint using magnetic resonance imaging and "
     "potentially leads to damage of the opposing cartilage. The purpose of this study was to develop a "
     "nondegradable thermoplastic polyurethane (TPU) FKRI and investigate its osseointegration. Different "
     "surface roughness modifications and biphasic calcium phosphate (BCP) coating densities were first tested "
     "in vitro on TPU discs. The in vivo osseointegration of BCP-coated TPU implants was subsequently compared "
     "to uncoated TPU implants and the titanium bottom layer of metal control implants in a caprine model. "
     "Implants were implanted bilaterally in stifle joints and animals were followed for 12 weeks, after which "
     "the bone-to-implant contact area (BIC) was assessed. Additionally, 18F-sodium-fluoride (18F-NaF) positron "
     "emission tomography PET/CT-scans were obtained at 3 and 12 weeks to visualize the bone metabolism over "
     "time. The BIC was significantly higher for the BCP-coated TPU implants compared to the uncoated TPU "
     "implants (p = .03), and did not significantly differ from titanium (p = .68). Similar 18F-NaF tracer "
     "uptake patterns were observed between 3 and 12 weeks for the BCP-coated TPU and titanium implants, but not"
     " for the uncoated implants. TPU FKRIs with surface modifications could provide the answer to the drawbacks"
     " of metal FKRIs.")


def _coated(text: str) -> Article:
    return _one_block(32614486, "In vitro and in vivo study on the osseointegration of BCP\u2010coated versus uncoated "
                                "nondegradable thermoplastic polyurethane focal knee resurfacing implants", text)


def test_a_result_stated_of_the_therapys_arm_against_another_is_the_therapys():
    e, d = assess_as_linked(COATING, _coated(_COATED), "animal_study", is_animal=True, species=("goat",))
    assert e.eligible, e
    assert d.sentence.startswith("The BIC was significantly higher for the BCP-coated TPU implants"), d
    # control: the same result with the arms swapped is not stated of the coated arm
    swapped = _COATED.replace("higher for the BCP-coated TPU implants compared to the uncoated TPU implants",
                              "higher for the uncoated TPU implants compared to the BCP-coated TPU implants")
    assert swapped != _COATED
    e2, _ = assess_as_linked(COATING, _coated(swapped), "animal_study", is_animal=True, species=("goat",))
    assert not e2.eligible, e2


SYMPTOM_DURATION = {c.id: c for c in load_catalog(EVAL / "fresh101/claims.yaml")}["C996"]
FOLATE = {c.id: c for c in load_catalog(EVAL / "fresh43/claims.yaml")}["C501"]


def test_a_name_opening_with_a_level_also_names_the_variable():
    """A prognostic study names the variable and reports its level in its results: "duration of symptoms" for "long
    duration of symptoms" (fresh101 C996), "folate and methionine intake" for "low folate and methionine intake" (fresh43
    C501, whose eligible study 10088624 was never counted before)."""
    assert find_mentions(SYMPTOM_DURATION.therapy, "The duration of symptoms before surgery predicted the outcome.", {})
    assert find_mentions(FOLATE.therapy, "Folate and methionine intake was assessed by questionnaire.", {})
    # control: a name of two words keeps its level word ("older age" never becomes "age"), and another word in its
    # place names nothing
    from pipeline.claims.mentions import _without_level
    assert _without_level(("older age", "high glucose")) == ("older age", "high glucose")
    assert not find_mentions(SYMPTOM_DURATION.therapy, "The duration of anaesthesia before surgery was recorded.", {})
