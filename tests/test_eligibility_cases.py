"""Case reports (session 10): a case whose patient got the claim's therapy, and nothing else aimed at the
condition, and whose abstract says what happened tests the therapy (uncontrolled); one whose patient got
other treatments with it does not isolate it. Each rule on the real sentences of the records it was written
from (workshop corpus records of the fresh claim sets in `tests/fixtures/eligibility_records.jsonl`, see
tests/fixtures/README.md; the expectations are the blind reviewers' labels)."""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from tests.test_eligibility_recall import _assess

FRESH = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh" / "claims.yaml")}
FRESH2 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh2" / "claims.yaml")}
FRESH3 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh3" / "claims.yaml")}


def test_a_case_whose_patient_got_the_therapy_and_whose_outcome_is_told_tests_it():
    """PMID 28763175 (arterial gas embolism after endoscopy): "the patient was not treated with hyperbaric
    oxygen (HBO₂) therapy until 39 hours after the inciting event. Despite presenting … non-responsive …, the
    patient was eventually discharged to a rehabilitation facility"; its last sentences speak of the delay and
    the literature, so the finding reader reads nothing about HBO. Both reviewers: eligible (case report).
    PMID 15247592 (spinal epidural abscess, surgical decompression): the same for a procedure."""
    d, e = _assess("C87", 28763175, FRESH)
    assert d.not_about == "the finding is not about hyperbaric oxygen"
    assert e.eligible, e
    assert "uncontrolled" in e.why and "HBO" in e.evidence
    d, e = _assess("C72", 15247592, FRESH3)
    assert d.not_about and e.eligible, e


def test_a_case_whose_patient_got_other_treatments_does_not_isolate_the_therapy():
    """PMID 10692202 (helium gas embolism): "successfully treated with hyperbaric oxygen therapy and
    lidocaine" — the reviewers: cointervention_only. PMID 9524854 (vertebral osteomyelitis, the antibiotic
    claim): surgical debridement with the antibiotics — cointervention_only."""
    d, e = _assess("C87", 10692202, FRESH)
    assert not e.eligible and e.reason == "cointervention_only", e
    assert "lidocaine" in e.evidence.lower()
    d, e = _assess("C92", 9524854, FRESH2)
    assert not e.eligible and e.reason == "cointervention_only", e


def test_care_every_such_patient_gets_is_not_a_cointervention():
    """PMID 18379894 (psoas abscess in a dialysis patient, "successfully treated with percutaneous drainage
    and parenteral antibiotics"): antibiotics come with every drained abscess; the reviewers count the case
    for percutaneous drainage. PMID 22341975: "The outcome was favourable with HBO" — counted too."""
    d, e = _assess("C88", 18379894, FRESH)
    assert e.eligible, e
    d, e = _assess("C87", 22341975, FRESH)
    assert e.eligible, e
    # PMID 22895130: the patient's earlier cystectomy (background) and "23 months after the operation" are
    # history, not a treatment of the abscess; drainage with antibiotics is counted (both reviewers)
    d, e = _assess("C88", 22895130, FRESH)
    assert e.eligible, e


def test_a_treatment_the_patient_did_not_get_is_no_cointervention():
    """"successfully treated without open surgery" names surgery the patient was spared; "is usually treated by
    surgical drainage" says what is done in general."""
    from pipeline.claims.eligibility import _case_other_treatment
    from pipeline.claims.reading import read_article
    from pipeline.models import Article

    spared = Article(1, "Psoas abscess", "The abscess was drained percutaneously under CT guidance. "
                     "The patient was successfully treated without open surgery.")
    assert _case_other_treatment(FRESH["C88"], read_article(spared)) is None
    # PMID 11075599 (neonates): what is done in general is not what the case's patient got
    usual = Article(3, "Ilio-psoas abscess in neonates", "Ilio-psoas abscess is rare in neonates and is usually treated by "
                    "surgical drainage. We report two cases successfully treated by US-guided percutaneous drainage.")
    assert _case_other_treatment(FRESH["C88"], read_article(usual)) is None
    operated = Article(2, "Psoas abscess", "The abscess was drained percutaneously under CT guidance. "
                       "Open surgical evacuation was performed after the abscess recurred.")
    assert _case_other_treatment(FRESH["C88"], read_article(operated))


