"""Word vectors for our NER model, trained here because none can be downloaded.

scispaCy's models owe part of their accuracy to word vectors trained on PubMed. We cannot fetch
those, so we train skip-gram vectors (gensim) on the biomedical text we do have: the NER *train*
splits and the unlabelled abstracts of the record files given to ``evidence model train-ner
--vector-text PATH`` (titles and abstracts only; no labels are read). NER devel and test text is
never used. The vectors travel inside the saved spaCy model, so loading it needs nothing else.

Training is deterministic (one worker thread, a fixed seed and a hash that Python does not salt per
process), so the same text gives the same vectors and the same model files.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np

from pipeline.config import PROJECT_ROOT

log = logging.getLogger(__name__)
# a cache of trained vectors keyed by their inputs (git-ignored; the shipped model carries its own copy)
CACHE_DIR = PROJECT_ROOT / "data" / "cache" / "vectors"


@dataclass
class WordVectors:
    words: list[str]
    matrix: np.ndarray  # (len(words), dim), float32

    def attach(self, nlp) -> None:
        """Make these the vocabulary's vectors (``StaticVectors`` in the model reads them)."""
        from spacy.vectors import Vectors

        keys = [nlp.vocab.strings.add(w) for w in self.words]
        nlp.vocab.vectors = Vectors(data=self.matrix, keys=keys)


def sentences(tokenised: Iterable[list[str]], text_sources: list[Path], tokenizer) -> list[list[str]]:
    """Token lists: the given (already tokenised) sentences, then every distinct title+abstract found
    under ``text_sources``, cut by ``tokenizer`` (the pipeline's, so vectors match its tokens)."""
    from pipeline.models import Article
    from pipeline.parsing import iter_paths, parse_path

    out = [list(s) for s in tokenised]
    texts: set[str] = set()
    for path in iter_paths([p for p in text_sources if Path(p).exists()]):
        for item in parse_path(path):
            if isinstance(item, Article) and item.abstract:
                texts.add(f"{item.title} {item.abstract}")
    for doc in tokenizer.pipe(sorted(texts), batch_size=256):
        out.append([t.text for t in doc if not t.is_space])
    return out


def stable_hash(text: str) -> int:
    """gensim seeds each word's initial vector with ``hashfxn(word + seed)``; Python's ``hash`` is
    salted per process, which would make every training different."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "little")


def train_vectors(sents: list[list[str]], *, dim: int = 100, epochs: int = 15, min_count: int = 3,
                  seed: int = 0) -> WordVectors:
    """Skip-gram vectors (window 5) for every token seen ``min_count`` times."""
    from gensim.models import Word2Vec

    logging.getLogger("gensim").setLevel(logging.WARNING)  # its per-pass progress lines drown ours
    model = Word2Vec(sentences=sents, vector_size=dim, window=5, min_count=min_count, sg=1, epochs=epochs,
                     workers=1, seed=seed, hashfxn=stable_hash)
    words = [w for w in model.wv.index_to_key if w.strip()]
    return WordVectors(words, np.vstack([model.wv[w] for w in words]).astype("float32"))


def load_or_train(tokenised: list[list[str]], text_sources: list[Path], tokenizer, *, dim: int = 100,
                  cache: bool = True) -> WordVectors:
    """Vectors for these inputs, from :data:`CACHE_DIR` when they were trained on the same inputs before."""
    cache_dir = CACHE_DIR if cache else None
    sents = sentences(tokenised, text_sources, tokenizer)
    # "w1": vectors from the deterministic single-worker training (older cache entries are not reused)
    h = hashlib.sha256(f"{dim}|w1".encode())
    for s in sents:
        h.update("\x1f".join(s).encode("utf-8", "surrogatepass") + b"\x1e")
    key = h.hexdigest()[:16]
    if cache_dir is not None:
        words_file, matrix_file = cache_dir / f"{key}.words.txt", cache_dir / f"{key}.npy"
        if words_file.exists() and matrix_file.exists():
            words = words_file.read_text(encoding="utf-8").split("\n")
            return WordVectors(words, np.load(matrix_file))
    n_tokens = sum(map(len, sents))
    log.info("training word vectors on %d sentences/abstracts (%d tokens)", len(sents), n_tokens)
    vecs = train_vectors(sents, dim=dim)
    log.info("word vectors: %d words × %d dimensions", len(vecs.words), dim)
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        # a token holding a newline would break the one-word-per-line file; such tokens are dropped
        keep = [i for i, w in enumerate(vecs.words) if "\n" not in w]
        vecs = WordVectors([vecs.words[i] for i in keep], vecs.matrix[keep])
        np.save(matrix_file, vecs.matrix)
        words_file.write_text("\n".join(vecs.words), encoding="utf-8")
    return vecs
