"""Everything the NLP stage reads out of one article: the `article_evidence` fields plus entities.

Rules (``design``, ``population``, ``sample_size``) and the trained flag classifier
(``design_model``) vote; PublicationType/MeSH, when present and allowed, have the last word on what
they state explicitly (an indexer's "Meta-Analysis" beats our guess).
"""

from __future__ import annotations

import re

from dataclasses import asdict, dataclass, field, replace

from pipeline.models import Article
from pipeline.nlp.design import (PROTOCOL_TITLE, Design, DesignKind, allocated_to_treatment, classify_design,
                                  pools_participants, reports_its_results, says_not_randomised, stated_design)
from pipeline.nlp.entities import Entity, entities_from_doc
from pipeline.nlp.population import (HUMAN_MESH, RODENT_MESH_DECISIVE, Population, animals_in_title, extract_population,
                                     laboratory_specimens, names_a_reagent)
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.sample_size import extract_sample_size
from pipeline.nlp.sentences import split_at_stops
from pipeline.nlp.vocabulary import versioned

# .2: review protocols, scoping reviews, notices are not SRs; .3: rodent needs a named rodent or in-vivo work;
# .4: NER entities propagated across the document; .5: P/I/O spans (the stage adds the tagger's hash:
# extract.current_version). The key also carries the word lists' and the design and NER models' digests
# (vocabulary.versioned), so a changed list or model re-extracts. .6: each article's abbreviations are
# stored with its extraction (article_abbreviations), so an extraction made before holds none.
# .7: the P/I/O tagger's Intervention spans post-processed (pico.inside_flags; threshold 0.35).
# .8: participants randomised to treatments outweigh a design classifier in doubt (ALLOCATION_DOUBT).
# .12.15: a randomised study whose title names animals as the subjects is an animal study (population.animals_in_title).
# .12.16: a trial the classifier also reads as a protocol is the trial when it reports its own results (design.reports_its_results).
# .12.19: a study of specimens (cadavers, tissue worked on outside the body) is laboratory work (_laboratory).
# .12.24: any study the classifier reads as a protocol is the study when it reports its own results and its title names
# no protocol, not only a trial.
# .12.26: an abbreviation's long form is the words whose initials spell it when the detector kept only their end
# ("targeted testing and treatment (TTT)", not "treatment"; abbreviations.whole_long_form).
# .12.27: an abstract calling its own study non-randomised, with no randomisation stated, is no randomised trial
# (design_cues.yaml not_randomised; design.says_not_randomised), whatever the classifier and the rules read; read
# after the classifier, so the rules' tokens it was trained on are unchanged.
# .12.28: so is an abstract stating its own design in the labelled form ("STUDY DESIGN: Cohort study; Level of
# evidence, 3."), with no randomisation stated (design_cues.yaml stated_design_*; design.stated_design).
# .12.29: the sample-size reader's enrolment words take "randomly treated", "randomly received", "randomly given" ("in
# forty patients ... who had been randomly treated with either": fresh31 C348's trial). The design rules' own
# randomisation words stay as they were: they are the shipped design classifier's features.
# .12.30: a short form ending in a gas's subscript is read with its long form ("Hyperbaric oxygen (HBO2)"; fresh C87's
# case series wrote its therapy only as "HBO2" after defining it; abbreviations.with_subscripts).
# .12.31: an abstract saying "we performed a review of 41 adults diagnosed and treated for ..." or "we review patients
# treated at ..." reviewed its own patients' charts, not the literature (design_cues.yaml chart_review,
# design.describes_a_review; fresh51 C590's cohort, after it was scored).
# .12.32 (session 39): a species named as a reagent's source ("Mouse monoclonal Anti-CCR7 antibody", "goat anti-rabbit
# IgG", "bovine serum albumin") is not among the study's species (study_systems.yaml reagent_*;
# population.without_reagents): 29207829, FFPE blocks of human ameloblastoma, stored as a mouse and rabbit study.
# .12.33: ... but the design classifier's rule tokens read the population as it was trained on it, reagents' species
# counted (design_model.text_rules; population.extract_population reagent_species), so its recorded command still
# rebuilds the shipped model; the stage reads the population again without them where the text names a reagent.
# .12.34 (session 39): a study the classifier calls a protocol that reports its own results stays one only when its
# title calls the study itself a protocol (design_cues.yaml protocol_title), not when it names a treatment's or a
# laboratory's protocol ("in a gonadotropin-releasing hormone antagonist protocol": fresh45 C507's study).
# .12.35 (session 56): a pooled analysis of earlier studies' participants, counted, with its own results, that the
# classifier does not read as a meta-analysis is a cohort of those patients, not a review without a systematic method
# (design_cues.yaml pooled_participants, design.pools_participants; fresh153 C1310's pooled analysis of two trials'
# complete and near-complete responders, after the set was scored).
# .12.36 (session 57): a study that calls itself a case-control study is one, not the case report a single-case cue
# read ("This case-control study used data from 2216 ... procedures"; design_cues.yaml stated_design_case_control,
# fresh148 C1277's multicentre study of lung biopsies, after the set was scored).
# .12.37 (session 58): the single-case cue "we report / present / describe a ... patient" ends at a word end, so "ten
# patients", "the neurologic manifestations", "successfully managed" no longer read as one case; a count of patients
# described ("We describe two patients", "the features of ten patients", "the first 20 patients") is a case series
# unless the abstract states another design of itself (design_cues.yaml case_report, case_series;
# design.classify_design). The design classifier retrained on the rules' tokens as they now read (its manifest's
# figures had been measured on older rules: they now equal `evidence eval design`'s).
# .12.38 (session 59): the single-case cue "this case" stops before "-control" / " control" (design_cues.yaml
# case_report), so the rules themselves read "This case-control study" as case-control; .36's mend after the
# classifier (a case report turned case-control where the abstract states that design) is gone. The design
# classifier retrained on the rules' tokens as they now read.
EXTRACTOR_RELEASE = "2026.12.38"
EXTRACTOR_VERSION = versioned(EXTRACTOR_RELEASE, models=("design_clf.manifest.json", "ner/manifest.json"))

