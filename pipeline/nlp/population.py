"""Who or what was studied: humans, animals (rodents), cells in vitro; species; children.

Text cues decide, MeSH check tags (Humans, Animals, Rats, Mice, Child …) help when present. A human
study needs people as subjects ("patients", "participants", "women"), not only the word "human"
(human cell lines are in-vitro work).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.models import Article
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.sample_size import TENS, UNITS  # the number words a count is written in
from pipeline.nlp.vocabulary import alternation, phrase_pattern, vocabulary, word_set

# Species names and their words: data/lexicons/species.yaml (shared with the entity ruler's SPECIES
# label). `human` and `cell culture` there are study systems, which the cues below read instead.
NOT_ANIMALS = ("human", "cell culture")
SPECIES = {k: words for k, words in vocabulary("species").items() if k not in NOT_ANIMALS}
RODENTS = word_set("study_systems", "rodents")  # species.yaml keys
_SPECIES_RX = {k: phrase_pattern(words) for k, words in SPECIES.items()}
# A species is named only where one of its words is, in any case: a substring test per word picks the few
# patterns worth running (running all 18 on every article was a third of the population rules' time). Exact
# for a text without the three characters that match an ASCII letter case-insensitively but do not
# lower-case to it ("İ", "ı", "ſ"; the Kelvin sign does): such a text runs every pattern.
_SPECIES_WORDS = {k: tuple(w.removesuffix("*").lower() for w in words) for k, words in SPECIES.items()}
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f")


def _systems(key: str) -> str:
    """One list of data/lexicons/study_systems.yaml, spliced into a pattern below."""
    return alternation("study_systems", key)


# people, children and adults as the study's subjects: data/lexicons/study_systems.yaml
HUMAN_RX = compile_guarded(r"\b(?:" + _systems("human") + ")", re.I)
# cells, animals as the study's subjects: data/lexicons/study_systems.yaml (species words from species.yaml)
IN_VITRO_RX = compile_guarded("|".join(r"\b" + cue for cue in vocabulary("study_systems")["in_vitro"]), re.I)
STRONG_HUMAN_RX = compile_guarded(
    r"\b(?:\d+|[a-z]+)-year-old\b|\b(?:" + _systems("strong_human_subjects") + r")\s+(?:\(n\s*=\s*\d+\)\s+)?"
    "(?:" + _systems("strong_human_verbs") + r")\b|"
    r"\b\d+\s+(?:[a-z-]+\s+){0,2}(?:" + _systems("strong_human_counted") + r")\b", re.I)
IN_VIVO_RX = compile_guarded(
    rf"\bin vivo\b|\b(?:{_systems('in_vivo_subjects')})\s+(?:{_systems('in_vivo_subject_verbs')})|"
    rf"\b(?:in|of) (?:{_systems('in_vivo_among')})\b|\b(?:{_systems('in_vivo_models')}) models?\b|"
    r"\bxenograft|" + "|".join(rf"\b{w}\b" for w in vocabulary("study_systems")["in_vivo_strains"]), re.I)
# A title naming animals as the subjects: "in rats", "in an Animal Model", "rat full-thickness chondral defect
# model", "meniscectomized rat knees"; a species word joined to another ("Porcine-Derived Collagen") is a
# product, not the subjects. Words: data/lexicons/study_systems.yaml (title_*), species.yaml.
_ANY_ANIMAL = "|".join(sorted({re.escape(w) for words in SPECIES.values() for w in words} | {"animals?"}, key=len, reverse=True))
TITLE_ANIMALS_RX = compile_guarded(
    rf"\b(?:{_systems('title_animal_leads')})\s+(?:[\w-]+\s+){{0,3}}?(?:{_systems('title_animals')})(?![\w-])|"
    rf"\b(?:{_ANY_ANIMAL})\s+(?:[\w-]+\s+){{0,3}}?(?:{_systems('title_animal_nouns')})(?![\w-])", re.I)
TITLE_PEOPLE_RX = compile_guarded(rf"\b(?:{_systems('title_people')})\b", re.I)
# Specimens, not people, as the subjects: cadavers or tissue worked on outside the body (study_systems.yaml
# laboratory_*); the title's cue only where the title names no people
LABORATORY_TITLE_RX = compile_guarded(rf"\b(?:{_systems('laboratory_title')})\b", re.I)
LABORATORY_RX = compile_guarded(
    rf"\b(?:\d+|{'|'.join([*UNITS, *TENS])}|on|in|using|from|of)\s+(?:[\w-]+\s+){{0,3}}?(?:{_systems('laboratory_counted')})\b|"
    rf"\b(?:{_systems('laboratory_counted')})\s+(?:were|was)\b|\b(?:{_systems('laboratory_self')})", re.I)
CHILD_RX = compile_guarded(r"\b(?:" + _systems("child") + ")", re.I)
ADULT_RX = compile_guarded(r"\b(?:" + _systems("adult") + r")\b", re.I)
AGE_RX = compile_guarded(r"\b(\d{1,2}(?:\.\d)?)\s*(?:±|\+/-)?\s*[\d.]*\s*(?:years?|yrs?|y)\b(?:[- ]old)?", re.I)

# MeSH check tags: data/lexicons/mesh_check_tags.yaml
HUMAN_MESH = word_set("mesh_check_tags", "human")
ANIMAL_MESH = word_set("mesh_check_tags", "animal")
RODENT_MESH = word_set("mesh_check_tags", "rodent")
RODENT_MESH_DECISIVE = word_set("mesh_check_tags", "rodent_decisive")  # the metadata step's override
CHILD_MESH = word_set("mesh_check_tags", "child")
ADULT_MESH = word_set("mesh_check_tags", "adult")


@dataclass(frozen=True)
class Population:
    """Who an article studied. Frozen: a later reading (the classifier, MeSH) makes a new one with
    :func:`dataclasses.replace`."""

    is_human: bool
    is_animal: bool
    is_rodent: bool
    is_in_vitro: bool
    species: list[str] = field(default_factory=list)
    is_child: bool | None = None


def _text(article: Article) -> str:
    return f"{article.title}\n{article.abstract}"


# A species word as a reagent's source (study_systems.yaml reagent_*): "Mouse monoclonal Anti-CCR7 antibody", "goat
# anti-rabbit IgG", "fetal bovine serum". Read before the species are named, so a human tissue study stained with mouse
# antibodies is no mouse study (29207829, FFPE blocks of ameloblastoma, read as an animal study for its antibodies)
_REAGENT_AFTER = compile_guarded(rf"(?<![\w-])(?:{_ANY_ANIMAL})\s+(?:{_systems('reagent_after_species')})", re.I)
_REAGENT_BEFORE = compile_guarded(rf"(?<![\w-])(?:{_systems('reagent_before_species')})\s?(?:{_ANY_ANIMAL})(?![\w-])", re.I)


def without_reagents(text: str) -> str:
    """``text`` with each species word that names a reagent's source blanked (the rest in place, same length)."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    return _REAGENT_AFTER.sub(blank, _REAGENT_BEFORE.sub(blank, text))


