"""Direction of findings on real and hard sentences, real SYNERGY records and the annotated claim–article
pairs of data/eval, and the measured figure on the PubMedQA dev set (when the workshop folder is present)."""

import re

import pytest

from pipeline.claims.direction import conclusion_and_results, read_direction, rule_direction
from pipeline.models import AbstractSection, Article


def art(conclusion: str, results: str = "") -> Article:
    secs = []
    if results:
        secs.append(AbstractSection("RESULTS", "RESULTS", results))
    secs.append(AbstractSection("CONCLUSIONS", "CONCLUSIONS", conclusion))
    return Article(pmid=1, title="t", abstract=" ".join(f"{s.label}: {s.text}" for s in secs), abstract_sections=secs)


@pytest.mark.parametrize("conclusion, expected", [
    ("PRP injection did not significantly improve pain or function compared with saline at 12 months.", "no_effect"),
    ("There was no difference from saline in tendon healing.", "no_effect"),
    ("Outcomes after PRP were comparable to those after corticosteroid injection.", "no_effect"),
    ("Platelet-rich plasma significantly reduced pain and improved function compared with corticosteroid.", "supports"),
    ("Mesenchymal stem cell injection was associated with worse outcomes and increased the risk of complications.", "contradicts"),
])
def test_rules_read_negation_and_comparison(conclusion, expected):
    concl, results = conclusion_and_results(art(conclusion))
    assert rule_direction("PRP improves tendinopathy", concl, results).direction == expected


def test_hedged_conclusion_is_not_read_as_support_by_the_rules():
    a = art("PRP may improve outcomes, but larger trials are needed; the evidence remains inconclusive.")
    concl, results = conclusion_and_results(a)
    assert rule_direction("PRP improves tendinopathy", concl, results).direction == "unclear"


def test_unstructured_abstract_uses_the_concluding_sentences():
    a = Article(pmid=2, title="x", abstract="We randomized 60 patients. Pain was measured at 6 weeks. "
                "In conclusion, the injection did not reduce pain compared with placebo.")
    concl, _ = conclusion_and_results(a)
    assert concl and concl[-1].startswith("In conclusion")
    assert read_direction("injection reduces pain", a).direction == "no_effect"


def test_records_the_shipped_classifier_learnt_from_are_scored_out_of_fold(monkeypatch):
    """On its own training records the shipped classifier is nearly always right (it has seen them), so
    a file whose fingerprint its manifest records is scored out-of-fold, by classifiers that never saw
    the record; any other file is scored by the shipped classifier. Our 40-record PubMedQA sample
    (copied from the training file) plays both parts."""
    from pipeline.claims import direction_model as dm
    from pipeline.claims.eval_direction import evaluate_direction
    from pipeline.model_files import sha256_file

    from conftest import FIXTURES

    sample = FIXTURES / "pubmedqa_sample.json"
    seen = evaluate_direction(sample)
    assert seen.n == 40 and seen.summary["method"] == "rules + shipped classifier"
    assert seen.summary["accuracy"] >= 0.95  # in-sample: not a measurement
    trained_on = dict(dm.manifest(), trained_on=[{"path": sample.name, "sha256": sha256_file(sample)}])
    monkeypatch.setattr(dm, "manifest", lambda: trained_on)
    oof = evaluate_direction(sample)
    assert oof.n == 40 and "out-of-fold" in oof.summary["method"]
    assert oof.summary["accuracy"] < seen.summary["accuracy"] - 0.3  # 40 records are too few to learn from
    assert evaluate_direction(sample, out_of_fold=True).summary == oof.summary


@pytest.mark.workshop
def test_dev_set_accuracy_is_measured_out_of_fold(workshop):
    from pipeline.claims.eval_direction import evaluate_direction

    rep = evaluate_direction(workshop / "dev/direction/pubmedqa_dev.json")
    assert rep.n == 522
    # well above the majority class (0.55); see README for the current figure
    assert rep.summary["accuracy"] >= 0.68
    assert "out-of-fold" in rep.summary["method"]