# How far below its randomised-trial threshold the classifier may be and still be overruled by the rules'
# statement that participants were randomised to treatments: half the threshold (0.3 → 0.15). On the dev sets
# no vetoed record states such an allocation; PMID 16644224 (0.224) does, 33913035 (patients of two trials read
# in a cross-sectional study) is kept out by design_cues.yaml not_the_trial.
ALLOCATION_DOUBT = 0.15


def _stated(kind: DesignKind) -> Design:
    """The design an abstract states of itself (:func:`~pipeline.nlp.design.stated_design`) in place of a trial."""
    return Design(kind, 0.7, f"the abstract states its design: {kind.value.replace('_', ' ')}, nobody said to be "
                             "randomised")


@dataclass
class ArticleEvidence:
    pmid: int
    design: str
    is_rct: bool
    is_systematic_review: bool
    is_meta_analysis: bool
    is_protocol: bool
    is_human: bool
    is_animal: bool
    is_rodent: bool
    is_in_vitro: bool
    is_child: bool | None
    species: list[str]
    sample_size: int | None
    sample_size_sentence: str | None
    design_confidence: float
    design_reason: str
    entities: list[Entity] = field(default_factory=list)
    used_metadata: bool = True
    pico: tuple = ()  # PicoSpan (pipeline.nlp.pico) of the abstract; empty without one or when not asked

    def to_dict(self) -> dict:
        d = asdict(self)
        d["entities"] = [e.to_dict() for e in self.entities]
        d["pico"] = [s.to_dict() for s in self.pico]
        return d


# Not a systematic review, however review-like the words: a review's protocol (a protocol, reports
# no results), a scoping review or evidence map (PRISMA-ScR: a different design), a correction notice.
_REVIEW_PROTOCOL = compile_guarded(r"\b(?:systematic review|meta-analysis|scoping review) protocol\b|"
                              r"\bprotocol (?:for|of) (?:a|an) (?:systematic|scoping|umbrella)", re.I)
