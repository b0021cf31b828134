"""Word lists are data (data/lexicons/*.yaml): the loader, and the patterns built from the lists."""

from __future__ import annotations

import re

import pytest

from pipeline.nlp import vocabulary as v


@pytest.fixture
def lexdir(tmp_path, monkeypatch):
    monkeypatch.setattr(v, "LEXICON_DIR", tmp_path)
    v.vocabulary.cache_clear()
    yield tmp_path
    v.vocabulary.cache_clear()


def test_an_unquoted_no_is_refused_not_read_as_false(lexdir):
    # YAML 1.1 reads a bare `no` as the boolean False: a negation list would silently lose "no"
    (lexdir / "neg.yaml").write_text("negation: [no, not]\n")
    with pytest.raises(ValueError, match="quote them"):
        v.vocabulary("neg")
    (lexdir / "neg.yaml").write_text('negation: ["no", not]\n')
    v.vocabulary.cache_clear()
    assert v.vocabulary("neg") == {"negation": ("no", "not")}


def test_whole_word_patterns_take_whole_tokens_and_star_endings():
    p = v.whole_word(("no", "fail*", "n't"))
    assert [w for w in ("no", "No", "none", "fail", "failure", "fai", "n't", "nt") if p.match(w)] == \
        ["no", "No", "fail", "failure", "n't"]


def test_the_shipped_negation_lists_are_read_from_data():
    from pipeline.nlp.negation import CLAUSE_NEGATION, NEGATION, mark_negation

    words = v.vocabulary("negation")
    assert "no" in words["negation"] and "unlikely" in words["negation"]
    assert NEGATION.match("unlikely") and not CLAUSE_NEGATION.match("unlikely")
    assert mark_negation("did not improve pain") == "did not NOT_improve NOT_pain"
    assert mark_negation("no benefit, but better function", to_clause_end=True,
                         negation=CLAUSE_NEGATION) == "NOT_benefit better function"


def test_version_keys_change_when_a_word_list_or_model_changes(tmp_path, monkeypatch):
    """Editing a lexicon or replacing a model must change the stage's version key (so the next run
    re-extracts / re-links), and nothing else may: the same files give the same key."""
    import pipeline.model_files as mf
    from pipeline.nlp import vocabulary as v

    lex, models = tmp_path / "lexicons", tmp_path / "models"
    lex.mkdir(), models.mkdir()
    (lex / "negation.yaml").write_text("negators: ['no', 'not']\n", encoding="utf-8")
    (models / "m.manifest.json").write_text('{"files": {"m.npz": "aa"}}', encoding="utf-8")
    monkeypatch.setattr(v, "LEXICON_DIR", lex)
    monkeypatch.setattr(mf, "MODELS_DIR", models)
    v.lexicons_digest.cache_clear()
    try:
        first = v.versioned("1.0", models=("m.manifest.json",))
        v.lexicons_digest.cache_clear()
        assert v.versioned("1.0", models=("m.manifest.json",)) == first  # same files, same key
        assert first.startswith("1.0+lex.") and "+mod." in first
        (lex / "negation.yaml").write_text("negators: ['no', 'not', 'never']\n", encoding="utf-8")
        v.lexicons_digest.cache_clear()
        second = v.versioned("1.0", models=("m.manifest.json",))
        assert second != first
        (models / "m.manifest.json").write_text('{"files": {"m.npz": "bb"}}', encoding="utf-8")
        assert v.versioned("1.0", models=("m.manifest.json",)) != second
    finally:
        v.lexicons_digest.cache_clear()


def test_species_have_one_list_for_population_and_the_entity_ruler():
    """population.py reads its species from data/lexicons/species.yaml, the file the entity ruler's
    SPECIES label reads: a species added there is found by both."""
    from pipeline.nlp import population
    from pipeline.nlp.lexicons import load_lexicons
    from pipeline.nlp.population import Population, extract_population  # noqa: F401
    from pipeline.nlp.vocabulary import vocabulary

    listed = vocabulary("species")
    assert set(population.SPECIES) == set(listed) - set(population.NOT_ANIMALS)
    ruler = {e.concept for e in load_lexicons() if e.label == "SPECIES"}
    assert set(population.SPECIES) <= ruler
    # named strains and hyphenated species are found; an abbreviation that spells an animal is not
    assert population._SPECIES_RX["mouse"].search("C57BL/6 mice were fed a high-fat diet")
    assert population._SPECIES_RX["guinea pig"].search("in guinea-pigs sensitised to ovalbumin")
    assert not population._SPECIES_RX["cat"].search("CAT activity rose after treatment")  # catalase, not a cat