@pytest.mark.parametrize("sentence, finding", [
    ("Further studies are needed to confirm these results.", False),
    ("The purpose of this study was to compare BMAC with cord-blood MSCs.", False),
    ("Initial outcome follow-up for publication of results will be at 12 months.", False),
    ("Australia and New Zealand Clinical Trials Register (ANZCTR Trial ID: ACTRN12614000812695).", False),
    ("Level IV, therapeutic study.", False),
    ("PRP significantly reduced pain; larger trials are needed to confirm it.", True),
    ("There were no significant differences in the clinical outcomes between the two groups.", True),
    # real abstract lines: a numbered conclusion split off, limitations, background citing others
    ("3.", False),
    ("The number of cases is still limited, and further studies with larger sample sizes and greater "
     "follow-up evaluations are required to confirm our results.", False),
    ("Furthermore, fibrin glue as a cell carrier became one of the preferred techniques in experimental "
     "cartilage repair and has already successfully been used in several animal studies (19-21).", False),
    ("The study group requires 2-3 years of further monitoring to clinically verify this treatment modality.", False),
])
def test_sentences_that_state_no_finding(sentence, finding):
    from pipeline.claims.direction import is_finding

    assert is_finding(sentence) is finding


def test_a_trial_protocol_has_no_direction_and_findings_are_what_readers_see():
    """Real SYNERGY records: a protocol ("follow-up ... will occur", ethics approval) reports nothing,
    so its direction is unclear; for a case series the sentence shown is its finding, not "long-term
    follow-up is needed" (OpenAlex text runs sentences together: "durable.Level IV")."""
    arts = _synergy(26685030, 21965060)
    protocol = read_direction("MSCs for knee cartilage repair and osteoarthritis", arts[26685030])
    assert protocol.direction == "unclear" and protocol.cues == ("no finding stated",)
    series = read_direction("PRP for knee osteoarthritis", arts[21965060])
    assert series.direction == "supports"
    assert series.sentence.startswith("The cell-free PGA-hyaluronan scaffold combined with PRP leads to cartilage repair")


@pytest.mark.parametrize("sentence", [
    "Published by Wiley Periodicals, Inc. J Orthop Res 28:1586-1599, 2010",
    "Disclosure of potential conflicts of interest is found at the end of this article.",
    "J Biomed Mater Res Part B: Appl Biomater 101B: 1310–1320, 2013.",
    "Cite this article: Bone Joint Res 2021;10(10):677-689.",
    "Avoid excessive force.ACLR = Anterior cruciate ligament reconstructionBMAC = Bone marrow aspirate concentrate",
    "We present an arthroscopic technique of cartilage repair using a hyaluronic acid-based scaffold.",
    "In this article, we review the preclinical and clinical literature on engineered cartilage.",
])
def test_publisher_and_disclosure_lines_are_not_findings(sentence):
    from pipeline.claims.direction import is_finding

    assert not is_finding(sentence)


def test_short_names_count_inside_compounds_for_the_finding_check():
    from pipeline.claims.mentions import names_concept
    from pipeline.claims.models import Concept

    msc = Concept("mesenchymal stem cells", ("MSC", "MSCs"))
    assert names_concept(msc, "Chondrogenesis was more efficient using BM-MSC than AT-MSC.")
    assert names_concept(msc, "Scaffold-supported synMSCs with BMP-7 formed hyaline cartilage.")
    assert not names_concept(msc, "MSCT imaging of the knee showed no change.")


def _synergy(*pmids):
    """The SYNERGY MSC knee OA records (bundled in data/corpus) with these PMIDs."""
    from pipeline.parsing import parse_path

    from conftest import SYNERGY

    return {a.pmid: a for a in parse_path(SYNERGY) if isinstance(a, Article) and a.pmid in pmids}


