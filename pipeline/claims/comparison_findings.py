"""Per-comparison findings for a claim's linked studies, and the link direction they allow (issue 17
items 3 and 4).

For every comparison :mod:`pipeline.nlp.arms` reads in a linked study, the per-comparison reader
(:func:`pipeline.nlp.findings.read_finding`) says how the intervention's outcome compared with the
comparator's — increased, decreased, no difference or unclear — from the sentence that reports it,
with the effect estimate that sentence (or, failing it, another sentence naming the outcome) states.

**Which outcome.** The reader needs an outcome. We take it from the article's stored "O" spans (the
P/I/O tagger's, ``pico_spans``): the span naming most of the claim's words — its condition's names
and the outcome words whose better direction we know (``data/lexicons/outcome_polarity.yaml``: pain,
WOMAC, function …) — ties going to the tagger's surer span, then the earlier one. A span naming none
of them is not used; then the outcome is the claim's condition ("knee osteoarthritis"), which the
reader can still find in a results sentence (``outcome_source`` says which: ``o_span`` or ``claim``).

**What it means for the claim.** increased/decreased become benefit or harm by the outcome's polarity
(:func:`pipeline.nlp.polarity.benefit`; an outcome of unknown polarity stays unclear), then supports /
contradicts by the claim's polarity (a harm claim is supported by harm), with the therapy's side of the
comparison taken into account (the therapy as the comparator flips it). For an equivalence claim ("X
is as good as Y") a finding of no difference supports it, so does X doing better (it is at least as
good), and X doing worse contradicts it. A comparison that does not set the
claim's therapy against something without it says nothing about the claim: unclear.

**The link direction** (:func:`combine`): the conclusion-tone reader's direction is kept unless a
confident comparison finding on the claim's therapy disagrees with a "supports": then it becomes the
value ``data/findings.yaml`` names (no_effect / contradicts, or unclear). It never becomes more
favourable: nothing turns into "supports" because of this reader.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import duckdb
import yaml

from pipeline.claims import head_to_head
from pipeline.claims.models import Polarity
from pipeline.config import PROJECT_ROOT
from pipeline.nlp.arms import ArmComparison, StudyArms
from pipeline.nlp.lexicons import YAML_LOADER
from pipeline.nlp.regex_guard import compile_guarded

SETTINGS_PATH = PROJECT_ROOT / "data" / "findings.yaml"
SOURCE = "findings_reader"
FALLBACK_SOURCE = "direction_rules"
CLAIM_FINDINGS = ("supports", "no_effect", "contradicts", "unclear")


@lru_cache(maxsize=None)
def settings(path: str | None = None) -> dict:
    """``data/findings.yaml`` (or ``path``): the reader's threshold and the link-direction switches."""
    return yaml.load(Path(path or SETTINGS_PATH).read_text(encoding="utf-8"), Loader=YAML_LOADER)  # libyaml


def settings_digest() -> str:
    """A short hash of ``data/findings.yaml``, for the linker's version key."""
    return hashlib.sha256(SETTINGS_PATH.read_bytes()).hexdigest()[:8]


# --- the outcome -----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _outcome_words() -> frozenset[str]:
    from pipeline.nlp.findings import terms
    from pipeline.nlp.vocabulary import vocabulary

    lex = vocabulary("outcome_polarity")
    return frozenset(t for w in (*lex["lower_is_better"], *lex["higher_is_better"]) for t in terms(w.rstrip("*")))


def choose_outcome(claim, o_spans: list[tuple[str, float]] | tuple = ()) -> tuple[str, str]:
    """(outcome, source) for ``claim``'s comparisons in one study: of the stored O spans (text, score)
    naming any of the claim's condition words or known outcome words, the one in which they are the
    largest share of its words (``o_span``); else the claim's condition (``claim``)."""
    from pipeline.nlp.findings import terms

    condition = set().union(*(terms(n) for n in claim.condition.all_names)) if claim.condition.all_names else set()
    wanted = condition | _outcome_words()
    best, best_key = None, None
    for k, (text, score) in enumerate(o_spans):
        if _SAFETY.search(text):
            continue  # no difference in adverse events is no finding against a therapy's benefit
        words = terms(text)
        hit = words & wanted
        if not hit:
            continue
        # the densest span first: a span listing every outcome of a methods sentence ("secondary end
        # points were adverse events, Oxford Knee Score, EQ-5D, VAS …") makes the reader find that
        # methods sentence, not the one reporting a result
        key = (len(hit) / len(words), score, -k)
        if best_key is None or key > best_key:
            best, best_key = text, key
    if best:
        return best, "o_span"
    return claim.condition.name, "claim"