def test_modifiers_between_a_names_first_word_and_its_head_still_name_it():
    """Titles of the workshop corpus's hits for cell-free scaffolds (fresh3 C71; both reviewers eligible): PMIDs
    24196573 "Use of cell-free collagen type I matrix implants …", 34283948 "Cell-Free Biomimetic Osteochondral
    Scaffold …", 31737215 "… using acellular bone matrix scaffold …", 32749853 "… Acellular PLGA Implants …".
    Words that join two things ("cell-free and cell-seeded scaffolds") do not qualify one."""
    from pipeline.claims.mentions import find_mentions

    therapy = FRESH3["C71"].therapy
    # (since LINKER_RELEASE 2026.12.149 four words may stand in the gap: "collagen type I matrix" before "implants")
    for title, said in (("Use of cell-free collagen type I matrix implants for the treatment of small cartilage defects",
                         "cell-free collagen type I matrix implants"),
                        ("Cell-Free Biomimetic Osteochondral Scaffold for the Treatment of Knee Lesions",
                         "Cell-Free Biomimetic Osteochondral Scaffold"),
                        ("One-step strategy for cartilage repair using acellular bone matrix scaffold based in situ",
                         "acellular bone matrix scaffold"),
                        ("Beneficial Therapeutic Approach of Acellular PLGA Implants Coupled With Rehabilitation Exercise",
                         "Acellular PLGA Implants")):
        assert [m.text for m in find_mentions(therapy, title)] == [said], title
    assert not find_mentions(therapy, "Comparison of cell-free and cell-seeded scaffolds in rabbits")
    assert not find_mentions(therapy, "a cell-free medium with a scaffold")  # "with" joins two things
    # the hyphen and the plain join still work as before
    bmac = FRESH3["C75"].therapy
    assert find_mentions(bmac, "bone-marrow aspirate concentrate") and find_mentions(bmac, "bone marrow aspirate concentrate")


def test_a_scaffold_free_tissue_engineered_construct_gives_the_cells_themselves():
    """PMID 17854887 (pigs; bundled corpus and workshop corpus, both reviewer pairs eligible for MSCs and for
    synovial MSCs): "Cartilage repair using an in vitro generated scaffold-free tissue-engineered construct
    derived from porcine synovial mesenchymal stem cells" — no scaffold, and "tissue-engineered" is how the
    cells were grown, not a genetic modification; its conclusion "This technology is a unique and promising
    method for stem cell-based cartilage repair" refers back to the title's therapy."""
    from pipeline.claims.aboutness import finding_about_claim
    from pipeline.claims.eligibility import _NOT_A_CARRIER, _SCAFFOLD_FREE
    from pipeline.nlp.arms import cue, cue_words

    title = ("Cartilage repair using an in vitro generated scaffold-free tissue-engineered construct derived from "
             "porcine synovial mesenchymal stem cells")
    assert _SCAFFOLD_FREE.search(title) and not cue_words("modification", _NOT_A_CARRIER.sub(" ", title))
    assert cue_words("modification", "BMSCs genetically engineered to overexpress BMP-2")  # still a modification
    assert cue("scaffold").search("MSCs seeded on a collagen scaffold") and not _SCAFFOLD_FREE.search("MSCs seeded on a collagen scaffold")
    findings = ["Biomechanical evaluation revealed that repair tissue exhibited mechanical properties similar to those "
                "of normal porcine cartilage in static compression and friction tests.",
                "This technology is a unique and promising method for stem cell-based cartilage repair."]
    assert finding_about_claim(FRESH3["C73"], title, findings, {"TEC": "tissue-engineered construct"}).about


