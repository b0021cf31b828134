"""Is an article's finding about the claim? The check between "the abstract mentions the therapy and
the condition" (linking) and "which way does its finding point" (direction).

A linked article can name platelet-rich plasma and knee osteoarthritis and still report a finding
about something else: PRP used only as the carrier of fat-pad stem cells, a scaffold soaked in PRP, a
homing peptide where the claim is about CXCR4. Two annotators labelled 113 linked pairs of the
offline corpus (`data/eval/claim_directions.csv`); 61 of them were "no finding about the claim" that
the direction reader, reading the conclusion alone, called "supports". The check asks the finding
sentences (the conclusion's findings, else the results') to name the therapy — or, when the title
names it, to refer back to it ("this therapy", "these cells") — and the finding or the title to name
the condition, and for a comparison claim the compared groups. A finding whose subject is another
agent acting on the therapy ("Tropoelastin improves adhesion of fat-pad MSCs") is about that agent,
and so is a comparison with the therapy on both sides ("MSCs with allogenic cartilage are superior
to MSCs alone").
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.claims.mentions import find_mentions, first_mention_at, groups_named, name_symbol, names_concept, negated_only
from pipeline.claims.models import Claim, Concept
from pipeline.claims.not_about import NotAboutKind
from pipeline.nlp.arms import cue
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import alternation, sentence_comparing, word_set

# "this treatment", "these cells", "the codelivery system", "this regimen", "the ELFE regimen": a finding
# referring back to the intervention the title names
_BACK_REFERENCE = compile_guarded(
    r"\b(?:this|these|the|such|our)\s+(?:[\w-]+\s+){0,3}(?:therap\w*|treatments?|techniques?|approach\w*|"
    r"procedures?|system|methods?|strateg\w*|cells?|constructs?|implants?|implantation|injections?|products?|"
    r"interventions?|modalit\w*|technolog\w*|regimens?|protocols?|programm?e?s?|drugs?|agents?|compounds?|"
    r"medications?)\b", re.I)


# An agent acting on the therapy: "Tropoelastin improves adhesion of fat-pad MSCs", "PRP did not
# improve BM-MSC chondrogenesis". Finite verbs only ("increasing evidence" is not an action).
_ACTION = compile_guarded(r"\b(?:improv|enhanc|induc|promot|augment|stimulat|increas|boost|potentiat|accelerat|facilitat|"
                     r"regulat|modulat|activat|inhibit|suppress)(?:es|ed|e|s)?\b", re.I)
# between the verb and the therapy, these make the therapy the cause ("improved after PRP"), not the object
# (and where the name stands in a circumstance of the action, not as its object: "failed to increase relative viscosity
# within the range of hematocrit usually found"; fresh93 C951)
_CAUSE_LINK = compile_guarded(r"\b(?:after|following|with|by|in|using|via|through|when|from|within|across|throughout|"
                              r"during|over|under)\b", re.I)


_ADJECTIVAL = compile_guarded(r"\b(?:with|of|using|and|or|the|a|an|by|from|to|in|on|for|"
                         + sentence_comparing("aboutness_before_participle") + r")\s+$", re.I)


def _acted_on(concept: Concept, sentence: str, abbreviations: dict[str, str] | None) -> bool | None:
    """True when ``sentence``'s first action verb has something else as its subject and ``concept``
    as (part of) its object; False when ``concept`` is named before that verb (it is the actor);
    None when the sentence says neither."""
    # a participle after a preposition or article qualifies a noun ("a scaffold with activated
    # BMAC"), it is not an agent's action; the first verb that is not one decides
    # a verb inside the therapy's own name is no action on it: "matrix-induced autologous chondrocyte
    # implantation" names MACI, it does not say a matrix acts on chondrocyte implantation
    own = [(x.start, x.end) for x in find_mentions(concept, sentence, abbreviations)]
    m = next((x for x in _ACTION.finditer(sentence)
              if not (x.group(0).lower().endswith("ed") and _ADJECTIVAL.search(sentence[:x.start()]))
              and not any(a <= x.start() < b for a, b in own)), None)
    if not m:
        return None
    before = sentence[:m.start()]
    if names_concept(concept, before, abbreviations):
        return False
    at = first_mention_at(concept, sentence[m.end():m.end() + 80], abbreviations)
    if at is None or _CAUSE_LINK.search(sentence[m.end():m.end() + at]):
        return None
    # "X induces ... AMPK-mediated oncogenesis": the name marked as an agent is not what the verb acts on
    if any(x.start >= m.end() and _AGENT_AFTER().match(sentence, x.end)
           for x in find_mentions(concept, sentence[:m.end() + 80], abbreviations)):
        return None
    return bool(before.strip()) and len(before.split()) <= 12


def said_acted_on(concept: Concept, sentences, abbreviations: dict[str, str] | None) -> bool:
    """Whether any of ``sentences`` has something else act on ``concept`` (:func:`_acted_on`): "TE could significantly
    enhance IPFP-MSCs adhesion" says the study is about what acts on the cells."""
    return any(_acted_on(concept, s, abbreviations) for s in sentences)