_SAFETY = compile_guarded(r"\b(?:adverse|complication|side[- ]effect|safety|tolerab|serious)", re.I)


# --- what a finding means for the claim --------------------------------------------------------------

def claim_finding(claim, label: str, outcome: str, therapy_side: str | None) -> str:
    """supports | no_effect | contradicts | unclear: the finding ``label`` (increased, decreased,
    no_difference, unclear) of a comparison on ``outcome``, for ``claim`` whose therapy is on
    ``therapy_side`` ("intervention", "comparator", or None when the comparison does not set the
    therapy against something without it)."""
    from pipeline.nlp.polarity import benefit

    if therapy_side is None or label == "unclear":
        return "unclear"
    equivalence = getattr(claim, "kind", "effect") == "equivalence"
    if label == "no_difference":
        return "supports" if equivalence else "no_effect"
    b = benefit(label, outcome)
    if b not in ("benefit", "harm"):
        return "unclear"
    if therapy_side == "comparator":
        b = "harm" if b == "benefit" else "benefit"
    if equivalence:
        # "X is as good as Y": X better is at least as good (the claim holds); X worse contradicts it
        return "supports" if b == "benefit" else "contradicts"
    if claim.polarity is Polarity.BENEFIT:
        return "supports" if b == "benefit" else "contradicts"
    if claim.asserts_harm:  # the claim says the therapy (or exposure) harms
        return "supports" if b == "harm" else "contradicts"
    return "unclear"  # mechanism claims: a benefit or harm on an outcome is not the mechanism


def therapy_side(claim, comparison: ArmComparison, abbreviations: dict[str, str] | None = None) -> str | None:
    """Which side of ``comparison`` gets the claim's therapy: "intervention", "comparator", or None
    when both or neither do."""
    from pipeline.claims.mentions import names_concept

    i = names_concept(claim.therapy, comparison.intervention, abbreviations)
    c = names_concept(claim.therapy, comparison.comparator, abbreviations)
    if i and not c:
        return "intervention"
    if c and not i:
        return "comparator"
    return None


# --- effects ---------------------------------------------------------------------------------------

_PRIORITY = ("ratio", "difference", "estimate", "events", "percent", "p_value")


def _rank(e) -> int:
    from pipeline.nlp.effects import DIFFERENCE_KINDS, RATIO_KINDS

    kind = "ratio" if e.kind in RATIO_KINDS else "difference" if e.kind in DIFFERENCE_KINDS else e.kind
    return _PRIORITY.index(kind) if kind in _PRIORITY else len(_PRIORITY)


def main_effect(effects) -> object | None:
    """The estimate a reader would quote: a ratio or difference before a bare estimate (only when it
    is the only one), events, percentages and a lone p-value; the first of its kind."""
    effects = [e for e in effects if e.kind != "p_value" or e.p_value is not None]
    if sum(e.kind == "estimate" for e in effects) > 1:
        # "45.9 [95% CI, 36.2-55.5] in the AMIC group than 27.2 [95% CI, 23.3-31.1] in the MFx group":
        # unnamed estimates side by side are each group's value, not the effect between them
        # (a p-value read with one of them is still the comparison's)
        effects = [e if e.kind != "estimate" else replace(e, kind="p_value", value=None, ci_low=None, ci_high=None)
                   for e in effects if e.kind != "estimate" or e.p_value is not None]
    return min(effects, key=lambda e: (_rank(e), e.start), default=None)


