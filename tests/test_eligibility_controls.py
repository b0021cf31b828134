"""Control arms of animal studies (session 11): the arms reader reads the controls reviewers read —
split-body controls ("… in one knee while an empty scaffold … in the contra-lateral knee"), defects "left
empty", arms listed with their labels after them, groups that "did not receive" anything — so a study whose
finding names only the construct or the groups still shows the therapy as what differs between its arms.
Each rule on the real sentences of the records it was written from (workshop corpus records of the
development sets, `tests/fixtures/eligibility_records.jsonl`, see tests/fixtures/README.md); expectations
are the blind reviewers' eligibility labels."""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from tests.test_eligibility_recall import RECORDS, _assess

BUNDLED = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "claims.yaml")}
FRESH2 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh2" / "claims.yaml")}
FRESH3 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh3" / "claims.yaml")}


def _arms(pmid: int) -> list[tuple[str, str, bool]]:
    from pipeline.claims.reading import read_article
    from pipeline.nlp.arms import read_arms

    return [(a.label, a.received, a.is_control) for a in read_arms(read_article(RECORDS[pmid][0])).arms]


def _sentence_arms(text: str) -> list[tuple[str, bool]]:
    from pipeline.claims.reading import read_article
    from pipeline.models import Article
    from pipeline.nlp.arms import read_arms

    return [(a.label, a.is_control) for a in read_arms(read_article(Article(1, "A rabbit study", f"Rabbits were used. {text} "
                                                                                                  "Results follow."), {})).arms]


def test_a_split_body_control_in_the_contralateral_knee_is_an_arm():
    """PMID 18592218 (rabbits, C11; both reviewers eligible): "the scaffold with MSC was implanted in one knee
    while an empty scaffold was implanted in the contra-lateral knee" — its finding speaks of "the two
    treatments" and "the MSC treated knees", which the finding reader does not read as about MSCs; the arms
    show the cells are what differs. PMID 25450842 (rabbits, C95): "The defects were filled with a
    chondrocyte-seeded scaffold in the right knee and an empty scaffold in the left knee" (one verb for both)."""
    assert _arms(18592218) == [("scaffold with MSC", "scaffold with MSC", False), ("empty scaffold", "empty scaffold", True)]
    d, e = _assess("C11", 18592218, BUNDLED)
    assert d.not_about and e.eligible and "animal" in e.indirectness, e
    assert [(lab, c) for lab, _, c in _arms(25450842)] == [("chondrocyte-seeded scaffold", False), ("empty scaffold", True)]
    # the empty scaffold is the control of a chondrocyte-seeded scaffold, not an arm that also gets it
    d, e = _assess("C95", 25450842, FRESH2)
    assert e.eligible and "differs between arms" in e.why, e
    # a side named with nothing given into it is no arm (PMID 19768793's "the left knee was used as the control")
    assert _sentence_arms("The gel was implanted in one knee and the other knee served as control.") == []


def test_defects_left_empty_and_groups_given_nothing_are_control_arms():
    """PMID 23261221 (pigs): "The defects were implanted with an allogenic TEC or were left empty"; PMID 25036509
    (rabbits): "group B obtained ACMs, and group C did not receive any transplants" — each group's words end where
    the next group is named."""
    assert _arms(23261221) == [("allogenic TEC", "allogenic TEC", False), ("left empty", "left empty", True)]
    assert _arms(25036509) == [("group B", "ACMs", False), ("group C", "did not receive any transplants", True)]


def test_arms_listed_with_their_labels_after_them_are_read():
    """PMID 22588408 (rabbits, the cell-free scaffold claim C71; both reviewers eligible): "repaired with
    microfracture and cell-free PLLGA scaffold implantation (group 1), microfracture (group 2), or cell-free
    PLLGA scaffold implantation (group 3)" — microfracture alone is the comparison that isolates the scaffold,
    so the study is not "the scaffold only together with microfracture". PMID 25316498 (pigs, C95): seeded,
    unseeded and untreated lesions ("(cell+group)", "(cell− group)", "(untreated group)"). PMID 27436718 (sheep,
    AMIC C90): "(n = 12; AMIC group)" against "(n = 12; microfracture group)"."""
    assert [a[:2] for a in _arms(22588408)] == [("group 1", "microfracture and cell-free PLLGA scaffold implantation"),
                                               ("group 2", "microfracture"), ("group 3", "cell-free PLLGA scaffold implantation")]
    d, e = _assess("C71", 22588408, FRESH3)
    assert e.eligible and "differs between arms" in e.why, e
    assert _arms(25316498) == [("cell+group", "scaffolds seeded with autologous chondrocytes", False),
                               ("cell− group", "unseeded scaffolds", True), ("untreated group", "left untreated", True)]
    d, e = _assess("C95", 25316498, FRESH2)
    assert e.eligible, e
    assert [a[0] for a in _arms(27436718)] == ["AMIC group", "microfracture group"]
    d, e = _assess("C90", 27436718, FRESH2)
    assert e.eligible and "differs between arms" in e.why, e