def names_a_reagent(article: Article) -> bool:
    """Whether ``article`` names a species as a reagent's source (:func:`without_reagents` would blank something)."""
    text = _text(article)
    return bool(_REAGENT_BEFORE.search(text) or _REAGENT_AFTER.search(text))


def _species_named(text: str, reagent_species: bool = False) -> list[str]:
    """The species (keys of species.yaml but :data:`NOT_ANIMALS`) whose pattern finds a name in ``text``, a species
    named only as a reagent's source aside (:func:`without_reagents`) unless ``reagent_species``."""
    if not reagent_species:
        text = without_reagents(text)
    if not _FOLDS_TO_ASCII.isdisjoint(text):
        return [name for name, rx in _SPECIES_RX.items() if rx.search(text)]
    low = text.lower()
    return [name for name, rx in _SPECIES_RX.items() if any(w in low for w in _SPECIES_WORDS[name]) and rx.search(text)]


def extract_population(article: Article, *, use_metadata: bool = True, reagent_species: bool = False) -> Population:
    """Who ``article`` studied, from its text and (``use_metadata``) its MeSH check tags. ``reagent_species``: read a
    species named as a reagent's source ("mouse monoclonal antibody") as a species studied, as the rules did before
    extractor 2026.12.32 - the reading the shipped design classifier's rule tokens were trained on
    (:func:`pipeline.nlp.design_model.text_rules`), so that its recorded command still rebuilds it."""
    text = _text(article)
    species = _species_named(text, reagent_species)
    human_hits = len(HUMAN_RX.findall(text))
    mesh = {m.descriptor.lower() for m in article.mesh} if use_metadata else set()

    in_vivo = bool(IN_VIVO_RX.search(text))
    in_vitro = bool(IN_VITRO_RX.search(text))
    # Animals count as study subjects when the text uses them as such, not when it only names a
    # murine cell line or compares anatomy.
    animal_subjects = bool(species) and (in_vivo or not in_vitro)
    is_rodent = (any(s in RODENTS for s in species) and animal_subjects) or bool(mesh & RODENT_MESH)
    is_animal = animal_subjects or bool(mesh & ANIMAL_MESH)
    # "patients" in an animal abstract is usually motivation ("in patients with ..."), so animal
    # studies need more human evidence to count as human.
    strong = bool(STRONG_HUMAN_RX.search(text))
    is_human = strong or human_hits >= (3 if is_animal else 2) or bool(mesh & HUMAN_MESH)
    if is_animal and mesh & HUMAN_MESH and not human_hits:
        is_human = False
    is_in_vitro = in_vitro and not is_human and not (is_animal and in_vivo)
    if is_human and "human" not in species:
        species.insert(0, "human")

    is_child: bool | None = None
    if is_human:
        if mesh & CHILD_MESH or CHILD_RX.search(text):
            is_child = True
        elif ADULT_RX.search(text) or ADULT_MESH & mesh:
            is_child = False
        else:
            ages = [float(a) for a in AGE_RX.findall(text)]
            if ages:
                is_child = max(ages) < 18
    return Population(is_human, is_animal, is_rodent, is_in_vitro, species, is_child)


def laboratory_specimens(article: Article) -> bool:
    """Whether the study's subjects are specimens - cadavers, or tissue taken out of the body and worked on
    there - rather than people: its title names such a study and no people ("... Harvesting of
    Osteochondral Autografts in the Knee: A Cadaveric Study"), or its abstract counts cadaveric specimens
    ("Ten fresh cadaveric knees") or calls itself one ("This in vitro study aims ...", "ex vivo human
    femoral condyles")."""
    title = article.title or ""
    if LABORATORY_TITLE_RX.search(title) and not TITLE_PEOPLE_RX.search(title):
        return True
    return bool(LABORATORY_RX.search(article.abstract or ""))


def animals_in_title(title: str) -> str | None:
    """The words by which ``title`` names animals as the study's subjects ("in a Rabbit Model"), or None
    (no animals named so, or people named too)."""
    m = TITLE_ANIMALS_RX.search(title or "")
    if m is None or TITLE_PEOPLE_RX.search(title):
        return None
    return m.group(0)
