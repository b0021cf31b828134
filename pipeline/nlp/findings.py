"""Per-comparison findings: how did the intervention compare with the comparator on an outcome?

:func:`read_finding` answers Evidence Inference's question (DeYoung et al. 2020) from an abstract:
the intervention's outcome value *increased*, *decreased* or showed *no difference* against the
comparator's — or "unclear" when no sentence speaks to the outcome or the classifier is unsure. An
overstated finding is the worst error this product can make, so the reader prefers unclear to a
guess.

How: the abstract's sentences (:mod:`pipeline.nlp.sentences`) are ranked by a trained sentence ranker
(:class:`SentenceRanker`, a logistic regression over :func:`sentence_features`: how much of the outcome,
intervention and comparator a sentence names, its section and position, whether it states a
comparison — p-values, effect estimates, significance, direction and comparison words; trained on the
sentences Evidence Inference's annotators marked as evidence). The best one is read by a
small linear classifier (``data/models/findings_clf.npz``, portable arrays, no pickle) whose input is
the sentence with the arms and the outcome marked (``intarm``, ``cmparm``, ``outcome``: "placebo had
higher pain than PRP" reads "cmparm had higher outcome than intarm"), negation scopes marked
(:mod:`pipeline.nlp.negation`), and cue tokens: which arm is named first with which direction word,
significance from the stated effect estimates (:mod:`pipeline.nlp.effects`), no-difference phrases,
and each direction word read relative to the arms (:func:`relative_directions`: "greater improvement"
is an improvement, "the decrease … was greater in intarm than in cmparm" a decrease for the
intervention) and joined to the outcome's polarity.
`evidence model train-findings --data PATH` rebuilds the model from Evidence Inference; nothing
trains at run time.
"""

from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np

from pipeline.model_files import MODELS_DIR
from pipeline.nlp.abbreviations import ignorecase_lower
from pipeline.nlp.effects import Effect, find_effects, includes_no_effect
from pipeline.nlp.negation import mark_negation
from pipeline.nlp.polarity import benefit, polarity  # noqa: F401  (benefit is part of this module's interface)
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.sentences import SentenceSpan, sentence_spans
from pipeline.nlp.vocabulary import no_difference_phrases, phrase_pattern, sentence_comparing, vocabulary

if TYPE_CHECKING:
    from pipeline.nlp.tfidf_linear import LinearTfidf

__all__ = ["Finding", "FindingLabel", "FindingsModel", "benefit", "classify_sentence", "features_text", "load_model",
           "manifest", "rank_sentences", "read_finding"]

MODEL_PATH = MODELS_DIR / "findings_clf.npz"
MANIFEST_PATH = MODELS_DIR / "findings_clf.manifest.json"
REBUILD = "evidence model train-findings --data EVIDENCE_INFERENCE_FOLDER"
FORMAT = 5  # the layout of findings_clf.npz (2: + the sentence ranker; 3: + values per arm and lettered arms in features_text(); 4: + the ranker's abbreviation, group-wording and outcome-before-p-value features; 5: direction words read of the arm after them or against a comparison's object before them, "non-intarm" and "control (no X)" arms); bumped with features_text() or sentence_features() so old files are refused
NGRAM_MAX = 3
# The least class probability the reader answers with; below it the finding is "unclear". Data, not
# literals: data/findings.yaml, chosen on the Evidence Inference TRAIN split (never on validation): with
# `evidence eval findings-threshold` on a held-out fifth until session 9, with `evidence eval findings-cv`
# (five-fold cross-validation) since. A difference (increased/decreased) needs
# MIN_CONFIDENCE, a finding of no difference MIN_CONFIDENCE_NO_DIFFERENCE: only an answered difference
# can overstate a finding, and at one threshold for both the reader overstated 8% of its answers.
@lru_cache(maxsize=1)
def _settings() -> dict:
    # read once, by libyaml (the pure-Python reader took a tenth of a second of each link run for the five reads)
    import yaml

    from pipeline.config import PROJECT_ROOT
    from pipeline.nlp.lexicons import YAML_LOADER
    return yaml.load((PROJECT_ROOT / "data" / "findings.yaml").read_text(encoding="utf-8"), Loader=YAML_LOADER)


MIN_CONFIDENCE = float(_settings()["min_confidence"])
MIN_CONFIDENCE_NO_DIFFERENCE = float(_settings()["min_confidence_no_difference"])
# A difference is answered only when the reading's probability of no difference is at most this: an
# overstated finding is one read as a difference where the abstract reports none, and the probability
# of that is the probability of no difference, not the lack of confidence between increased and
# decreased (data/findings.yaml; 1.0: no such condition).
MAX_NO_DIFFERENCE = float(_settings().get("max_no_difference", 1.0))
# How many of the trained ranker's best sentences are read: their class probabilities are averaged,
# each weighted by the ranker's probability that it is the sentence reporting the comparison (the
# softmax of its log-odds over these sentences). 1: the best sentence alone.
COMBINE_TOP = int(_settings().get("combine_top", 1))
# A sentence must name at least this share of the outcome's words, each word weighted by its rarity
# in the abstract (see rank_sentences), to speak to it.
MIN_OUTCOME_OVERLAP = 0.3
# The sentences read: the best CANDIDATES by rank within CANDIDATE_MARGIN of the best score (on a
# held-out fifth of train, 3 and 2.0 beat reading the top sentence alone: macro-F1 0.55 vs 0.48).
CANDIDATES = 3
CANDIDATE_MARGIN = 2.0
# A candidate must name the outcome at least OUTCOME_KEEP times as fully as the reporting sentence
# that names it most (on the held-out fifth of train this costs a point of macro-F1, 0.462 against 0.474, answers right 72.3%
# against 71.8%; kept because reading another outcome's sentence is how findings get overstated)
OUTCOME_KEEP = 0.6


class FindingLabel(enum.StrEnum):
    """The finding of a comparison; ``contract`` gives the spelling of CONTRACT.md's vocabulary."""

    INCREASED = "increased"
    DECREASED = "decreased"
    NO_DIFFERENCE = "no_difference"
    UNCLEAR = "unclear"

    @property
    def contract(self) -> str:
        return {"increased": "significantly_increased", "decreased": "significantly_decreased",
                "no_difference": "no_significant_difference", "unclear": "unclear"}[self.value]


