"""Direction of a finding for a comparison claim: do the compared groups differ, and which way?

"MSC source changes what the cells do" (C12) and "young donor cells outperform the patient's own"
(C12b) are claims about a difference between groups, not about a therapy against nothing: "both
treatments provided similar outcomes" does not support them, whatever its cue words, while "hUCB-MSC
implantation was more effective than BMAC" does. The reader takes the sentences that compare at least
two of the claim's groups (or "between the two groups"), findings before results before the rest of
the abstract (a comparison is often stated mid-abstract in unstructured ones), and reads each
as stating a difference or its absence. A claim whose concept is ``ordered`` asserts that the first
group does better; for it the better group decides between supports and contradicts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.claims.mentions import first_mention_at
from pipeline.claims.models import Concept
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import any_of, no_difference_phrases, rx, sentence_comparing

# the groups do not differ: data/lexicons/no_difference.yaml (comparison)
_SAME = rx(any_of(no_difference_phrases("comparison")))
# a difference: said outright, or a comparative with its "than"/"compared with"
# ("more injectable bone marrow cells" compares nothing)
_DIFFER = compile_guarded(
    r"\b(?:superior|inferior|outperform\w*|differ(?:ed|ent|ences?)? significantly|significant(?:ly)? (?:different|differ\w*))\b|"
    r"\b(?:better|worse|more|less|higher|lower|greater|fewer|closer|stronger|weaker)\b[^.;]{0,80}?"
    r"\b(?:" + sentence_comparing("comparison_difference") + r")\b", re.I)
_FAVOUR = compile_guarded(r"\b(?:superior|better|more (?:effective|efficient|potent|beneficial)|outperform\w*|stronger)\b", re.I)
_DISFAVOUR = compile_guarded(r"\b(?:inferior|worse|less (?:effective|efficient|potent|beneficial)|weaker)\b", re.I)
_BETWEEN = compile_guarded(r"\bbetween (?:the )?(?:two |both )?(?:groups|arms|treatments|procedures|cohorts)\b|"
                      r"\bboth (?:groups|treatments|arms|procedures|cohorts)\b", re.I)


@dataclass(frozen=True)
class Comparison:
    direction: str  # supports | no_effect | contradicts | unclear
    sentence: str
    reason: str


def _groups_at(concept: Concept, sentence: str, abbreviations: dict[str, str] | None) -> list[tuple[int, int]]:
    """(offset of first mention, group index) for every group ``sentence`` names, in text order."""
    found = []
    for i, g in enumerate(concept.groups):
        at = first_mention_at(Concept(g[0], tuple(g[1:])), sentence, abbreviations)
        if at is not None:
            found.append((at, i))
    return sorted(found)


def _winner(concept: Concept, sentence: str, groups: list[tuple[int, int]]) -> int | None:
    """The group ``sentence`` says does better, when it says so plainly."""
    m = _FAVOUR.search(sentence)
    favour = m is not None
    m = m or _DISFAVOUR.search(sentence)
    if not m:
        return None
    before = [i for at, i in groups if at < m.start()]
    after = [i for at, i in groups if at > m.start()]
    if before:
        subject = before[-1]
    elif after and len(concept.groups) == 2:  # "X was more effective than BMAC": only the loser is named
        subject = 1 - after[0]
    else:
        return None
    if favour:
        return subject
    others = [i for i in range(len(concept.groups)) if i != subject]
    return others[0] if len(others) == 1 else None


def read_comparison(concept: Concept, tiers: list[list[str]], abbreviations: dict[str, str] | None = None,
                    *, ordered: bool = False) -> Comparison | None:
    """The direction stated by the first tier of sentences (findings, then results, then the rest of
    the abstract) that compares ``concept``'s groups, or None when none does. Only called for linked
    articles, which name at least two of the groups, so "between the two groups" refers to them."""
    for sentences in tiers:
        same = differ = None
        for s in sentences:
            groups = _groups_at(concept, s, abbreviations)
            if len({i for _, i in groups}) < 2 and not _BETWEEN.search(s):
                continue
            if _DIFFER.search(_SAME.sub(" ", s)):
                differ = differ or (s, groups)
            elif _SAME.search(s):
                same = same or s
        if differ:  # "no difference in pain; however, hUCB-MSCs regenerated more cartilage"
            s, groups = differ
            if not ordered:
                return Comparison("supports", s, "the compared groups differ")
            w = _winner(concept, s, groups)
            if w is None:
                return Comparison("unclear", s, "the groups differ, but which does better is not plain")
            if w == 0:
                return Comparison("supports", s, f"{concept.groups[0][0]} does better")
            return Comparison("contradicts", s, f"{concept.groups[w][0]} does better")
        if same:
            return Comparison("no_effect", same, "no difference between the compared groups")
    return None
