"""Token features for the P/I/O tagger (`pico.py`), shared by training (`train_pico.py`) and tagging.

The tagger is a linear-chain CRF (CRFsuite) per element over the tokens of the whole abstract, as cut
by the NER tokenizer (`tokenizer.ner_tokenizer`) with the pipeline's sentencizer, so in the extract
stage it reads the Doc the pipeline already made. Features: the word and its neighbours (±2), affixes
and shape, the word's cluster (k-means over skip-gram vectors trained on the training abstracts, a
coarse and a fine grain, as Brown-cluster prefixes would give), and where the sentence sits in the
abstract (title, first sentences, last sentences), because participants are described early, outcomes
in the methods and results. Feature set 2 (:func:`doc_context`) adds what a reviewer reads off the whole
abstract: whether the word is also in the title (what was given is usually named there), how often it
recurs, the structured abstract's section (the last heading seen: background, methods, results,
conclusions), the token's place in its sentence, whether it sits in parentheses or is an
abbreviation the abstract defines, and which cue words (``data/lexicons/pico_cues.yaml``: arm,
outcome and people words) lie within four words either side. A CRF was chosen over a spaCy NER/spancat because P/I/O spans overlap
(one labelled character in ten carries two elements), it trains on 2 CPU cores within minutes, and
its files are small and byte-reproducible.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
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


def _word_features(w: str, clusters: Mapping[str, tuple[str, str]]) -> tuple[str, tuple[str, str], list[str], bool]:
    """(normalised word, clusters, the features that depend on the word alone, capitalised?)."""
    lw = _norm(w)
    cl = clusters.get(w.lower(), ("-", "-"))
    f = ["b", "w=" + lw, "s=" + shape(w), "p3=" + lw[:3], "x3=" + lw[-3:], "x4=" + lw[-4:], "c=" + cl[0], "C=" + cl[1]]
    return lw, cl, f, w[:1].isupper()


def token_features(words: Sequence[str], positions: Sequence[str],
                   clusters: Mapping[str, tuple[str, str]], cache: dict | None = None,
                   extras: Sequence[Sequence[str]] | None = None, wide: bool = False) -> list[list[str]]:
    """One feature list per token. ``positions``: each token's :func:`sentence_position`;
    ``clusters``: lower-cased word → (coarse, fine) cluster ids (words without a vector get none);
    ``cache``: a dict kept by the caller for the per-word part (same clusters every call);
    ``extras``: per-token features from :func:`doc_context` (feature set 2); ``wide``: the words three
    tokens away too."""
    n = len(words)
    cache = {} if cache is None else cache
    per_word = []
    for w in words:
        got = cache.get(w)
        if got is None:
            got = cache[w] = _word_features(w, clusters)
        per_word.append(got)
    out = []
    for i in range(n):
        lw, cl, static, up = per_word[i]
        f = static + ["pos=" + positions[i], "pw=" + positions[i] + "|" + cl[0]]
        if up:
            f.append("up")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                lj, cj = per_word[j][0], per_word[j][1]
                f += (f"w{d}={lj}", f"c{d}={cj[0]}", f"C{d}={cj[1]}")
            else:
                f.append(f"w{d}=<>")
        if i > 0:
            f.append(f"bg-={per_word[i - 1][0]}|{lw}")
        if i + 1 < n:
            f.append(f"bg+={lw}|{per_word[i + 1][0]}")
        if wide:
            f.append(f"w-3={per_word[i - 3][0]}" if i >= 3 else "w-3=<>")
            f.append(f"w3={per_word[i + 3][0]}" if i + 3 < n else "w3=<>")
        if extras is not None:
            f += extras[i]
        out.append(f)
    return out



class KnownFeatures:
    """:func:`token_features` for a tagger, keeping only the features its CRFs know (``known``: the union
    of their attributes), in the same order. CRFsuite drops an attribute it does not know before it scores
    an item, so the marginals are those of the full lists; a sixth of the features (most word bigrams)
    are unknown, and converting and looking them up three times was a sixth of the tagging. What depends
    on one word — its own features, its features as a neighbour, the known bigrams it opens — is built
    once per word type and kept (``clusters`` and ``wide`` as :func:`token_features` takes them)."""

    def __init__(self, known: frozenset[str], clusters: Mapping[str, tuple[str, str]], wide: bool):
        self.known, self.clusters, self.wide = known, clusters, wide
        self.words: dict[str, tuple] = {}
        self._pos: dict[tuple[str, str], tuple[str, ...]] = {}
        self.edge = {d: (f"w{d}=<>",) if f"w{d}=<>" in known else () for d in (-3, -2, -1, 1, 2, 3)}
        self.up = ("up",) if "up" in known else ()
        # "bg-=a|b" → {a: {b: (feature,)}} at every "|" (a word may hold one), so any (a, b) spelling it is found
        self._bigrams: dict[str, dict[str, dict[str, tuple[str]]]] = {"bg-=": {}, "bg+=": {}}
        for f in known:
            head = f[:4]
            if head in self._bigrams:
                body = f[4:]
                at = body.find("|")
                while at >= 0:
                    self._bigrams[head].setdefault(body[:at], {})[body[at + 1:]] = (f,)
                    at = body.find("|", at + 1)

    def _word(self, w: str) -> tuple:
        lw, cl, static, up = _word_features(w, self.clusters)
        k = self.known

        def keep(*fs: str) -> tuple[str, ...]:
            return tuple(f for f in fs if f in k)

        nb = tuple(keep(f"w{d}={lw}", f"c{d}={cl[0]}", f"C{d}={cl[1]}") for d in (-2, -1, 1, 2))
        return (lw, cl[0], tuple(f for f in static if f in k), self.up if up else (), nb,
                self._bigrams["bg-="].get(lw, {}), self._bigrams["bg+="].get(lw, {}),
                keep(f"w-3={lw}"), keep(f"w3={lw}"))

    def features(self, words: Sequence[str], positions: Sequence[str],
                 extras: Sequence[Sequence[str]] | None = None) -> list[list[str]]:
        """``[[f for f in fs if f in known] for fs in token_features(words, positions, clusters, extras=extras,
        wide=wide)]``, built without the unknown ones."""
        n = len(words)
        cache, k, edge, pos_cache = self.words, self.known, self.edge, self._pos
        if len(cache) > 200_000:  # bounded: a long run meets ever more rare words
            cache.clear()
        per = []
        for w in words:
            e = cache.get(w)
            if e is None:
                e = cache[w] = self._word(w)
            per.append(e)
        out = []
        for i in range(n):
            lw, c0, static, up, _, _, before, _, _ = per[i]
            f = list(static)
            pk = (positions[i], c0)
            pf = pos_cache.get(pk)
            if pf is None:
                pf = pos_cache[pk] = tuple(x for x in ("pos=" + pk[0], "pw=" + pk[0] + "|" + c0) if x in k)
            f += pf
            f += up
            for slot, d in ((0, -2), (1, -1), (2, 1), (3, 2)):
                j = i + d
                f += per[j][4][slot] if 0 <= j < n else edge[d]
            if i > 0 and (g := per[i - 1][5].get(lw)):
                f += g
            if i + 1 < n and (g := before.get(per[i + 1][0])):
                f += g
            if self.wide:
                f += per[i - 3][7] if i >= 3 else edge[-3]
                f += per[i + 3][8] if i + 3 < n else edge[3]
            if extras is not None:
                f += [x for x in extras[i] if x in k]
            out.append(f)
        return out


# function words never count as "also in the title" or "recurs" (they recur everywhere)
_FUNCTION = frozenset("""a an the of in on at to for from by with without and or but nor not no than then
as is are was were be been being this that these those it its their his her our we they he she which who
whom whose what when where while after before during between among into onto over under vs versus all any
each both either neither more most less least very also only such same other""".split())
CUE_WINDOW = 4


def section_of(heading: str, cues: Mapping[str, Sequence[str]]) -> str | None:
    """The section a heading word opens (``B``ackground, ``M``ethods, ``R``esults, ``C``onclusions),
    or None when it is not a known heading word."""
    h = heading.lower()
    for key, code in (("section_results", "R"), ("section_conclusions", "C"),
                      ("section_background", "B"), ("section_methods", "M")):
        if h in cues.get(key, ()):
            return code
    return None


def heading_at(words: Sequence[str], i: int, cues: Mapping[str, Sequence[str]]) -> str | None:
    """The section (:func:`section_of`) a structured abstract's heading opening at token ``i`` names:
    upper-case words (EBM-NLP's "METHODS Twenty ...") or up to four words before a colon (PubMed's
    "Methods: Forty ...", "MAIN OUTCOME MEASURES:"), by the first heading word among them; else None."""
    head = []
    for w in words[i:i + 5]:
        if w == ":":
            break
        head.append(w)
    else:
        head = []
    if not head or len(head) > 4:  # no colon: the run of upper-case words opening the sentence
        head = []
        for w in words[i:i + 4]:
            if not (w.isupper() and w.isalpha() and len(w) > 1):
                break
            head.append(w)
    for w in head:
        code = section_of(w, cues)
        if code:
            return code
    return None


def doc_context(words: Sequence[str], sent_ids: Sequence[int], positions: Sequence[str],
                cues: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """Per token, the features that need the whole abstract (feature set 2): ``tt`` the word is also in
    the title; ``tf=`` how often the word occurs (1, 2, 3-4, 5+); ``sec=`` the section opened by the
    last heading (upper-case words opening a sentence: ``METHODS``, ``MAIN OUTCOME MEASURES:``; ``-`` before any heading,
    ``none`` in an abstract without headings); ``si=`` the token's place in its sentence; ``par`` inside
    parentheses; ``ab`` an abbreviation the abstract defines in parentheses; ``L:``/``R:`` the cue
    classes (``cues``: class → words) among the four words to the left and right."""
    n = len(words)
    low = [w.lower() for w in words]
    content = [w.isalpha() and len(w) > 2 and w not in _FUNCTION for w in low]
    title = {w for w, p, c in zip(low, positions, content) if p == "T" and c}
    counts: dict[str, int] = {}
    for w, c in zip(low, content):
        if c:
            counts[w] = counts.get(w, 0) + 1
    defined = {words[i] for i in range(1, n - 1) if words[i - 1] == "(" and words[i + 1] == ")"
               and any(ch.isupper() for ch in words[i]) and len(words[i]) <= 10}
    cue_class = {}
    for cls in ("arm", "outcome", "people"):
        for w in cues.get(cls, ()):
            cue_class.setdefault(w, []).append(cls)
    token_cues = [cue_class.get(w, ()) for w in low]
    # a heading opens a sentence, or the abstract's first line when the title ran into it
    opens = [i == 0 or sent_ids[i] != sent_ids[i - 1] or (positions[i - 1] == "T" and positions[i] != "T")
             for i in range(n)]
    heads = {i: h for i in range(n) if opens[i] and (h := heading_at(words, i, cues))}
    sec, depth = ("-" if heads else "none"), 0
    tf = {w: "tf=" + ("1" if c == 1 else "2" if c == 2 else "3-4" if c < 5 else "5+") for w, c in counts.items()}
    # cue words are few: each token's windows look only at the cue tokens in them
    cued = [i for i in range(n) if token_cues[i]]
    out = []
    sent_start, prev_sent = 0, None
    for i in range(n):
        if sent_ids[i] != prev_sent:
            sent_start, prev_sent = i, sent_ids[i]
        sec = heads.get(i, sec)
        k = i - sent_start
        f = ["sec=" + sec, _SI[k] if k < 26 else "si=26+"]
        if content[i]:
            if low[i] in title and positions[i] != "T":
                f.append("tt")
            f.append(tf[low[i]])
        if words[i] == "(":
            depth += 1
        elif words[i] == ")":
            depth = max(0, depth - 1)
        elif depth:
            f.append("par")
        if words[i] in defined:
            f.append("ab")
        if cued:
            lo = bisect_left(cued, max(sent_start, i - CUE_WINDOW))
            hi = bisect_left(cued, i, lo)
            if lo < hi:
                f += sorted({"L:" + c for j in cued[lo:hi] for c in token_cues[j]})
            lo = bisect_right(cued, i, hi)
            hi = bisect_left(cued, min(n, i + 1 + CUE_WINDOW), lo)
            if lo < hi:
                f += sorted({"R:" + c for j in cued[lo:hi] if sent_ids[j] == sent_ids[i] for c in token_cues[j]})
        out.append(f)
    return out


# a token's place in its sentence, as doc_context names it
_SI = tuple("si=" + (str(k) if k < 4 else "4-6" if k < 7 else "7-12" if k < 13 else "13-25") for k in range(26))


def arm_context(words: Sequence[str], sent_ids: Sequence[int], cues: Mapping[str, Sequence[str]], *,
                extra_classes: Sequence[str] = (), doc_arm: bool = False, sent_cues: bool = False,
                gazetteer: bool = False, affixes: bool = False) -> list[list[str]]:
    """Per token, feature set 3 (added to :func:`doc_context`'s for the elements a model's settings
    name; each part switched on by them): ``extra_classes``, further cue classes read as ``L:``/``R:``
    within four words (``dose``: units of a dose or regimen); ``doc_arm``: ``ad`` on a word that stands
    within three words after a ``given_right`` cue ("received X", "versus X") or before a ``given_left``
    cue ("X group", "X versus") anywhere in the abstract, so the drug named once in "randomised to X"
    is recognised where it recurs; ``sent_cues``: ``S:`` the cue classes (arm, outcome, people and the
    extra ones) anywhere in the token's sentence; ``gazetteer``: ``gz`` on a word of the ``chemical``
    list and ``gz-1``/``gz+1`` beside one; ``affixes``: the longer stems of drug and procedure names
    (``x5=``/``x6=`` last five and six letters, ``p5=`` first five, on words of seven letters or more:
    -azole, -statin, -plasty, -ectomy)."""
    n = len(words)
    low = [w.lower() for w in words]
    content = [w.isalpha() and len(w) > 2 and w not in _FUNCTION for w in low]
    out: list[list[str]] = [[] for _ in range(n)]
    if extra_classes or sent_cues:
        classes = (("arm", "outcome", "people") if sent_cues else ()) + tuple(extra_classes)
        cue_class: dict[str, list[str]] = {}
        for cls in classes:
            for w in cues.get(cls, ()):
                cue_class.setdefault(w, []).append(cls)
        token_cues = [cue_class.get(w, ()) for w in low]
        extra = set(extra_classes)
        in_sent: dict[int, set[str]] = {}
        for i in range(n):
            in_sent.setdefault(sent_ids[i], set()).update(token_cues[i])
        for i in range(n):
            if extra:
                left = {c for j in range(max(0, i - CUE_WINDOW), i) if sent_ids[j] == sent_ids[i]
                        for c in token_cues[j] if c in extra}
                right = {c for j in range(i + 1, min(n, i + 1 + CUE_WINDOW)) if sent_ids[j] == sent_ids[i]
                         for c in token_cues[j] if c in extra}
                out[i] += sorted("L:" + c for c in left)
                out[i] += sorted("R:" + c for c in right)
            if sent_cues:
                out[i] += sorted("S:" + c for c in in_sent[sent_ids[i]])
    if doc_arm:
        right_cues, left_cues = set(cues.get("given_right", ())), set(cues.get("given_left", ()))
        armed: set[str] = set()
        for i in range(n):
            near = [*(range(i + 1, min(n, i + 4)) if low[i] in right_cues else ()),
                    *(range(max(0, i - 3), i) if low[i] in left_cues else ())]
            armed.update(low[j] for j in near if content[j] and sent_ids[j] == sent_ids[i])
        for i in range(n):
            if content[i] and low[i] in armed:
                out[i].append("ad")
    if affixes:
        for i in range(n):
            if len(low[i]) >= 7 and low[i].isalpha():
                out[i] += ("x5=" + low[i][-5:], "x6=" + low[i][-6:], "p5=" + low[i][:5])
    if gazetteer:
        chem = set(cues.get("chemical", ()))
        hit = [w in chem for w in low]
        for i in range(n):
            if hit[i]:
                out[i].append("gz")
            if i > 0 and hit[i - 1]:
                out[i].append("gz-1")
            if i + 1 < n and hit[i + 1]:
                out[i].append("gz+1")
    return out


def set3_options(settings: Mapping) -> tuple[frozenset[str], dict]:
    """(the elements whose CRF reads feature set 3, :func:`arm_context`'s switches) from a model's
    settings (manifest ``settings`` or a training config's fields); a model trained before feature set
    3 has none of them, so it reads as it was trained."""
    extra = settings.get("extra_cues") or ""
    kw = {"extra_classes": tuple(c for c in str(extra).split(",") if c),
          "doc_arm": bool(settings.get("doc_arm", False)), "sent_cues": bool(settings.get("sent_cues", False)),
          "gazetteer": bool(settings.get("gazetteer")), "affixes": bool(settings.get("affixes", False))}
    elements = frozenset(e for e in str(settings.get("set3_elements") or "").split(",") if e) if any(kw.values()) \
        else frozenset()
    return elements, kw


def doc_tokens(doc) -> tuple[list[str], list[str], list[tuple[int, int]], list[int]]:
    """(words, sentence positions, character offsets, sentence indexes) of a spaCy Doc's non-space
    tokens. When the text starts with a line of its own (title, newline, abstract), that line's tokens
    are the title (``T``), also when the sentencizer runs a title without a final stop into the
    abstract's first sentence ("... in Knee Defects\nBackground: Few ...")."""
    from spacy.attrs import IDX, LENGTH

    # each token's text is the Doc's text at its offset (spaCy keeps the text whole): read from one array
    # of offsets and lengths, without making a Token object per token
    text = doc.text
    spans = doc.to_array([IDX, LENGTH]).tolist()
    sents = [(s.start, s.end) for s in doc.sents]
    title_end = text.find("\n")
    words, positions, offsets, sent_ids = [], [], [], []
    for k, (a, b) in enumerate(sents):
        pos = sentence_position(k, len(sents), False)
        for start, length in spans[a:b]:
            end = start + length
            w = text[start:end]
            if w.isspace():  # spaCy's is_space
                continue
            words.append(w)
            positions.append("T" if 0 < title_end and start < title_end else pos)
            offsets.append((start, end))
            sent_ids.append(k)
    return words, positions, offsets, sent_ids


# --- the stacked second pass (train_pico.train_second_pass, pico.PicoTagger.second_pass) ---------------

# marginal bins: the first pass's threshold sits at 0.35
_EDGES = (0.05, 0.15, 0.25, 0.35, 0.5, 0.7, 0.9)


def mbin(p: float) -> str:
    """The bin (0 … 7) of a marginal probability."""
    k = 0
    for e in _EDGES:
        if p < e:
            break
        k += 1
    return str(k)


def stack_features(words: Sequence[str], sent_ids: Sequence[int], positions: Sequence[str],
                   margs: Mapping[str, Sequence[float]], window: int = 2, doc: bool = True,
                   sent: bool = True) -> list[list[str]]:
    """Per token, the second pass's features from the first pass's marginals ``margs`` (element →
    per-token probability of being inside one of its spans): ``m<E><d>=`` the bin of element E's
    marginal at offset d (0 and up to ``window`` either side, within the sentence); ``d<E>=`` the
    highest marginal of the same word (four letters or more, not a function word) elsewhere in the
    abstract and ``t<E>=`` in the title; ``s<E>=`` the highest in the token's sentence."""
    n = len(words)
    low = [w.lower() for w in words]
    content = [len(w) >= 4 and w.isalpha() and w not in _FUNCTION for w in low]
    out: list[list[str]] = [[] for _ in range(n)]
    for e in sorted(margs):
        p = margs[e]
        bins = [mbin(x) for x in p]
        for i in range(n):
            f = out[i]
            f.append(f"m{e}0={bins[i]}")
            for d in range(1, window + 1):
                for j, tag in ((i - d, f"-{d}"), (i + d, f"+{d}")):
                    f.append(f"m{e}{tag}={bins[j]}" if 0 <= j < n and sent_ids[j] == sent_ids[i] else f"m{e}{tag}=<>")
            f.append(f"m{e}-1|0={bins[i - 1] if i > 0 and sent_ids[i - 1] == sent_ids[i] else '<>'}|{bins[i]}")
        if doc:
            # the two highest marginals of each word, so "elsewhere" excludes the token itself
            top: dict[str, list[float]] = {}
            title: dict[str, float] = {}
            for i in range(n):
                if content[i]:
                    t = top.setdefault(low[i], [0.0, 0.0])
                    if p[i] > t[0]:
                        t[0], t[1] = p[i], t[0]
                    elif p[i] > t[1]:
                        t[1] = p[i]
                    if positions[i] == "T":
                        title[low[i]] = max(title.get(low[i], 0.0), p[i])
            for i in range(n):
                if content[i]:
                    t = top[low[i]]
                    other = t[1] if p[i] >= t[0] else t[0]
                    out[i].append(f"d{e}={mbin(other)}")
                    if low[i] in title and positions[i] != "T":
                        out[i].append(f"t{e}={mbin(title[low[i]])}")
        if sent:
            best: dict[int, float] = {}
            for i in range(n):
                best[sent_ids[i]] = max(best.get(sent_ids[i], 0.0), p[i])
            for i in range(n):
                out[i].append(f"s{e}={mbin(best[sent_ids[i]])}")
    return out


def stack_file(element: str) -> str:
    """The second pass's CRF file of ``element`` in a model folder."""
    return f"{element}.stack.crfsuite"


def stack_settings(settings: Mapping) -> dict:
    """A model's second-pass settings (manifest ``settings.stack`` or a training config's fields): the
    elements it re-tags, the elements whose first-pass marginals it reads, and stack_features' switches;
    empty when there is no second pass."""
    st = settings.get("stack") if "stack" in settings else {
        "elements": settings.get("stack_elements", ""), "inputs": settings.get("stack_inputs", ""),
        "folds": settings.get("stack_folds", 2), "window": settings.get("stack_window", 2),
        "doc": settings.get("stack_doc", True), "sent": settings.get("stack_sent", True)}
    if not st or not st.get("elements"):
        return {}
    return dict(st)


def _split(s) -> list[str]:
    return [x for x in str(s or "").split(",") if x]
