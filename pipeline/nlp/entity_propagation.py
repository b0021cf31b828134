"""Pipeline component ``entity_propagation``: make NER entities agree across a document.

A statistical NER reads a window of a few words, so it tags "atrial fibrillation (AF)" and then
misses the bare "AF" three sentences later, or tags "iohexol" once and not the next time.
After the abbreviation detector, this component

- splits an entity that the model ran across a list ("HIV, tuberculosis") and trims edge punctuation;
- labels every occurrence of an abbreviation whose long form is an entity with that entity's label,
  and drops entity status from an abbreviation whose long form is not an entity;
- labels further exact occurrences of a Chemical found once in the document (chemical names are
  unambiguous strings; disease words such as "pain" or "toxicity" depend on context, so those
  are left to the model).

Measured on the 500 BC5CDR devel abstracts (`evidence eval ner`, README): micro-F1 +1.4 points over
the model alone (0.804 → 0.818).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

PROPAGATED_LABELS = ("Chemical",)
MIN_PROPAGATED_CHARS = 3


def _occurrences(doc: Doc, text: str, doc_text: str | None = None) -> list[Span]:
    """Token-aligned exact occurrences of ``text`` in ``doc`` (``doc_text``: ``doc.text``, which spaCy joins
    from the tokens at every ask, when the caller has it)."""
    out = []
    for m in re.finditer(re.escape(text), doc.text if doc_text is None else doc_text):
        span = doc.char_span(m.start(), m.end())
        if span is not None:
            out.append(span)
    return out


def _long_form_label(doc: Doc, long: Span) -> str | None:
    """The label of the entity that is (most of) the long form, if any."""
    for e in doc.ents:
        if e.start_char == long.start_char and e.end_char == long.end_char:
            return e.label_
    for e in doc.ents:
        if e.start_char >= long.start_char and e.end_char <= long.end_char and \
                (e.end_char - e.start_char) >= 0.6 * (long.end_char - long.start_char):
            return e.label_
    return None


def _tidy(ents: list[Span]) -> list[Span]:
    """Split entities at list commas ("HIV, tuberculosis") and trim edge punctuation ("…ase,").

    The corpora split every comma into its own token, so the model now and then runs one entity
    across a list. A comma written as in prose (attached to the word before, a space after) separates
    list items; commas inside chemical names ("2,3-dihydro") have no space after them."""
    out = []
    for e in ents:
        start = e.start
        parts = []
        for i in range(e.start, e.end):
            if e.doc[i].text in (",", ";") and e.doc[i].whitespace_ and not e.doc[i - 1].whitespace_:
                parts.append((start, i))
                start = i + 1
        parts.append((start, e.end))
        for a, b in parts:
            while a < b and e.doc[a].is_punct and e.doc[a].text not in "([":
                a += 1
            while a < b and e.doc[b - 1].text in (",", ";", ".", ":"):
                b -= 1
            if a < b:
                out.append(Span(e.doc, a, b, label=e.label_))
    return out


def propagate(doc: Doc, labels: tuple[str, ...] = PROPAGATED_LABELS) -> Doc:
    """Apply the list-comma, abbreviation and same-string rules to ``doc.ents`` (in place; returns ``doc``)."""
    ents = _tidy(list(doc.ents))
    doc_text = doc.text  # once: every occurrence search reads it
    if Doc.has_extension("abbreviations"):
        # the detector lists every mention of a short form; each distinct one is settled once
        firsts = {}
        for short in doc._.abbreviations:
            firsts.setdefault(short.text, short)
        for short in firsts.values():
            label = _long_form_label(doc, short._.long_form)
            if label:
                for span in _occurrences(doc, short.text, doc_text):
                    ents = [e for e in ents if not (e.start < span.end and span.start < e.end)]
                    ents.append(Span(doc, span.start, span.end, label=label))
            else:
                ents = [e for e in ents if e.text != short.text]
    ents = filter_spans(ents)
    seen = {(e.text, e.label_) for e in ents if e.label_ in labels and len(e.text) >= MIN_PROPAGATED_CHARS}
    for text, label in sorted(seen):
        for span in _occurrences(doc, text, doc_text):
            if not any(e.start < span.end and span.start < e.end for e in ents):
                ents.append(Span(doc, span.start, span.end, label=label))
    doc.ents = filter_spans(ents)
    return doc


@Language.component("entity_propagation")
def entity_propagation(doc: Doc) -> Doc:
    return propagate(doc)
