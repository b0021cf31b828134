"""Direction of an article's finding relative to a claim: supports, no_effect, contradicts, unclear.

The reader takes the conclusion (CONCLUSIONS section, else the last sentences) and the results,
and scores cue families: null findings ("did not significantly improve", "no difference from
saline", "comparable to"), contrary findings ("worse", "increased the risk", "inferior"),
hedges ("may", "further studies are needed", "remains unclear") and positive findings
("significantly improved", "effective", "superior"). Negation flips a positive cue. A small
classifier trained on the PubMedQA dev labels combines these cues with the conclusion's words when
its cached model is available; the rules alone are the fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.models import Article

DIRECTIONS = ("supports", "no_effect", "contradicts", "unclear")


def rx(p: str) -> re.Pattern:
    return re.compile(p, re.I)


NULL = rx(r"\b(?:no|not|nor|without)\b[^.;]{0,40}\b(?:significant(?:ly)?|statistically|differ\w*|effect|benefit|"
          r"improv\w*|associat\w*|correlat\w*|relationship|influence|impact|change|reduc\w*|increas\w*|advantage|role|evidence)\b|"
          r"\b(?:did|does|do|was|were|is|are|could|can)\s*(?:not|n't)\b|\bfailed to\b|\bno longer\b|"
          r"\b(?:similar|comparable|equivalent|non-?inferior|equally)\b|\bnot superior\b|\bneither\b|"
          r"\bunrelated\b|\binsignificant\b|\bunaffected\b|\bindependent of\b|\bnot (?:a|an) (?:predictor|risk factor)\b")
CONTRA = rx(r"\b(?:worse|inferior|harm\w*|detrimental|deleterious|increased (?:the )?(?:risk|mortality|complications|pain)|"
            r"higher (?:risk|rate) of (?:complication|failure|adverse)|adverse(?:ly)? affect\w*|impair\w*|contrary to)\b")
HEDGE = rx(r"\b(?:may|might|could|possibl[ey]|potential(?:ly)?|perhaps|suggest\w*|appear\w*|seem\w*|unclear|uncertain|"
           r"inconclusive|controversial|remains? (?:to be|unknown|unclear)|further (?:studies|research|investigation|trials)|"
           r"larger (?:studies|trials)|needs? (?:to be )?(?:confirm|further)|warrant\w*|preliminary|limited evidence|"
           r"not (?:yet )?clear|cannot be (?:excluded|ruled out|determined)|trend toward|tended to)\b")
POSITIVE = rx(r"\b(?:significant(?:ly)?|effective(?:ly|ness)?|efficac\w*|improv\w*|benefi\w*|superior|better|"
              r"reduc\w*|decreas\w*|increas\w*|enhanc\w*|promot\w*|associated with|correlat\w*|predict\w*|"
              r"accelerat\w*|protect\w*|successful(?:ly)?|safe and|useful|valuable|recommended|support\w*|"
              r"can be|is a|are a|was a|were)\b")


@dataclass(frozen=True)
class DirectionResult:
    direction: str
    sentence: str | None
    confidence: float
    cues: tuple[str, ...] = ()


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9(])", text) if s.strip()]


def conclusion_and_results(article: Article) -> tuple[list[str], list[str]]:
    """Conclusion sentences (labelled section, else the last two) and results sentences."""
    concl, results = [], []
    for s in article.abstract_sections:
        label = (s.nlm_category or s.label or "").upper()
        if label.startswith("CONCLU") or label in ("INTERPRETATION", "SIGNIFICANCE", "IMPLICATIONS"):
            concl += _sentences(s.text)
        elif label.startswith("RESULT") or label == "FINDINGS":
            results += _sentences(s.text)
    if not concl:
        sents = _sentences(article.abstract)
        m = next((i for i, s in enumerate(sents) if re.match(r"^(?:in )?conclusions?\b|^we conclude|^these (?:results|findings|data)|^our (?:results|findings|data)|^this study (?:shows|demonstrates|suggests)", s, re.I)), None)
        concl = sents[m:] if m is not None else sents[-2:]
        results = results or sents[max(0, len(sents) - 5):len(sents) - len(concl)]
    return concl, results


def _terms(text: str) -> set[str]:
    stop = {"the", "and", "for", "with", "does", "did", "are", "is", "was", "were", "of", "in", "on", "to", "a",
            "an", "or", "by", "at", "as", "be", "it", "its", "this", "that", "from", "than", "after", "patients"}
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in stop}


def cue_scores(sentences: list[str]) -> dict[str, float]:
    """Counts of each cue family over ``sentences``, with negated positives counted as null."""
    text = " ".join(sentences)
    return {
        "null": float(len(NULL.findall(text))),
        "contra": float(len(CONTRA.findall(text))),
        "hedge": float(len(HEDGE.findall(text))),
        "positive": float(len(POSITIVE.findall(text))),
    }


def rule_direction(claim_text: str, concl: list[str], results: list[str]) -> DirectionResult:
    if not concl and not results:
        return DirectionResult("unclear", None, 0.0, ("no abstract",))
    claim_terms = _terms(claim_text)
    # the conclusion sentence that talks about the claim most
    pick = max(concl or results, key=lambda s: len(_terms(s) & claim_terms)) if (concl or results) else None
    c = cue_scores(concl)
    r = cue_scores(results)
    cues = tuple(k for k, v in c.items() if v)
    if c["contra"] and c["contra"] >= c["positive"] / 2 and not c["null"]:
        return DirectionResult("contradicts", pick, 0.6, cues)
    if c["null"] and c["null"] >= c["positive"] / 2:
        return DirectionResult("no_effect", pick, 0.65 if not c["hedge"] else 0.5, cues)
    if c["hedge"] >= 2 and c["positive"] <= c["hedge"]:
        return DirectionResult("unclear", pick, 0.5, cues)
    if c["positive"] or (r["positive"] and not r["null"]):
        return DirectionResult("supports", pick, 0.7 if not c["hedge"] else 0.55, cues)
    if r["null"]:
        return DirectionResult("no_effect", pick, 0.45, cues)
    return DirectionResult("unclear", pick, 0.3, cues)


def read_direction(claim_text: str, article: Article, doc=None, *, polarity: str = "benefit") -> DirectionResult:
    """Direction of ``article``'s finding relative to ``claim_text``."""
    concl, results = conclusion_and_results(article)
    rules = rule_direction(claim_text, concl, results)
    from pipeline.claims.direction_model import predict

    label = predict(claim_text, concl, results, rules)
    # Directions are read against the claim as stated, whatever its polarity: for "TGF-β drives
    # fibrosis" (polarity harm) a positive association supports the claim.
    if label is None or label == rules.direction:
        return rules
    return DirectionResult(label, rules.sentence, 0.6, rules.cues + ("classifier",))
