"""Feature set 2 of the P/I/O tagger (`pico_features.doc_context`, `heading_at`, the title line) on
real abstracts, and the document-level tuning split the features were chosen on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.nlp.pico import text_pipeline
from pipeline.nlp.pico_features import doc_context, doc_tokens, heading_at, token_features
from pipeline.nlp.train_pico import load_cues, tuning_split

FIXTURES = Path(__file__).parent / "fixtures"
CUES = load_cues()


def _read(text: str):
    words, positions, offsets, sent_ids = doc_tokens(text_pipeline()(text))
    return words, positions, sent_ids, doc_context(words, sent_ids, positions, CUES)


def _at(words: list[str], word: str, after: int = 0) -> int:
    return words.index(word, after)


@pytest.fixture(scope="module")
def structured():
    """PMID 29253350 (microfracture versus mosaicplasty, 15-17 years): a title without a final stop,
    then "Background: ... Methods: ... Results: ... Conclusion: ..." as PubMed prints it."""
    rec = json.loads((FIXTURES / "findings_abstracts.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert rec["pmid"] == 29253350
    return _read(rec["title"] + "\n" + rec["abstract"])


def test_title_line_is_the_title_even_when_it_runs_into_the_first_sentence(structured):
    words, positions, sent_ids, _ = structured
    few = _at(words, "Few")  # "Background: Few comparative randomized ..." opens the abstract
    assert set(positions[:_at(words, "Background")]) == {"T"}
    assert positions[few] != "T"


def test_sections_follow_the_headings_of_a_structured_abstract(structured):
    words, _, _, ctx = structured
    sec = [next(f for f in c if f.startswith("sec=")) for c in ctx]
    assert sec[_at(words, "Few")] == "sec=B"
    forty = _at(words, "Forty")  # "Methods: Forty patients with articular cartilage defects were randomized"
    assert sec[forty] == "sec=M" and sec[_at(words, "Inclusion")] == "sec=M"
    assert sec[_at(words, "Forty", forty + 1)] == "sec=R"  # "Results: Forty patients were included"
    assert sec[-2] == "sec=C"
    assert sec[0] == "sec=-"  # the title, before any heading


def test_heading_at_reads_both_heading_styles():
    assert heading_at(["METHODS", "Twenty", "patients"], 0, CUES) == "M"  # EBM-NLP: no colon
    assert heading_at(["MAIN", "OUTCOME", "MEASURES", ":", "Pain"], 0, CUES) == "M"
    assert heading_at(["Results", ":", "Forty"], 0, CUES) == "R"
    assert heading_at(["CONCLUSIONS", "PRP", "helps"], 0, CUES) == "C"
    # an acronym opening a sentence, or a word before a colon in a ratio, is no heading
    assert heading_at(["PRP", "was", "injected"], 0, CUES) is None
    assert heading_at(["Results", "were", "similar"], 0, CUES) is None
    assert heading_at(["ratio", "1", ":", "1"], 0, CUES) is None


def test_abstracts_without_headings_say_so():
    words, _, _, ctx = _read((FIXTURES / "abstract_23412171.txt").read_text(encoding="utf-8").strip())
    assert {f for c in ctx for f in c if f.startswith("sec=")} == {"sec=none"}


def test_title_words_recurrence_abbreviations_parentheses_and_cues_on_a_real_rct():
    # PMID 23412171: PRP as an adjunct to microfracture in early knee OA (tests/fixtures)
    words, positions, sent_ids, ctx = _read((FIXTURES / "abstract_23412171.txt").read_text(encoding="utf-8").strip())
    body = next(i for i, p in enumerate(positions) if p != "T")
    micro = _at(words, "microfracture", body)
    assert "tt" in ctx[micro] and "tf=5+" in ctx[micro]   # named in the title, recurs through the abstract
    ikdc = _at(words, "IKDC")
    assert "tt" not in ctx[ikdc]                           # an outcome the title does not name
    oa = _at(words, "OA")
    assert words[oa - 1] == "(" and "par" in ctx[oa] and "ab" in ctx[oa]  # "osteoarthritic (OA) knee"
    assert "ab" in ctx[_at(words, "OA", oa + 1)]            # a later use of the defined abbreviation
    assert "ab" not in ctx[_at(words, "PRP")] and "par" not in ctx[_at(words, "PRP")]
    assert "par" not in ctx[_at(words, "knee")]
    # "... and randomly divided into 2 groups: a control group with only arthroscopic microfracture"
    divided = _at(words, "divided")
    assert "L:arm" in ctx[divided] and "R:arm" in ctx[divided]
    # "The patients were prospectively evaluated with VAS, IKDC score": an outcome cue to the left of VAS
    assert "L:outcome" in ctx[_at(words, "VAS")]
    assert "R:people" in ctx[_at(words, "49") - 1] or "L:people" in ctx[_at(words, "49") + 2]
    # the place in the sentence: "49 patients who underwent ..." opens its sentence
    assert "si=0" in ctx[_at(words, "49")] and "si=1" in ctx[_at(words, "49") + 1]


def test_token_features_add_the_context_and_the_wider_window():
    words, positions, sent_ids, ctx = _read("Effect of metformin in adults.\nWe randomised 30 adults to metformin or placebo.")
    base = token_features(words, positions, {})
    full = token_features(words, positions, {}, extras=ctx, wide=True)
    i = _at(words, "metformin", next(k for k, p in enumerate(positions) if p != "T"))
    assert not any(f.startswith(("sec=", "w3=", "w-3=")) for f in base[i])
    assert set(base[i]) < set(full[i])
    assert "w-3=00" in full[i] and "w3=." in full[i] and "tt" in full[i] and "L:arm" in full[i]


def test_tuning_split_is_document_level_fixed_and_order_free():
    docs = [{"pmid": str(1000 + k), "text": f"doc {k}"} for k in range(200)]
    fit, tune = tuning_split(docs)
    assert len(tune) == 20 and len(fit) == 180
    assert not {d["pmid"] for d in fit} & {d["pmid"] for d in tune}
    again = tuning_split(list(reversed(docs)))
    assert {d["pmid"] for d in again[1]} == {d["pmid"] for d in tune}
    other = tuning_split(docs, seed=1)[1]
    assert {d["pmid"] for d in other} != {d["pmid"] for d in tune}


def test_span_post_processing_joins_and_carries_a_named_arm_to_its_later_mentions():
    from pipeline.nlp.pico import inside_flags

    # "Aspirin and clopidogrel were given . Aspirin reduced pain ." as one element's marginals
    words = ["Aspirin", "and", "clopidogrel", "were", "given", ".", "Aspirin", "reduced", "pain", ".", "Aspirin"]
    sents = [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2]
    probs = [0.9, 0.1, 0.8, 0.05, 0.05, 0.0, 0.25, 0.02, 0.01, 0.0, 0.05]
    plain = inside_flags(words, sents, probs, 0.3)
    assert plain == [p >= 0.3 for p in probs] == inside_flags(words, sents, probs, 0.3, {})
    joined = inside_flags(words, sents, probs, 0.3, {"join": ["and"]})
    assert joined[:3] == [True, True, True] and joined[3:] == plain[3:]
    # a word sure somewhere (0.9) is inside where it recurs with some support (0.25 ≥ 0.2), not where
    # the tagger gave it none (0.05)
    recur = inside_flags(words, sents, probs, 0.3, {"recur": 0.7, "recur_floor": 0.2})
    assert recur[6] and not recur[10] and not recur[1]
    assert not inside_flags(words, sents, probs, 0.3, {"recur": 0.95, "recur_floor": 0.2})[6]
    # no joining across a sentence end
    assert not inside_flags(["PRP", ".", "PRP"], [0, 0, 1], [0.9, 0.1, 0.9], 0.3, {"join": ["."]})[1]


def test_feature_set_3_marks_the_arm_words_doses_and_chemicals_and_is_off_for_older_models():
    from pipeline.nlp.pico_features import arm_context, set3_options

    cues = load_cues("pico_cues", "pico_arm_cues", "pico_chemicals")
    text = ("Aspirin for headache in adults.\nWe randomised 30 adults to aspirin 300 mg or placebo. "
            "Headache lasted less with aspirin.")
    words, positions, _, sent_ids = doc_tokens(text_pipeline()(text))
    elements, kw = set3_options({"set3_elements": "I", "extra_cues": "dose", "doc_arm": True,
                                 "sent_cues": True, "gazetteer": "data/lexicons/pico_chemicals.yaml",
                                 "affixes": True})
    assert elements == {"I"} and kw["extra_classes"] == ("dose",)
    ctx = arm_context(words, sent_ids, cues, **kw)
    asp = [i for i, w in enumerate(words) if w.lower() == "aspirin"]
    # "to aspirin ... or placebo": named for an arm, so marked also in the title and the results
    assert len(asp) == 3 and all("ad" in ctx[i] for i in asp)
    assert "ad" not in ctx[_at(words, "Headache")] and "ad" not in ctx[_at(words, "lasted")]
    assert all("gz" in ctx[i] for i in asp) and "gz-1" in ctx[asp[1] + 1]  # a BC5CDR-train chemical
    assert "R:dose" in ctx[asp[1]] and "R:dose" not in ctx[asp[2]]        # "aspirin 300 mg"
    assert "S:arm" in ctx[_at(words, "30")] and "S:arm" not in ctx[_at(words, "Aspirin")]
    assert "x5=ndomi" not in ctx[_at(words, "randomised")] and "x5=mised" in ctx[_at(words, "randomised")]
    # a model trained before feature set 3 (no such settings) reads none of it
    assert set3_options({"thresholds": {"I": 0.3}}) == (frozenset(), {
        "extra_classes": (), "doc_arm": False, "sent_cues": False, "gazetteer": False, "affixes": False})
    # switched on, but for no element: none either
    assert set3_options({"doc_arm": True, "set3_elements": ""})[0] == frozenset()