@lru_cache(maxsize=1)
def _AGENT_AFTER() -> re.Pattern:
    """A hyphened participle right after a name that makes it an agent: "-mediated", "-induced" (arms.yaml agent_suffix)."""
    return compile_guarded(r"-(?:" + alternation("arms", "agent_suffix") + r")\b", re.I)


# "MSCs with allogenic cartilage are superior to MSCs alone": the therapy on both sides of a
# comparison is in every compared arm, so the comparison is about what was added to it
_VERSUS = compile_guarded(r"\b(?:" + sentence_comparing("aboutness_both_sides") + r")\b", re.I)


# where one side of a comparison ends: a sentence or clause break. Abstracts often run two sentences
# together without a space ("… 10 of 18 after MF.At 4.2 years … superiority of OAT over MF"), so a full
# stop before a capital letter ends the side too; a comma only where a new clause starts (", and the
# mean …", ", whereas …", or what the authors read into it: "... compared to rproFgCatL1-immunized group, indicating
# that rmatFgCatL1-vaccinated mice had reduced liver parenchyma damage", fresh156 C1330), not inside a list of arms
# ("the SOC, Drill + BMC, and BMC groups").
_SIDE_END = compile_guarded(r";|\.(?=\s|[A-Z]|$)|,\s*(?:but|whereas|while|whilst|although|though|which|however)\b|"
                       r",\s*(?:indicating|suggesting|implying|showing|demonstrating|confirming)\s+that\b|"
                       r",\s*and\s+(?:the|a|an|in|at|after|there|it|this|these|those|we|all|no)\b")
# "larger than 3 cm2": a size or age compared with a number, not two arms
_NUMERIC_THAN = compile_guarded(r"(?:larger|smaller|greater|less|more|bigger|older|younger|longer|shorter)\s+than\s*$", re.I)


def _in_every_arm(concept: Concept, sentence: str, abbreviations: dict[str, str] | None) -> bool:
    """Whether ``sentence`` names ``concept`` on both sides of a comparison word, each side read
    within its own clause ("MSCs with cartilage are superior to MSCs alone")."""
    sentence = html.unescape(sentence)  # "p &lt; 0.02": an entity's semicolon ends no clause
    for m in _VERSUS.finditer(sentence):
        if _NUMERIC_THAN.search(sentence[:m.end()]) and re.match(r"\s*[\d.]", sentence[m.end():]):
            continue
        before = _SIDE_END.split(sentence[:m.start()])[-1]
        after = _SIDE_END.split(sentence[m.end():])[0]
        # ("BMC treatment versus no BMC treatment": the side without it is the control)
        return names_concept(concept, before, abbreviations) and names_concept(concept, after, abbreviations) and \
            not negated_only(concept, before, abbreviations) and not negated_only(concept, after, abbreviations) and \
            all(names_concept(concept, arm, abbreviations) for arm in _listed_arms(before) + _listed_arms(after, after=True))
    return False


