"""Find where an article names a claim's therapy or condition: synonyms, spelling variants and
abbreviations defined in the abstract itself ("bone marrow aspirate concentrate (BMAC)")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipeline.claims.models import Concept
# short forms an abstract defines: read once per article by the linker (pipeline.claims.reading)
from pipeline.nlp.abbreviations import abbreviations_in  # noqa: F401
from pipeline.nlp.abbreviations import ignorecase_lower
from pipeline.nlp.arms import cue
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import sentence_comparing, vocabulary, word_set


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int
    via: str  # synonym | abbreviation


# a name starts where no word or hyphen precedes it, nor a word joined to it by a colon: "polylactide:polyglycolic acid"
# names a copolymer, "actin:myosin" a ratio, not polyglycolic acid or myosin (a heading in capitals, "METHODS:PRP",
# still precedes one)
# ... or where a locant or chain-length code is joined to it by a hyphen, the same substance named more exactly:
# "C4-ceramide", "C16-ceramide", "5-fluorouracil", "18F-FDG" (a letter and one or two digits, or one or two digits and
# at most a letter, standing alone before the hyphen: not "anti-", "non-", "IL-6-", "CD4-")
_CODE_PREFIX = "|".join(rf"(?<=(?<![\w-]){code}-)" for code in (r"[A-Za-z]\d", r"[A-Za-z]\d\d", r"\d", r"\d\d", r"\d[A-Z]",
                                                                 r"\d\d[A-Z]"))
# ... or where a bracketed stereo-descriptor is joined to it by a hyphen, the same compound named by its form:
# "(-)-alpha-bisabolol" (written "(--)-" where a minus sign was lost), "(+)-catechin", "(R)-ketamine", "(±)-"
_STEREO_PREFIX = "|".join(rf"(?<=\({d}\)-)" for d in (r"-", r"--", r"\+", r"±", r"\+/-", r"R", r"S", r"E", r"Z",
                                                        r"RS", r"R,S", r"R\*", r"S\*"))
_START = r"(?:(?<![\w-])|" + _CODE_PREFIX + "|" + _STEREO_PREFIX + r")(?<![a-z]:)"
# a name's first word that is a quantity ("six months of anti-tubercular therapy", "6 months ATT")
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_NUMBER = re.compile(r"\d+|" + _NUMBER_WORDS, re.I)


@lru_cache(maxsize=1)
def _treatment_heads() -> tuple[str, ...]:
    return tuple(w.lower() for w in vocabulary("mentions").get("treatment_heads", ()))


@lru_cache(maxsize=1)
def _word_forms() -> dict[str, tuple[str, ...]]:
    """Each word of data/lexicons/mentions.yaml ``word_forms`` → all the forms of its entry (itself too)."""
    out: dict[str, tuple[str, ...]] = {}
    for entry in vocabulary("mentions").get("word_forms", ()):
        forms = tuple(f.strip().lower() for f in entry.split("/") if f.strip())
        for f in forms:
            out[f] = forms
    return out


# a name's own short form in brackets at its end (:func:`_variant`): one word of letters, digits or hyphens, with two
# capitals or more ("(mpMRI)", "(OCDs)", "(IL-6)"; not a maker's name, "SP263 (Ventana)": see _short_form_bracket)
_TRAILING_SHORT_FORM = re.compile(r"\s*\(([A-Za-z0-9\-]+)\)\s*$")
# a bracketed short form inside a name (:func:`_variant`): one word of capitals, digits or hyphens, as abbreviations are
_SHORT_FORM_INSIDE = r"(?:\s+\([A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*\))?"
# a noun's ending, how many of its letters the adjective keeps, and the two forms after them: "osteoarthritis" /
# "osteoarthritic", "fibrosis" / "fibrotic", "ultrasonography" / "ultrasonographic"
_ADJECTIVE_FORMS = (("itis", 2, "(?:is|ic)"), ("osis", 1, "(?:sis|tic)"), ("graphy", 3, "(?:phy|phic)"))


def _variant(term: str) -> str:
    """Regex for a term tolerant of hyphen/space variation and a plural -s; a term of two or more words
    ending in a treatment head noun ("anti-tuberculous therapy") takes any of them in its place
    (data/lexicons/mentions.yaml); a disease ending in -itis or -osis also matches its adjective
    ("osteoarthritic", "fibrotic"). A name ending in its bracketed short form ("multiparametric magnetic resonance
    imaging (mpMRI)") is the name before it: the bracket says how the name is shortened, the text need not repeat it."""
    short = _TRAILING_SHORT_FORM.search(term)
    if short and term[:short.start()].strip() and _short_form_bracket(short.group(1)):
        return _variant(term[:short.start()])
    words = [p for p in re.split(r"[\s\-–]+", term.strip()) if p]
    parts = [re.escape(p) for p in words]
    heads = _treatment_heads()
    swapped = len(words) >= 2 and words[-1].lower() in heads
    if swapped:
        parts[-1] = "(?i:" + "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True)) + ")"
    # a disease named by its adjective: "osteoarthritic knees", "fibrotic tissue", "osteonecrotic lesions"
    # (and an imaging method by its adjective: "Endoscopic Ultrasonographic Images", "computed tomographic findings")
    form = next((f for f in _ADJECTIVE_FORMS if not swapped and words and words[-1].lower().endswith(f[0])), None)
    adjective = form is not None
    if adjective:
        suffix, kept, endings = form
        parts[-1] = re.escape(words[-1][:len(words[-1]) - len(suffix) + kept]) + endings
    # "meniscal transplantation" is also "a meniscal transplant", "chondrocyte implantation" "the implants"
    graft = not swapped and not adjective and len(words) >= 2 and \
        re.fullmatch(r"(?:trans|im)plantation", words[-1], re.I) is not None
    if graft:
        # cells are implanted and transplanted alike: "autologous chondrocyte transplantation" (ACT, MACT) is
        # autologous chondrocyte implantation (not other grafts: a "meniscal implant" is no meniscal transplant)
        cells = re.fullmatch(r"\w*cytes?|cells?", words[-2], re.I) is not None
        parts[-1] = ("(?:trans|im)plant" if cells else re.escape(words[-1][:-5])) + "(?:ations?|s)?"
    # other modifiers may stand between a name's first word and the rest ("cell-free collagen type I matrix",
    # "Cell-Free Biomimetic Osteochondral Scaffold", "percutaneous catheter drainage"): up to four words at
    # the name's first space, none of them a function word (which would join two things, not qualify one)
    first_space = next((i for i, w in enumerate(_space_words(term)) if i > 0), None)
    seps = [r"[\s\-–]?"] * (len(parts) - 1)
    if first_space is not None and not term.isupper():
        k = len([p for p in re.split(r"[\s\-–]+", term.strip().split()[0]) if p]) - 1
        if 0 <= k < len(seps):
            seps[k] = _gap_or_other_form()
    # and one modifier before the head noun of a name of three words or more ("hyaluronic acid-based cell-free
    # scaffold", "knee cartilage full-thickness defects"), again no function word
    if len(words) >= 3 and not term.isupper() and re.search(r"\s\S+$", term.strip()) and seps[-1] == r"[\s\-–]?":
        seps[-1] = _head_gap()
    # an article inside a name may be left out, or put in after a preposition: "cartilage defect of the lunate facet of
    # the distal radius" is also written "Cartilage defect of lunate facet of distal radius", and the other way round
    # ("the" anywhere inside; "a" / "an" as written, in lower case, after a preposition: not "hepatitis A virus")
    prepositions = word_set("mentions", "name_prepositions")
    for i in range(1, len(words) - 1):
        if words[i] == "the" or (words[i] in ("a", "an") and words[i - 1].lower() in prepositions):
            parts[i] = "(?:the|an?)?"
        elif words[i].lower() in prepositions and words[i + 1] not in ("the", "a", "an"):
            if seps[i] == r"[\s\-–]?":
                seps[i] = r"[\s\-–]?(?:(?:the|an?)\s+)?"
            elif seps[i] == _head_gap():  # (the one modifier before a name's head noun, or an article there)
                seps[i] = r"(?:\s+(?:the|an?)\s+|" + seps[i] + ")"
    # a word in its other forms ("aspirate" / "aspiration"), where no rule above has already widened it
    forms = _word_forms()
    for i, w in enumerate(words):
        if w.lower() in forms and not (i == len(words) - 1 and (swapped or adjective or graft)):
            parts[i] = "(?:" + "|".join(re.escape(f) for f in sorted(forms[w.lower()], key=len, reverse=True)) + ")"
    # a quantity coordinated with another of the same unit: "6 and 12 months of ATT", "Six versus 12 Months of …"
    # name each ("six months of anti-tubercular therapy" in a study of both durations); not a range ("6 to 12 months
    # of treatment" is one duration between them)
    if len(words) >= 3 and _NUMBER.fullmatch(words[0]):
        parts[0] += r"(?:\s+(?:" + sentence_comparing("mentions_quantity_coordination") + r")\s+(?:\d+|" + _NUMBER_WORDS + r"))?"
    # a name written in the plural names one too ("chondral defects" / "a chondral defect of the knee"): a last word
    # of four letters or more in a plural -s (not -ss, -us, -is, -as, -os: "process", "mellitus", "sepsis") loses it,
    # and the plural tail below puts it back
    last = words[-1] if words else ""
    plural = not swapped and not adjective and not graft and not term.isupper() and len(last) >= 4 and \
        re.fullmatch(r"[a-z]+[^suiao]s", last) is not None and _last_word_as_written(parts, last)
    if plural:
        parts[-1] = re.escape(last[:-1])
    # each word still as written (or a plural's singular) in its other spellings: a Greek letter or its name, British
    # or American spelling (:func:`_spellings`)
    for i, w in enumerate(words):
        if i == len(words) - 1 and plural:
            w = last[:-1]
        if parts[i] == re.escape(w):
            parts[i] = _spelled(w)
    # a name written with a space and a sign between two parts ("TNF-α -308", the sign being part of the position) is
    # met as written: the split above leaves one separator character there
    gaps = re.findall(r"[\s\-–]+", term.strip().lstrip("-\u2013"))
    for i, g in enumerate(gaps[:len(seps)]):
        if re.fullmatch(r"\s+[\-–\u2212]\s*", g):
            seps[i] = r"(?:\s[\-–\u2212]|" + seps[i] + ")"
    # a name's own short form may stand inside it where the text defines it mid-name: "percutaneous transforaminal
    # endoscopic surgery (PTES) combined with OLIF" names "percutaneous transforaminal endoscopic surgery combined with
    # OLIF", "bone marrow (BM) aspirate" "bone marrow aspirate" (one bracketed word, at a plain separator)
    seps = [_SHORT_FORM_INSIDE + s if s in (r"[\s\-–]?", _head_gap()) else s for s in seps]
    body = parts[0] + "".join(sep + part for sep, part in zip(seps, parts[1:]))
    tail = r"(?:s|es)?" if term[-1:].isalpha() and not swapped and not adjective and not graft else ""
    case = "" if term.isupper() and len(term) <= 6 else "(?i:"
    # a name that begins with a minus sign keeps it ("-308G/A", a position before a gene's start): the words above are
    # split at hyphens, and the bare "308G/A" would never match where the text writes "-308G/A"
    lead = "[-\u2212\u2013]" if term.strip()[:1] in ("-", "\u2013") else ""  # (the signs the split above drops)
    # a hyphen may follow ("MSC-derived", "PRP-treated"): the name is still being used
    pat = rf"{_START}{lead}{body}{tail}(?!\w)"
    return f"{case}{pat})" if case else pat