def test_a_finding_may_name_the_titles_therapy_by_its_last_words():
    """PMID 30635066 (bundled corpus, C11, both reviewers eligible): the title names "autologous mesenchymal
    stromal cells"; the conclusion refers back to them as "stem cell-based therapies". A finding that names
    only the short form, under a title that does not name the therapy, is not about it."""
    from pipeline.claims.aboutness import finding_about_claim

    c11 = {c.id: c for c in load_catalog()}["C11"]
    title = "Ex vivo MRI cell tracking of autologous mesenchymal stromal cells in an ovine osteochondral defect model"
    finding = ["This study has the potential to be a powerful translational tool with great implications in the "
               "clinical translation of stem cell-based therapies."]
    assert finding_about_claim(c11, title, finding).about
    assert not finding_about_claim(c11, "Ex vivo MRI tracking of implanted cells in an ovine osteochondral defect model",
                                   finding).about


def test_a_clinical_series_of_the_therapy_in_its_title_tests_it():
    """PMID 25676840 (fresh3 C71, both reviewers eligible): "Short-term follow up after implantation of a cell-free
    collagen type I matrix for the treatment of large cartilage defects of the knee" — every patient got the
    matrix and the results are theirs, though the finding sentences name only the scores. PMID 30069652 (both
    reviewers excluded): its title compares the therapy with another implant ("… are similar with hyaluronic
    acid-based cell-free scaffold …"), so the series is not the therapy's alone."""
    d, e = _assess("C71", 25676840, FRESH3)
    assert d.not_about == "the finding is not about cell-free scaffold"
    assert e.eligible and "uncontrolled" in e.why, e
    d, e = _assess("C71", 30069652, FRESH3)
    assert not e.eligible, e


def test_a_technique_described_in_so_many_words_without_a_result_reports_no_findings():
    """Workshop corpus hits of fresh2 C90/C91 that both reviewers exclude as technique descriptions: PMID 20012016
    "This study describes a modified AMIC technique consisting of perforations according to Pridie …", 21910000
    "This technical note introduces an all-arthroscopic AMIC technique …", 12627159 "A procedure is described to
    treat articular cartilage full-thickness lesions." An abstract that states a number or a significant result
    is not a technical note, whatever it calls itself."""
    from pipeline.claims.eligibility import _RESULT_NUMBERS, _TECHNIQUE_SELF

    for said in ("This study describes a modified AMIC technique consisting of perforations according to Pridie, rather "
                 "than microfractures, and the covering of the focus of the lesion with a biological collagen patch.",
                 "This technical note introduces an all-arthroscopic AMIC technique to reconstruct extensive cartilage defects.",
                 "A procedure is described to treat articular cartilage full-thickness lesions."):
        assert _TECHNIQUE_SELF.search(said) and not _RESULT_NUMBERS.search(said), said
    assert not _TECHNIQUE_SELF.search("We describe a case of psoas abscess in a dialysis patient.")
    assert _RESULT_NUMBERS.search("We describe a modified technique; IKDC improved from 45 to 80 (p < 0.001).")


def test_an_overview_that_says_nothing_the_authors_did_or_found_reports_no_findings():
    """PMID 30466717 (bundled corpus, C11; both reviewers: a narrative review): "Orthobiologics for Focal
    Articular Cartilage Defects" — its abstract lists products and says where they can be applied, with no number
    and no sentence of what was done or seen. A study's abstract says it ("were treated", "we evaluated",
    "showed")."""
    from pipeline.claims.eligibility import _RESULT_NUMBERS, _STUDY_DONE

    overview = ("Focal chondral defects of the knee are extremely common and often result in pain, dysfunction, joint "
                "deterioration, and, ultimately, the development of osteoarthritis. Due to the limitations of "
                "conventional treatments for focal chondral defects of the knee, orthobiologics have recently become "
                "an area of interest. Orthobiologics used for cartilage defects include (but are not limited to) bone "
                "marrow aspirate concentrate, adipose-derived mesenchymal stem cells, platelet-rich plasma, and "
                "micronized allogeneic cartilage. Each of these products can be applied in the clinical setting, as an "
                "isolated surgical procedure, or as an augment to cartilage restoration surgery.")
    assert not _STUDY_DONE.search(overview) and not _RESULT_NUMBERS.search(overview)
    for study in ("Twelve rabbits were treated with MSCs in the left knee.", "We evaluated the repair tissue at 12 weeks.",
                  "Histology showed hyaline-like cartilage in the treated knees."):
        assert _STUDY_DONE.search(study), study


