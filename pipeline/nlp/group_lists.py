"""A methods sentence that lists a study's groups one by one, and what each group got.

"The swine … received one of the four treatments: mosaicplasty only, mosaicplasty with the CaAlg hydrogel,
mosaicplasty with the CaAlg hydrogel containing ADSCs, or mosaicplasty with …" lists four groups; "Patients
were divided into 2 groups: 37 patients … were treated with MSC implantation without a scaffold (group 1), and
17 patients … underwent implantation of MSCs loaded in fibrin glue as a scaffold (group 2)" and "Twenty-two
patients underwent … as group A, and twenty patients underwent … as group B" list two. The arms reader
(:mod:`pipeline.nlp.arms`) reads arms from many other shapes; this reader answers one narrower question for
eligibility — what does each group of an explicit list get — and only when the list is complete (as many
groups as the sentence announces).

Text in, frozen result out; nothing here knows claims. The words are data
(``data/lexicons/group_lists.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp.vocabulary import alternation


@dataclass(frozen=True)
class GroupList:
    """The groups one sentence lists: each group's words, in order, and the sentence."""

    groups: tuple[str, ...]
    sentence: str


_FIGURES = {"2": 2, "3": 3, "4": 4, "5": 5, "6": 6}


def _number(word: str | None) -> int | None:
    if not word:
        return None
    words = alternation("group_lists", "number_words").split("|")
    w = word.lower()
    return _FIGURES.get(w) or (words.index(w) + 2 if w in words else None)


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    verbs, nouns = alternation("group_lists", "allocation_verbs"), alternation("group_lists", "group_nouns")
    one_of, numbers = alternation("group_lists", "one_of_nouns"), alternation("group_lists", "number_words")
    count = rf"(?:{numbers}|[2-6])"
    # the announcement, then the list after a colon (or straight on): "divided into 4 groups (n = 6): …",
    # "received one of the four treatments: …"
    announce = re.compile(rf"\b(?:(?:{verbs})\s+(?:in|into|to|among)\s+(?:(?P<n1>{count})\s+)?(?:{nouns})|"
                          rf"one\s+of\s+(?:the\s+)?(?P<n2>{count})\s+(?:{one_of}))\b\s*(?:\([^)]*\)\s*)?[:,]?\s*"
                          r"(?P<list>[^.;]+(?:;[^.;]+)*)", re.I)
    # a group's label after its words: "(group 1)", "(group A)", "as group B"
    # "(Group 1, 153 eyes)": the label may carry the group's size after a comma
    label = re.compile(r"\(\s*(?:the\s+)?group\s*(?:[A-F]|[1-6]|I{1,3}|IV|V)\s*(?:[,;][^()]*)?\)|\bas\s+(?:the\s+)?"
                       r"group\s*(?:[A-F]|[1-6]|I{1,3}|IV|V)\b", re.I)
    return announce, label


@lru_cache(maxsize=1)
def _shared_tail() -> re.Pattern:
    """What follows the last group's label and applies to every group: "… (Group 1) or mechanical epithelial
    removal (Group 2) followed by CXL" (group_lists.yaml ``shared_tail``)."""
    return re.compile(rf"^\s*,?\s*(?:{alternation('group_lists', 'shared_tail')})\b", re.I)


# where one group's words end and the next's begin, in a list after an announcement
_ITEM_SPLIT = re.compile(r"\s*(?:;|,\s*(?:and|or)\s+|,\s+|\s+or\s+)\s*", re.I)
_LEAD = re.compile(r"^[\s,;:]*(?:(?:and|or|while|whereas)\s+)?", re.I)


def _labelled(sentence: str, start: int) -> tuple[str, ...]:
    """The words before each group label of ``sentence`` (from ``start``), when the labels end the groups'
    words ("… without a scaffold (group 1), and … in fibrin glue as a scaffold (group 2)")."""
    _, label = _patterns()
    found = [m for m in label.finditer(sentence) if m.start() >= start]
    if len(found) < 2:
        return ()
    tail = sentence[found[-1].end():]
    # a tail every group shares ("followed by CXL") is part of each group's words; any other tail longer than a
    # few words means the labels do not end the groups' words
    shared = tail.strip(" .;") if _shared_tail().match(tail) else ""
    if not shared and len(tail.split()) > 3:
        return ()
    groups, prev = [], start
    for m in found:
        words = _LEAD.sub("", sentence[prev:m.start()]).strip(" ,;:")
        groups.append(f"{words} {shared}" if shared else words)
        prev = m.end()
    return tuple(groups)


def listed_groups(sentence: str) -> GroupList | None:
    """The groups ``sentence`` lists, each with its words, when it lists two or more and, where it says how
    many ("divided into 4 groups", "one of the four treatments"), exactly that many; else None."""
    announce, _ = _patterns()
    m = announce.search(sentence or "")
    if m:
        n = _number(m.group("n1") or m.group("n2"))
        groups = _labelled(sentence, m.start("list"))
        if not groups:
            parts = [p for p in _ITEM_SPLIT.split(m.group("list")) if p.strip()]
            # "A, B and C": the last item's "and" joins the list's last two groups
            if len(parts) >= 2 and re.search(r"\s+and\s+", parts[-1]):
                parts = parts[:-1] + re.split(r"\s+and\s+", parts[-1], maxsplit=1)
            groups = tuple(p.strip() for p in parts)
        if len(groups) >= 2 and (n is None or n == len(groups)):
            return GroupList(groups, sentence)
        return None
    # no announcement: groups labelled after their words ("Twenty-two patients underwent … as group A, and
    # twenty patients underwent … as group B")
    groups = _labelled(sentence or "", 0)
    return GroupList(groups, sentence) if len(groups) >= 2 and all(groups) else None