_SCOPING = compile_guarded(r"\bscoping (?:review|study)\b|\bevidence (?:gap )?map", re.I)
_SYSTEMATIC_REVIEW = compile_guarded(r"\bsystematic(?:ally)? (?:literature )?review(?:ed)?\b", re.I)
_NOTICE = compile_guarded(r"^\s*(?:correction|erratum|corrigendum|retraction)\b", re.I)
_IN_VIVO = compile_guarded(r"\b(?:murine|rodents?|in vivo|xenograft\w*|animal (?:model|experiment|stud)\w*|"
                      r"knock-?out|transgenic|nude)\b", re.I)
_THIS_REVIEW = compile_guarded(r"\b(?:in|this|the present|our) (?:mini-?|narrative |short |brief )?review\b|\bwe review\b|"
                          r"\bhere,? we (?:review|summari[sz]e)\b", re.I)


def _not_a_systematic_review(title: str, abstract: str) -> str | None:
    """Why a text the classifier reads as a systematic review is not one, or None."""
    if _NOTICE.search(title):
        return "correction or retraction notice"
    if _REVIEW_PROTOCOL.search(title):
        return "protocol of a review"
    text = f"{title} {abstract}"
    if _SCOPING.search(text) and not _SYSTEMATIC_REVIEW.search(_SCOPING.sub(" ", text)):
        return "scoping review / evidence map"
    return None