@dataclass(frozen=True)
class Finding:
    """What an abstract says of one comparison: the label, the sentence it was read from (with its
    offsets into the text given), the classifier's probability of the label (0 when no sentence
    speaks to the outcome) and the effect estimates the sentence states."""

    label: FindingLabel
    sentence: str | None
    start: int | None
    end: int | None
    score: float
    effects: tuple[Effect, ...] = ()
    reason: str = ""  # why unclear, when it is
    no_difference: float | None = None  # the reading's probability of no difference (None: no sentence read)

    @property
    def confidence(self) -> float:
        return self.score


# --- words ---------------------------------------------------------------------------------------

def _words(key: str) -> tuple[str, ...]:
    return vocabulary("findings")[key]


def _phrase_rx(words) -> re.Pattern:
    return phrase_pattern(words, edges="hyphen", longest_first=True)


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    return {k: _phrase_rx(_words(k)) for k in ("up", "down", "better", "worse", "significance")} | {
        "null": _phrase_rx(no_difference_phrases("findings") + no_difference_phrases("grading"))}


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(_words("stop"))


# cached: the readers stem the same few thousand words again and again (every sentence's words, for
# every comparison of its abstract)
@lru_cache(maxsize=65536)
def _stem(w: str) -> str:
    w = w.lower()
    if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w[:7]


_HYPHENATED = compile_guarded(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")


# cached (a frozen set, so no caller can change what the next one gets): the reader asks for the same
# sentences' words for every comparison, outcome and claim of a study
@lru_cache(maxsize=16384)
def terms(text: str) -> frozenset[str]:
    """The stems of ``text``'s content words (two-letter words count when written in capitals: "SP")."""
    out = set()
    for w in _HYPHENATED.findall(text or ""):
        for part in [w, *w.split("-")] if "-" in w else [w]:
            term = _TERM_OF.get(part, _UNREAD)
            if term is _UNREAD:
                term = _term_of(part)
            if term is not None:
                out.add(term)
    return frozenset(out)


# a word → its stem, or None when it is no content word: the same few thousand words recur in every abstract
_TERM_OF: dict[str, str | None] = {}
_UNREAD = object()


def _term_of(part: str) -> str | None:
    lw = part.lower()
    term = None if lw in _stop() or lw.isdigit() or not (len(lw) > 2 or (len(lw) == 2 and part.isupper())) else _stem(lw)
    if len(_TERM_OF) > 200_000:
        _TERM_OF.clear()
    _TERM_OF[part] = term
    return term


@dataclass(frozen=True)
class _Arms:
    i: frozenset[str]
    c: frozenset[str]
    o: frozenset[str]
    imitation: bool = False  # the comparator imitates the intervention: "sham moxibustion" is the comparator
    i_groups: frozenset[str] = frozenset()  # the arms' letters: "group B" / "B group" in the prompt's wording
    c_groups: frozenset[str] = frozenset()


# an arm named by a letter or number: "Papacárie method (group B)", "Group H (n = 20)", "G2", "A group"
_GROUP_NAME = compile_guarded(r"\b[Gg]roup\s+([A-Z0-9]{1,2})\b|\b([A-Z0-9]{1,2})\s+[Gg]roup\b")


def _group_names(text: str) -> frozenset[str]:
    return frozenset(a or b for a, b in _GROUP_NAME.findall(text or ""))


# a comparator that is the intervention's absence ("no BMC treatment", "without PRP", "untreated") or
# its imitation ("sham moxibustion", "placebo injection")
# (data/lexicons/arms.yaml: comparator_absent, comparator_imitation)
_IMITATION = phrase_pattern(vocabulary("arms")["comparator_imitation"], edges="opening")
_ABSENCE = phrase_pattern(vocabulary("arms")["comparator_absent"] + vocabulary("arms")["comparator_imitation"],
                          edges="opening")


# the words a comparator says its arm did not get: "control (no trimetazidine)", "without PRP"
_ABSENT_WORDS = compile_guarded(r"\b(?:no|without|non|not)[\s-]+((?:[\w-]+\s*){1,3})", re.I)


def _arms(intervention: str, comparator: str, outcome: str) -> _Arms:
    i, c, o = terms(intervention), terms(comparator), terms(outcome)
    ig, cg = _group_names(intervention), _group_names(comparator)
    ig, cg = ig - cg, cg - ig
    if not _ABSENCE.match(comparator or ""):
        # "control (no trimetazidine)", "usual care without exercise": the words after the negation
        # name the intervention, not the comparator
        gone = frozenset().union(*(terms(g) for g in _ABSENT_WORDS.findall(comparator or "")))
        if gone & i:
            return _Arms(frozenset((i - c) | (gone & i)), frozenset(c - i - gone), frozenset(o), False, ig, cg)
    if _ABSENCE.match(comparator or ""):
        # "BMC" vs "no BMC": the shared words name the intervention's arm, not both
        return _Arms(frozenset(i), frozenset(c - i), frozenset(o), bool(_IMITATION.match(comparator or "")), ig, cg)
    return _Arms(frozenset(i - c), frozenset(c - i), frozenset(o), False, ig, cg)


@lru_cache(maxsize=16384)
def _word_stems(sentence: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...], frozenset[str]]:
    """The sentence cut at its runs of letters and digits: (the text between them, first and last included; each run
    and its stem; the stems): :func:`mark` marks the same sentence for every comparison, outcome and claim of a
    study."""
    words = _WORD.findall(sentence)
    gaps = tuple(_WORD.split(sentence))  # (a tuple: the cache hands the same value to every caller)
    pairs = tuple((w, _stem(w)) for w in words)
    return gaps, pairs, frozenset(s for _, s in pairs)


# mark's fixed patterns, compiled once (it runs for every sentence and comparison)
_WORD = compile_guarded(r"[A-Za-z0-9]+")
_GENERIC_INT = compile_guarded(r"\b(?:intervention|experimental|active|treatment|study)(?=\s+(?:group|arm|condition|patients))",
                          re.I)
_GENERIC_CMP = phrase_pattern(vocabulary("arms")["generic_comparator"])  # data/lexicons/arms.yaml
_ABSENT_INT = compile_guarded(r"\b(?:non|no|without)[\s-]+intarm\b", re.I)
_IMITATED = compile_guarded(r"\bcmparm(?:[\s-]+intarm\b)+")
_REPEATED = compile_guarded(r"\b(intarm|cmparm|outcome)(?:[\s-]+\1\b)+")