def effect_near_outcome(text: str, outcome: str) -> object | None:
    """The main effect of the first sentence of ``text`` naming at least half of ``outcome``'s words
    and stating a ratio, difference or interval (for a finding sentence that states none)."""
    from pipeline.nlp.effects import find_effects
    from pipeline.nlp.findings import terms
    from pipeline.nlp.sentences import sentence_spans

    o = terms(outcome)
    if not o:
        return None
    for sp in sentence_spans(text):
        if len(terms(sp.text) & o) * 2 < len(o):
            continue
        e = main_effect([x for x in find_effects(sp.text) if _rank(x) <= _PRIORITY.index("estimate")])
        if e is not None:
            return e
    return None


def format_effect(e) -> str:
    """An effect as a table cell: "MD -1.2 (95% CI -2.0 to -0.4; p = 0.003)", "12/40 vs 5/38"."""
    if e is None:
        return ""
    if e.kind == "events":
        s = " vs ".join(f"{a}/{n}" for a, n in e.events)
    elif e.kind == "percent":
        s = " vs ".join(f"{x:g}%" for x in e.groups)
    elif e.kind == "p_value":
        s = ""
    else:
        s = f"{'' if e.kind == 'estimate' else e.kind + ' '}{e.value:g}"
        if e.ci_low is not None and e.ci_high is not None:
            s += f" (95% CI {e.ci_low:g} to {e.ci_high:g})"
    if e.p_value is not None:
        p = f"p {e.p_relation or '='} {e.p_value:g}"
        s = f"{s}; {p}" if s else p
    return s


# --- reading a study's comparisons ----------------------------------------------------------------

def describes_methods(text: str, finding) -> bool:
    """Whether the sentence ``finding`` was read from describes the study's methods rather than a
    result: in a methods or background section, or worded as methods ("patients were scored with
    WOMAC …", "secondary outcomes will include …") with no p-value, interval or significance. The
    classifier reads such a sentence as "no difference" (nothing in it differs); it reports nothing."""
    from pipeline.nlp import findings as F
    from pipeline.nlp.sentences import sentence_spans

    if finding.sentence is None:
        return False
    role = next((sp.role for sp in sentence_spans(text) if sp.start == finding.start), None)
    if role in ("methods", "background"):
        return True
    return bool(F._methods().search(finding.sentence) and not F._RESULT.search(finding.sentence))


def states_no_difference(finding) -> bool:
    """Whether the finding's sentence says there was no difference: a no-difference phrase ("no
    significant difference", "comparable", "similar") or an estimate stated as not significant. The
    classifier also answers "no difference" for sentences that compare nothing ("bone marrow edema
    was also assessed", "MOCART scores averaged 71"); those report no finding."""
    from pipeline.nlp import findings as F

    s = finding.sentence or ""
    return bool(F._cues()["null"].search(s)) or any(e.significant is False for e in finding.effects)


def claim_comparisons(claim, arms: StudyArms, abbreviations: dict[str, str] | None = None) -> tuple[ArmComparison, ...]:
    """The study's comparisons, with one added when none sets the claim's therapy against another arm
    but the arms do: the first arm that receives the therapy against the first that does not."""
    from pipeline.claims.mentions import names_concept

    comps = tuple(arms.comparisons)
    t = [a for a in arms.arms if names_concept(claim.therapy, f"{a.label} {a.received}", abbreviations)]
    comparator = getattr(claim, "comparator", None)
    if comparator is not None and t:
        # a head-to-head claim: the therapy's arm against the arm of the comparator it names, when the arms
        # reader set the therapy against another arm only (a three-arm trial read against its first control)
        c_arms = [a for a in arms.arms if a not in t and names_concept(comparator, f"{a.label} {a.received}", abbreviations)]
        if c_arms and not any(therapy_side(claim, c, abbreviations) and names_concept(
                comparator, f"{c.intervention} {c.comparator}", abbreviations) for c in comps):
            def named(concept, arm):  # the words of the arm that name the concept ("budesonide maintenance group")
                return arm.label if names_concept(concept, arm.label, abbreviations) else (arm.received or arm.label)
            comps = (*comps, ArmComparison(named(claim.therapy, t[0]), named(comparator, c_arms[0]), None, t[0].sentence))
    if any(therapy_side(claim, c, abbreviations) for c in comps):
        return comps
    o = [a for a in arms.arms if a not in t]
    if t and o:
        return (*comps, ArmComparison(t[0].received or t[0].label, o[0].received or o[0].label, None, t[0].sentence))
    return comps


