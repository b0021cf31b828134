"""Token features for the P/I/O tagger (`pico.py`), shared by training (`train_pico.py`) and tagging.

The tagger is a linear-chain CRF (CRFsuite) per element over the tokens of the whole abstract, as cut
by the NER tokenizer (`tokenizer.ner_tokenizer`) with the pipeline's sentencizer, so in the extract
stage it reads the Doc the pipeline already made. Features: the word and its neighbours (±2), affixes
and shape, the word's cluster (k-means over skip-gram vectors trained on the training abstracts, a
coarse and a fine grain, as Brown-cluster prefixes would give), and where the sentence sits in the
abstract (title, first sentences, last sentences), because participants are described early, outcomes
in the methods and results. A CRF was chosen over a spaCy NER/spancat because P/I/O spans overlap
(one labelled character in ten carries two elements), it trains on 2 CPU cores within minutes, and
its files are small and byte-reproducible.
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

_DIGITS = re.compile(r"\d")


def shape(word: str) -> str:
    """Word shape with repeats collapsed: ``Il-6`` → ``Xx-d``."""
    out = []
    for ch in word[:12]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _norm(word: str) -> str:
    return _DIGITS.sub("0", word.lower())


def sentence_position(index: int, count: int, is_title: bool) -> str:
    """A coarse place in the abstract: the title, the first three sentences, the last two, or middle."""
    if is_title:
        return "T"
    if index <= 3:
        return f"S{index}"
    if index >= count - 2:
        return f"E{count - 1 - index}"
    return "M" + str(min(4, int(5 * index / max(count, 1))))


def _word_features(w: str, clusters: Mapping[str, tuple[str, str]]) -> tuple[str, tuple[str, str], list[str], bool]:
    """(normalised word, clusters, the features that depend on the word alone, capitalised?)."""
    lw = _norm(w)
    cl = clusters.get(w.lower(), ("-", "-"))
    f = ["b", "w=" + lw, "s=" + shape(w), "p3=" + lw[:3], "x3=" + lw[-3:], "x4=" + lw[-4:], "c=" + cl[0], "C=" + cl[1]]
    return lw, cl, f, w[:1].isupper()


def token_features(words: Sequence[str], positions: Sequence[str],
                   clusters: Mapping[str, tuple[str, str]], cache: dict | None = None) -> list[list[str]]:
    """One feature list per token. ``positions``: each token's :func:`sentence_position`;
    ``clusters``: lower-cased word → (coarse, fine) cluster ids (words without a vector get none);
    ``cache``: a dict kept by the caller for the per-word part (same clusters every call)."""
    n = len(words)
    cache = {} if cache is None else cache
    per_word = []
    for w in words:
        got = cache.get(w)
        if got is None:
            got = cache[w] = _word_features(w, clusters)
        per_word.append(got)
    out = []
    for i in range(n):
        lw, cl, static, up = per_word[i]
        f = static + ["pos=" + positions[i], "pw=" + positions[i] + "|" + cl[0]]
        if up:
            f.append("up")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                lj, cj = per_word[j][0], per_word[j][1]
                f += (f"w{d}={lj}", f"c{d}={cj[0]}", f"C{d}={cj[1]}")
            else:
                f.append(f"w{d}=<>")
        if i > 0:
            f.append(f"bg-={per_word[i - 1][0]}|{lw}")
        if i + 1 < n:
            f.append(f"bg+={lw}|{per_word[i + 1][0]}")
        out.append(f)
    return out


def doc_tokens(doc) -> tuple[list[str], list[str], list[tuple[int, int]], list[int]]:
    """(words, sentence positions, character offsets, sentence indexes) of a spaCy Doc's non-space
    tokens. The first
    sentence is the title when the text starts with a line of its own (title, newline, abstract)."""
    sents = list(doc.sents)
    title_end = doc.text.find("\n")
    words, positions, offsets, sent_ids = [], [], [], []
    for k, s in enumerate(sents):
        is_title = k == 0 and 0 < title_end and s.end_char <= title_end + 1
        pos = sentence_position(k, len(sents), is_title)
        for t in s:
            if t.is_space:
                continue
            words.append(t.text)
            positions.append(pos)
            offsets.append((t.idx, t.idx + len(t.text)))
            sent_ids.append(k)
    return words, positions, offsets, sent_ids