def _apply_model(design: Design, pop: Population, probs: dict[str, float] | None,
                 article: Article | None = None) -> tuple[Design, Population]:
    if not probs:
        return design, pop
    from pipeline.nlp.design_model import THRESHOLDS as T

    def on(flag: str) -> bool | None:
        return None if flag not in probs else probs[flag] >= T[flag]

    human = on("human")
    rodent = on("rodent")
    if human is not None:
        # the classifier alone decides: adding rule cues lowered out-of-fold F1 (0.878 → 0.861)
        pop = replace(pop, is_human=human)
    if rodent is not None:
        from pipeline.nlp.population import RODENTS

        named = [s for s in pop.species if s != "human"]
        # the classifier knows "animal model" wording, the text knows the species: a study that names
        # only non-rodent animals is not a rodent study, nor one that names no animal at all and no
        # in-vivo work (cell-line studies)
        is_rodent = rodent and (any(s in RODENTS for s in named) or (not named and (
            article is None or bool(_IN_VIVO.search(f"{article.title} {article.abstract}")))))
        pop = replace(pop, is_rodent=is_rodent, is_animal=pop.is_animal or is_rodent)
    if pop.is_human and on("child") is not None:
        pop = replace(pop, is_child=on("child") or (pop.is_child and probs["child"] >= T["child"] - 0.15))
    if not pop.is_human:
        pop = replace(pop, is_child=None)
    ma, sr, proto, rct = on("meta_analysis"), on("systematic_review"), on("protocol"), on("randomized_trial")
    conf = lambda f: round(float(probs.get(f, 0.0)), 3)  # noqa: E731
    why_not = _not_a_systematic_review(article.title, article.abstract) if article and (ma or sr) else None
    if why_not == "protocol of a review":
        return Design(DesignKind.PROTOCOL, conf("systematic_review"), f"rules: {why_not}"), pop
    if why_not:
        kind = DesignKind.OTHER if why_not.startswith("correction") else DesignKind.NARRATIVE_REVIEW
        return Design(kind, 0.6, f"rules: {why_not}"), pop
    if ma:
        return Design(DesignKind.META_ANALYSIS, conf("meta_analysis"), "classifier: meta-analysis" + (f"; rules: {design.reason}" if design.design == "meta_analysis" else ""), systematic=bool(sr) or design.is_systematic_review), pop
    if sr:
        return Design(DesignKind.SYSTEMATIC_REVIEW, conf("systematic_review"), "classifier: systematic review"), pop
    # a randomised trial and its protocol share their words (the arms, the planned outcomes, "pilot"): when
    # the classifier reads both, an abstract that reports how its own trial came out is the trial
    # (26255087: "Pregnancy outcomes were not significantly different between the two groups", read as a
    # protocol, its trial excluded as reporting nothing)
    # (and, session 20, any study whose title names no protocol: 25345997, a case series of deep brain stimulation
    # whose "stimulation protocol evolved", read as a protocol although it reports "mean improvements ... 32.5% and
    # 31.5% (P<0.001)". The classifier's protocol label, learnt from MeSH-like labels, also covers studies of a
    # treatment protocol named in their titles, which keep it)
    if proto and not (article is not None and reports_its_results(article)
                      and (rct or not PROTOCOL_TITLE.search(article.title or ""))):
        return Design(DesignKind.PROTOCOL, conf("protocol"), "classifier: study protocol"), pop
    animals = animals_in_title(article.title) if article is not None and (rct or design.design == "rct") else None
    if animals:
        return Design(DesignKind.ANIMAL_STUDY, 0.8, f"the title names animals as the subjects ({animals!r}); "
                      "randomised animals are not a human RCT"), pop
    if (rct or design.design == "rct") and article is not None and says_not_randomised(article):
        # the classifier learnt trial wording, and "non-randomised" is trial wording (the rules read it as a
        # randomisation cue too); the abstract's own word that nobody was randomised is the fact (three
        # comparisons in the corpus read as trials)
        rct = False
        if design.design == "rct":
            design = Design(DesignKind.NON_RANDOMIZED_TRIAL, 0.6, "the abstract calls its study non-randomised")
    if (rct or design.design == "rct") and article is not None and (stated := stated_design(article)) is not None:
        # so is the design the abstract states of itself ("STUDY DESIGN: Cohort study; Level of evidence, 3."), with
        # nobody said to be randomised: a retrospective cohort of MSCs with and without fibrin glue read as a trial
        rct = False
        design = _stated(stated)
    if rct and not (pop.is_animal and not pop.is_human):
        return Design(DesignKind.RCT, conf("randomized_trial"), "classifier: randomised trial in humans"), pop
    if design.design in ("meta_analysis", "systematic_review", "protocol", "rct"):
        # the rules saw a cue the classifier does not trust: fall back to the next reading — except a
        # statement that this study's participants were randomised to treatments ("were randomised to have
        # either ACI-P or ACI-C"), which outweighs a classifier in doubt (within ALLOCATION_DOUBT of its
        # threshold) but not one sure that the text is no trial
        if design.design == "rct" and pop.is_human and article is not None and \
                probs.get("randomized_trial", 0.0) >= T["randomized_trial"] - ALLOCATION_DOUBT and allocated_to_treatment(article):
            return Design(DesignKind.RCT, conf("randomized_trial"),
                          "participants randomised to treatments (the classifier in doubt)"), pop
        if design.design == "rct" and pop.is_human:
            return Design(DesignKind.NON_RANDOMIZED_TRIAL, 0.4, "randomisation wording, but not a randomised trial by the classifier"), pop
        # (unless the pooling the rules saw is of earlier studies' participants, counted, with results of its own: a
        # cohort of those patients, which starts no higher than any other, fresh153 C1310)
        if design.design == "meta_analysis" and article is not None and pools_participants(article):
            return Design(DesignKind.COHORT, 0.4, "a pooled analysis of earlier studies' participants, counted, with its "
                          "own results: a cohort, not a review"), pop
        if design.design in ("meta_analysis", "systematic_review"):
            return Design(DesignKind.NARRATIVE_REVIEW, 0.4, "review without a systematic method"), pop
        return Design(DesignKind.OTHER, 0.3, design.reason + " (classifier disagrees)"), pop
    if pop.is_animal and not pop.is_human and design.design != "animal_study":
        return Design(DesignKind.ANIMAL_STUDY, 0.7, "animal subjects"), pop
    return design, pop


def _primary_study_only(article: Article, design: Design, pop: Population) -> Population:
    """A rodent study is a primary study in rats or mice: a review that cites mouse work, or a notice
    correcting a rat study, is not one (and a notice studies no one)."""
    if _NOTICE.search(article.title) and len(article.abstract) < 400:
        pop = replace(pop, is_rodent=False, is_human=False, is_child=None)
    elif pop.is_rodent and (design.design in ("systematic_review", "meta_analysis", "narrative_review")
                            or _THIS_REVIEW.search(article.abstract)):
        pop = replace(pop, is_rodent=False)
    return pop