# "in comparison to leptin alone and miltefosine alone treated groups": one side of a comparison listing
# several arms, each given alone (data/lexicons/arms.yaml cointervention_alone_after)
_ARM_LIST_SPLIT = compile_guarded(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.I)


def _listed_arms(side: str, after: bool = False) -> list[str]:
    """The arms one side of a comparison lists when it names two or more, each marked as given alone ("leptin alone and
    miltefosine alone") or, on the side ``after`` the comparison word, listed with commas or with a control among them;
    [] when the side is one arm. The therapy is in every compared arm only when each listed arm names it: a list that
    also has the co-therapy alone isolates the therapy added to it."""
    parts = [x for x in _ARM_LIST_SPLIT.split(side) if x.strip()]
    # (after the comparison word, a list of three or more with commas is a list of arms whatever its words: "better
    # repair than empty defects, osteochondral drilling and fibrin hydrogel with chondrocytes"; two joined by "and" may
    # be one arm's two products, and the side before it is the sentence's subject clause: "At 6 months, in vivo, ...")
    if after and len(parts) >= 3 and "," in side:
        return parts
    # (and a list one of whose items opens with a control's words: "than untreated defects and plain KLD-12 hydrogel")
    if after and len(parts) >= 2 and any(_control_item().match(x) for x in parts):
        return parts
    return parts if len(parts) >= 2 and all(_alone().search(x) for x in parts) else []


@lru_cache(maxsize=1)
def _control_item() -> re.Pattern:
    return compile_guarded(r"\s*(?:the\s+|an?\s+)?(?:" + alternation("arms", "arm_list_control") + r")\b", re.I)


@lru_cache(maxsize=1)
def _alone() -> re.Pattern:
    return compile_guarded(r"\b(?:" + alternation("arms", "cointervention_alone_after") + r")\b", re.I)


# The therapy as the object of a method: "permits spatial delivery of magnetically labeled MSCs",
# "allows for detection of MSCs", "analyzing exosome-associated miRNAs". Such a finding is about the
# method — how the cells are delivered, labelled, tracked or isolated — not what they do.
# ("characterised", not "characteristics": "the biochemical characteristics of African plant extracts" are the extracts'
# own, not a method applied to them)
_METHOD = compile_guarded(r"\b(?:deliver\w*|label\w*|track\w*|detect\w*|imag(?:e|ed|ing)|visuali[sz]\w*|monitor\w*|"
                          r"isolat\w*|analy[sz]\w*|quantif\w*|characteri[sz](?:e[sd]?|ing|ations?)\b|harvest\w*|"
                          r"identif\w*|locali[sz]\w*|purif\w*|sort(?:ed|ing)|count(?:ed|ing))\b", re.I)


def claims_a_test(claim: Claim) -> bool:
    """Whether the claim is about what a test, image or marker tells ("FDG PET detects liver metastases", "the STOP-BANG
    questionnaire detects obstructive sleep apnea"; data/lexicons/arms.yaml test_claim_verbs), or about how well it
    reads ("The MOCART score of cartilage repair is reliable between observers"; measurement_title, fresh92 C941, C942).
    Detecting, imaging and quantifying are then what the therapy does, not a method applied to it."""
    title = claim.title or ""
    return cue("test_claim_verbs").search(title) is not None or cue("measurement_title").search(title) is not None