@lru_cache(maxsize=16384)  # the same sentence is marked for ranking and again for the classifier
def mark(sentence: str, arms: _Arms) -> str:
    """``sentence`` with words of the intervention as ``intarm``, of the comparator as ``cmparm``
    and of the outcome as ``outcome`` (runs of one marker collapsed)."""
    def sub(m: re.Match) -> str:
        s = _stem(m.group())
        if s in arms.o and s not in arms.i and s not in arms.c:
            return "outcome"
        if s in arms.i:
            return "intarm"
        if s in arms.c:
            return "cmparm"
        return m.group()
    # "group B" named in the prompt is that arm wherever the sentence says it
    for names, marker in ((arms.i_groups, "intarm"), (arms.c_groups, "cmparm")):
        for g in names:
            sentence = re.sub(rf"\b[Gg]roups?\s+{re.escape(g)}\b|\b{re.escape(g)}\s+[Gg]roups?\b", marker, sentence)
    if arms.i_groups or arms.c_groups:
        text = _WORD.sub(sub, sentence)
    else:  # the same substitution from the sentence's words and stems, found once per sentence (speed)
        gaps, pairs, stems = _word_stems(sentence)
        o, i, c = arms.o, arms.i, arms.c
        if stems.isdisjoint(o) and stems.isdisjoint(i) and stems.isdisjoint(c):
            text = sentence
        else:
            pieces = [None] * (len(gaps) + len(pairs))
            pieces[0::2] = gaps
            pieces[1::2] = ["outcome" if s in o and s not in i and s not in c else
                            "intarm" if s in i else "cmparm" if s in c else w for w, s in pairs]
            text = "".join(pieces)
    # the arms' generic names ("the intervention group", "controls") when the prompt's own words are not used
    # (each rewrite tried only where the words it needs are, in the text lower-cased once and again only after a
    # rewrite: most sentences have none, and every sentence of an abstract is marked for every comparison read in it)
    low = ignorecase_lower(text)
    if "intarm" not in text and _has_any(low, _GENERIC_INT_NEEDS):
        text = _GENERIC_INT.sub("intarm", text)
        low = ignorecase_lower(text)
    if "cmparm" not in text and not (arms.i & {"control", "placebo", "sham"}) and _has_any(low, _GENERIC_CMP_NEEDS):
        text = _GENERIC_CMP.sub("cmparm", text)
        low = ignorecase_lower(text)
    if "cmparm" not in text and "intarm" in low:
        # "implanted than non-implanted eyes": the intervention's absence is the comparator's arm
        text = _ABSENT_INT.sub("cmparm", text)
    if arms.imitation and "cmparm" in text:  # "sham moxibustion" names the comparator's arm, "moxibustion" alone the intervention's
        text = _IMITATED.sub("cmparm", text)
    if text.count("intarm") > 1 or text.count("cmparm") > 1 or text.count("outcome") > 1:
        text = _REPEATED.sub(r"\1", text)
    return text


# the words without which each of mark's case-insensitive rewrites finds nothing (its lookahead's arm nouns; the
# generic comparators' words), searched in the text lower-cased as the patterns read case
_GENERIC_INT_NEEDS = ("group", "arm", "condition", "patients")
_GENERIC_CMP_NEEDS = tuple(w.rstrip("*").lower() for w in vocabulary("arms")["generic_comparator"])