# what a study of specimens can still be: a review or protocol about them is that
_NOT_PRIMARY = frozenset({DesignKind.META_ANALYSIS, DesignKind.SYSTEMATIC_REVIEW, DesignKind.NARRATIVE_REVIEW,
                          DesignKind.PROTOCOL, DesignKind.GUIDELINE})


def _laboratory(article: Article, design: Design, pop: Population) -> tuple[Design, Population]:
    """A study of specimens - cadavers, or tissue worked on outside the body (population.laboratory_specimens) -
    is laboratory work whatever the classifier and the MeSH tag Humans say (cadaver studies are indexed
    Humans; their "patients" are donors): nobody was treated, so it is no human evidence for a clinical
    claim. Read last, after the classifier and the metadata, which would otherwise make it a human study (and not
    inside the population rules, whose readings are the design classifier's features: the shipped model stays the
    one its rebuild command makes)."""
    if pop.is_animal or design.design in _NOT_PRIMARY or not laboratory_specimens(article):
        return design, pop
    return (Design(DesignKind.IN_VITRO, 0.75, "specimens (cadavers or tissue outside the body), not people treated"),
            replace(pop, is_human=False, is_in_vitro=True, is_child=None))


def _apply_metadata(article: Article, design: Design, pop: Population) -> tuple[Design, Population]:
    pts = {p.lower() for p in article.publication_types}
    mesh = {m.descriptor.lower() for m in article.mesh}
    if HUMAN_MESH & mesh:
        pop = replace(pop, is_human=True)
    if RODENT_MESH_DECISIVE & mesh:
        pop = replace(pop, is_rodent=True, is_animal=True)
    if "meta-analysis" in pts:
        return Design(DesignKind.META_ANALYSIS, 0.99, "PublicationType Meta-Analysis", systematic=design.is_systematic_review or "systematic review" in pts), pop
    if "systematic review" in pts:
        return Design(DesignKind.SYSTEMATIC_REVIEW, 0.99, "PublicationType Systematic Review"), pop
    if "clinical trial protocol" in pts:
        return Design(DesignKind.PROTOCOL, 0.99, "PublicationType Clinical Trial Protocol"), pop
    if "randomized controlled trial" in pts and pop.is_human:
        return Design(DesignKind.RCT, 0.99, "PublicationType Randomized Controlled Trial"), pop
    if "case reports" in pts and design.design not in ("rct", "meta_analysis", "systematic_review"):
        return Design(DesignKind.CASE_REPORT, 0.95, "PublicationType Case Reports"), pop
    if {"practice guideline", "guideline"} & pts:
        return Design(DesignKind.GUIDELINE, 0.95, "PublicationType Guideline"), pop
    return design, pop


def _rules(article: Article, use_metadata: bool, text_rules: tuple | None) -> tuple[Population, Design]:
    """The rule extractors' (population, design), from the text-only reading the classifier already
    made (``text_rules``, :func:`design_model.text_rules`) where the metadata cannot change it: the
    population reads MeSH only, the design PublicationType and the population, so an article without
    MeSH keeps its population and one without PublicationType whose population is unchanged keeps its
    design — the same values the extractors return, without running them a second time."""
    if text_rules is None:
        pop = extract_population(article, use_metadata=use_metadata)
        return pop, classify_design(article, pop, use_metadata=use_metadata)
    pop0, design0 = text_rules
    # (the classifier's text-only reading counts a reagent's source species among the species, as it was trained; the
    # stage's does not, so it is read again where the text names a reagent's source)
    pop = extract_population(article, use_metadata=True) if use_metadata and article.mesh else \
        extract_population(article, use_metadata=False) if names_a_reagent(article) else pop0
    if pop == pop0 and not (use_metadata and article.publication_types):
        return pop0, design0
    return pop, classify_design(article, pop, use_metadata=use_metadata)