@lru_cache(maxsize=1024)
def _vehicle_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words after a carrier's participle in a concept's names ("bed", "nets" of "pyriproxyfen-treated bed nets";
    data/lexicons/arms.yaml carrier_participles)."""
    rx = re.compile(r"(?:-|\s)(?:" + alternation("arms", "carrier_participles") + r")\s+(.+)$", re.I)
    return frozenset(w.lower() for n in names if (m := rx.search(n)) for w in re.findall(r"[A-Za-z]{4,}", m.group(1)))


def _own_vehicle(concept: Concept, clause: str) -> bool:
    """Whether ``clause`` (the words before a mention, back to the clause's start) names the vehicle the concept's own
    names give it: "Mosquito nets are an appropriate delivery system for pyriproxyfen" for pyriproxyfen-treated bed
    nets - the delivery is the therapy, not a method applied to it."""
    vehicle = _vehicle_words(concept.all_names)
    return bool(vehicle) and any(w.lower() in vehicle for w in re.findall(r"[A-Za-z]{4,}", clause))


@lru_cache(maxsize=1024)
def _outcome_stems(names: tuple[str, ...]) -> frozenset[str]:
    """The first six letters of each word of the claim's outcome names ("delive" of "systemic gene delivery")."""
    return frozenset(w.lower()[:6] for n in names for w in re.findall(r"[A-Za-z]{5,}", n))


def _method_object(concept: Concept, sentence: str, abbreviations: dict[str, str] | None,
                   outcome: Concept | None = None) -> bool:
    """True when each place ``sentence`` names ``concept`` follows a method word within five words (and the words
    before it in its clause do not name the vehicle the concept's own names give it). A method word that is the
    claim's own outcome (``outcome``'s names: "systemic gene delivery" for a vector) is what the study measures, not
    a method applied to the therapy."""
    at = first_mention_at(concept, sentence, abbreviations)
    if at is None:
        return False
    stems = _outcome_stems(outcome.all_names) if outcome is not None else frozenset()
    pos = 0
    while at is not None:
        window = " ".join(sentence[:pos + at].split()[-6:])
        methods = [m.group(0) for m in _METHOD.finditer(window) if m.group(0).lower()[:6] not in stems]
        if not methods or _own_vehicle(concept, re.split(r"[,;:]", sentence[:pos + at])[-1]):
            return False
        pos += at + 1
        at = first_mention_at(concept, sentence[pos:], abbreviations)
    return True


def _short_names(concept: Concept) -> tuple[str, ...]:
    """The last two words of each of ``concept``'s names of three or more words ("stem cells" of "mesenchymal
    stem cells", "chondrocyte implantation" of "autologous chondrocyte implantation"): how a finding refers
    back to the therapy its title names in full."""
    return tuple(dict.fromkeys(" ".join(n.split()[-2:]) for n in concept.all_names if len(n.split()) >= 3))


def _names_short_form(concept: Concept, text: str, abbreviations: dict[str, str] | None = None) -> bool:
    # (also by the abstract's own short form of it: "6 and 12 months of ATT", ATT defined as "anti tubercular therapy")
    short = _short_names(concept)
    return bool(short) and names_concept(Concept(short[0], short[1:]), text, abbreviations)


# a title's mention that sets the name's first word against another form (mentions._gap_or_other_form)
_FORM_SET_AGAINST = compile_guarded(r"\s(?:" + sentence_comparing("mentions_form_coordination") + r")\s", re.I)


def _refers_back_by_first_word(concept: Concept, title: str, text: str,
                               abbreviations: dict[str, str] | None = None) -> bool:
    """The title names the therapy by its first word set against another form that shares the rest of the
    name ("natural versus hormone replacement therapy cycles" names "natural cycles"), and ``text`` sets that
    word against another form again ("the outcomes are similar between natural and HRT protocols"): the
    finding refers back to the therapy by the word that told the forms apart."""
    for m in find_mentions(concept, title, abbreviations):
        if len(m.text.split()) < 3 or not _FORM_SET_AGAINST.search(m.text):
            continue
        word = re.escape(m.text.split()[0])
        again = r"(?<![\w-])" + word + r"\s+(?:" + sentence_comparing("aboutness_first_word_again") + r")\s+[\w-]"
        if re.search(again, text, re.I):
            return True
    return False


@lru_cache(maxsize=1)
def _outcomes_of() -> re.Pattern:
    return compile_guarded(r"\b(?:" + alternation("arms", "title_outcomes_of").replace(" ", r"\s+") + r")\b", re.I)


def _title_reports_outcomes_of(concept: Concept, title: str, abbreviations: dict[str, str] | None) -> bool:
    """The title says the study reports what followed the therapy: "outcomes after" or "results of" within eight words
    before its first mention, and nothing set against it ("versus"; data/lexicons/arms.yaml title_outcomes_of). The
    study's findings are then the therapy's, as a finding that refers back to it ("this treatment") is."""
    at = first_mention_at(concept, title, abbreviations)
    if at is None or _VERSUS.search(title):
        return False
    frames = list(_outcomes_of().finditer(title[:at]))  # the frame nearest the mention
    return bool(frames) and len(title[frames[-1].end():at].split()) <= 8


@lru_cache(maxsize=1)
def _reveals_after() -> re.Pattern:
    return compile_guarded(r"^\s+(?:" + alternation("arms", "title_reveals_verbs") + r")\b", re.I)


def _title_therapy_reveals(concept: Concept, title: str, abbreviations: dict[str, str] | None) -> bool:
    """The title's subject is the therapy and its verb says what the therapy brought to light ("A large-scale screen
    reveals genes that mediate electrotaxis"; data/lexicons/arms.yaml title_reveals_verbs): the study's findings are
    what the therapy found, as a finding that refers back to it is."""
    return any(_reveals_after().match(title[m.end:]) for m in find_mentions(concept, title, abbreviations))


def _names_product_head(concept: Concept, title: str, text: str, abbreviations: dict[str, str] | None) -> bool:
    """The title names the therapy by a name ending in a made product's head noun ("Processed Chondrocyte Constructs")
    and compares nothing, and ``text`` names the same head noun after a modifier ("Implantation of cell constructs
    promoted regeneration"): the finding refers back to the product (data/lexicons/arms.yaml product_heads)."""
    if _VERSUS.search(title):
        return False
    heads = word_set("arms", "product_heads")
    named = {m.text.split()[-1].lower() for m in find_mentions(concept, title, abbreviations)}
    return any(re.search(r"\b[A-Za-z][\w-]*\s+" + re.escape(h) + r"\b", text, re.I) for h in named & heads)


def _names_symbol(concept: Concept, title: str, text: str, abbreviations: dict[str, str] | None) -> bool:
    """The title names the therapy by a name ending in a gene or protein symbol ("DCC gene", "loss of the DCC gene"),
    and ``text`` names that symbol alone, as a whole token ("DCC aberrations were more frequent in unfavourable
    histology"; not "IL" of "IL-10"): the finding refers back to the therapy by its symbol."""
    symbols = {t for m in find_mentions(concept, title, abbreviations) if (t := name_symbol(m.text))}
    return any(re.search(r"(?<![\w-])" + re.escape(t) + r"(?![\w-])", text) for t in symbols)


@dataclass(frozen=True)
class Aboutness:
    about: bool
    reason: str  # why not, for the reviewer; "" when it is about the claim
    kind: NotAboutKind | None = None  # why not, as a type (pipeline/claims/not_about.py); None when it is about it


def _repeats_what_followed_it(concept: Concept, abstract: str, findings: list[str],
                              abbreviations: dict[str, str] | None) -> bool:
    """A finding opens with the two words that followed the therapy's name elsewhere in the abstract ("STOP-BANG
    score thresholds of >=7 and 8 are highly specific ... Score thresholds of <=2 or 3 are highly sensitive"): it
    refers back to the therapy's own measure by repeating it without the name (fresh54 C623)."""
    if not abstract:
        return False
    stops = word_set("mentions", "name_gap_stops")
    after = {re.sub(r"\s+", " ", abstract[m.end:m.end + 60].lstrip(" -").lower())
             for m in find_mentions(concept, abstract, abbreviations)}
    for sentence in findings:
        words = re.findall(r"[A-Za-z][\w-]*", sentence)[:3]
        if words and words[0].lower() in stops:
            words = words[1:]
        head = " ".join(w.lower() for w in words[:2])
        if len(words) >= 2 and not any(w.lower() in stops for w in words[:2]) and \
                not names_concept(concept, head, abbreviations) and \
                any(re.match(re.escape(head) + r"\b", a) for a in after):
            return True
    return False


def finding_about_claim(claim: Claim, title: str, findings: list[str],
                        abbreviations: dict[str, str] | None = None, abstract: str = "") -> Aboutness:
    """Whether ``findings`` (the sentences that state the article's result) speak to ``claim``; ``abstract`` (the
    whole text, when the caller has it) lets a finding refer back to what it repeats."""
    if not findings:
        return Aboutness(False, "no finding stated", NotAboutKind.NO_FINDING)
    text = " ".join(findings)
    in_title = names_concept(claim.therapy, title, abbreviations)
    t_named = names_concept(claim.therapy, text, abbreviations) or (
        in_title and (bool(_BACK_REFERENCE.search(text)) or _names_short_form(claim.therapy, text, abbreviations)
                      or _refers_back_by_first_word(claim.therapy, title, text, abbreviations)
                      or _title_reports_outcomes_of(claim.therapy, title, abbreviations)
                      or _title_therapy_reveals(claim.therapy, title, abbreviations)
                      or _names_product_head(claim.therapy, title, text, abbreviations)
                      or _names_symbol(claim.therapy, title, text, abbreviations)
                      # (last: it scans the whole abstract for the therapy's name, the others only the title and
                      # the findings)
                      or _repeats_what_followed_it(claim.therapy, abstract, findings, abbreviations)))
    if not t_named:
        return Aboutness(False, f"the finding is not about {claim.therapy.name}", NotAboutKind.THERAPY)
    named = [x for x in findings if names_concept(claim.therapy, x, abbreviations)]
    # (a claim of harm's exposure is measured - detected, analysed, counted - by every study of it: no method applied)
    # (nor is a test's own reading - "the detection of IgG in serum" - for a claim about what the test tells; fresh166
    # C1385)
    if named and not claim.asserts_harm and not claims_a_test(claim) \
            and all(_method_object(claim.therapy, x, abbreviations, claim.condition) for x in named):
        return Aboutness(False, f"the finding is about a method applied to {claim.therapy.name} "
                                f"(delivery, labelling, tracking, isolation), not its effect", NotAboutKind.METHOD)
    # (a comparison claim — MSCs from one source against another — is about exactly such arms)
    comparison = bool(claim.therapy.min_groups or claim.condition.min_groups)
    if not comparison and any(_in_every_arm(claim.therapy, x, abbreviations) for x in findings):
        return Aboutness(False, f"the finding compares arms that all received {claim.therapy.name}", NotAboutKind.EVERY_ARM)
    acts = [_acted_on(claim.therapy, x, abbreviations) for x in (title, *findings)]
    if True in acts and False not in acts[1:]:
        return Aboutness(False, f"the finding is about what acts on {claim.therapy.name}", NotAboutKind.ACTS_ON)
    where = f"{text}\n{title}"
    if not names_concept(claim.condition, where, abbreviations):
        return Aboutness(False, f"the finding is not about {claim.condition.name}", NotAboutKind.CONDITION)
    for concept in (claim.therapy, claim.condition):
        if concept.min_groups and len(groups_named(concept, where, abbreviations)) < concept.min_groups:
            return Aboutness(False, f"the finding compares fewer than {concept.min_groups} of "
                                    f"{' | '.join(g[0] for g in concept.groups)}", NotAboutKind.FEWER_GROUPS)
    return Aboutness(True, "")
