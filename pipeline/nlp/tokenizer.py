"""Tokenizers: scispaCy's rule tokenizer, and the variant our NER model is trained and run with.

scispaCy's tokenizer keeps ``levodopa-induced``, ``Li/DVP`` or ``Ca(2+)`` as one token, so an
entity inside such a token ("levodopa") cannot be found at all: one BC5CDR devel mention in ten
falls inside a token that way. The NER corpora (BC5CDR, NCBI-disease IOB) were tokenised with
every punctuation mark as its own token, so the model learnt ``levodopa - induced``. The NER
tokenizer splits those marks off inside words too, which puts raw-text tokens in line with the
training tokens (BC5CDR devel, whole documents: micro-F1 0.745 → 0.808 with the same model).
Full stops are left to scispaCy's rules, so ``e.g.``/``i.p.`` do not end sentences.
"""

from __future__ import annotations

import re
import warnings

from spacy.language import Language
from spacy.tokenizer import Tokenizer

from pipeline.nlp.regex_guard import compile_guarded

# punctuation that the NER corpora split off everywhere (hyphens and dashes, slash, plus, brackets,
# comparison and list marks, quotes, percent)
_SPLIT_MARKS = r"[\-\u2010-\u2015/+=:;,'\"\[\]()<>%~*]"


def scispacy_tokenizer(nlp: Language) -> Tokenizer:
    """scispaCy's ``combined_rule_tokenizer`` for ``nlp``'s vocabulary."""
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # spaCy's FutureWarning about scispaCy's regex
        return guarded(combined_rule_tokenizer(nlp))


def ner_tokenizer(nlp: Language) -> Tokenizer:
    """scispaCy's tokenizer that also splits punctuation inside words, as the NER corpora do.

    Saved with a trained model (``nlp.to_disk``), so the pipeline that loads the model cuts text the
    same way."""
    tok = scispacy_tokenizer(nlp)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # (scispacy_tokenizer's prefix and suffix patterns are guarded already; the widened infix pattern likewise)
        tok.infix_finditer = compile_guarded(tok.infix_finditer.__self__.pattern + "|" + _SPLIT_MARKS).finditer
    return tok


def guarded(tok: Tokenizer) -> Tokenizer:
    """``tok`` with its prefix, suffix and infix patterns compiled by
    :func:`~pipeline.nlp.regex_guard.compile_guarded`: the same patterns (text and flags, so a saved tokenizer
    is written as before) and the same matches, found sooner. spaCy searches every whitespace-separated chunk
    with them, and scispaCy's suffix and infix patterns (12,000 and 15,000 characters of alternatives) were
    tried in full at every character: tokenizing the bundled abstracts 1.38 -> 1.04 s of CPU, the same tokens."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # re's FutureWarning about the saved patterns' nested sets
        for name, method in (("prefix_search", "search"), ("suffix_search", "search"), ("infix_finditer", "finditer")):
            bound = getattr(tok, name, None)
            pattern = getattr(bound, "__self__", None)
            if isinstance(pattern, re.Pattern):
                setattr(tok, name, getattr(compile_guarded(pattern.pattern, pattern.flags), method))
    return tok