def read_comparisons(claim, text: str, arms: StudyArms, old_direction: str, *, o_spans=(),
                     abbreviations: dict[str, str] | None = None, model=None,
                     min_confidence: float | None = None, findings_cache: dict | None = None,
                     old_sentence: str | None = None) -> StudyArms:
    # min_confidence None: the product's thresholds (data/findings.yaml, see read_finding)
    """``arms`` with every comparison (see :func:`claim_comparisons`) read for ``claim`` in ``text``
    (title and abstract): typed label, confidence, outcome and its source, effect, and the
    claim-relative finding. Where the reader gives no answer the old reader's direction
    (``old_direction``) stays the claim-relative finding of the claim's comparisons, marked as its,
    with the sentence that reader read it from (``old_sentence``): the sentence shown beside a finding
    is the one it was read from, not a methods sentence the comparison was found in.
    ``findings_cache``: a dict kept for one link run (one model), so a comparison several claims share
    is read once (one in seven repeats on the bundled corpus)."""
    from pipeline.nlp import findings as F

    model = model or F.load_model()
    outcome, source = choose_outcome(claim, o_spans)
    out = []
    for c in claim_comparisons(claim, arms, abbreviations):
        key = (text, c.intervention, c.comparator, outcome, min_confidence)
        f = findings_cache.get(key) if findings_cache is not None else None
        if f is None:
            f = F.read_finding(text, c.intervention, c.comparator, outcome, model=model, min_confidence=min_confidence)
            if findings_cache is not None:
                findings_cache[key] = f
        if f.label != "unclear" and describes_methods(text, f):
            f = replace(f, label=F.FindingLabel.UNCLEAR, reason="the sentence describes methods, it reports no result")
        elif f.label == "no_difference" and not states_no_difference(f):
            f = replace(f, label=F.FindingLabel.UNCLEAR, reason="no difference read from a sentence that states none")
        side = therapy_side(claim, c, abbreviations)
        effect = main_effect(f.effects) or (effect_near_outcome(text, outcome) if f.sentence else None)
        label = str(f.label)
        sentence = f.sentence or c.sentence
        if label == "unclear":
            finding, by = (old_direction if side else "unclear"), FALLBACK_SOURCE
            if side and old_direction != "unclear" and old_sentence:
                sentence = old_sentence
        else:
            finding, by = claim_finding(claim, label, outcome, side), SOURCE
        out.append(replace(c, outcome=outcome, finding=finding, finding_source=by, sentence=sentence,
                           finding_label=label, finding_confidence=round(float(f.score), 4), outcome_source=source,
                           effect=effect))
    return replace(arms, comparisons=tuple(out))


def reader_answers(arms: StudyArms | None) -> list[str]:
    """The findings the per-comparison reader decided (not unclear) on the comparisons of ``arms``; none means a link
    direction rests on the conclusion's tone alone."""
    return [c.finding for c in (arms.comparisons if arms is not None else ()) if c.finding_source == SOURCE
            and c.finding != "unclear"]


def combine(old: str, arms: StudyArms | None, cfg: dict | None = None) -> str:
    """The link's direction from the old reader's ``old`` and the comparison findings of ``arms``
    (those the findings reader decided on a comparison of the claim's therapy). Never more favourable
    than ``old``: "supports" stays when some comparison agrees or none answers; otherwise a finding of
    harm moves it to ``supports_vs_harm``, one of no difference to ``supports_vs_no_difference``."""
    cfg = cfg or settings()
    ld = cfg.get("link_direction", {})
    if not ld.get("combine") or old != "supports" or arms is None:
        return old
    decided = reader_answers(arms)
    if not decided or "supports" in decided:
        return old
    if "contradicts" in decided:
        return ld.get("supports_vs_harm", "unclear")
    return ld.get("supports_vs_no_difference", "unclear")