def test_no_difference_phrases_of_the_comparison_and_verdict_readers_are_one_file_of_data():
    from pipeline.claims import comparison, verdict

    lists = v.vocabulary("no_difference")
    assert comparison._SAME.pattern == v.any_of(lists["comparison"])
    assert verdict._NULL_WORDS.pattern == v.any_of(lists["verdict"])
    # real sentences of the bundled corpus, each list's own reading
    s = "Hyaluronic acid did not improve pain more than PRP at 12 months."
    assert verdict._NULL_WORDS.search(s) and not comparison._SAME.search(s)  # "did not improve" is no effect, not "no difference"
    s = "Both groups had similar WOMAC scores at one year."
    assert comparison._SAME.search(s) and not verdict._NULL_WORDS.search(s)  # "similar" alone is a comparison's
    assert verdict._null_against_control("PRP showed no superiority to saline in pain relief.")


def test_every_sentence_cut_lives_in_the_sentences_module():
    from pipeline.claims import draft
    from pipeline.grading import phrases
    from pipeline.nlp import sentences as S

    text = "Pain fell; Function rose. Results were similar (p < 0.05). e.g. none"
    assert phrases.sentences(text) == S.split_at_stops_and_semicolons(text) == [
        "Pain fell;", "Function rose.", "Results were similar (p < 0.05). e.g. none"]
    assert S.split_sentences(text) == ["Pain fell; Function rose.", "Results were similar (p < 0.05). e.g. none"]
    assert [m.group(0).strip() for m in S.runs_to_stops(text)] == [
        "Pain fell; Function rose.", "Results were similar (p < 0.", "05).", "e.", "g."]  # the drafter's cut, as it was
    assert "runs_to_stops" in draft.draft_claims.__code__.co_names  # the drafter cuts with it


def test_the_three_control_arm_lists_are_sections_of_the_arms_file():
    """An arm without the therapy is read three ways, each from its own section of data/lexicons/arms.yaml:
    the arms reader's ``control``, eligibility's ``no_therapy_arm``, the verdict's ``null_comparator``."""
    from pipeline.claims import eligibility, verdict
    from pipeline.nlp import arms

    lists = v.vocabulary("arms")
    assert eligibility._NO_THERAPY_ARM.pattern == v.phrase_pattern(lists["no_therapy_arm"]).pattern
    assert verdict._CONTROL.pattern == v.phrase_pattern(lists["null_comparator"]).pattern
    # real sentences of the bundled corpus, each list's own words
    s = "Cartilage defects were created in both knees of seven pigs, and divided into MSCs treated and non-treated control knees."
    assert eligibility._NO_THERAPY_ARM.search(s.replace(" control", ""))  # "non-treated": eligibility's only
    assert not verdict._CONTROL.search(s.replace(" control", "")) and not arms.cue("control").search(s.replace(" control", ""))
    s = "Articular cartilage has very limited potential to spontaneously heal, because it lacks vessels."
    assert eligibility._NO_THERAPY_ARM.search(s) and not arms.cue("control").search(s)
    assert verdict._null_against_control("BMAC is safe to perform and relieves pain from knee arthritis but "
                                         "showed no superiority to saline injection at 12-month follow-up.")
    assert not verdict._null_against_control("there was no significant difference between the two groups")