def _has_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether ``low`` (a text as :func:`ignorecase_lower` gives it) holds any of ``words``."""
    return any(w in low for w in words)


_THAN = compile_guarded(r"\b(?:" + sentence_comparing("findings_than") + r")\b[^;]{0,30}?\b(intarm|cmparm)\b")
_FLIP = {"up": "down", "down": "up"}


# a direction word this close before another cue word modifies it ("greater improvement", "less reduction")
_MODIFIER_GAP = compile_guarded(r"^[\s-]*(?:\w+[\s-]+)?$")


def direction_words(marked: str, pol: str | None) -> list[tuple[re.Match, str, str]]:
    """The direction words of a marked sentence, in order, as (match, "up"/"down", kind): kind "dir" for
    a word of direction ("higher", "reduced"), "better"/"worse" for a word of quality, read as a
    direction when the outcome's polarity ``pol`` is known. A direction word right before another cue
    word only modifies it ("greater improvement" is an improvement; "less reduction" flips the
    reduction) and is dropped."""
    cues = _cues()
    words = sorted([(m, "up", "dir") for m in cues["up"].finditer(marked)]
                   + [(m, "down", "dir") for m in cues["down"].finditer(marked)]
                   + [(m, "up", "better") for m in cues["better"].finditer(marked)]
                   + [(m, "down", "worse") for m in cues["worse"].finditer(marked)], key=lambda w: w[0].start())
    words = _magnitudes(marked, words)
    out = []
    flip = False
    for k, (m, d, kind) in enumerate(words):
        if flip:
            d, flip = _FLIP[d], False
            kind = {"better": "worse", "worse": "better"}.get(kind, kind)
        nxt = words[k + 1][0] if k + 1 < len(words) else None
        if kind == "dir" and nxt is not None and nxt.start() >= m.end() and _MODIFIER_GAP.match(marked[m.end():nxt.start()]):
            flip = d == "down"
            continue
        if kind != "dir":
            if pol is None:
                out.append((m, d, kind))
                continue
            d = d if pol == "higher" else _FLIP[d]
        out.append((m, d, kind))
    return out


_MAGNITUDE = compile_guarded(r"greater|larger|bigger|more|higher|smaller|less|lesser|lower", re.I)
_COPULA_BEFORE = compile_guarded(r"\b(?:was|were|is|are)\s+(?:\w+\s+){0,2}$", re.I)
_CHANGE_NOUN = compile_guarded(r"\w+(?:ment|tion|ase|ses|sis|ence|ine|ines|ion|ions|s)$|rise|fall|drop|gain|loss|change", re.I)


def _magnitudes(marked: str, words: list) -> list:
    """A change compared by its size ("the decrease in pain was significantly greater in intarm than in
    cmparm"): the change word gives the direction, read where the size word stands (so its subject and
    "than" decide whose it is); "smaller"/"less" flips it."""
    new = dict(enumerate(words))
    for k, (m, d, kind) in enumerate(words):
        if kind != "dir" or not _MAGNITUDE.fullmatch(m.group()) or not _COPULA_BEFORE.search(marked[:m.start()]):
            continue
        clause_start = max(marked.rfind(";", 0, m.start()), marked.rfind(",", 0, m.start()))
        change = [j for j in range(k) if j in new and words[j][0].start() > clause_start
                  and _CHANGE_NOUN.fullmatch(words[j][0].group())]
        if not change:
            continue
        _, cd, ckind = words[change[0]]
        new[k] = (m, cd if d == "up" else _FLIP[cd], ckind)
        del new[change[0]]
    return [new[k] for k in sorted(new)]


def _relative(marked: str, m: re.Match, d: str) -> str | None:
    clause = marked[:m.start()].rsplit(";", 1)[-1]
    obj = _THAN.search(marked, m.end(), min(len(marked), m.end() + 120))
    if obj:
        return d if obj.group(1) == "cmparm" else _FLIP[d]
    arms = [(a.start(1), a.group(1)) for a in re.finditer(r"\b(intarm|cmparm)\b", clause)]
    # an arm named before the word as the object of a comparison ("compared with cmparm, outcome was
    # suppressed after intarm"; "intarm compared with cmparm showed higher outcome") is not its
    # subject; when no other arm is named, the word is said of the arm the object is compared against
    objs = {o.start(1) for o in _THAN.finditer(clause)}
    subj = [a for k, a in arms if k not in objs]
    if subj:
        return d if subj[-1] == "intarm" else _FLIP[d]
    if arms:
        return d if arms[-1][1] == "cmparm" else _FLIP[d]
    # no arm before the word: the arm it is said of follows it ("were all shorter in the intarm
    # group", "significantly higher under conditions of intarm")
    after = _ARM_AFTER.match(marked, m.end())
    if after:
        return d if after.group(1) == "intarm" else _FLIP[d]
    return None


# the arm a direction word is said of, right after it: "shorter in the intarm group", "higher with intarm"
_ARM_AFTER = compile_guarded(r"(?:[\s,]+(?!(?:" + sentence_comparing("findings_arm_after_stop") + r")\b)[\w-]+){0,6}?[\s,]+(?:in|for|with|under|after|of|among|on)"
                        r"\s+(?:the\s+|all\s+)?(?:conditions\s+of\s+)?(intarm|cmparm)\b")


def relative_directions(marked: str, pol: str | None) -> list[str]:
    """For each direction word of a marked sentence (see :func:`direction_words`), the direction of the
    intervention's value relative to the comparator's: "cmparm had higher outcome than intarm" → down.
    The arm named last before the word is its subject, an arm after "than"/"compared with" its object;
    None of them → no answer for that word. Words of quality count only when ``pol`` is known."""
    out = []
    for m, d, kind in direction_words(marked, pol):
        if kind != "dir" and pol is None:
            continue
        r = _relative(marked, m, d)
        if r:
            out.append(r)
    return out


def relative_quality(marked: str) -> list[str]:
    """For each word of quality ("improved", "worse"), whether it makes the intervention "better" or
    "worse" than the comparator (whatever the outcome's polarity): "greater improvement with intarm
    compared with cmparm" → better."""
    out = []
    for m, d, kind in direction_words(marked, None):
        if kind == "dir":
            continue
        r = _relative(marked, m, d)  # d: "up" for better, "down" for worse (as flipped by a modifier)
        if r:
            out.append("better" if r == "up" else "worse")
    return out


def _first(marked: str) -> str:
    i, c = marked.find("intarm"), marked.find("cmparm")
    if i < 0 and c < 0:
        return "none"
    if c < 0 or (0 <= i < c):
        return "int"
    return "cmp"


@lru_cache(maxsize=16384)
def _cue_counts(sentence: str) -> MappingProxyType:
    # the same sentence is read for every comparison, outcome and claim of its study
    return MappingProxyType({k: len(p.findall(sentence)) for k, p in _cues().items()})


def cue_tokens(sentence: str, arms: _Arms, outcome: str, effects: tuple[Effect, ...] | None = None) -> list[str]:
    """The rule features of one sentence (see the module doc)."""
    marked = mark(sentence, arms)
    first = _first(marked)
    toks = [f"__first_{first}"]
    counts = _cue_counts(sentence)
    pol = polarity(outcome)
    direction = []
    if counts["up"]:
        direction.append("up")
    if counts["down"]:
        direction.append("down")
    for k, d_lower, d_higher in (("better", "down", "up"), ("worse", "up", "down")):
        if counts[k] and pol:
            direction.append(d_lower if pol == "lower" else d_higher)
    for d in direction:
        toks += [f"__dir_{d}", f"__{first}_first_{d}"]
    rel = relative_directions(marked, pol)
    toks += [f"__rel_{d}" for d in rel]
    # the polarity joined to who is better: the model learns "better, lower is better" as decreased
    toks += [f"__relq_{q}_pol_{pol or 'none'}" for q in relative_quality(marked)]
    toks.append(f"__pol_{pol or 'none'}")
    if rel and len(set(rel)) == 1:
        toks.append(f"__rel_only_{rel[0]}")
    if counts["null"]:
        toks.append("__null")
    if counts["significance"]:
        toks.append("__sigword")
    # "cmparm ... than intarm": the comparator as the subject ("placebo had higher pain than PRP")
    if re.search(r"\bthan\b[^.;]{0,40}\bintarm\b", marked):
        toks.append("__than_int")
    if re.search(r"\bthan\b[^.;]{0,40}\bcmparm\b", marked):
        toks.append("__than_cmp")
    sig = []
    for e in find_effects(sentence) if effects is None else effects:
        s = e.significant
        if s is not None:
            sig.append(s)
        if e.is_ratio and e.value is not None and s:
            toks.append("__ratio_up" if e.value > 1 else "__ratio_down")
        if includes_no_effect(e) is True:
            toks.append("__ci_null")
    if sig:
        toks.append("__p_sig" if any(sig) else "__p_nonsig")
        if all(not s for s in sig):
            toks.append("__p_all_nonsig")
    if "outcome" not in marked:
        toks.append("__no_outcome")
    num = numeric_direction(marked)
    if num:
        toks += [f"__num_{num}", f"__num_{num}_pol_{pol or 'none'}"]
    return toks


# a value as an abstract states it: "89.00", "−5.9", "64.7%" (a sample size "n = 20" is not one)
_NUMBER = compile_guarded(r"(?<![\w.])(?<!n = )(?<!n=)[-−–]?\d+(?:\.\d+)?(?![\w.])")
# an arm and its value: "intarm group was 0.98", "intarm (−5.9)", "intarm: 64.7%", "in intarm 3.1"
_ARM_THEN_VALUE = compile_guarded(r"\b(intarm|cmparm)\b(?:\s+(?:group|groups|arm|patients|condition))?"
                             r"(?:\s*[(:,=]\s*|\s+(?:was|were|had|of|showed|is|are|with|at|reached)\s+(?:\w+\s+){0,2}?|\s+)"
                             r"(?:mean\s+|median\s+)?([-−–]?\d+(?:\.\d+)?)(?![\w.])")
# a value and its arm: "89.00 ± 9.92 in the intarm group", "35.7% with intarm"
_VALUE_THEN_ARM = compile_guarded(r"(?<![\w.])([-−–]?\d+(?:\.\d+)?)(?:\s*%)?(?:\s*(?:±|\+/-|sd)\s*\d+(?:\.\d+)?%?)?"
                             r"\s*\)?\s+(?:in|for|with|of)\s+(?:the\s+)?(intarm|cmparm)\b")


def _value(x: str) -> float:
    return float(x.replace("−", "-").replace("–", "-"))


def numeric_direction(marked: str) -> str | None:
    """"up"/"down": the intervention's stated value against the comparator's when a marked sentence
    gives one for each arm ("the outcome is 89.00 ± 9.92 in the intarm group and 84.17 in the cmparm
    group" → up; "intarm (−5.9) compared with cmparm (1.9)" → down); None when it gives no such pair
    or the two readings disagree."""
    vals: dict[str, float] = {}
    for rx, arm_group, val_group in ((_ARM_THEN_VALUE, 1, 2), (_VALUE_THEN_ARM, 2, 1)):
        for m in rx.finditer(marked):
            vals.setdefault(m.group(arm_group), _value(m.group(val_group)))
        if len(vals) == 2:
            break
        vals = {}
    if len(vals) != 2 or vals["intarm"] == vals["cmparm"]:
        return None
    return "up" if vals["intarm"] > vals["cmparm"] else "down"


@lru_cache(maxsize=4096)  # a candidate sentence is read again for each claim that shares the comparison
def features_text(sentence: str, intervention: str, comparator: str, outcome: str) -> str:
    """The classifier's input for one sentence: the marked, negation-marked words and the cue tokens."""
    arms = _arms(intervention, comparator, outcome)
    return mark_negation(mark(sentence, arms)) + " " + " ".join(cue_tokens(sentence, arms, outcome))


# --- the sentence finder -------------------------------------------------------------------------

ROLE_WEIGHT = {"results": 1.0, "conclusion": 0.6, "body": 0.5, "title": 0.0, "background": -1.0, "methods": -0.5}
# how much a sentence's section and a methods wording move its rank (chosen on the held-out fifth of
# train: the finder's first sentence is the annotated evidence for 72% of prompts answered in the abstract)
ROLE_FACTOR = 1.5
METHOD_PENALTY = 1.5
_RESULT = compile_guarded(r"\b[Pp]\s*[<=>≤≥]|\bsignifican|\bCI\b|\bconfidence interval", re.I)
_STAT = compile_guarded(r"\b[Pp]\s*[<=>≤≥]|\bsignifican|\bCI\b|\bconfidence interval|\bdiffer|\bsimilar|\bcompar", re.I)


@dataclass(frozen=True)
class RankedSentence:
    span: SentenceSpan
    score: float
    outcome_overlap: float  # share of the outcome's words the sentence names, each weighted by its rarity
    plain_overlap: float = 0.0  # the same share, unweighted
    describes_methods: bool = False  # a methods/background section or wording, no p-value or significance

    @property
    def names_outcome(self) -> bool:
        return self.outcome_overlap >= MIN_OUTCOME_OVERLAP


def rank_sentences(text: str, intervention: str, comparator: str, outcome: str,
                   ranker: "SentenceRanker | None" = None) -> list[RankedSentence]:
    """The sentences of ``text``, best first. With ``ranker`` (the shipped model's, see
    :class:`SentenceRanker`) a sentence's score is the trained ranker's log-odds that it reports the
    comparison; without, the hand-weighted score: overlap with the outcome (most), the intervention
    and the comparator, the section and whether the sentence states a comparison."""
    hand = _hand_ranked(text, intervention, comparator, outcome)
    if ranker is None:
        return hand
    feats = sentence_features(text, intervention, comparator, outcome, hand)
    z = ranker.decision([f for _, f in feats])
    out = [RankedSentence(r.span, float(s), r.outcome_overlap, r.plain_overlap, r.describes_methods)
           for (r, _), s in zip(feats, z)]
    return sorted(out, key=lambda r: (-r.score, r.span.start))


def _hand_ranked(text: str, intervention: str, comparator: str, outcome: str) -> list[RankedSentence]:
    arms = _arms(intervention, comparator, outcome)
    spans = sentence_spans(text)
    sent_terms = [terms(sp.text) for sp in spans]
    # an outcome word found in many of the abstract's sentences ("cartilage" in a cartilage trial)
    # says less about which sentence reports the outcome than a rare one ("volume"): each word
    # weighs 1 / the number of sentences naming it (1 when none does)
    # (summed in sorted order: a set's order changes with the hash seed, and float sums with the order,
    # which would change the trained ranker's last digits from run to run)
    weight = {t: 1.0 / max(1, sum(t in st for st in sent_terms)) for t in sorted(arms.o)}
    total = sum(weight.values())
    out = []
    for sp, st in zip(spans, sent_terms):
        o = sum(weight[t] for t in sorted(st & arms.o)) / total if total else 0.0
        plain = len(st & arms.o) / len(arms.o) if arms.o else 0.0
        i = len(st & arms.i) / len(arms.i) if arms.i else 0.0
        c = len(st & arms.c) / len(arms.c) if arms.c else 0.0
        flags = _sentence_cues(sp.text)
        stat = flags["stat"]
        cue = 1.0 if (flags["up"] or flags["down"] or flags["null"]) else 0.0
        method = flags["methods_wording"]
        score = (3.0 * o + 1.0 * i + 1.0 * c + ROLE_FACTOR * ROLE_WEIGHT.get(sp.role, 0.0) + 0.7 * stat + 0.3 * cue
                 - METHOD_PENALTY * method)
        out.append(RankedSentence(sp, score, o, plain, bool(method) or sp.role in ("methods", "background")))
    return sorted(out, key=lambda r: (-r.score, r.span.start))


@lru_cache(maxsize=1)
def _methods() -> re.Pattern:
    return _phrase_rx(_words("methods"))


@lru_cache(maxsize=1)
def _comparison() -> re.Pattern:
    return _phrase_rx(_words("comparison"))


# --- the trained sentence ranker -----------------------------------------------------------------

_ROLES = ("results", "conclusion", "body", "title", "background", "methods")
_P_VALUE = compile_guarded(r"\b[Pp]\s*[<=>≤≥]")


def sentence_features(text: str, intervention: str, comparator: str, outcome: str,
                      hand: list[RankedSentence] | None = None) -> list[tuple[RankedSentence, dict[str, float]]]:
    """Each sentence of ``text`` (in text order, with its hand-weighted rank) and the sentence ranker's
    features: how much of the outcome (rarity-weighted, plain, relative to the abstract's best), the
    intervention and the comparator it names, its section, position and length, whether it states a
    comparison (comparison words, direction and no-difference cues, p-values, effect estimates) or
    describes methods, and the hand-weighted score relative to the abstract's best."""
    arms = _arms(intervention, comparator, outcome)
    ranked = sorted(hand if hand is not None else _hand_ranked(text, intervention, comparator, outcome),
                    key=lambda r: r.span.start)
    n = len(ranked)
    top_o = max((r.outcome_overlap for r in ranked), default=0.0)
    top_hand = max((r.score for r in ranked), default=0.0)
    out = []
    for k, r in enumerate(ranked):
        s = r.span.text
        st = terms(s)
        marked = mark(s, arms)
        f = {"o": r.outcome_overlap, "o_plain": r.plain_overlap, "o_rel": r.outcome_overlap / top_o if top_o else 0.0,
             "o_ismax": float(top_o > 0 and r.outcome_overlap >= top_o - 1e-9), "o_full": float(r.plain_overlap >= 0.999),
             "i": len(st & arms.i) / len(arms.i) if arms.i else 0.0, "c": len(st & arms.c) / len(arms.c) if arms.c else 0.0,
             "int_mark": float("intarm" in marked), "cmp_mark": float("cmparm" in marked),
             "both": float("intarm" in marked and "cmparm" in marked),
             "pos": k / max(1, n - 1), "first": float(k == 0), "last": float(k == n - 1),
             **{x: v for x, v in _sentence_cues(s).items() if x != "methods_wording"},
             "method": float(r.describes_methods), "hand": r.score - top_hand, "names_outcome": float(r.names_outcome)}
        f.update({f"role_{ro}": float(r.span.role == ro) for ro in _ROLES})
        f.update(_context_features(s, arms, text))
        out.append((r, f))
    # the outcome's share read through the abbreviations, relative to the abstract's best
    top_ab = max((f["o_ab"] for _, f in out), default=0.0)
    for _, f in out:
        f["o_ab_rel"] = f["o_ab"] / top_ab if top_ab else 0.0
        # a sentence that names the outcome and states a comparison is what reports it
        f["o_rel_x_stat"] = f["o_rel"] * f["stat"]
        f["o_rel_x_both"] = f["o_rel"] * f["both"]
        f["o_rel_x_pval"] = f["o_rel"] * f["pval"]
    return out


# an abbreviation defined in parentheses after its long form: "Rate pressure product (RPP)"
_ABBR_DEF = compile_guarded(r"\(\s*([A-Za-z][A-Za-z0-9-]{0,9}[A-Za-z0-9])\s*[);,]")


def _long_form(short: str, before: str) -> str | None:
    """Schwartz & Hearst's long form of ``short`` at the end of ``before``: each of the short form's
    letters, last to first, found in order in the words before it, its first letter starting a word."""
    words = before.split()[-min(len(short) + 5, 2 * len(short)):]
    cand = " ".join(words)
    s, l = len(short) - 1, len(cand) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while l >= 0 and (cand[l].lower() != c or (s == 0 and l > 0 and cand[l - 1].isalnum())):
            l -= 1
        if l < 0:
            return None
        l -= 1
        s -= 1
    return cand[l + 1:]


@lru_cache(maxsize=4096)
def defined_abbreviations(text: str) -> MappingProxyType:
    """Short form → long form for the abbreviations ``text`` defines in parentheses ("rate pressure
    product (RPP)"). A regular-expression reading (Schwartz & Hearst's matching), not scispaCy's
    detector: the sentence ranker reads it for every abstract and comparison, where spaCy would cost
    more than the whole reading."""
    out = {}
    for m in _ABBR_DEF.finditer(text or ""):
        short = m.group(1)
        if not any(ch.isupper() for ch in short) or short.lower() in ("ns", "na"):
            continue
        long = _long_form(short, text[max(0, m.start() - 200):m.start()])
        if long and len(long) > len(short):
            out.setdefault(short, long)
    return MappingProxyType(out)


@lru_cache(maxsize=4096)
def _abbreviation_reading(text: str) -> tuple[re.Pattern | None, tuple[tuple[re.Pattern, frozenset[str], frozenset[str]], ...]]:
    """The abstract's defined abbreviations as (one pattern finding any short form, (the short form's
    own pattern, the long form's terms, the short form's terms) each), read once per abstract."""
    abbrevs = defined_abbreviations(text)
    if not abbrevs:
        return None, ()
    pats = {a: _short_form_pattern(a) for a in sorted(abbrevs)}
    return (compile_guarded("|".join(pats.values())),
            tuple((_short_form_rx(a), terms(abbrevs[a]), terms(a) | {_stem(a)}) for a in sorted(abbrevs)))


def _short_form_pattern(short: str) -> str:
    return rf"(?<![\w-]){re.escape(short)}(?![\w])"


@lru_cache(maxsize=4096)  # many abstracts define the same short forms ("MSC", "PRP", "OA")
def _short_form_rx(short: str) -> re.Pattern:
    return compile_guarded(_short_form_pattern(short))


def _expanded_terms(sentence: str, st: frozenset[str], text: str) -> frozenset[str]:
    """A sentence's terms with each abbreviation ``text`` defines read both ways: the long form's words
    where the sentence uses the short form ("SBP"), the short form where it names every word of the long one."""
    rx, abbrevs = _abbreviation_reading(text)
    if rx is None:
        return st
    named = rx.search(sentence) is not None  # most sentences name none: one search instead of one per form
    out = set(st)
    for short, lt, short_t in abbrevs:
        if named and short.search(sentence):
            out |= lt
        elif lt and lt <= st:
            out |= short_t
    return frozenset(out)


@lru_cache(maxsize=1)
def _group_wording() -> tuple[re.Pattern, re.Pattern]:
    return _phrase_rx(_words("within_group")), _phrase_rx(_words("between_groups"))


# cached: what a sentence says whatever the comparison, read once for every comparison of its abstract
@lru_cache(maxsize=16384)
def _sentence_context(s: str, text: str) -> tuple[frozenset[str], tuple[frozenset[str], ...], float, float]:
    """(the sentence's terms through the abstract's abbreviations, the terms of the words before each of
    its p-values, within-group wording, between-group wording)."""
    xt = _expanded_terms(s, terms(s), text)
    before_p = tuple(_expanded_terms(seg, terms(seg), text)
                     for seg in (s[max(0, m.start() - 160):m.start()] for m in _P_VALUE.finditer(s)))
    within, between = _group_wording()
    return xt, before_p, float(bool(within.search(s))), float(bool(between.search(s)))


def _context_features(s: str, arms: _Arms, text: str) -> dict[str, float]:
    """The ranker's features that read a sentence with the abstract's abbreviations and the outcome's
    place: the outcome, intervention and comparator named through an abbreviation, within-group or
    between-group wording, and whether the outcome is named in the words before a p-value."""
    xt, before_p, within, between = _sentence_context(s, text)
    o = len(arms.o)
    return {"o_ab": len(xt & arms.o) / o if o else 0.0, "i_ab": len(xt & arms.i) / len(arms.i) if arms.i else 0.0,
            "c_ab": len(xt & arms.c) / len(arms.c) if arms.c else 0.0, "within": within, "between": between,
            "o_near_p": max((len(seg & arms.o) / o for seg in before_p), default=0.0) if o else 0.0}


@lru_cache(maxsize=16384)
def _sentence_cues(s: str) -> MappingProxyType:
    """What the finder reads of one sentence whatever the comparison: whether it states a comparison
    (p-values, effect estimates and their significance, direction, no-difference, significance and
    comparison words), its length and numbers, and methods wording without a result. Cached: the same
    abstract is ranked for every comparison, outcome and claim of a study."""
    cues = _cues()
    effects = find_effects(s)
    sig = [e.significant for e in effects if e.significant is not None]
    return MappingProxyType({
        "stat": float(bool(_STAT.search(s))), "pval": float(bool(_P_VALUE.search(s))),
        "n_eff": math.log1p(len(effects)), "sig": float(any(sig)), "nonsig": float(bool(sig) and not any(sig)),
        "up": float(bool(cues["up"].search(s))), "down": float(bool(cues["down"].search(s))),
        "null": float(bool(cues["null"].search(s))), "sigword": float(bool(cues["significance"].search(s))),
        "cmpword": float(bool(_comparison().search(s))),
        "len": math.log1p(len(s.split())), "num": min(5, len(re.findall(r"\d+(?:\.\d+)?", s))) / 5,
        "methods_wording": 1.0 if _methods().search(s) and not _RESULT.search(s) else 0.0})


@dataclass
class SentenceRanker:
    """A logistic regression over :func:`sentence_features`: the log-odds that a sentence is the one
    reporting the comparison (trained on Evidence Inference's annotated evidence sentences)."""

    names: tuple[str, ...]
    coef: np.ndarray  # (len(names),)
    intercept: float

    def decision(self, feats: list[dict[str, float]]) -> np.ndarray:
        if not feats:
            return np.zeros(0)
        x = np.array([[f[k] for k in self.names] for f in feats], dtype=np.float64)
        return x @ self.coef + self.intercept

    def arrays(self) -> dict[str, np.ndarray]:
        return {"rank_names": np.frombuffer("\n".join(self.names).encode(), dtype=np.uint8),
                "rank_coef": np.asarray(self.coef, dtype=np.float64),
                "rank_intercept": np.asarray([self.intercept], dtype=np.float64)}

    @classmethod
    def from_arrays(cls, arrays) -> "SentenceRanker":
        return cls(tuple(bytes(arrays["rank_names"]).decode().split("\n")), np.asarray(arrays["rank_coef"]),
                   float(arrays["rank_intercept"][0]))


# --- the classifier ------------------------------------------------------------------------------

@dataclass
class FindingsModel:
    """The portable multinomial classifier; probabilities are the softmax of its decision values."""

    scorer: "LinearTfidf"
    classes: tuple[str, ...]
    ranker: SentenceRanker | None = None  # the trained sentence ranker; None: the hand-weighted finder

    def proba(self, texts: list[str]) -> np.ndarray:
        z = self.scorer.decision(texts)
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        p = self.proba(texts)
        return [(self.classes[int(k)], float(p[r, k])) for r, k in enumerate(np.argmax(p, axis=1))]

    def arrays(self) -> dict[str, np.ndarray]:
        return {**self.scorer.arrays(), "classes": np.frombuffer("\n".join(self.classes).encode(), dtype=np.uint8),
                "ngram_max": np.asarray([self.scorer.ngram_max], dtype=np.int64),
                **(self.ranker.arrays() if self.ranker else {})}

    @classmethod
    def from_arrays(cls, arrays) -> "FindingsModel":
        from pipeline.nlp.tfidf_linear import LinearTfidf

        return cls(LinearTfidf.from_arrays(arrays, ngram_max=int(arrays["ngram_max"][0])),
                   tuple(bytes(arrays["classes"]).decode().split("\n")),
                   SentenceRanker.from_arrays(arrays) if "rank_coef" in arrays else None)


def manifest(path: str | None = None) -> dict:
    """The shipped classifier's manifest (checked as :func:`load_model` checks it, without hashing)."""
    from pipeline.model_files import read_manifest

    return read_manifest(path or MODEL_PATH, model="findings", rebuild=REBUILD, format_version=FORMAT)


def load_model(path: str | None = None) -> FindingsModel:
    """The shipped classifier (``data/models/findings_clf.npz``, or ``path``) after checking its
    manifest; :class:`~pipeline.errors.ModelError` (exit 9) naming the rebuild command when it is
    missing, damaged or was built for other code."""
    from pipeline.model_files import load_portable

    model_path = Path(path) if path else MODEL_PATH
    return load_portable(model_path, model="findings", rebuild=REBUILD, format_version=FORMAT,
                         build=FindingsModel.from_arrays)


def classify_sentence(sentence: str, intervention: str, comparator: str, outcome: str,
                      model: FindingsModel | None = None) -> tuple[str, float]:
    """(label, probability) of the classifier for one evidence sentence (the oracle setting)."""
    m = model or load_model()
    return m.predict([features_text(sentence, intervention, comparator, outcome)])[0]


def read_finding(text: str, intervention: str, comparator: str, outcome: str, *,
                 model: FindingsModel | None = None, min_confidence: float | None = None,
                 min_confidence_no_difference: float | None = None, max_no_difference: float | None = None,
                 top: int | None = None) -> Finding:
    """The finding of ``intervention`` against ``comparator`` on ``outcome`` as ``text`` (an abstract,
    with or without section headings) states it; "unclear" when no sentence names the outcome or the
    reading is unsure: its label's probability is below ``min_confidence`` (increased/decreased) or
    ``min_confidence_no_difference`` (no difference), or it reads a difference whose probability of no
    difference is above ``max_no_difference``. No threshold given: the product's
    (:data:`MIN_CONFIDENCE`, :data:`MIN_CONFIDENCE_NO_DIFFERENCE`, :data:`MAX_NO_DIFFERENCE`); only
    ``min_confidence`` given: it is the one threshold for every label, and a difference has no other
    condition unless ``max_no_difference`` is given. With the trained ranker the ``top`` best sentences
    are read (default :data:`COMBINE_TOP`) and their probabilities combined."""
    if min_confidence is None:
        min_confidence = MIN_CONFIDENCE
        min_confidence_no_difference = (MIN_CONFIDENCE_NO_DIFFERENCE if min_confidence_no_difference is None
                                        else min_confidence_no_difference)
        max_no_difference = MAX_NO_DIFFERENCE if max_no_difference is None else max_no_difference
    elif min_confidence_no_difference is None:
        min_confidence_no_difference = min_confidence
    thresholds = (min_confidence, min_confidence_no_difference, 1.0 if max_no_difference is None else max_no_difference)
    m = model or load_model()
    ranked = rank_sentences(text, intervention, comparator, outcome, m.ranker)
    if not any(r.names_outcome for r in ranked):
        return Finding(FindingLabel.UNCLEAR, None, None, None, 0.0, (), "no sentence names the outcome")
    if m.ranker is not None:
        # the trained ranker weighs the outcome's words itself (and finds the reporting sentence that
        # names the outcome by an abbreviation or in part): its best sentences are read, each as much
        # as the ranker believes it reports the comparison (on the held-out fifth of train the best
        # three read together overstated less than the best alone at the same share answered)
        cands = ranked[:max(1, COMBINE_TOP if top is None else top)]
        proba = m.proba([features_text(r.span.text, intervention, comparator, outcome) for r in cands])
        z = np.array([r.score for r in cands])
        w = np.exp(z - z.max())
        w /= w.sum()
        p = w @ proba
        j = int(np.argmax(p))
        # the sentence shown is the one that carries most of the label read
        best = cands[int(np.argmax(w * proba[:, j]))]
        return _read(best.span, m, intervention, comparator, outcome, thresholds, (m.classes[j], float(p[j])),
                     float(p[m.classes.index("no_difference")]))
    ranked = [r for r in ranked if r.names_outcome]
    # the few best-ranked sentences are read, and the one the classifier reads most surely speaks:
    # the finding sentence is often second to a methods or results sentence that names every arm
    # candidates must name the outcome about as fully as the sentence that names it most (a sentence
    # on "graft integration" is no reading of "graft sclerosis")
    # (that sentence: one that reports, when there is one; a methods sentence names every outcome)
    reporting = [r for r in ranked if not r.describes_methods] or ranked
    top_o = max(r.outcome_overlap for r in reporting)
    ranked = [r for r in ranked if r.outcome_overlap >= OUTCOME_KEEP * top_o]
    cands = [r for r in ranked[:CANDIDATES] if r.score >= ranked[0].score - CANDIDATE_MARGIN]
    # a sentence that names neither arm ("a significant increase was seen for all subjects") is read
    # only when no candidate names one
    arms = _arms(intervention, comparator, outcome)
    named = [r for r in cands if re.search(r"\b(?:intarm|cmparm)\b", mark(r.span.text, arms))]
    cands = named or cands
    preds = m.predict([features_text(r.span.text, intervention, comparator, outcome) for r in cands])
    (label, p), best = max(zip(preds, cands), key=lambda lp: (lp[0][1], -lp[1].span.start))
    return _read(best.span, m, intervention, comparator, outcome, thresholds, (label, p))


def _read(sp: SentenceSpan, m: FindingsModel, intervention: str, comparator: str, outcome: str,
          thresholds: tuple[float, float, float], pred: tuple[str, float] | None = None,
          p_none: float | None = None) -> Finding:
    """The finding one sentence states (the classifier's label ``pred`` or its own reading of the
    sentence; unclear below its threshold: ``thresholds`` is (least probability of a difference, of no
    difference, most probability of no difference for a difference))."""
    if pred is None:
        proba = m.proba([features_text(sp.text, intervention, comparator, outcome)])[0]
        k = int(np.argmax(proba))
        pred, p_none = (m.classes[k], float(proba[k])), float(proba[m.classes.index("no_difference")])
    label, p = pred
    min_confidence = thresholds[1] if label == "no_difference" else thresholds[0]
    effects = find_effects(sp.text)
    effects = tuple(Effect(**{**e.__dict__, "start": e.start + sp.start, "end": e.end + sp.start}) for e in effects)
    if p < min_confidence:
        return Finding(FindingLabel.UNCLEAR, sp.text, sp.start, sp.end, p, effects,
                       f"the classifier is unsure ({label} at {p:.2f})", p_none)
    if label != "no_difference" and p_none is not None and p_none > thresholds[2]:
        return Finding(FindingLabel.UNCLEAR, sp.text, sp.start, sp.end, p, effects,
                       f"the classifier is unsure ({label} at {p:.2f}, no difference at {p_none:.2f})", p_none)
    return Finding(FindingLabel(label), sp.text, sp.start, sp.end, p, effects, "", p_none)