def against_comparator(claim, arms: StudyArms | None, direction: str,
                       abbreviations: dict[str, str] | None = None,
                       sentences: tuple[str, ...] | list[str] = ()) -> tuple[str, str | None, str | None]:
    """(direction, why it changed or None, the sentence it was read from when a sentence of ``sentences`` decided it)
    for a claim that names its comparator (``claim.comparator``:
    "as well as daily maintenance therapy"): the direction rests only on the findings reader's answers on
    comparisons that set the therapy against that comparator; a study with no such answer reads unclear, whatever
    it found against other arms or whatever its conclusion's tone ("superior to as-needed terbutaline" says nothing
    about daily maintenance). Never more favourable than the findings: one against the therapy contradicts, one of
    no difference is no effect (for an equivalence claim ``claim_finding`` already made it support). Only a
    "supports" reading is checked; other readings, and claims without a comparator, keep ``direction``.

    ``sentences`` (the study's findings and results) are read too for what they state plainly of the therapy against
    the comparator (:func:`pipeline.claims.head_to_head.read_versus`): a three-arm trial's "superior to as-needed
    terbutaline … but inferior to budesonide maintenance therapy" is a finding against the comparator that the
    per-comparison reader, reading the sentence whole, leaves unclear. A sentence against the therapy outweighs one in
    its favour, and one in its favour only keeps the "supports" read from the conclusion (it never turns another
    reading into support): the same sentence, for a claim that maintenance therapy does better, keeps it supported."""
    from pipeline.claims.mentions import names_concept

    comparator = getattr(claim, "comparator", None)
    # only a favourable reading is checked: a study read as against the claim or as showing no effect keeps that
    # reading (turning it into "unclear" would take the disagreement out of the grade's inconsistency domain and
    # could raise the grade — measured: fresh C81 went Low -> Moderate when it did)
    if comparator is None or direction != "supports":
        return direction, None, None
    decided = []
    for c in (arms.comparisons if arms is not None else ()):
        side = therapy_side(claim, c, abbreviations)
        other = c.comparator if side == "intervention" else c.intervention if side == "comparator" else None
        if other and names_concept(comparator, other, abbreviations) and c.finding_source == SOURCE \
                and c.finding != "unclear":
            decided.append(c.finding)
    stated = head_to_head.read_versus(claim, sentences, abbreviations) if sentences else None
    if stated is not None:
        decided.append(stated.finding)
    if not decided:
        return "unclear", f"no finding against {comparator.name} read", None
    new = "contradicts" if "contradicts" in decided else "no_effect" if "no_effect" in decided else "supports"
    if new == direction:
        return new, None, None
    if stated is not None and stated.finding == new:
        return new, stated.reason, stated.sentence
    return new, f"the finding against {comparator.name}", None


def only_as_comparator(claim, arms: StudyArms | None, abbreviations: dict[str, str] | None = None) -> bool:
    """Whether the claim's therapy is the comparator of every comparison of ``arms`` that names it on one side, and
    of at least one ("subchondral bone marrow concentrate versus contralateral total knee arthroplasty" for a claim
    about the arthroplasty): the study's experimental arm is something else, and what its conclusion's tone favours
    ("... was effective, with a lower complication rate and a quicker recovery as compared with TKA") is that arm."""
    sides = [therapy_side(claim, c, abbreviations) for c in (arms.comparisons if arms is not None else ())]
    return "comparator" in sides and "intervention" not in sides


def _fallbacks_unclear(arms: StudyArms) -> StudyArms:
    """``arms`` with the comparisons that carried the conclusion's tone (``FALLBACK_SOURCE``) made unclear: when the
    link's direction is withdrawn, so is what it lent them."""
    return replace(arms, comparisons=tuple(replace(c, finding="unclear") if c.finding_source == FALLBACK_SOURCE else c
                                           for c in arms.comparisons))


