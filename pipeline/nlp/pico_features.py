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


def token_features(words: Sequence[str], positions: Sequence[str],
                   clusters: Mapping[str, tuple[str, str]]) -> list[list[str]]:
    """One feature list per token. ``positions``: each token's :func:`sentence_position`;
    ``clusters``: lower-cased word → (coarse, fine) cluster ids (words without a vector get none)."""
    n = len(words)
    low = [_norm(w) for w in words]
    cl = [clusters.get(w.lower(), ("-", "-")) for w in words]
    out = []
    for i, w in enumerate(words):
        lw = low[i]
        f = ["b", "w=" + lw, "s=" + shape(w), "p3=" + lw[:3], "x3=" + lw[-3:], "x4=" + lw[-4:],
             "c=" + cl[i][0], "C=" + cl[i][1], "pos=" + positions[i], "pw=" + positions[i] + "|" + cl[i][0]]
        if w[:1].isupper():
            f.append("up")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"w{d}={low[j]}")
                f.append(f"c{d}={cl[j][0]}")
                f.append(f"C{d}={cl[j][1]}")
            else:
                f.append(f"w{d}=<>")
        if i > 0:
            f.append(f"bg-={low[i - 1]}|{lw}")
        if i + 1 < n:
            f.append(f"bg+={lw}|{low[i + 1]}")
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