def test_a_finding_about_another_therapy_does_not_count_for_the_claim():
    """Real SYNERGY records linked to the seed's claims. Fat-pad MSCs delivered in PRP "improve symptoms
    of knee osteoarthritis": a finding about the MSCs, not about PRP. A homing-peptide scaffold
    "enhanced endogenous stem cell homing": not a test of MSCs homing via CXCR4. A PRP-plus-microfracture
    trial against microfracture alone is about PRP and still supports the PRP claim."""
    from pipeline.claims.catalog import load_catalog
    from pipeline.claims.direction import read_claim_direction
    from pipeline.claims.mentions import abbreviations_in

    claims = {c.id: c for c in load_catalog()}
    arts = _synergy(23375182, 30429885, 23412171)

    def read(cid, pmid):
        a = arts[pmid]
        return read_claim_direction(claims[cid], a, abbreviations_in(f"{a.title}\n{a.abstract}"))

    vehicle = read("C04", 23375182)
    assert vehicle.direction == "unclear"
    assert vehicle.cues[-1] == "the finding is not about platelet-rich plasma"
    assert vehicle.sentence  # the finding stays visible to the reviewer
    assert read("C09", 30429885).direction == "unclear"
    assert read("C04", 23412171).direction == "supports"


def test_a_finding_about_what_acts_on_the_therapy_or_about_an_add_on_in_every_arm():
    """"Tropoelastin improves adhesion ... of fat-pad MSCs" is a finding about tropoelastin (real
    SYNERGY record); "MSCs with allogenic cartilage are superior to MSCs alone" is about the cartilage.
    A claim that compares MSC sources is about exactly such a comparison, so it is kept there."""
    from pipeline.claims.aboutness import finding_about_claim
    from pipeline.claims.catalog import load_catalog
    from pipeline.claims.direction import read_claim_direction
    from pipeline.claims.mentions import abbreviations_in

    claims = {c.id: c for c in load_catalog()}
    a = _synergy(34901559)[34901559]
    d = read_claim_direction(claims["C11"], a, abbreviations_in(f"{a.title}\n{a.abstract}"))
    assert d.direction == "unclear" and d.not_about == "the finding is about what acts on mesenchymal stem cells"
    add_on = ["Implantation of MSCs with allogenic cartilage is superior to implantation of MSCs alone "
              "in knee cartilage regeneration."]
    assert not finding_about_claim(claims["C11"], "MSCs plus allogenic cartilage", add_on).about
    sources = ["Chondrogenesis in HA scaffolds was more efficient using BM-MSC than AT-MSC (adipose)."]
    assert finding_about_claim(claims["C12"], "Comparison of MSC from bone marrow and adipose tissue", sources).about
    # "with activated BMAC": a participle qualifying the therapy, not another agent acting on it
    assert finding_about_claim(claims["C11"], "One-Stage Cartilage Repair Using a Hyaluronic Acid-Based Scaffold",
                               ["Repair of chondral injury using a hyaluronic acid-based scaffold with activated bone "
                                "marrow aspirate concentrate provides better clinical outcomes and more durable "
                                "cartilage repair at medium-term follow-up compared with microfracture."]).about
    # improvement *after* the therapy names it as the cause, not the object
    assert finding_about_claim(claims["C11"], "MSC injection for knee osteoarthritis",
                               ["Pain improved after MSC injection in knee osteoarthritis."]).about


def test_direction_on_the_seed_claims_is_measured_on_annotated_pairs():
    """113 linked claim–article pairs labelled by two annotators (Cohen's kappa 0.95): the check that the
    finding is about the claim is what makes the reader useful on real links."""
    from pipeline.claims.eval_direction import evaluate_claim_directions

    rep = evaluate_claim_directions()  # articles from the bundled corpus, data/corpus
    assert rep.n == 113 and rep.summary["pairs without their article or claim"] == 0
    assert rep.summary["accuracy (direction reader alone)"] < 0.45
    assert rep.summary["accuracy"] >= 0.65
    assert rep.summary["accuracy"] - rep.summary["accuracy (direction reader alone)"] >= 0.25


def test_comparison_claims_read_whether_the_groups_differ():
    """C12 (MSC source changes what the cells do) and C12b (young donor cells outperform the patient's
    own, ordered) on real SYNERGY trials of cord-blood MSCs against BMAC: "no difference in clinical
    outcomes; however hUCB-MSC implantation was more effective for cartilage regeneration" supports
    both; "no differences between two groups" is no effect, however upbeat the conclusion."""
    from pipeline.claims.catalog import load_catalog
    from pipeline.claims.direction import read_claim_direction
    from pipeline.claims.mentions import abbreviations_in

    claims = {c.id: c for c in load_catalog()}
    assert claims["C12b"].condition.ordered and not claims["C12"].condition.ordered
    arts = _synergy(33492407, 32713192)

    def read(cid, pmid):
        a = arts[pmid]
        return read_claim_direction(claims[cid], a, abbreviations_in(f"{a.title}\n{a.abstract}"))

    superior = read("C12b", 33492407)
    assert superior.direction == "supports" and "more effective than BMAC" in superior.sentence
    assert read("C12", 33492407).direction == "supports"
    assert read("C12", 32713192).direction == "no_effect"
    assert read("C12b", 32713192).direction == "no_effect"