def apply(claim, results, articles: dict, readings, o_spans: dict[int, list[tuple[str, float]]], model=None,
          findings_cache: dict | None = None) -> list:
    """Read the comparisons of each linked result of one claim (``results``: the linker's frozen
    LinkResults) and return them with their comparisons and combined direction (new results built with
    :func:`dataclasses.replace`; results without arms or eligibility come back as they were).
    ``o_spans``: pmid → stored O spans; ``findings_cache``: see :func:`read_comparisons`."""
    from dataclasses import replace

    from pipeline.claims.reading import read_article
    from pipeline.nlp import findings as F

    model = model or F.load_model()
    out = []
    for r in results:
        if r.arms is None or r.eligibility is None:
            out.append(r)
            continue
        a = articles[r.pmid]
        reading = readings.of(a) if readings is not None else read_article(a)
        text = reading.text
        arms = read_comparisons(claim, text, r.arms, r.direction, o_spans=o_spans.get(r.pmid, ()),
                                abbreviations=r.abbreviations, model=model, findings_cache=findings_cache,
                                old_sentence=r.direction_sentence)
        new = combine(r.direction, arms)
        reasons = r.reasons
        if new != r.direction:
            reasons = (*reasons, f"direction {r.direction} → {new}: the comparison findings say otherwise")
        versus, why, said = against_comparator(claim, arms, new, r.abbreviations,
                                               (*reading.conclusion, *reading.results))
        if why:
            reasons, new = (*reasons, f"direction {new} → {versus}: {why}"), versus
        # a conclusion read as favourable says nothing for the claim's therapy when the therapy is only what the study's
        # own treatment was compared with (fresh79 C876: two trials of marrow concentrate against knee replacement,
        # counted as supporting the replacement); the comparisons that carried that reading say so too
        if new == "supports" and not reader_answers(arms) and only_as_comparator(claim, arms, r.abbreviations):
            reasons, new = (*reasons, f"direction supports → unclear: {claim.therapy.name} is only the comparator of the "
                                      "study's comparisons; its conclusion's tone is about the other arm"), "unclear"
            arms = _fallbacks_unclear(arms)
        # nor does a conclusion that credits the therapy only in combination with another product, in a trial with an
        # arm of the therapy without it (fresh106 C1026: "the combination of EPO and BMAC leads to an enhanced
        # osteochondral healing", where erythropoietin alone did no better than the scaffold)
        if new == "supports" and not reader_answers(arms):
            from pipeline.claims.eligibility import credits_only_in_combination
            partner = credits_only_in_combination(claim, r.direction_sentence, arms, r.abbreviations)
            if partner:
                reasons, new = (*reasons, f"direction supports → unclear: the conclusion credits {claim.therapy.name} only "
                                          f"with {partner}, and an arm got it without"), "unclear"
                arms = _fallbacks_unclear(arms)
        if new != r.direction:
            # the sentence shown beside the direction is the one it was read from
            out.append(replace(r, arms=arms, direction=new, reasons=reasons,
                               direction_sentence=said or r.direction_sentence))
        else:
            out.append(replace(r, arms=arms))
    return out


def article_direction(claim, article, old_direction: str, *, o_spans=None, model=None) -> tuple[str, StudyArms]:
    """(combined direction, arms with their comparisons read) for one article outside a link run (the
    evaluation's path): the arms read from the article, the O spans tagged now when not given."""
    from pipeline.claims.reading import read_article
    from pipeline.nlp.arms import read_arms

    reading = read_article(article)
    if o_spans is None:
        from pipeline.nlp.pico import pico_spans
        o_spans = [(s.text, s.score) for s in pico_spans(reading.text) if s.element == "O"]
    arms = read_comparisons(claim, reading.text, read_arms(reading), old_direction, o_spans=o_spans,
                            abbreviations=reading.abbreviations, model=model)
    return against_comparator(claim, arms, combine(old_direction, arms), reading.abbreviations,
                              (*reading.conclusion, *reading.results))[0], arms


def stored_o_spans(con, pmids: list[int] | None = None) -> dict[int, list[tuple[str, float]]]:
    """pmid → the current extraction's O spans (text, score) in text order, of every article or those of
    ``pmids``; empty before migration 013."""
    where, params = ("AND pmid IN (SELECT unnest(?)) ", [list(pmids)]) if pmids is not None else ("", [])
    try:
        rows = con.execute("SELECT pmid, text, score FROM article_pico WHERE element = 'O' " + where +
                           "ORDER BY pmid, start_char", params).fetchall()
    except duckdb.CatalogException:  # a database from before the P/I/O spans (migration 013)
        return {}
    out: dict[int, list[tuple[str, float]]] = {}
    for pmid, t, s in rows:
        out.setdefault(pmid, []).append((re.sub(r"\s+", " ", t).strip(), float(s)))
    return out