def test_a_product_derived_from_the_therapy_is_not_the_therapy_given():
    """PMID 31566195 (rabbits and minipigs, C11; both reviewers: not eligible): "In the ECM group, autologous bone
    MSC-derived ECM scaffolds were implanted" gives a matrix made by the cells, not the cells."""
    from pipeline.claims.eligibility import _arm_gives_therapy

    c11 = BUNDLED["C11"]
    assert not _arm_gives_therapy(c11, "ECM group autologous bone MSC-derived ECM scaffolds", {})
    assert _arm_gives_therapy(c11, "bone marrow-derived MSCs in a fibrin gel", {})
    d, e = _assess("C11", 31566195, BUNDLED)
    assert not e.eligible, e


def test_an_abbreviation_defined_as_something_else_is_not_the_active_product():
    """PMID 24655056 (rabbits, C11; both reviewers eligible): "a hydroxyapatite (HA) artificial bone … In the
    control group, HA alone was implanted": HA is hydroxyapatite here, the carrier both arms get, not hyaluronic
    acid — the arms do not differ by another active product."""
    d, e = _assess("C11", 24655056, BUNDLED)
    assert e.eligible, e


def test_a_controlled_experiment_of_the_titles_therapy_isolates_it():
    """PMID 23261221 (pigs, MSCs for meniscus injury C74; both reviewers eligible): the title names the therapy
    ("a scaffold-free tissue-engineered construct derived from allogenic synovial MSCs"), the arms are "an
    allogenic TEC" against defects "left empty": the treated arm gives the title's therapy even though its own
    words ("TEC") do not name MSCs. Not when the title sets the therapy with another product or procedure."""
    from pipeline.claims.eligibility import _controlled_title_experiment
    from pipeline.claims.reading import read_article
    from pipeline.nlp.arms import read_arms

    d, e = _assess("C74", 23261221, FRESH3)
    # (since session 20 its finding, "a promising stem cell-based therapy", names the claim's "stem cells" in the
    # singular and reads supports, as both reviewers; the arms still show what differs between them)
    assert d.direction == "supports" and not d.not_about and e.eligible and "differs between arms" in e.why, e
    art, r = RECORDS[23261221]
    reading = read_article(art)
    arms = read_arms(reading)
    assert _controlled_title_experiment(FRESH3["C74"], arms, art.title, reading.abbreviations, "animal_study", True, False, False)
    assert not _controlled_title_experiment(FRESH3["C74"], arms, "Synovial MSCs combined with PRP for meniscal lesions",
                                            reading.abbreviations, "animal_study", True, False, False)
    # a clinical study is not a laboratory experiment
    assert not _controlled_title_experiment(FRESH3["C74"], arms, art.title, reading.abbreviations, "rct", False, False, True)


def test_a_time_said_later_in_the_comparators_clause_is_no_before_after_comparison():
    """PMID 26069709 (RCT, chitosan scaffolds C52; both reviewers eligible): "Patients were randomized to receive
    BST-CarGel® treatment or microfracture alone, and followed standardized 12-week rehabilitation" compares two
    arms; the "12-week" of the rehabilitation both got is no baseline, so the trial is not read as a single arm
    whose scaffold comes only with microfracture."""
    from pipeline.claims.reading import read_article
    from pipeline.nlp.arms import read_arms

    fresh4 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh4" / "claims.yaml")}
    assert not read_arms(read_article(RECORDS[26069709][0])).single_arm
    d, e = _assess("C52", 26069709, fresh4)
    assert e.eligible, e


def test_the_therapy_given_instead_of_another_product_on_top_of_the_same_surgery_is_compared():
    """PMID 33492407 (retrospective, propensity-matched; bone marrow aspirate concentrate C75; both reviewers eligible): "176 patients who
    underwent HTO combined with a BMAC or hUCB-MSC procedure": the osteotomy is given with either product, so
    BMAC is compared with umbilical-cord MSCs, not given only together with HTO. (The definitions: cells +
    surgery against a different surgery does not isolate the cells; against the same surgery with another
    product it does.)"""
    from pipeline.claims.eligibility import _alternative_to

    c75 = FRESH3["C75"]
    assert _alternative_to(c75, "patients who underwent HTO combined with a BMAC or hUCB-MSC procedure", {}) == \
        "hUCB-MSC procedure"
    assert _alternative_to(c75, "patients who underwent HTO combined with BMAC", {}) is None
    assert _alternative_to(c75, "BMAC or microfracture", {}) is None  # a procedure is no alternative product
    d, e = _assess("C75", 33492407, FRESH3)
    assert e.eligible, e


