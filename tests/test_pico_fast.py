"""The P/I/O tagger's fast paths give what the plain ones gave, on real abstracts (the fixtures' 54 PubMed
records): `doc_tokens` read from arrays, `doc_context`'s cue windows looking only at cue tokens, and
`KnownFeatures`, which builds only the features the CRFs know — whose marginals must be bit-identical to
those of the full feature lists (CRFsuite drops an unknown attribute before scoring)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.nlp import pico_features as pf
from pipeline.nlp.pico import load_tagger, text_pipeline

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def docs():
    recs = [json.loads(line) for name in ("eligibility_records.jsonl", "findings_abstracts.jsonl")
            for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [f"{r['title']}\n{r['abstract']}" for r in recs if r.get("abstract")]
    assert len(texts) >= 50
    return list(text_pipeline().pipe(texts))


def _tokens_one_by_one(doc):
    """doc_tokens as it read each spaCy Token (before the arrays)."""
    sents = list(doc.sents)
    title_end = doc.text.find("\n")
    words, positions, offsets, sent_ids = [], [], [], []
    for k, s in enumerate(sents):
        pos = pf.sentence_position(k, len(sents), False)
        for t in s:
            if t.is_space:
                continue
            words.append(t.text)
            positions.append("T" if 0 < title_end and t.idx < title_end else pos)
            offsets.append((t.idx, t.idx + len(t.text)))
            sent_ids.append(k)
    return words, positions, offsets, sent_ids


def _cue_windows_token_by_token(words, sent_ids, cues):
    """doc_context's L:/R: features as it read every token of both windows (before looking at cue tokens only)."""
    n, low = len(words), [w.lower() for w in words]
    cue_class = {}
    for cls in ("arm", "outcome", "people"):
        for w in cues.get(cls, ()):
            cue_class.setdefault(w, []).append(cls)
    token_cues = [cue_class.get(w, ()) for w in low]
    out, sent_start = [], 0
    for i in range(n):
        if i == 0 or sent_ids[i] != sent_ids[i - 1]:
            sent_start = i
        left = {c for j in range(max(sent_start, i - pf.CUE_WINDOW), i) for c in token_cues[j]}
        right = {c for j in range(i + 1, min(n, i + 1 + pf.CUE_WINDOW)) if sent_ids[j] == sent_ids[i]
                 for c in token_cues[j]}
        out.append(sorted("L:" + c for c in left) + sorted("R:" + c for c in right))
    return out


def test_doc_tokens_from_arrays_are_the_tokens_read_one_by_one(docs):
    spaced = 0
    for doc in docs:
        assert pf.doc_tokens(doc) == _tokens_one_by_one(doc)
        spaced += any(t.is_space for t in doc)
    assert spaced  # the records' texts hold space tokens (the newline after the title), which are skipped


def test_cue_windows_look_at_the_same_words_as_before(docs):
    tagger = load_tagger()
    windows = 0
    for doc in docs:
        words, positions, _, sent_ids = pf.doc_tokens(doc)
        got = [[f for f in fs if f[:2] in ("L:", "R:")] for fs in pf.doc_context(words, sent_ids, positions, tagger.cues)]
        want = _cue_windows_token_by_token(words, sent_ids, tagger.cues)
        assert got == want
        windows += sum(map(bool, want))
    assert windows > 1000  # cue words are near many tokens of these abstracts


def test_known_features_are_the_full_features_the_crfs_know_and_score_the_same(docs):
    tagger = load_tagger()
    known = tagger._known().known
    dropped = kept = 0
    for doc in docs:
        words, positions, _, sent_ids = pf.doc_tokens(doc)
        extras = pf.doc_context(words, sent_ids, positions, tagger.cues)
        full = pf.token_features(words, positions, tagger.clusters, {}, extras=extras, wide=tagger.wide)
        fast = tagger.features(words, positions, sent_ids)
        assert fast == [[f for f in fs if f in known] for fs in full]
        # the same marginals to the last bit: CRFsuite never saw the features left out
        assert tagger.marginals(fast) == tagger.marginals(full)
        kept += sum(map(len, fast))
        dropped += sum(map(len, full)) - sum(map(len, fast))
    assert dropped > 0.05 * (kept + dropped)  # the fast path does leave features out (mostly bigrams)


def test_known_features_find_a_bigram_whose_words_hold_the_separator():
    # "bg-=a|b|c" is the bigram ("a|b", "c") or ("a", "b|c"): both spellings must be found
    kf = pf.KnownFeatures(frozenset({"bg-=a|b|c", "bg+=x|y", "w=c"}), {}, wide=False)
    assert kf.features(["A|B", "c"], ["S0", "S0"])[1] == ["w=c", "bg-=a|b|c"]
    assert kf.features(["a", "B|c"], ["S0", "S0"])[1] == ["bg-=a|b|c"]
    assert kf.features(["x", "y"], ["S0", "S0"])[0] == ["bg+=x|y"]