def test_comparison_reader_on_sentences():
    from pipeline.claims.catalog import load_catalog
    from pipeline.claims.comparison import read_comparison

    claims = {c.id: c for c in load_catalog()}
    young, source = claims["C12b"].condition, claims["C12"].condition
    worse = ["Autologous bone marrow aspirate concentrate was superior to allogeneic cord blood MSCs."]
    assert read_comparison(young, [worse], ordered=True).direction == "contradicts"
    assert read_comparison(source, [["synMSCs retained superior chondrogenic potential to bone marrow-derived MSCs."]]).direction == "supports"
    # a comparative without its "than" compares nothing
    assert read_comparison(source, [["Cord blood, as well as more injectable bone marrow stem cells, may be useful."]]) is None
    # a one-source finding does not compare sources
    assert read_comparison(source, [["Adipose-derived stem cells improved pain at 12 months."]]) is None


def _read_c11(*pmids):
    from pipeline.claims.catalog import load_catalog
    from pipeline.claims.direction import read_claim_direction
    from pipeline.claims.mentions import abbreviations_in

    claim = {c.id: c for c in load_catalog()}["C11"]
    return {p: read_claim_direction(claim, a, abbreviations_in(f"{a.title}\n{a.abstract}"))
            for p, a in _synergy(*pmids).items()}


def test_what_the_findings_say_of_the_therapy_itself_decides():
    """Real SYNERGY records for the MSC knee claim, where the conclusion's tone misleads: "BMAC ...
    relieves pain ... but showed no superiority to saline injection" and "No significant difference was
    found between treatment and control group" are null results; "no statistically significant
    improvements ... for SVF-treated knees" (PRP improved them) too. "Although there was no significant
    difference ... in the 2 groups, this study confirms that intra-articular BMSCs enhance cartilage
    repair quality" states a benefit of the cells, as does an ADSC + microfracture trial "with no
    differences in activity" subscores."""
    d = _read_c11(30160168, 30498731, 29020691, 21862278, 26585585)
    assert d[30160168].direction == "no_effect" and "no superiority to saline" in d[30160168].sentence
    assert d[30498731].direction == "no_effect"
    assert d[29020691].direction == "no_effect" and "SVF-treated knees" in d[29020691].sentence
    assert d[21862278].direction == "supports" and "enhance cartilage repair quality" in d[21862278].sentence
    assert d[26585585].direction == "supports"


def test_technique_and_tracking_papers_state_no_finding_about_the_therapy():
    """Real SYNERGY records: an arthroscopic technique presented without data ("We present an
    arthroscopic technique ... has the potential for routine use"), an article demonstrating injectable
    scaffolds with BMAC, and magnetic delivery / fluorescence tracking of labelled MSCs say nothing of
    what the cells do for cartilage, whatever their closing praise."""
    d = _read_c11(27709058, 33738211, 21505986, 27329519)
    for pmid in (27709058, 33738211):
        assert d[pmid].direction == "unclear"
        assert d[pmid].not_about == "the abstract presents a technique or hypothesis and reports no data"
    for pmid in (21505986, 27329519):
        assert d[pmid].direction == "unclear" and "a method applied to mesenchymal stem cells" in d[pmid].not_about


