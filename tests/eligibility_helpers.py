"""What the link stage would decide for one record and one claim, read the way it reads them: the article's reading
(abbreviations from the text, as without a stored extraction), the direction reader's "not about" reason, the arms, then
eligibility. For tests on the records' own sentences."""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.direction import read_claim_direction
from pipeline.claims.eligibility import Eligibility, assess_eligibility
from pipeline.claims.linker import claim_reading
from pipeline.claims.reading import read_article
from pipeline.models import AbstractSection, Article
from pipeline.nlp.arms import read_arms


def eval_catalog(name: str) -> dict:
    """A development set's claims (data/eval/<name>/claims.yaml) by id."""
    return {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / name / "claims.yaml")}


def assess_as_linked(claim, article: Article, design: str, abbreviations: dict[str, str] | None = None,
                     **facts) -> tuple[Eligibility, object]:
    """(eligibility, direction reading) of ``article`` for ``claim``; ``facts``: the extraction's population flags
    (``is_human``, ``is_animal``, ``is_in_vitro``, ``species``); ``abbreviations``: what the extract stage stored for
    the article (short form → long form), as the link stage reads it."""
    # (read for the claim, with the abstract's pointers back to its condition, as the link stage reads it)
    shared = read_article(article, abbreviations or {})
    reading = claim_reading(claim, shared)
    d = read_claim_direction(claim, article, reading.abbreviations, reading=reading)
    return assess_eligibility(claim, reading, read_arms(shared), design, title=article.title,
                              publication_types=tuple(article.publication_types or ()), not_about=d.not_about or None,
                              **facts), d


def sectioned_article(pmid: int, title: str, sections: list[AbstractSection],
                      publication_types: tuple[str, ...] = ("Journal Article",)) -> Article:
    """An article with structured abstract sections, its abstract text joined from them as PubMed's XML gives it."""
    return Article(pmid=pmid, title=title, abstract="\n\n".join(f"{s.label}: {s.text}" for s in sections),
                   abstract_sections=sections, publication_types=list(publication_types))


def one_block_article(pmid: int, title: str, text: str, publication_types: tuple[str, ...] = ()) -> Article:
    """A record as PubMed gives many: its abstract one unlabelled block whose sections run together."""
    return Article(pmid=pmid, title=title, abstract=text,
                   abstract_sections=[AbstractSection(label=None, nlm_category=None, text=text)],
                   publication_types=list(publication_types))


def rows_article(pmid: int, title: str, rows: list[tuple[str, str, str]],
                 publication_types: tuple[str, ...] = ("Journal Article",)) -> Article:
    """A structured record from (label, NLM category, text) rows, as :func:`sectioned_article` builds it."""
    return sectioned_article(pmid, title, [AbstractSection(label=lab, nlm_category=cat, text=text)
                                           for lab, cat, text in rows], publication_types)


def sections_direction(claim, pmid: int, title: str, sections: list[tuple[str, str, str]]):
    """The direction reading of ``claim`` on a record given as (label, NLM category, text) sections, as the link stage
    reads it (abbreviations from the text)."""
    article = rows_article(pmid, title, sections)
    reading = read_article(article, {})
    return read_claim_direction(claim, article, reading.abbreviations, reading=reading)