def extract_evidence(article: Article, doc=None, *, use_metadata: bool = True,
                     probs: dict[str, float] | None = None, text_rules: tuple | None = None) -> ArticleEvidence:
    """Read one article. ``doc`` is its spaCy Doc (title + abstract); ``probs`` the classifier's output;
    ``text_rules`` the rules' text-only reading (:func:`design_model.text_rules`) when already made."""
    pop, design = _rules(article, use_metadata, text_rules)
    design, pop = _apply_model(design, pop, probs, article)
    if design.design == "rct" and says_not_randomised(article):
        # without the classifier (no probabilities), the rules' "randomised" after "non-" is denied here too
        design = Design(DesignKind.NON_RANDOMIZED_TRIAL, 0.6, "the abstract calls its study non-randomised")
    if design.design == "rct" and (stated := stated_design(article)) is not None:
        design = _stated(stated)
    if use_metadata:
        design, pop = _apply_metadata(article, design, pop)
    pop = _primary_study_only(article, design, pop)
    design, pop = _laboratory(article, design, pop)
    if doc is not None:
        sents = [s.text for s in doc.sents]
        entities = entities_from_doc(doc)
    else:
        sents = split_at_stops(f"{article.title} {article.abstract}")
        entities = []
    ss = extract_sample_size(sents)
    if pop.is_human and "human" not in pop.species:
        pop = replace(pop, species=["human", *pop.species])
    return ArticleEvidence(
        pmid=article.pmid, design=str(design.design), is_rct=design.is_rct and pop.is_human,
        is_systematic_review=design.is_systematic_review, is_meta_analysis=design.is_meta_analysis,
        is_protocol=design.is_protocol, is_human=pop.is_human, is_animal=pop.is_animal, is_rodent=pop.is_rodent,
        is_in_vitro=pop.is_in_vitro, is_child=pop.is_child, species=pop.species, sample_size=ss.value,
        sample_size_sentence=ss.sentence, design_confidence=design.confidence, design_reason=design.reason,
        entities=entities, used_metadata=use_metadata,
    )


def doc_text(article: Article) -> str:
    """The text the NLP pipeline reads: title, then abstract (entity offsets refer to this string)."""
    return f"{article.title}\n{article.abstract}" if article.abstract else article.title


def extract_batch(articles: list[Article], *, use_metadata: bool = True, nlp=None, n_process: int = 1,
                  batch_size: int = 16, pico: bool = True) -> list[ArticleEvidence]:
    """Run the pipeline over many articles at once (``nlp.pipe`` + one classifier call); with ``pico``
    the P/I/O tagger reads each abstract's Doc too (raises ModelError when its model is unusable).
    ``batch_size`` is spaCy's: the NER model's transition loop steps a batch's docs together, so a
    small batch wastes fewer steps on docs already finished (16 took ~20% less CPU than 64 on the
    bundled corpus; the entities are the same at any size, the model reads each doc alone)."""
    from pipeline.nlp.design_model import load_model, text_rules
    from pipeline.nlp.pipeline import build_nlp, one_blas_thread

    if not articles:
        return []
    nlp = nlp or build_nlp()
    model = load_model()
    # the rules read each text once: the classifier sees their cues, the article's reading starts from them
    rules = [text_rules(a) for a in articles]
    probs_by_flag = model.predict_proba(articles, rules) if model else {}
    tagger = None
    if pico:
        from pipeline.nlp.pico import load_tagger

        tagger = load_tagger()
    docs = nlp.pipe((doc_text(a) for a in articles), batch_size=batch_size, n_process=n_process)
    out = []
    with one_blas_thread():  # the NER's products run as the docs are drawn (see pipeline.use_system_blas)
        for i, (a, doc) in enumerate(zip(articles, docs)):
            probs = {f: float(v[i]) for f, v in probs_by_flag.items()} if probs_by_flag else None
            ev = extract_evidence(a, doc, use_metadata=use_metadata, probs=probs, text_rules=rules[i])
            if tagger is not None and a.abstract:  # a title alone names no participants or outcomes worth storing
                ev.pico = tagger.spans_of_doc(doc)
            out.append(ev)
    return out