def test_a_participle_before_its_noun_is_nothing_the_authors_found():
    """PMID 26702160 (fresh31 C356, both reviewers: no_findings, an overview with no patients or data): "A delayed
    diagnosis can lead to irreversible pathological changes and increased morbidity among ketamine abusers" — its
    "increased" qualifies a noun; it is no finite verb saying what the study saw. The finite uses still are."""
    from pipeline.claims.eligibility import _STUDY_DONE

    overview = ("Although the natural history of disease varies from person to person, a relationship between symptom "
                "severity and frequency/dosage of abuse has been established. A delayed diagnosis can lead to "
                "irreversible pathological changes and increased morbidity among ketamine abusers.")
    assert not _STUDY_DONE.search(overview)
    for adjectival in ("Patients with improved function were rare.", "It leads to a reduced range of motion."):
        assert not _STUDY_DONE.search(adjectival), adjectival
    for study in ("Pain decreased and function improved.", "Urinary frequency increased in 12 users.",
                  "The patient developed sepsis and died."):
        assert _STUDY_DONE.search(study), study


def test_a_title_testing_another_agent_on_top_of_the_therapy_does_not_isolate_it():
    """Workshop corpus titles both reviewers exclude as co-intervention only: PMID 24430431 "The effect of
    platelet-rich plasma on osteochondral defects treated with mosaicplasty" (fresh2 C91, mosaicplasty in every
    arm) and 30992060 "Effects of tranexamic acid on the recovery of osteochondral defects treated by
    microfracture and acellular matrix scaffold" (fresh3 C71). A title asking for the therapy's own effect, or
    setting it against another treatment, is not read so."""
    from pipeline.claims.eligibility import _title_tests_other_on_top

    assert _title_tests_other_on_top(FRESH2["C91"], "The effect of platelet-rich plasma on osteochondral defects "
                                     "treated with mosaicplasty", {}) == "platelet-rich plasma"
    assert _title_tests_other_on_top(FRESH3["C71"], "Effects of tranexamic acid on the recovery of osteochondral defects "
                                     "treated by microfracture and acellular matrix scaffold: an experimental study",
                                     {}) == "tranexamic acid"
    assert _title_tests_other_on_top(FRESH2["C91"], "The effect of mosaicplasty on osteochondral defects of the knee", {}) is None
    assert _title_tests_other_on_top(FRESH2["C91"], "Osteochondral autologous transplantation versus microfracture for "
                                     "the treatment of articular cartilage defects in the knee joint in athletes", {}) is None


def test_a_therapy_that_resulted_in_the_outcome_was_given_and_a_refused_one_was_not():
    """PMID 7497506 (cerebral air embolism, C87; both reviewers eligible): "Immediate compression with hyperbaric
    oxygen resulted in complete resolution of all neurological symptoms" says the patient got HBO, beside a
    background sentence naming it as practice ("Hyperbaric oxygen is the sole definitive therapy"). PMID 7602668
    ("Because the patient refused to receive a drainage procedure, we gave him antibiotics which resulted in a
    favorable outcome"): eligible for the antibiotic claim C92, and the drainage it names was refused, not given
    (C88, percutaneous drainage: both reviewers not eligible)."""
    d, e = _assess("C87", 7497506, FRESH)
    assert e.eligible, e
    d, e = _assess("C92", 7602668, FRESH2)
    assert e.eligible, e
    d, e = _assess("C88", 7602668, FRESH)
    assert not e.eligible and e.reason == "therapy_not_tested", e
