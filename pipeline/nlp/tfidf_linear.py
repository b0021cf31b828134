"""TF-IDF + linear model as plain arrays: the portable form of our scikit-learn text classifiers.

scikit-learn fits the models (``evidence model train-design|train-direction``); what ships is the
vocabulary, the idf weights and the coefficients in an ``.npz`` that loads without pickle, and this
small numpy predictor, which reproduces ``TfidfVectorizer(lowercase, token_pattern, ngram_range=(1, n),
sublinear_tf, norm="l2")`` followed by ``LogisticRegression.decision_function``. The tests check that
it gives the same probabilities and labels as the scikit-learn model it was exported from.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TOKEN_PATTERN = r"(?u)\b\w[\w-]*\b"


@dataclass
class LinearTfidf:
    """``decision(docs)`` = l2-normalised sublinear TF-IDF of word n-grams · ``coef.T`` + ``intercept``."""

    terms: list[str]
    idf: np.ndarray  # (n_features,) float64
    coef: np.ndarray  # (n_outputs, n_features) float64
    intercept: np.ndarray  # (n_outputs,) float64
    ngram_max: int = 2
    token_pattern: str = TOKEN_PATTERN

    def __post_init__(self) -> None:
        self._index = {t: i for i, t in enumerate(self.terms)}
        self._token = re.compile(self.token_pattern)

    @classmethod
    def from_sklearn(cls, vectorizer, coef: np.ndarray, intercept: np.ndarray) -> "LinearTfidf":
        p = vectorizer.get_params()
        if not (p["lowercase"] and p["sublinear_tf"] and p["norm"] == "l2" and p["use_idf"] and p["ngram_range"][0] == 1
                and p["analyzer"] == "word" and p["stop_words"] is None and p["strip_accents"] is None
                and p["preprocessor"] is None and p["tokenizer"] is None):
            raise ValueError(f"the portable predictor does not reproduce this vectorizer: {p}")
        terms = [t for t, _ in sorted(vectorizer.vocabulary_.items(), key=lambda kv: kv[1])]
        return cls(terms, np.asarray(vectorizer.idf_, dtype=np.float64), np.atleast_2d(np.asarray(coef, np.float64)),
                   np.atleast_1d(np.asarray(intercept, np.float64)), p["ngram_range"][1], p["token_pattern"])

    def ngrams(self, doc: str) -> list[str]:
        """Word 1..n-grams of ``doc`` as scikit-learn's word analyzer makes them (lowercased)."""
        toks = self._token.findall(doc.lower())
        out = list(toks)
        for n in range(2, min(self.ngram_max, len(toks)) + 1):
            # the n-grams in order, as toks[i:i + n] joined for each i (zip stops at the last whole one)
            out += map(" ".join, zip(*(toks[k:] for k in range(n))))
        return out

    def features(self, doc: str) -> tuple[np.ndarray, np.ndarray]:
        """(feature indices, l2-normalised tf-idf values) of one document."""
        # counted in C, in order of first occurrence as a loop would (the order the values are summed in)
        counts = Counter(map(self._index.get, self.ngrams(doc)))
        counts.pop(None, None)  # n-grams outside the vocabulary
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        val = np.fromiter((math.log(c) + 1.0 for c in counts.values()), dtype=np.float64, count=len(counts))
        val *= self.idf[idx]
        norm = math.sqrt(float(val @ val))
        if norm > 0:
            val /= norm
        return idx, val

    def decision(self, docs: list[str]) -> np.ndarray:
        """(n_docs, n_outputs) decision values."""
        out = np.empty((len(docs), self.coef.shape[0]), dtype=np.float64)
        for r, doc in enumerate(docs):
            idx, val = self.features(doc)
            out[r] = self.coef[:, idx] @ val + self.intercept
        return out

    def arrays(self, prefix: str = "") -> dict[str, np.ndarray]:
        """The arrays to save (terms as one newline-joined UTF-8 blob: no pickle, no fixed-width strings)."""
        return {f"{prefix}terms": np.frombuffer("\n".join(self.terms).encode("utf-8"), dtype=np.uint8),
                f"{prefix}idf": self.idf, f"{prefix}coef": self.coef, f"{prefix}intercept": self.intercept}

    @classmethod
    def from_arrays(cls, arrays, prefix: str = "", *, ngram_max: int = 2, token_pattern: str = TOKEN_PATTERN) -> "LinearTfidf":
        blob = bytes(np.asarray(arrays[f"{prefix}terms"], dtype=np.uint8))
        terms = blob.decode("utf-8").split("\n") if blob else []
        return cls(terms, np.asarray(arrays[f"{prefix}idf"]), np.asarray(arrays[f"{prefix}coef"]),
                   np.asarray(arrays[f"{prefix}intercept"]), ngram_max, token_pattern)


def sigmoid(z: np.ndarray) -> np.ndarray:
    """scikit-learn's ``expit`` for a binary logistic regression's probability of class 1."""
    return 1.0 / (1.0 + np.exp(-z))

