"""Entities as typed records: text, label, character offsets, abbreviation long form, lexicon concept."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class Entity:
    text: str
    label: str
    start: int
    end: int
    long_form: str | None = None
    concept: str | None = None

    def to_dict(self) -> dict:
        # the fields in order, as dataclasses.asdict gives them (its deep copy cost the extract stage 2%)
        return {"text": self.text, "label": self.label, "start": self.start, "end": self.end,
                "long_form": self.long_form, "concept": self.concept}


def _concepts_by_text(doc: Doc) -> dict[str, tuple[str, str]]:
    return {e.text.lower(): (e.label_, e.ent_id_) for e in doc.ents if e.ent_id_}


def entities_from_doc(doc: Doc) -> list[Entity]:
    """Entities of ``doc``; an abbreviation gets its long form and, through it, the lexicon concept."""
    long_forms: dict[int, str] = {}
    if Doc.has_extension("abbreviations"):
        for short in doc._.abbreviations:
            long_forms[short.start_char] = short._.long_form.text
    by_text = _concepts_by_text(doc)
    out: list[Entity] = []
    covered = set()
    for e in doc.ents:
        lf = long_forms.get(e.start_char)
        concept = e.ent_id_ or None
        if concept is None and lf and lf.lower() in by_text:
            concept = by_text[lf.lower()][1]
        out.append(Entity(e.text, e.label_, e.start_char, e.end_char, lf, concept))
        covered.add(e.start_char)
    # abbreviations the lexicon does not list, resolved through their long form ("PLRP" → PRP's concept)
    if Doc.has_extension("abbreviations"):
        for short in doc._.abbreviations:
            if short.start_char in covered:
                continue
            hit = by_text.get(short._.long_form.text.lower())
            if hit:
                out.append(Entity(short.text, hit[0], short.start_char, short.end_char,
                                  short._.long_form.text, hit[1]))
    return sorted(out, key=lambda x: (x.start, x.end))
