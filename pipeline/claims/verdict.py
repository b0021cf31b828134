"""What a linked article's finding says of the claim's therapy itself, when it says so plainly.

The PubMedQA-trained direction reader weighs the tone of a whole conclusion. A linked article's
conclusion often speaks of more than the claim's therapy — its comparator, an add-on — and its plain
statements about the therapy are what a reviewer reads: "SVF/PRP injection efficiently improved OA",
"BMAC ... showed no superiority to saline injection", "No significant difference was found between
treatment and control group". This module reads those sentence by sentence:

* a benefit: the sentence names the therapy and an effect word outside any negation's scope
  ("improved", "enhance", "more effective", "superior");
* a null result against a control: no difference / no superiority / no significant improvement, with
  a control that lacks the therapy named (control, placebo, saline, sham, vehicle, untreated,
  "X alone"), or the therapy's own effect negated ("SF-MSCs did exert neither chondroprotection").

A null against a named control outweighs a benefit measured within the treated group ("relieves pain
... but showed no superiority to saline"); otherwise a stated benefit of the therapy outweighs a null
between groups on other outcomes ("no differences in activity ... ADSCs provided KOOS improvements").
When the sentences state neither, the verdict is None and the reader's direction stands.
"""

from __future__ import annotations

import re

from pipeline.claims.head_to_head import outdone
from pipeline.claims.mentions import names_concept
from pipeline.claims.models import Concept
from pipeline.nlp.negation import CLAUSE_NEGATION, mark_negation
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import any_of, no_difference_phrases, phrase_pattern, rx, vocabulary

_EFFECT = compile_guarded(
    r"^(?:improv\w*|enhanc\w*|better|superior\w*|effective(?:ly|ness)?|efficac\w*|promot\w*|benefi\w*|"
    r"accelerat\w*|restor\w*|regenerated|repaired|healed|reliev\w*|alleviat\w*|favou?rabl[ey]|"
    r"successful(?:ly)?|chondroprotect\w*|protect\w*|outperform\w*|advantages?)$")
# no difference or no effect: data/lexicons/no_difference.yaml (verdict)
_NULL_WORDS = rx(any_of(no_difference_phrases("verdict")))
# a comparator without the therapy; "between the two groups" is left out, as both arms may have had it
_CONTROL = phrase_pattern(vocabulary("arms")["null_comparator"])  # data/lexicons/arms.yaml


def _effect_words(sentence: str) -> tuple[bool, bool]:
    """(an effect word outside negation, an effect word inside a negation's scope). A negation reaches
    to the end of its clause here: "did not show any advantage in the protection of cartilage" denies
    the protection too."""
    plain = negated = False
    for w in mark_negation(sentence, to_clause_end=True, negation=CLAUSE_NEGATION).split():
        if w.startswith("NOT_"):
            negated = negated or bool(_EFFECT.match(w[4:]))
        else:
            plain = plain or bool(_EFFECT.match(w))
    return plain, negated


# the evidence itself judged too weak to say ("knowledge on this topic is still preliminary", "the
# role of BMAC is still inconclusive"): a review's or editorial's verdict, not a null result
_INSUFFICIENT = compile_guarded(
    r"\b(?:evidence|knowledge|data|results|findings|literature|role|efficacy|effectiveness|benefit)\b[^.;]{0,50}?"
    r"\b(?:is|are|remains?|was|were) (?:still |currently |largely |so far )?(?:preliminary|inconclusive|insufficient|"
    r"limited|conflicting|controversial|scarce|lacking|weak|unclear|uncertain|unknown|unproven)\b|"
    r"\blow[- ]quality (?:clinical )?(?:studies|evidence|trials)\b|\bno consensus\b|\bstill inconclusive\b|"
    r"\blow (?:scientific )?(?:rigou?r|methodological quality)\b|\bneeded to prove\b", re.I)


# "a tendency for a better quality of repair": a trend is not a shown benefit
_TREND = compile_guarded(r"\b(?:trend\w*|tendency|tended)\b", re.I)


def _null_against_control(sentence: str) -> bool:
    """A null finding whose comparator follows it in the same clause: "no superiority to saline",
    "no significant difference between treatment and control group"."""
    for m in _NULL_WORDS.finditer(sentence):
        tail = re.split(r"[;,]", sentence[m.end():m.end() + 60])[0]
        if _CONTROL.search(tail):
            return True
    return False


def therapy_verdict(therapy: Concept, findings: list[str], results: list[str],
                    abbreviations: dict[str, str] | None = None) -> tuple[str, str] | None:
    """("supports" | "no_effect" | "contradicts" | "unclear", the sentence that decided) when the findings, else the
    results, state plainly what the therapy did — another arm did better than it is "contradicts" — or that the
    evidence is too weak to say; None when they do not, or point both ways."""
    weak = next((s for s in findings if _INSUFFICIENT.search(s)), None)
    if weak:
        return "unclear", weak
    for sentences in (findings, results):
        benefit = null = worse = None
        for s in sentences:
            named = names_concept(therapy, s, abbreviations)
            plain, negated = _effect_words(s)
            if named and outdone(therapy, s, abbreviations):
                # "hUCB-MSC implantation was more effective than BMAC augmentation": the effect word is the other
                # arm's; the therapy did worse
                worse = worse or s
            elif _null_against_control(s) or (named and negated and not plain):
                null = null or s
            elif named and plain and not _TREND.search(s):
                benefit = benefit or s
        if benefit and (null or worse):
            return None
        if worse:
            return "contradicts", worse
        if null:
            return "no_effect", null
        if benefit:
            return "supports", benefit
    return None