@lru_cache(maxsize=1)
def _spellings() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """The other spellings a word of a name may be met in (data/lexicons/mentions.yaml): the pattern finding any form
    inside a word - a Greek letter anywhere, its spelled name (``greek_letters``) only where no lower-case letter runs
    on either side ("beta1a", "kappaB", "alpha10beta1"; not "betaine", "Alphabet"), a British or American form
    (``spellings``) anywhere, only at a word's start when it ends in "-", only at its end when it starts with "-" - and
    each lower-case form → all the forms of its entry."""
    forms_of: dict[str, tuple[str, ...]] = {}
    places: list[tuple[int, str]] = []
    lexicon = vocabulary("mentions")
    for entry in lexicon.get("greek_letters", ()):
        spelled, letter = (f.strip() for f in entry.split("/"))
        forms_of[spelled.lower()] = forms_of[letter] = (letter, spelled.lower())
        places += [(1, re.escape(letter)), (len(spelled), r"(?<![a-z])(?i:" + re.escape(spelled) + r")(?![a-z])")]
    for entry in lexicon.get("spellings", ()):
        forms = [f.strip() for f in entry.split("/")]
        bare = tuple(f.strip("-").lower() for f in forms)
        for form, word in zip(forms, bare):
            forms_of[word] = bare
            places.append((len(word), ("^" if form.endswith("-") else "") + "(?i:" + re.escape(word) + ")"
                           + ("$" if form.startswith("-") else "")))
    # longer forms first, so "isation" is found before "ise", "haemat" before "haem"
    places.sort(key=lambda p: -p[0])
    return re.compile("|".join(at for _n, at in places)), forms_of