def test_the_findings_readers_comparator_words_are_arms_file_sections():
    """The per-comparison findings reader's absent, imitated and generic comparators are lists of
    data/lexicons/arms.yaml compiled by phrase_pattern (they were the last control-arm words in code)."""
    from pipeline.nlp import findings

    lists = v.vocabulary("arms")
    absent, imitation = lists["comparator_absent"], lists["comparator_imitation"]
    assert findings._ABSENCE.pattern == v.phrase_pattern(absent + imitation, edges="opening").pattern
    assert findings._IMITATION.pattern == v.phrase_pattern(imitation, edges="opening").pattern
    assert findings._GENERIC_CMP.pattern == v.phrase_pattern(lists["generic_comparator"]).pattern
    assert "no" in absent  # quoted in the file: YAML reads a bare no as false
    # comparators of the bundled corpus's comparisons
    assert findings._arms("moxibustion", "sham moxibustion", "pain").imitation
    assert findings._ABSENCE.match("no BMC treatment") and findings._ABSENCE.match("  Untreated knees")
    assert findings._IMITATION.match("placebo injection") and not findings._IMITATION.match("no BMC treatment")
    assert not findings._ABSENCE.match("nonsurgical treatment") and not findings._ABSENCE.match("saline")
    # a sentence that names the comparator only generically ("Controls") marks it as the comparator's arm
    assert findings.mark("Controls improved less than the PRP group.", findings._arms("PRP", "saline", "pain")) \
        == "cmparm improved less than the intarm group."


def test_the_grader_compiles_its_phrases_with_the_one_compiler():
    """pipeline/grading/phrases.py's form (any white space between words, an optional or Unicode hyphen, a
    stem taking hyphens, raw patterns after the phrases) is an option set of phrase_pattern."""
    from pipeline.grading.phrases import compile_phrases

    rx = compile_phrases(["double-blind", "placebo-controlled trial*"], patterns=[r"\bsham\b"])
    assert rx.pattern == (r"(?<![\w-])(?:double[-\u2010\u2011 ]?blind\b|placebo[-\u2010\u2011 ]?controlled\s+trial[\w-]*"
                          r"|\bsham\b)") and rx.flags & re.I
    for s in ("a double blind study", "double\u2010blind", "Placebo-controlled\ntrials", "a sham arm"):
        assert rx.search(s), s
    assert not rx.search("double-blinded") and not rx.search("non-double-blind")
    assert not compile_phrases(["Wnt"], case_sensitive=True).search("WNT") and compile_phrases([]) is None


def test_the_animals_population_reads_as_subjects_are_species_words():
    """population.py's in-vivo cue names its animals in the words of data/lexicons/species.yaml (the one
    list of species): a word added to study_systems.yaml that species.yaml lacks fails here."""
    from pipeline.nlp import population

    systems = v.vocabulary("study_systems")
    species_words = {w.lower() for ws in v.vocabulary("species").values() for w in ws}
    named = {w.lower() for k in ("in_vivo_subjects", "in_vivo_among", "in_vivo_models", "in_vivo_strains") for w in systems[k]}
    assert named - {"animals"} <= species_words, named - species_words
    # real sentences of the bundled corpus
    assert population.IN_VIVO_RX.search("Twelve rabbits were randomly divided into three groups.")
    assert population.IN_VIVO_RX.search("A rabbit model of osteochondral defect was used.")
    assert not population.IN_VIVO_RX.search("Murine macrophages were cultured with the conditioned medium.")
    assert population.IN_VITRO_RX.search("Murine macrophages were cultured with the conditioned medium.")


def test_one_compiler_reads_each_readers_edges_stems_and_order():
    """phrase_pattern is every word list's compiler: the edges, the stem's ending and the order are the
    readers' settings (the arms reader: a hyphen joins a word, stems take hyphens, longest first)."""
    words = ("sham", "empty", "empty defect*", "control*")
    word, arms = v.phrase_pattern(words), v.phrase_pattern(words, edges="hyphen", stem=r"[\w-]*", longest_first=True)
    s = "sham-operated knees and an empty defect-filled control-group"
    assert [m.group(0) for m in word.finditer(s)] == ["sham", "empty", "control"]
    assert [m.group(0) for m in arms.finditer(s)] == ["empty defect-filled", "control-group"]
    assert v.phrase_pattern(words, edges="token").match("controls") and not v.phrase_pattern(words, edges="token").match("a sham")
    assert v.whole_word(words).pattern == v.phrase_pattern(words, edges="token").pattern