@pytest.mark.parametrize("findings, expected", [
    (["BMAC is safe to perform and relieves pain from knee arthritis but showed no superiority to saline "
      "injection at 12-month follow-up."], "no_effect"),
    (["Besides, intra-articular injections of xenogenic SF-MSCs did exert neither chondroprotection nor "
      "inflammation in ACLT-induced OA in the rat knee."], "no_effect"),
    (["The addition of MSC did not show any advantage in the protection of articular cartilage over "
      "acellular scaffolds (P > 0.05)."], "no_effect"),
    (["However, there was a tendency for a better quality of repair in the MSC treated knees."], None),
    (["Despite the growing interest in this biological approach for cartilage regeneration, knowledge on "
      "this topic is still preliminary, as shown by the prevalence of preclinical studies."], "unclear"),
    (["Compared with MFX alone, MFX and ADSCs with fibrin glue provided radiologic and KOOS pain and "
      "symptom subscore improvements, with no differences in activity, sports, or quality-of-life subscores."],
     "supports"),
])
def test_therapy_verdict_on_real_sentences(findings, expected):
    from pipeline.claims.catalog import load_catalog
    from pipeline.claims.verdict import therapy_verdict

    therapy = {c.id: c for c in load_catalog()}["C11"].therapy
    v = therapy_verdict(therapy, findings, [])
    assert (v[0] if v else None) == expected


def test_held_out_claim_directions_beat_the_majority_class():
    """170 C11 pairs labelled one annotator each, none used to write the rules before they were scored
    (C and D were read afterwards; E and F after the last rules were frozen): the reader must beat
    always answering the commonest label."""
    from pipeline.claims.eval_direction import CLAIM_GOLD, evaluate_claim_directions

    rep = evaluate_claim_directions(CLAIM_GOLD.with_name("claim_directions_heldout.csv"))
    assert rep.n == 170 and rep.summary["pairs without their article or claim"] == 0
    assert rep.summary["accuracy"] > rep.summary["majority_class"] + 0.1
    fresh = evaluate_claim_directions(CLAIM_GOLD.with_name("claim_directions_heldout.csv"), annotators={"E", "F"})
    assert fresh.n == 70


def test_claim_direction_eval_by_annotator_from_the_cli():
    """`--annotator` picks a batch of the held-out file; one the file lacks is a bad argument (exit 2)."""
    from typer.testing import CliRunner

    from pipeline.cli.app import app

    held_out = "data/eval/claim_directions_heldout.csv"
    ok = CliRunner().invoke(app, ["eval", "claim-direction", "--data", held_out,
                                  "--annotator", "D"])  # the articles: the bundled corpus, by default
    assert ok.exit_code == 0, ok.output
    assert "50" in ok.output  # the report's n
    bad = CliRunner().invoke(app, ["eval", "claim-direction", "--data", held_out,
                                   "--annotator", "Z"])
    assert bad.exit_code == 2 and "no pairs labelled by Z" in re.sub(r"[\s│]+", " ", bad.output)


# PMID 10052247 (fresh5, claim C63): a phase II regimen whose conclusion calls its activity scarce; the
# results' numbers ("The median durations of response and survival were 9 and 5 months") made it support.
_SCARCE_RESULTS = ("We obtained 3 PR, 4 SD and 13 PD. Overall response rate was 15% (95% CI: 3% to 38%). "
                   "The median durations of response and survival were 9 and 5 months, respectively.")


@pytest.mark.parametrize("conclusion, expected", [
    ("The ELFE regimen demonstrates scarce activity in patients with advanced pancreatic cancer, with mild "
     "toxicity.", "no_effect"),
    ("The regimen showed little clinical benefit in patients with advanced pancreatic cancer.", "no_effect"),
    ("This combination has minimal antitumor activity in advanced pancreatic cancer.", "no_effect"),
    ("The lack of efficacy of the regimen in advanced pancreatic cancer was confirmed.", "no_effect"),
    # scarcity of harm is no scarcity of effect: the safety words between are not effect modifiers
    ("The regimen is active in advanced pancreatic cancer with limited side effects.", "supports"),
    ("The regimen improved survival in advanced pancreatic cancer with minimal adverse effects.", "supports"),
])
def test_an_effect_called_scarce_is_no_support(conclusion, expected):
    a = art(conclusion, _SCARCE_RESULTS)
    concl, results = conclusion_and_results(a)
    assert rule_direction("Chemotherapy for advanced pancreatic cancer", concl, results).direction == expected
    assert read_direction("Chemotherapy for advanced pancreatic cancer", a).direction == expected