def test_a_first_year_value_is_a_before_after_comparator():
    """PMID 30195954 (hip series, chitosan scaffolds C52; both reviewers: cointervention_only): "… obtained at the
    endpoint when compared with the first-year values" compares the same patients over time, so the series stays
    single-arm and its "chitosan-based scaffold" given only with microfractures does not isolate the scaffold."""
    from pipeline.claims.reading import read_article
    from pipeline.nlp.arms import read_arms

    fresh4 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh4" / "claims.yaml")}
    assert read_arms(read_article(RECORDS[30195954][0])).single_arm
    d, e = _assess("C52", 30195954, fresh4)
    assert not e.eligible and e.reason == "cointervention_only", e


def test_a_therapy_only_measured_in_the_participants_is_not_tested():
    """PMID 20670444 (knee lavage after microfracture or ACI, the BMP claim C56; both reviewers: therapy_not_tested):
    "The concentrations of BMP-2 and BMP-7 were determined by ELISA" — every sentence naming BMPs is about their
    levels, none gives them. A study that also gives the product is not caught, nor a cell therapy."""
    from pipeline.claims.eligibility import _only_measured
    from pipeline.claims.reading import read_article
    from pipeline.models import Article

    fresh4 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh4" / "claims.yaml")}
    d, e = _assess("C56", 20670444, fresh4)
    assert not e.eligible and e.reason == "therapy_not_tested" and "ELISA" in e.evidence, e
    given = read_article(Article(2, "BMP-2 for cartilage defects", "Rabbits were used. Defects were treated with BMP-2 "
                                 "in a collagen sponge. BMP-2 levels in the joint fluid were measured at 4 weeks."))
    assert _only_measured(fresh4["C56"], given) is None


def test_what_all_patients_of_a_comparing_study_were_treated_with_is_given_to_every_arm():
    """PMID 22205098 (talar lesions, the microfracture claim C70; both reviewers: cointervention_only): "The patients
    were treated with arthroscopic debridement and microfracture technique. Randomly selected 41 patients were
    injected intra-articular hyaluronan (injection group)" — the groups differ by hyaluronan, every arm gets
    microfracture. A single-arm series' "all patients underwent X" stays its exposure."""
    from pipeline.claims.reading import read_article
    from pipeline.models import Article
    from pipeline.nlp.arms import read_arms

    arms = read_arms(read_article(RECORDS[22205098][0]))
    assert any("microfracture" in c for c in arms.cointerventions), arms.cointerventions
    d, e = _assess("C70", 22205098, FRESH3)
    assert not e.eligible and e.reason == "cointervention_only", e
    series = read_arms(read_article(Article(3, "Microfracture for talar lesions", "We followed 20 patients. The patients "
                                            "were treated with arthroscopic microfracture. Scores improved at 2 years.")))
    assert series.single_arm and not series.cointerventions


def test_a_measured_quantity_elsewhere_in_the_sentence_does_not_make_the_therapy_measured():
    """PMID 18434214 (accelerated vs traditional weight-bearing after MACI, randomised; fresh5 C59, both reviewers:
    eligible): the splitter leaves "…patients reached full weight bearing at 8 weeks post-surgery, compared to 11
    weeks for the 'traditional' group. <h3>Results</h3> Patients in the 'accelerated' group achieved greater 6min
    walk distances and daily activity levels …" as one sentence; "activity levels" is no level of the therapy."""
    from pipeline.claims.eligibility import _only_measured
    from pipeline.claims.reading import read_article
    from pipeline.models import Article

    fresh5 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh5" / "claims.yaml")}
    text = ("Under the ‘accelerated' protocol, patients reached full weight bearing at 8 weeks post-surgery, compared to "
            "11 weeks for the ‘traditional' group. <h3>Results</h3> Patients in the ‘accelerated' group achieved greater "
            "6min walk distances and daily activity levels as measured by accelerometry (<i>P</i><0.05) compared to the "
            "‘traditional' group.")
    reading = read_article(Article(18434214, "Accelerated vs traditional weight bearing after MACI", text))
    assert _only_measured(fresh5["C59"], reading) is None