def _spelled(word: str) -> str:
    """``word`` escaped for a pattern, each form of :func:`_spellings` in it matching any form of its entry; a Greek
    letter inside a word may also be set off by a space or a hyphen ("IL-1β" / "IL-1 beta", "GSK3β" / "GSK-3 beta")."""
    pattern, forms_of = _spellings()
    if not pattern.search(word):
        return re.escape(word)
    out, last = [], 0
    for m in pattern.finditer(word):
        forms = forms_of[m.group().lower()]
        out.append(re.escape(word[last:m.start()]))
        greek_inside = m.start() > 0 and not all(f.isascii() for f in forms)
        out.append((r"[\s\-–]?" if greek_inside else "") + "(?:" + "|".join(
            re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")")
        last = m.end()
    out.append(re.escape(word[last:]))
    return "".join(out)


def _spelled_from(word: str) -> tuple[int | None, tuple[str, ...]]:
    """Where in ``word`` the first form of :func:`_spellings` starts (None: the word has no other spelling), and, when
    it starts the word, every form of it (lower case)."""
    pattern, forms_of = _spellings()
    m = pattern.search(word)
    if not m:
        return None, ()
    return m.start(), forms_of[m.group().lower()] if m.start() == 0 else ()


def _short_form_bracket(word: str) -> bool:
    """Whether a bracketed word reads as a short form: two capitals or more, and capitals at least two letters in five
    ("mpMRI", "OCDs", "ADSCs", "IL-6"; not "Ventana", "Abcam", "mT-category")."""
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return capitals >= 2 and 5 * capitals >= 2 * len(letters)


def _last_word_as_written(parts: list[str], last: str) -> bool:
    """Whether the name's last part is still the word as written (no other form put in its place)."""
    return bool(parts) and parts[-1] == re.escape(last)


@lru_cache(maxsize=1)
def _gap_stops() -> str:
    """The function words no word inside a name may be (``name_gap_stops`` of data/lexicons/mentions.yaml),
    as the body of one alternation."""
    return "|".join(re.escape(w) for w in vocabulary("mentions")["name_gap_stops"])


@lru_cache(maxsize=1)
def _gap() -> str:
    """Between a name's first word and the rest: one to four words that are not function words
    (``name_gap_stops`` of data/lexicons/mentions.yaml): a source named in full stands there ("Allogenic Human Umbilical
    Cord Blood-Derived Mesenchymal Stem Cells" names "allogeneic mesenchymal stem cells")."""
    stops = _gap_stops()
    return r"(?:[\s\-–]?|\s+(?:(?!(?:" + stops + r")\b)[\w()/-]+\s+){1,4})"


@lru_cache(maxsize=1)
def _gap_or_other_form() -> str:
    """:func:`_gap`, or the name's first word set against another form of the same thing that shares the
    rest of the name: "natural versus hormone replacement therapy cycles" names "natural cycles" (and
    "platelet-rich versus platelet-poor plasma" "platelet-rich plasma"), or the rest of the name set against the
    first word's own other form: "osteochondral allograft versus autograft" names "osteochondral autograft". Only
    comparing words (``mentions_form_coordination`` of data/lexicons/sentence_comparison.yaml), and at most three words
    for the other form (two before the comparing word), none a function word: "and" joins two things as often as it
    shares a noun."""
    stops = _gap_stops()
    comparing = sentence_comparing("mentions_form_coordination")
    other = r"\s+(?:" + comparing + r")\s+(?:(?!(?:" + stops + r")\b)[\w()/-]+\s+){1,3}"
    # and the other way round: the first word's own other form, then the compared one ("Fresh Osteochondral Allograft
    # Versus Autograft" names "osteochondral autograft"; fresh127 C1153), at most two words before the comparing word
    other_first = r"\s+(?:(?!(?:" + stops + r")\b)[\w()/-]+\s+){1,2}(?:" + comparing + r")\s+"
    return r"(?:" + other + "|" + other_first + "|" + _gap() + ")"


@lru_cache(maxsize=1)
def _head_gap() -> str:
    """Before a name's head noun: at most one word that is not a function word (``name_gap_stops``)."""
    stops = _gap_stops()
    return r"(?:[\s\-–]?|\s+(?!(?:" + stops + r")\b)[\w-]+\s+)"


def _space_words(term: str) -> list[str]:
    return term.strip().split()


@lru_cache(maxsize=512)
def concept_regex(names: tuple[str, ...]) -> re.Pattern:
    # Short all-caps abbreviations (PRP, MSC) must match case-sensitively, or "msc" in words like
    # "MSc degree" would count; longer names match in any case.
    # longest first; ties by text, so the pattern (and which variant a match is) does not depend on
    # the process's string-hash seed, as it did with a set ordered by length alone
    inverted = {inv for n in names if (inv := _inverted(n))} | {v for n in names if (v := _verbal(n))}
    alts = sorted({_variant(n) for n in names if len(n) >= 2} | inverted, key=lambda a: (-len(a), a))
    # Every variant starts with the same lookbehind; testing it once per position before trying the
    # variants (in the same order) matches exactly the same spans, four times faster.
    return compile_guarded(_first_chars(names) + _START + "(?:" + "|".join(a.replace(_START, "", 1)
                                                                                     for a in alts) + ")")


@lru_cache(maxsize=512)
def _anchors(names: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The beginnings of the words a match of :func:`concept_regex` can start with, as (written, lower-case): a short
    all-caps name, matched in its own case, by its whole first word as written; any other by the letters of its first
    word (and of that word's other forms, ``word_forms``) that every variant of :func:`_variant` keeps, in lower case;
    and likewise the heads of the names also matched head first or as a verb (:func:`name_starts`). None when a name
    starts with anything but an ASCII letter or digit."""
    written, lower = set(), set()
    # each name as a name, and each head as a head (a word may be both: "infection" and the head of "mesh infection",
    # also met as "infected mesh")
    starts = [(n, False) for n in names] + [(h, True) for h in name_starts(names)[len(names):]]
    for n, head in starts:
        if len(n) < 2:
            continue
        words = [p for p in re.split(r"[\s\-–]+", n.strip()) if p]
        if not words or not n.strip()[0].isascii() or not n.strip()[0].isalnum():
            return None
        first = words[0]
        # _variant's case rule; its other rules change only a last word (or a single word's ending)
        if not head and n.isupper() and len(n) <= 6 and first.lower() not in _word_forms() and \
                (len(words) > 1 or not any(first.lower().endswith(f[0]) for f in _ADJECTIVE_FORMS)):
            written.add(first)
            continue
        # a word with other spellings (:func:`_spelled`) is anchored by its letters before them, or by each form of
        # the spelling it begins with
        other, starting = _spelled_from(first)
        if starting:
            lower.update(starting)
            continue
        for form in _word_forms().get(first.lower(), (first.lower(),)):
            lower.add(_kept_letters(form, alone=len(words) == 1, head=head)[:other])
    # a beginning that starts with another begins only where that one does: its places are among the other's
    lower = {a for a in lower if not any(b != a and a.startswith(b) for b in lower)}
    written = {a for a in written if not any(a.lower().startswith(b) for b in lower)
               and not any(b != a and a.startswith(b) for b in written)}
    return (tuple(sorted(written)), tuple(sorted(lower))) if written or lower else None


def _kept_letters(word: str, *, alone: bool, head: bool) -> str:
    """The letters of ``word`` (lower case) that every variant keeps: a name's first word of several is kept whole;
    a name of one word (or a head) may lose its plural -s or its disease ending for the adjective ("osteoarthritic"),
    and a head written as a verb keeps the letters before its act-noun ending."""
    if not alone and not head:
        return word
    keep = len(word)
    for suffix, kept, _forms in _ADJECTIVE_FORMS:
        if word.endswith(suffix):
            keep = min(keep, len(word) - len(suffix) + kept)
    if len(word) >= 4 and word.endswith("s"):
        keep = min(keep, len(word) - 1)
    if head:
        for ending in _act_noun_verbs():
            if word.endswith(ending):
                keep = min(keep, len(word) - len(ending))
    return word[:max(keep, 1)]


def _matches(rx: re.Pattern, anchors: tuple[tuple[str, ...], tuple[str, ...]] | None, text: str) -> list[re.Match]:
    """``rx.finditer(text)``'s matches, found by trying ``rx`` only where one of ``anchors`` (see :func:`_anchors`)
    begins: a match can start nowhere else, and a plain search for a few letters, then a match at a dozen places, is
    about four times cheaper than the pattern's scan of every place (which was a quarter of the link stage). The
    same matches: leftmost first, each try after the end of the match before (a lookbehind still sees the text
    before the place tried)."""
    if anchors is None:
        return list(rx.finditer(text))
    written, lower = anchors
    places = set()
    for words, within in ((written, text), (lower, _lowered(text) if lower else "")):
        for a in words:
            i = within.find(a)
            while i >= 0:
                places.add(i)
                i = within.find(a, i + 1)
    out, end = [], 0
    for at in sorted(places):
        # (a place right after a letter, digit or underscore starts no name: the pattern's lookbehind wants none
        # there, or a hyphen; tested here, a try the pattern would fail costs no call)
        if at >= end and not (at and (text[at - 1].isalnum() or text[at - 1] == "_")) and (m := rx.match(text, at)):
            out.append(m)
            end = m.end()
    return out


@lru_cache(maxsize=4096)
def _lowered(text: str) -> str:
    # the same sentence or abstract is searched for every concept of every claim it is a hit of
    return ignorecase_lower(text)


def name_starts(names: tuple[str, ...]) -> tuple[str, ...]:
    """The words a concept's pattern can start with: its names, and the head word of each name it also matches head
    first (:func:`_inverted`) or as a verb (:func:`_verbal`: the verb keeps the head's first letters)."""
    return names + tuple(n.split()[-1] for n in names if _inverted(n) or _verbal(n))


def _reorderable(words: list[str]) -> bool:
    """Whether a name of these words may be met in another order (:func:`_inverted`, :func:`_verbal`): two to four
    words, none of them joining two things (``name_gap_stops`` of data/lexicons/mentions.yaml)."""
    return 2 <= len(words) <= 4 and not any(w.lower() in word_set("mentions", "name_gap_stops") for w in words)


def _inverted(name: str) -> str | None:
    """The pattern of a name of two to four words written head first ("knee osteoarthritis" as "osteoarthritis of
    the knee", "ACL reconstruction" as "reconstruction of the ACL", "autologous chondrocyte implantation" as
    "implantation of autologous chondrocytes"); None for one word, a hyphenated head, or a name whose words
    already join two things (``name_gap_stops`` of data/lexicons/mentions.yaml)."""
    words = name.split()
    if not _reorderable(words) or not re.fullmatch(r"[A-Za-z]{3,}", words[-1]):
        return None
    head, rest = words[-1], " ".join(words[:-1])
    return _variant(head) + r"\s+of\s+(?:the\s+|an?\s+)?" + _variant(rest)


def _verbal(name: str) -> str | None:
    """The pattern of a name of two to four words whose last word is an act written as its noun, written as the verb
    acting on the other words ("spinal cord compression" as "compressing the spinal cord", "cartilage regeneration"
    as "regenerating cartilage"; ``act_noun_verbs`` of data/lexicons/mentions.yaml); None for any other name, or one
    whose words already join two things (``name_gap_stops``), as :func:`_inverted`."""
    words = name.split()
    if not _reorderable(words):
        return None
    head = words[-1]
    ending = next((e for e in _act_noun_verbs() if head.lower().endswith(e) and len(head) >= len(e) + 3), None)
    if ending is None or not re.fullmatch(r"[A-Za-z]+", head):
        return None
    stem = re.escape(head[:len(head) - len(ending)])
    verbs = "(?:" + "|".join(sorted(_act_noun_verbs()[ending], key=len, reverse=True)) + ")"
    return _START + "(?i:" + stem + verbs + r")(?!\w)\s+(?:the\s+|an?\s+)?" + _variant(" ".join(words[:-1]))


@lru_cache(maxsize=1)
def _act_noun_verbs() -> dict[str, tuple[str, ...]]:
    """A noun's ending → the verb endings put in its place (data/lexicons/mentions.yaml ``act_noun_verbs``)."""
    entries = (tuple(p.strip() for p in e.split("/")) for e in vocabulary("mentions").get("act_noun_verbs", ()))
    return {e[0]: e[1:] for e in entries if len(e) > 1}


def _first_chars(names: tuple[str, ...]) -> str:
    """A lookahead for the characters a name can start with - the first letters of its :func:`_anchors`, in lower case
    inside a case-insensitive class - so at most places of a text no name can start, and one class test there is
    cheaper than the lookbehind and every variant (the matches are the same; about a third faster). Empty when a name
    starts with anything but a letter or digit (no anchors), whose escaping this does not follow."""
    firsts = {a[0].lower() for group in _anchors(names) or () for a in group}
    # case-insensitive, so the class also holds what the variants match in any case ("ſ" for "s")
    return "(?=(?i:[" + "".join(sorted(firsts)) + "]))" if firsts else ""


def find_mentions(concept: Concept, text: str, abbreviations: dict[str, str] | None = None) -> list[Mention]:
    """Mentions of ``concept`` in ``text``; ``abbreviations`` maps short forms defined in this text to
    their long forms, so an abbreviation whose long form names the concept counts too."""
    # the linker, the direction readers and eligibility ask about the same sentence and concept for
    # several claims: four asks in ten repeat one
    return list(_mentions(_without_level(concept.all_names), concept.excludes, text,
                          tuple((abbreviations or {}).items())))


@lru_cache(maxsize=4096)
def _without_level(names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` and, for a name that opens with the level of what it names ("long duration of symptoms", "increased
    intraosseous pressure"), the name without it when two words or more are left: a study of the exposure names the
    variable ("duration of symptoms was associated with ...") and reports its level in its results. The level words are
    ``level_words`` of data/lexicons/catalog_checks.yaml."""
    levels = {w.lower() for w in vocabulary("catalog_checks").get("level_words", ())} | {"long", "short"}
    out = list(names)
    for n in names:
        words = n.split()
        if len(words) >= 3 and words[0].lower() in levels and words[1].lower() not in levels:
            out.append(" ".join(words[1:]))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=16384)
def _mentions(names: tuple[str, ...], excludes: tuple[str, ...], text: str,
              abbreviations: tuple[tuple[str, str], ...]) -> tuple[Mention, ...]:
    # names and text are matched with their accents folded ("Calmette-Guerin" names "Calmette-Guérin", as PubMed's
    # search has it); the fold keeps every offset, and a mention's text is the original's
    names, excludes, seen = _folded_names(names), _folded_names(excludes), fold_accents(text)
    rx = concept_regex(names)
    out = [Mention(text[m.start():m.end()], m.start(), m.end(), "synonym") for m in _matches(rx, _anchors(names), seen)]
    if excludes and out:  # exclusions only take synonym matches away
        spans = [(m.start(), m.end()) for m in concept_regex(excludes).finditer(seen)]
        out = [o for o in out if not any(a <= o.start < b for a, b in spans)]
    for short_rx in _naming_short_forms(names, abbreviations):
        for m in short_rx.finditer(seen):
            if not any(o.start <= m.start() < o.end for o in out):
                out.append(Mention(text[m.start():m.end()], m.start(), m.end(), "abbreviation"))
    return tuple(sorted(out, key=lambda m: m.start))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold_accents(text: str) -> str:
    """``text`` with each accented Latin letter as its base letter ("Guérin" -> "Guerin", "Sjögren" -> "Sjogren") and
    each Unicode hyphen as "-", one character for one, so every offset still points into the original; other
    characters (Greek letters, "ß", dashes, signs) are kept as they are."""
    return text if text.isascii() else _NON_ASCII.sub(lambda m: _base_letter(m.group()), text)


# Unicode's hyphens ("BCP\u2010coated", as Wiley's records write it) are the hyphen every name's pattern reads
_HYPHENS = frozenset("\u2010\u2011\u2012")


@lru_cache(maxsize=4096)
def _base_letter(ch: str) -> str:
    if ch in _HYPHENS:
        return "-"
    base = unicodedata.normalize("NFD", ch)[:1]
    return base if base.isascii() and base.isalpha() else ch


@lru_cache(maxsize=4096)
def _folded_names(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold_accents(n) for n in names)


# The linker asks about every sentence of an article with the same concept and abbreviations: which short
# forms stand for the concept is worked out once per (concept, article), not once per sentence (each ask
# of the per-long-form cache hashes the concept's whole compiled pattern).
@lru_cache(maxsize=8192)
def _naming_short_forms(names: tuple[str, ...], abbreviations: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, ...]:
    """The patterns of the short forms whose long form names the concept, in ``abbreviations``' order."""
    return tuple(_short_form_regex(short) for short, long_form in abbreviations if _long_form_names(names, long_form))


# The linker asks about every sentence of an article with the same abbreviations: whether a long form
# names a concept, and the short form's pattern, are worked out once, not once per sentence. (Keyed by the
# names, not their compiled pattern: a pattern's hash reads its whole program, 12 microseconds for a concept's,
# at every ask - about 3% of the link stage.)
@lru_cache(maxsize=8192)
def _long_form_names(names: tuple[str, ...], long_form: str) -> bool:
    rx = concept_regex(names)
    return bool(rx.fullmatch(long_form.strip()) or rx.search(long_form))


@lru_cache(maxsize=4096)
def _short_form_regex(short: str) -> re.Pattern:
    return compile_guarded(rf"(?<![\w-]){re.escape(short)}(?![\w-])")


@lru_cache(maxsize=512)
def _compound_regex(names: tuple[str, ...]) -> re.Pattern | None:
    shorts = sorted({n for n in names if n.isupper() and 2 <= len(n) <= 6}, key=lambda s: (-len(s), s))
    if not shorts:
        return None
    # a short name that is itself a hyphenated compound ("P-PCD") is not inside a longer one ("AP-PCD", the other arm)
    return compile_guarded("|".join(("(?<![A-Za-z])" if "-" in s else "") + rf"{re.escape(s)}s?(?![A-Za-z])"
                                    for s in shorts))


def names_concept(concept: Concept, text: str, abbreviations: dict[str, str] | None = None) -> bool:
    """True when ``text`` names ``concept``, counting its short all-caps names inside compounds too
    ("BM-MSCs", "synMSCs", "hBM-MSC", "KOA"): how results sentences refer to a therapy once the
    abstract has defined it. Looser than :func:`find_mentions`, which decides linking."""
    return first_mention_at(concept, text, abbreviations) is not None


def first_mention_at(concept: Concept, text: str, abbreviations: dict[str, str] | None = None) -> int | None:
    """Offset of the first place ``text`` names ``concept`` (as :func:`names_concept` counts), or None."""
    starts = [m.start for m in find_mentions(concept, text, abbreviations)]
    rx = _compound_regex(concept.all_names)
    if rx and (m := rx.search(text)):
        starts.append(m.start())
    # the singular of a plural short form the text defines for the concept ("dipeptidyl peptidase-4 inhibitors (DPPIs)
    # and metformin combination (DPPI-MET)"), alone or before a hyphen
    own = _singular_short_forms(concept.all_names, tuple((abbreviations or {}).items())) if abbreviations else None
    if own and (m := own.search(text)):
        starts.append(m.start())
    tails = _prefixed_short_forms(concept.all_names, tuple((abbreviations or {}).items())) if abbreviations else None
    if tails and (at := _prefixed_at(tails, text)) is not None:
        starts.append(at)
    if not starts and abbreviations:
        at = _named_through_short_form(concept, text, abbreviations)
        if at is not None:
            starts.append(at)
    return min(starts) if starts else None


@lru_cache(maxsize=4096)
def _name_words(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for n in names for w in n.lower().split())


def _named_through_short_form(concept: Concept, text: str, abbreviations: dict[str, str]) -> int | None:
    """Where ``text`` names ``concept`` with a short form standing for part of the name ("GI complications", GI defined
    as "gastrointestinal", for gastrointestinal complications): each short form the text uses is read as its long form
    in turn, and a name found across that place counts there. None when no such place."""
    words = _name_words(concept.all_names)
    for short, long_form in abbreviations.items():
        # (only a long form sharing a word with one of the names can complete one: most sentences are checked in a set)
        if not long_form or short not in text or not words.intersection(long_form.lower().split()):
            continue
        rx = _short_form_regex(short)
        for m in rx.finditer(text):
            expanded = text[:m.start()] + long_form + text[m.end():]
            end = m.start() + len(long_form)
            if any(x.start <= m.start() < x.end or m.start() <= x.start < end for x in find_mentions(concept, expanded)):
                return m.start()
    return None


@lru_cache(maxsize=8192)
def _singular_short_forms(names: tuple[str, ...], abbreviations: tuple[tuple[str, str], ...]) -> re.Pattern | None:
    """The singular of each plural short form in capitals the text defines for the concept ("DPPIs" -> "DPPI"), as a
    word of its own or the first part of a compound ("DPPI-MET"). Only plural short forms: a short form the text uses
    as it defined it is found by :func:`_short_form_regex`, which leaves its compounds alone ("BMC-HA" names a construct
    of the concentrate with hyaluronan, not the concentrate)."""
    forms = set()
    for short, long_form in abbreviations:
        stem = short[:-1]
        if short.endswith("s") and 2 <= len(stem) <= 8 and stem.isupper() and _long_form_names(names, long_form):
            forms.add(stem)
    if not forms:
        return None
    # (a letter of any alphabet or a digit on either side makes another word: "ΔOAT-MFX" is a difference of arms)
    return compile_guarded("|".join(rf"(?<!\w){re.escape(s)}(?!\w)" for s in sorted(forms, key=lambda s: (-len(s), s))))


@lru_cache(maxsize=8192)
def _prefixed_short_forms(names: tuple[str, ...], abbreviations: tuple[tuple[str, str], ...]) -> re.Pattern | None:
    """The short forms the text defines for the concept (three characters or more, with a capital), as the tail of a
    word with a prefix: "rproFgCatL1" and "rmatFgCatL1" for "cathepsin L1 (CatL1)", "hADSCs" for ADSCs. The prefix
    says which form or source of the thing it is, so the word still names it."""
    forms = {short for short, long_form in abbreviations
             if len(short) >= 3 and any(ch.isupper() for ch in short) and _long_form_names(names, long_form)}
    if not forms:
        return None
    return compile_guarded("|".join(rf"(?<=[A-Za-z-]){re.escape(s)}s?(?![\w-])"
                                    for s in sorted(forms, key=lambda s: (-len(s), s))))


# a prefix that says the thing is absent or opposed ("anti-CatL1 antibodies", "non-MSC cells") does not name it
_NOT_PREFIX = re.compile(r"(?:\b(?:anti|non|pre|post)-?)$", re.I)


def _prefixed_at(rx: re.Pattern, text: str) -> int | None:
    """Offset of the word that carries a short form as its tail (:func:`_prefixed_short_forms`), or None. The prefix
    starts in lower case ("r", "h", "rpro") or ends in a hyphen ("BM-"): capitals run on into one acronym of their own
    ("MACI" is matrix-induced autologous chondrocyte implantation, not "ACI" as the text defines it)."""
    for m in rx.finditer(text):
        word_start = max(text.rfind(" ", 0, m.start()), text.rfind("(", 0, m.start())) + 1
        prefix = text[word_start:m.start()]
        if (prefix[:1].islower() or prefix.endswith("-")) and not _NOT_PREFIX.search(prefix):
            return word_start
    return None


def groups_named(concept: Concept, text: str, abbreviations: dict[str, str] | None = None) -> list[str]:
    """The first word of each of ``concept.groups`` that ``text`` names (a comparison claim needs
    ``concept.min_groups`` of them)."""
    return [g[0] for g in concept.groups if find_mentions(Concept(g[0], tuple(g[1:])), text, abbreviations)]


# a gene or protein symbol inside a name: two capitals or more, or letters with a digit ("DCC" of "DCC gene", "GSTT1" of
# "GSTT1 null"), not a word a title capitalises ("Bone", "Cell")
_SYMBOL = compile_guarded(r"^(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z0-9])[A-Za-z][A-Za-z0-9]{1,7}$")


def name_symbol(name: str) -> str | None:
    """The gene or protein symbol a name ends in once generic words are taken off its end ("DCC" of "loss of the DCC
    gene"; data/lexicons/arms.yaml symbol_generic_tails), or None ("HIV-1 Tat protein" ends in "Tat", no symbol)."""
    tails = word_set("arms", "symbol_generic_tails")
    words = [w for w in re.split(r"[\s/-]+", name) if w]
    while words and words[-1].lower() in tails:
        words.pop()
    return words[-1] if words and _SYMBOL.match(words[-1]) else None


def at_opposite_level(concept: Concept, text: str, start: int) -> bool:
    """Whether the mention of ``concept`` at ``start`` in ``text`` is named at the opposite of the level the concept's
    own name states: "low autistic traits" for "high autistic traits" (``level_high`` / ``level_low`` of
    data/lexicons/arms.yaml, the word right before the mention)."""
    words = concept.name.split()
    if not words or words[0].lower() not in word_set("arms", "level_high"):
        return False
    before = re.split(r"[\s-]+", text[:start].strip())
    return bool(before) and cue("level_low").fullmatch(before[-1]) is not None


# "-free", "-naive" right after a mention: the side does without it (arms.yaml absent_after)
_ABSENT_AFTER = compile_guarded("(?:" + "|".join(vocabulary("arms")["absent_after"]) + r")\b", re.I)


def negated_only(concept: Concept, text: str, abbreviations: dict[str, str] | None) -> bool:
    """Whether every place ``text`` names ``concept`` follows a word saying it was not given, within two words
    ("no BMC treatment", "without bone marrow aspirate concentrate"; ``negated`` of data/lexicons/arms.yaml), or is
    followed by "-free" or "-naive" ("CS-free foams", "crizotinib-naive controls"; ``absent_after``), or
    names it at the opposite of the level the concept is (:func:`at_opposite_level`): a side of a comparison named so
    is the therapy's control."""
    spans = find_mentions(concept, text, abbreviations)
    neg = cue("negated")
    # (or right before "-free" / "-naive": "than in CS-free foams", "crizotinib-naive controls")
    return bool(spans) and all(neg.search(" ".join(re.split(r"\s+", text[:m.start].strip())[-2:])) or
                               re.search(r"\bnon-?$", text[:m.start], re.I) or _ABSENT_AFTER.match(text, m.end) or
                               at_opposite_level(concept, text, m.start)
                               for m in spans)
