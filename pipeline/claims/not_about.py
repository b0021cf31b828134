"""Why a linked study's finding is not about the claim, as a type.

The direction reader (:mod:`pipeline.claims.direction`, :mod:`pipeline.claims.aboutness`) says why a finding does not
speak to a claim in words for people ("the finding is not about platelet-rich plasma"). The eligibility rules, the
grader and the claim pages decide on the *kind* of that reason, not on its words: they used to compare phrases
(``not_about == f"the finding is not about {claim.therapy.name}"``), so rewording a reason silently changed who was
excluded. The reader now returns the kind with the words (:class:`pipeline.models.NotAboutKind`, at the ground floor
with :class:`~pipeline.models.Direction`, so the lowest direction layer can carry it), the linker stores it
(``claim_articles.direction_not_about_kind``, migration 025) and the readers below branch on it.

:func:`kind_of` recovers the kind from the words, for a link row stored before the column existed and for callers
that hold only the phrase; it is the one place that knows the phrases.
"""

from __future__ import annotations

from pipeline.models import NotAboutKind  # noqa: F401 (the type itself is at the ground floor, with Direction)


# the words of each kind's phrase that identify it, in the order they are tried (the phrases are written by
# pipeline/claims/direction.py and pipeline/claims/aboutness.py; "not about X" is told apart by X, see kind_of)
PHRASE_KINDS: tuple[tuple[str, NotAboutKind], ...] = (
    ("reports no data", NotAboutKind.NO_DATA),
    ("no finding stated", NotAboutKind.NO_FINDING),
    ("compares arms that all received", NotAboutKind.EVERY_ARM),
    ("is about what acts on", NotAboutKind.ACTS_ON),
    ("is about a method applied to", NotAboutKind.METHOD),
    ("does not compare", NotAboutKind.NOT_COMPARED),
    ("compares fewer than", NotAboutKind.FEWER_GROUPS),
    ("judged too weak", NotAboutKind.TOO_WEAK),
)

# the typed exclusion reason (issue 17's vocabulary) of each kind that names one itself; the others depend on the
# claim (see exclusion_reason)
_REASONS = {
    NotAboutKind.NO_DATA: "no_findings",
    NotAboutKind.NO_FINDING: "no_findings",
    NotAboutKind.EVERY_ARM: "cointervention_only",
    NotAboutKind.ACTS_ON: "therapy_not_tested",
    NotAboutKind.METHOD: "therapy_not_tested",
    NotAboutKind.NOT_COMPARED: "therapy_not_tested",
    NotAboutKind.FEWER_GROUPS: "therapy_not_tested",
}


def kind_of(phrase: str | None, *, therapy: str | None = None, condition: str | None = None) -> NotAboutKind | None:
    """The kind of the direction reader's ``phrase`` (None for none). "The finding is not about X" is
    :attr:`~NotAboutKind.THERAPY` when X is ``therapy`` (the claim's therapy name), :attr:`~NotAboutKind.CONDITION`
    when it ends with ``condition``, and THERAPY when neither name is given or matches (a row whose claim has since
    been renamed: as the grader read such rows before the kinds were stored)."""
    if not phrase:
        return None
    for words, kind in PHRASE_KINDS:
        if words in phrase:
            return kind
    if therapy is not None and phrase == f"the finding is not about {therapy}":
        return NotAboutKind.THERAPY
    if condition and phrase.endswith(f"not about {condition}"):
        return NotAboutKind.CONDITION
    return NotAboutKind.THERAPY


def excludes(kind: NotAboutKind | str | None) -> bool:
    """Whether a finding not about the claim for ``kind`` is excluded (None and 'too weak' are not)."""
    return kind is not None and NotAboutKind(kind).excludes


def exclusion_reason(kind: NotAboutKind | str, *, mechanism: bool = False) -> str:
    """The typed exclusion reason (``no_findings``, ``cointervention_only``, ``therapy_not_tested``,
    ``other_condition``, ``mechanism_not_measured``) of an excluding ``kind``; ``mechanism``: the claim is a
    mechanism claim, for which a finding about something else means the mechanism was not measured."""
    kind = NotAboutKind(kind)
    if kind in _REASONS:
        return _REASONS[kind]
    if mechanism:
        return "mechanism_not_measured"
    return "other_condition" if kind is NotAboutKind.CONDITION else "therapy_not_tested"
