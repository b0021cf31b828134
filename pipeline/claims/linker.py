"""Link claims to articles: the claim's query selects candidates; the text decides relevance.

A query hit is *linked* (relevance ≥ LINK_THRESHOLD) only when the article really is about the
claim's therapy and condition: the therapy is named where a study names what it tested (title,
objective, methods, results, conclusion), not only in background sentences ("microfracture recruits
mesenchymal stem cells …"), and the condition is named too. Every hit is stored, linked or not,
with the reasons behind its score.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field, replace

import duckdb

from pipeline.claims import comparison_findings
from pipeline.claims.back_reference import back_references
from pipeline.claims.catalog import claim_hash
from pipeline.config import condition_named_sentences, link_threshold
from pipeline.claims.direction import equivalence_null, read_claim_direction, result_said_of
from pipeline.claims.direction_rules import EXPOSURE_ESTIMATE
from pipeline.claims.eligibility import Eligibility, assess_eligibility, finding_for_claim
from pipeline.claims.mentions import find_mentions, groups_named
from pipeline.claims.models import Claim, Polarity
from pipeline.claims.not_about import NotAboutKind
from pipeline.claims.reading import BACKGROUND_LABELS, ArticleReading, Readings, read_article  # noqa: F401
from pipeline.faults import crash_point
from pipeline.gc_policy import fewer_full_collections
from pipeline.logs import progress
from pipeline.models import Article
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import alternation, sentence_comparing, versioned
from pipeline.query import compile_query, store_index
from pipeline.nlp.arms import StudyArms, read_arms, with_finding
from pipeline.store import arms as arms_store
from pipeline.store import links
from pipeline.store.abbreviations import current_abbreviations
from pipeline.store.articles import articles_state
from pipeline.store.db import transaction
from pipeline.store.load import iter_articles

log = logging.getLogger(__name__)
# the release (.9: typed eligibility, arms and comparisons on the link row; .10: per-comparison findings
# and the direction combined with them; .11: eligibility rules for body sites, other forms of the therapy,
# titles that compare ways of giving it or state the claim's comparison; .12: condition_direct and
# direction_not_about written as columns, migration 020; .13: session 9's recall rules — a comparison's
# side ends with its clause, a result stated of the therapy, a title setting it against another
# treatment; .14: session 10's case-report rules — a case whose patient got the therapy alone and whose
# outcome is told tests it, one whose patient got other treatments aimed at the condition does not isolate it;
# a name's first word and its head may have modifiers between them, "cell-free collagen matrix"; a clinical
# series of the therapy named in its title; scaffold-free constructs; technique notes and overviews report no
# findings; a title testing another agent on top of the therapy; a title's comparator ends before its
# population and subtitle; .15: the findings reader's model format 4; .16 (two branches of session 11): findings
# format 5, direction words read of the arm after them or against a comparison's object before them, and 0.89
# for a difference; and control arms of animal studies — split-body controls, defects left empty, arms listed
# with labels after them — a product derived from the therapy is not the therapy, an abbreviation defined as
# something else is not that product; a laboratory experiment of the title's therapy against controls; the
# therapy instead of another product on the same surgery; a therapy that "resulted in" the outcome was given, a
# refused one was not; a first-year value is a before-after comparator; a therapy only measured is not tested;
# an empty or untreated arm does not get the therapy; 2026.12.1: a route claim needs the therapy given by its
# route, a finding kept from the tone reader shows that reader's sentence; 2026.12.3: all of these merged;
# 2026.12.4: an equivalence claim is supported by a finding in the therapy's favour, a measured quantity must
# be of the therapy; 2026.12.5: session 12's names and sides — cells transplanted are cells implanted, one
# modifier before a name's head noun, a verb inside the therapy's own name is no action on it, "no X" is X's
# control, a failed earlier procedure is history, a comparing title's closing clause is both arms' setting, a
# therapy only proposed is not tested, a finding is about the participants the methods count with the condition, "this regimen" refers back to the title's;
# 2026.12.6: that participants rule skips a condition named as one of the sites a series mixes ("condyles and
# trochlea"), and a technique "termed …" that "has been developed", with no number, reports no finding;
# 2026.12.7: a name's word in its other form ("aspirate" / "aspiration", mentions.yaml word_forms), a title
# comparing two forms of the therapy gives it to every arm, an effect called scarce is a null finding;
# and (session 13) a prognostic-factor study of patients who all got the therapy does not test it, a
# decision model or expert consensus reports no finding, a cryopreserved or decellularised graft is another form,
# a title asking for the efficacy of another agent "in combination with" the therapy does not isolate it, a
# "gene enhanced" form of the therapy is a modification, a carrier material given only as the vehicle of another
# product is not tested, a case report is not excluded for an abstract of two sentences without numbers;
# 2026.12.8: a claim about injecting a substance is not tested by a scaffold or membrane made with it;
# 2026.12.9 (session 14, readers): baseline comparability and safety measures are set aside before a direction is
# read, and a head-to-head claim reads "inferior to <comparator>" in a clause of a three-arm trial's sentence;
# 2026.12.10 (session 14, precision): a methods sentence listing the study's groups, every one given the therapy,
# does not isolate it (pipeline/nlp/group_lists.py); "transplantation" is a way of giving the therapy; the therapy
# prepared in another product the comparison arm does not get ("suspended in PRP") is not isolated; the therapy
# "alone" as the comparator of an add-on to it ("OCA+BMAC or OCA alone") is given to every arm; bone grafting is a
# procedure (arms.yaml surgery);
# 2026.12.11 (session 14, recall): a clinical series of the therapy its title names, whose aim or methods name the therapy
# with the claim's condition, is about that condition though its finding does not repeat it; 2026.12.12: a quantity
# coordinated with another of the same unit names each ("Six versus 12 Months of …"), a number word is its numeral, a
# finding names the title's therapy by the abstract's short form of its head ("6 and 12 months of ATT"); 2026.12.13
# (after fresh8's end score): a listed group's label may carry its size ("(Group 1, 153 eyes)") and a step after the
# last label ("followed by CXL") is every group's; 2026.12.14 (session 15): a list of groups ends where what they were
# "to receive" begins, "the patients received either X or a placebo" is an allocation, not a co-intervention, and a
# study that never names a head-to-head claim's comparator reports no finding on it; 2026.12.16-17 (session 16): names
# coordinated by "versus", a side measure's null; 2026.12.18 (session 17): a count labelled only by who was enrolled,
# "Women (n = 159)", is the population, not an arm, and a finding that sets the therapy's first word against another
# form again, where the title did so first, refers back to it: "between natural and HRT protocols"; 2026.12.19
# (session 18): a head-to-head claim's comparator with more of an outcome whose polarity is known ("a prolonged
# duration of analgesia compared to ropivacaine") contradicts the claim; 2026.12.20 (session 18, from fresh10): a
# comparator named only as the patients' history, what both groups "had" at baseline, an arm of the co-intervention
# alone, a word of the therapy's own names, a randomised trial's aim, and the aim section's aim sentence as the study's
# own (not background); 2026.12.21 (session 19, from fresh11): an add-on claim's study must give what the therapy is
# added to (the catalog's added_to), the therapy "with and without" another treatment is every arm's, and "pre- versus
# postoperative" is a before-after comparison of a single-arm series; 2026.12.22 (session 19, from fresh12): a short form
# the abstract defines for the therapy names it in compounds and in the singular ("DPPIs" ... "DPPI-MET"), and an
# economic evaluation reports no finding; 2026.12.23 (session 20, from fresh13): a claim naming a hard outcome is tested
# only by studies reporting it, a comparator named only in the background is not compared, "has resulted" is the
# field's record, figures after a comparator are not it; 2026.12.24 (from fresh14): randomised to the therapy or an arm
# without it tests it, a name in the plural names one too; 2026.12.25 (from fresh15): "we introduce this technique";
# 2026.12.26 (session 21, from fresh16): a series compared with the patients' own native cartilage is single-arm, a
# product written into a hyphenated participle ("PRP-immersed") is given, cells named only as where another product
# went are not the therapy, "conversion to arthroplasty" is an outcome, "(25 patients, Group 1)" counts an arm, and a
# heading glued to its sentences ("joint.MethodsClinical data") starts a sentence); 2026.12.27 (session 22, from
# fresh19): a case report that says how the patient did ("resulted in profound relief") is no technique note;
# 2026.12.28 (from fresh20): "combined X with Y" gives Y with the therapy whatever Y is, a harm case's treatment of the
# harm and what an injection contained are no co-interventions, an undefined short form spelling a title's phrase names
# it ("HS", Hwanggeumchal sorghum), and "with and without" beside a title that sets the therapy against another
# treatment is not every arm's; 2026.12.29 (from fresh21): a single-arm series' subgroups that all got the therapy are
# no trial's arms, and the therapy "added" to what a laboratory study did anyway has an arm without it; 2026.12.30 (from
# fresh22): a name joined to another word by a colon ("polylactide:polyglycolic acid") is part of a compound name, and so
# is the long form of its short form ("PLGA"); 2026.12.31 (from fresh23): after a report ("The results demonstrated that
# …") the reported clause's subject produced the result, and for a claim about a material, a title setting it seeded
# with cells against a side without cells compares the pair; 2026.12.32 (from fresh24): a study of the therapy's safety
# alone does not test a claim that it helps; 2026.12.33 (from fresh25/26): a name of two to four words also names its
# head-first form ("reconstruction of the ACL"), a side of a comparison listing arms each given alone ("leptin alone and
# miltefosine alone") is not every arm's, a title of "outcomes after" the therapy or a product's head noun named again
# ("cell constructs") makes the findings the therapy's, a short form the text defines names its prefixed words
# ("rproFgCatL1"), and "characteristics" is no method word; 2026.12.34 (from fresh27): a study of its patients' genotypes,
# all given the therapy, does not test it, and an abstract reporting what it found in words ("We also demonstrated
# that ...") reports data; 2026.12.35: a product named only as what fixed another implant ("fixed only with fibrin
# glue") is not tested; 2026.12.36 (session 25, from the unlinked pairs of earlier sets both reviewers counted): a
# series' or a case's own use of the therapy and what followed ("was carried out in 7 cases", "was used to treat",
# "treated successfully by", "attained full recovery after", "improved the clinical picture") and an aim to report its
# results name the tested intervention (the cues now data/lexicons/linker_cues.yaml); 2026.12.37 (session 26, likewise):
# people undergoing the therapy ("patients undergoing", "operated on using") and a result said of it ("as effective as",
# "satisfied with", "successfully controlled by", "can be an alternative"); 2026.12.38: a rate or a significant
# difference said of it ("failure rates after", "had significantly lower rates"); 2026.12.39: "success rates were",
# 2026.12.40 (from fresh30's C337): a procedure named right after the condition as what it arose from ("air embolism
# complicating pleural lavage") is no co-treatment; 2026.12.41 (from fresh31, after it was scored): a participle before
# its noun ("can lead to ... increased morbidity") is no sign the authors did or found anything (C356); a title about the
# therapy's own effect is no genotype study (C354); "in vitro and in vivo" prepares cells, not a drug (C355); a title
# naming the therapy "and" what the abstract gives "either" it "or" names two arms, not a combination (C348);
# 2026.12.42 (session 28, from fresh31 C359 and fresh32 C370): a title naming the therapy only after a turn to what
# its findings bear on ("implications for the use of mTOR inhibitors") does not test it; 2026.12.43 (from fresh33's
# C380, after it was scored): nor does a survey whose title asks what people think of it ("Expectations and Barriers
# Toward Traditional Chinese Medicine Utilization"); 2026.12.44 (session 29, from fresh33 C383): a patient introduced by
# age ("is a 42-year-old ... male") is a case's own story; 2026.12.45 (from fresh34, after it was scored): a harm case
# report whose title puts the harm down to the therapy ("as a complication of") keeps its other operations as history,
# names match with their accents folded, "was then performed" and "the outcome was favourable in both cases following"
# name a case's intervention, and "antibiotic chemotherapy" is background care; 2026.12.46 (from fresh35, after it was
# scored): an exposure "identified as the primary cause of" the condition, gene silencing "by small interfering RNA",
# "responded to", "was used in 16 patients" and "treatment was via" name the study's intervention, and "we identified /
# show / demonstrated" is what a study found; 2026.12.47 (from fresh37's C425, after it was scored): a title asking
# what makes people use the therapy ("Sociocultural Factors that Affect Chewing Behaviors among Betel Nut Chewers")
# reports nothing it does; 2026.12.48 (session 30, from fresh38's C438, after it was scored): a title relating factors to
# the therapy's failure ("Multi-factor analysis of failure of renal replacement therapy") is a prognostic study, and a
# harm case report's title saying the harm arose from the therapy ("air embolism after CT-guided core needle biopsy") is
# its finding;
# 2026.12.49 (from fresh39, after it was scored): a title about a test's "risk stratification" or "predictive value" is a
# measurement study, and "here we identify / find / reveal" is a laboratory report's own finding; 2026.12.50 (from
# fresh40, after it was scored): so is a title about what a test changes in "treatment decisions", and a case report
# naming the substance only inside the disease's name ("thiamine-responsive ... anaemia", "TRMA") or as the body's
# handling of it ("thiamine transporter gene") gives it to no one; 2026.12.51 (fresh40 C465): a bare "implications of" is
# no turn to what a title's findings bear on; 2026.12.52-53 (fresh41, after it was scored): a study naming the substance
# only as the body's handling of it ("capsaicin-sensitive afferent nerves", "capsaicin receptor") gives it to no one,
# and "the paper presents professor WU Han-qing's experience" without a number is a practice described, not a result;
# 2026.12.54 (fresh42 C489, after it was scored): "We further show in vivo and in vitro that ..." reports data;
# 2026.12.55-58 (session 31): measured-only readings ("serum hepcidin", "the hepcidin results"), agents
# ("AMPK-mediated"), a title that only proposes the therapy; 2026.12.59 (fresh44 C509): "the drugs used" refers back
# to the drugs the title names; 2026.12.60 (fresh45, after it was scored): a claim of harm's exposure named with the
# study's own estimate of risk is what it tests, is measured rather than given, and "here we summarized" is a review;
# 2026.12.61 (fresh46, after it was scored): a method word that is the claim's own outcome ("systemic gene delivery")
# and a harm's exposure "analysed" are no method applied to the therapy; 2026.12.62: any study's title saying the harm
# arose after the therapy is its finding, not only a case report's; 2026.12.63 (fresh48 C559, after it was scored): a
# finding naming the gene symbol the title's name ends in ("DCC" of "DCC gene") refers back to it; 2026.12.64 (fresh49
# C569, after it was scored): a name beginning with a minus sign ("-308G/A") keeps it; 2026.12.65 (fresh49 C570): a harm
# study's title naming the exposure, a verb of causing and the harm ("venom treatment leads to alterations in rat
# cardiomyocytes proteome") states its finding; 2026.12.66 (fresh49 C569): a name written with a space before a
# sign ("TNF-α -308") is met as written; 2026.12.67 (fresh50 C587, after its score): a group's letter glossed by a
# label ("in Group I (synovium group), grafts were placed into ...") gets what follows the label; 2026.12.68 (session 34,
# fresh51 C596 and C593, after it was scored): a name joined to a locant or chain-length code ("C4-ceramide") is met,
# and a laboratory abstract calling its findings new ("each of these mechanisms is novel") reports a study of its own;
# 2026.12.69 (fresh52 C600 and C605, after it was scored): a therapy the patients "underwent" was given to them, not
# measured, and a side of a comparison "lacking" or "deficient in" the therapy is its control,
# 2026.12.70 (fresh53 C611, C615, C619, after it was scored): "we established", "was related to" are the authors' own
# work; "these data do not support the hypothesis" weighs a hypothesis against data; a participle after a reporting
# verb's "that" ("we conclude that increased formate overflow") qualifies its noun,
# 2026.12.71 (fresh54 C623, after it was scored): a finding opening with the words that followed the therapy's name
# elsewhere in the abstract ("STOP-BANG score thresholds ..." then "Score thresholds of <=2 ...") refers back to it,
# 2026.12.72 (fresh55 C633, after it was scored): an exposure named by its level ("high autistic traits") is absent
# from a side named at the opposite level ("those with low autistic traits"),
# 2026.12.73 (fresh56 C642, C649, after it was scored): a claim about what a test detects or predicts is tested by a
# study of how well the test reads; a gene named by its symbol is tested by overexpressing or silencing it,
# 2026.12.74 (fresh58 C668, C669, after it was scored): "we illustrate that" is the authors' own work, and "we find
# that" reports data (a laboratory abstract proposing "a new concept" from it is no hypothesis without data),
# 2026.12.75 (fresh59 C674, after it was scored): a case report's title putting the harm "in a patient with" the
# exposure reports the harm of it; a treatment's word in a department's name ("the General Surgery department") is no
# treatment the patients got, 2026.12.76 (fresh60 C689, C682 and fresh59 C673, after fresh60 was scored): a harm claim's
# result found "in rabbits with" the exposure is the exposure's; a claim that a test "finds" or "tells" a condition is
# about how well it reads; a treatment the case decided "to forego" was not given (not_given, arms.yaml),
# 2026.12.77 (fresh61 C696, C697, after it was scored): a sentence citing other work ("(Huang et al., 2011) [4]") is
# background, not the study's finding; a case title saying the exposure "presented as" the harm states it,
# 2026.12.78 (fresh62 C704, after it was scored): a conclusion that only points the way for later work ("These data
# provide a roadmap for further ...") states no finding; the results are read,
# 2026.12.79 (fresh60 C691, session 37): a conclusion that speaks only of the results as a whole ("These findings ...",
# "Altogether, our data ...") leaves the results naming the therapy the title names to say what it did,
# 2026.12.80 (fresh64 C726, after it was scored): a guideline or consensus statement pools no data of its own,
# 2026.12.81 (fresh65 C736, C741, after it was scored): a case report's own sentence telling its patient's harm as
# "resulting from" the exposure reports the exposure's harm; "we determined" says what the authors found; a short form
# whose long form is one of the concept's names ("LPA2", lysophosphatidic acid receptor 2) is no measured molecule,
# 2026.12.82 (fresh66 C743, after it was scored): an imaging method named by its adjective ("Endoscopic
# Ultrasonographic Images"); a case report's other treatments do not confound what a test tells; "recognises" is a
# test's verb,
# 2026.12.83 (fresh67 C752, C754, C761, after it was scored): a case title naming the exposure "with" the harm; a case
# report "with a review of the literature" reports its case; a title "Application of" the method reports its results,
# 2026.12.84 (session 38, fresh70 C782, after it was scored): a name whose last word is an act written as its noun is also
# written as the verb acting on its other words ("compressing the spinal cord" for "spinal cord compression"),
# 2026.12.85 (fresh71 C793, C799, fresh72 C809, C810, after they were scored): a case title putting the harm "in an"
# exposure; a title "Evaluation of" or "Validation of" the therapy reports its findings; a title whose therapy "reveals"
# what the study found,
# 2026.12.86 (fresh70 C782, fresh73 C816, after they were scored): a harm claim's exposure a case never says was given
# has no co-treatments; "we dissect" says what the authors did (fresh74 C828),
# 2026.12.87 (fresh76 C842, after it was scored): what the patient of a case of such an exposure presented with is the
# case's finding,
# 2026.12.88 (session 39, issue 16): the kind of a "not about" reason is stored beside its words
# (direction_not_about_kind, migration 025) and the eligibility rules decide on it, not on the phrase; no link moves,
# 2026.12.89 (fresh78 C865, after it was scored): a report whose labelled results say only, without a number, that
# something was built or designed has no findings,
# 2026.12.90 (fresh46 C535, once extractor 2026.12.32 no longer read its study as a rabbit study for its antibody): a
# title naming the therapy only "in correlation with" the study's subject is no series that gave it to all,
# 2026.12.91 (fresh79 C876, after it was scored): a favourable conclusion is no support for a therapy that is only the
# comparator of the study's comparisons (pipeline/claims/comparison_findings.only_as_comparator), and a therapy named only
# as an event the study counts ("what better postpones total knee arthroplasty") is not tested by it,
# 2026.12.92 (session 41): a name's first word is also found in its other forms at the start of a mention ("6 months of
# anti-tubercular therapy" for "six months of ...", "2-stage revision" for "two-stage revision": the pattern's first-letter
# test had kept out what its word forms let in; no reviewed pair moved),
# 2026.12.93 (fresh80 C882, after it was scored): a title naming the therapy or exposure only as the label of the genes
# it studies ("Ferroptosis-Related Key Gene Signature") is a study of their expression, not of the therapy,
# 2026.12.94 (fresh80 C879, C881, after it was scored): autologous matrix-induced chondrogenesis (AMIC) is surgery,
# 2026.12.95 (fresh81 C889, after it was scored): "Matrix Degradation" in a title is the tissue's matrix, no scaffold,
# 2026.12.96 (fresh82 C891, after it was scored): a small uncontrolled series in which every patient also had another
# treatment of the condition (decompression, drainage ...) does not isolate the therapy,
# 2026.12.97 (session 45, session 44's read-through): an arm named for what the tissue's own matrix undergoes ("Matrix
# Degradation") gets no device either (eligibility._gets_a_device reads scaffolds as _names_a_scaffold does),
# 2026.12.98 (fresh83 C894, after it was scored): "BMMSCs" is an active product and a stem cell word, like "BMSCs" (a
# scaffold given only seeded with them against an empty defect is not isolated),
# 2026.12.99 (session 45, from the exclusions that remove more eligible studies than not): a finding that sets the
# therapy against a list of arms, one of which lacks it ("than empty defects, drilling and fibrin with chondrocytes";
# "than untreated defects or ..."), does not compare arms that all received it (aboutness._listed_arms),
# 2026.12.100 (fresh84 C900, after it was scored): the other unit of a split-body design "left unfilled" in a clause of
# its own ("the contralateral knee was left unfilled as an empty control") is a control arm, and what the animals
# "received: implantation of either X or Y" is an allocation, not what every arm got (pipeline/nlp/arms.py),
# 2026.12.101 (fresh85 C904, after it was scored): a case whose injections also held local anesthetics or botulinum toxin
# does not isolate the therapy, "injections of A, B, the therapy" says it was given, and a harm claim's case report
# whose patient was given the exposure but which puts the harm down to another cause ("abscess as a consequence of a
# pyogenic sacroiliitis") does not test it (eligibility._harm_put_down_to_other),
# 2026.12.102 (session 45, fresh85 C903's "CS-free foams"): a mention right before "-free" is the therapy's absence
# (mentions.negated_only; no reviewed pair moved),
# 2026.12.103 (session 46, fresh31 C351): what a case's patient had in the past ("with a history of surgery of cardiac
# carcinoma") is no other treatment given with the exposure (eligibility._said_as_history), and a case whose every
# mention of the therapy follows "without" ("recovered ... without hyperbaric oxygen therapy") did not get it
# (eligibility._refused reads not_given),
# 2026.12.104 (fresh88 C923, after it was scored): a harm claim's case report whose own patient "did not have" the
# exposure does not test it (eligibility._case_not_exposed; not "was not aware of his diabetes", read-through),
# 2026.12.105 (fresh89 C925, C927, after it was scored): a treatment the claim's condition names ("the failure rate of
# autologous chondrocyte implantation") is the claim's setting, not a co-intervention (eligibility._named_by_condition),
# and "In this review of prospectively collected data" says how a study of the authors' own patients was done, not that
# it is a review (eligibility._REVIEW_SELF),
# 2026.12.106 (fresh33 C381): a harm put down to a cause "as iatrogenic complication of", "as a rare complication of" -
# up to two words after "as" (eligibility._attribution),
# 2026.12.107 (fresh90 C930, after it was scored): a periosteal flap is a repair of its own ("a combination of microfracture
# and periostal flap"; arms.yaml surgery),
# 2026.12.108 (fresh91 C938, after it was scored): for a claim about what a test tells, the treatment a single-arm series'
# patients all got is what the test looks at, not a co-intervention of the test,
# 2026.12.109 (fresh92 C941, C942, after it was scored): a claim that a score "is reliable" is a claim about what a test
# tells, so the reliability study tests it (eligibility._claims_a_test reads measurement_title in the claim's title),
# 2026.12.110 (session 46, from the "not about the therapy" exclusions): a title asking the therapy's effect ("Effect of
# etafenone on total and regional myocardial blood flow") makes the study's findings the therapy's (arms.yaml
# title_outcomes_of, read by aboutness._title_reports_outcomes_of),
# 2026.12.111 (fresh93 C948, after it was scored): "experiments were conducted", "carried out" say what the authors did
# (eligibility_cues.yaml study_done_passive), and "A literature review looking at ... was conducted" is still a review
# (eligibility._REVIEW_SELF),
# 2026.12.112 (fresh93 C951, after it was scored): a name in a circumstance of the action ("increase relative viscosity
# within the range of hematocrit") is not what the action acts on (aboutness._CAUSE_LINK),
# 2026.12.113 (fresh94 C953, after it was scored): for a claim of harm, a prognostic study's results naming the exposure
# with the study's own estimate ("Current smoker (HR 2.12 ...) ... were independent risk factors", "Seven factors
# significantly associated with rLDH ..., including ... smoking") state the exposure's result, whatever the conclusion
# says of the model (direction._estimated_for; linker_cues.yaml exposure_estimate gains risk factor(s), predictor(s)
# of, predictive of, factors associated with, and OR/HR/RR before a number),
# 2026.12.114 (fresh96 C969, after it was scored): the journal's level-of-evidence lines ("Therapeutic Level III.", "See
# Instructions for Authors ...") are trailers, not the conclusion (direction_rules.TRAILER), and a title comparing what
# followed the therapy ("Weight-Bearing Compared with Non-Weight-Bearing Following Osteochondral Autograft Transfer")
# gives it to every arm (eligibility._title_compares_aftercare),
# 2026.12.115 (fresh98 C979, after it was scored): a conclusion that has something act on the therapy leaves the
# results to say what the therapy did, when no result says something acts on it too (aboutness.said_acted_on); "Here,
# we show that ..." opens a report (direction_rules.REPORT_FRAME); Unicode's hyphens are a name's hyphen
# (mentions.fold_accents),
# 2026.12.116 (fresh97 C975, after it was scored): a result stated of the therapy's arm against another ("higher for the
# BCP-coated TPU implants compared to the uncoated TPU implants") is the therapy's result when the conclusion speaks of
# something else (direction._arm_result_of; arms.yaml arm_result_lead),
# 2026.12.117 (fresh101 C996, after it was scored): a name of three words or more that opens with a level ("long
# duration of symptoms") also names the variable without it (mentions._without_level),
# 2026.12.118 (fresh106 C1026, after it was scored): a randomisation that states how many groups and lists them after a
# colon ("randomized into four groups: biphasic scaffold alone, scaffold with EPO, ...") has those arms, cut at the
# list's commas and its last "and" (arms._stated_arms),
# 2026.12.119 (fresh110 C1052 and fresh106 C1026, after they were scored): a randomised trial of treatments does not
# test a harm claim's exposure that no arm and no compared side names (every participant had it), and a conclusion that
# credits the therapy only in combination with another product, in a trial with an arm of the therapy without it,
# gives the link no direction (eligibility.credits_only_in_combination, comparison_findings.apply),
# 2026.12.120 (fresh119 C1108, after it was scored): an uncontrolled series whose title gives the therapy "combined with"
# another treatment does not isolate it (eligibility._series_title_combined: cointervention_only),
# 2026.12.121 (fresh122 C1122, after it was scored): a name's own short form may stand inside it ("percutaneous
# transforaminal endoscopic surgery (PTES) combined with OLIF", mentions._SHORT_FORM_INSIDE), and groups listed by the
# time of their assessment ("divided into 4 groups evaluated at 2, 4, 8, and 12 weeks") are no arms (arms.yaml
# groups_by_time),
# 2026.12.122 (fresh127 C1153 and fresh129 C1168, after they were scored): the rest of a name set against its first
# word's other form names it ("Osteochondral Allograft Versus Autograft" names "osteochondral autograft";
# mentions._gap_or_other_form), a case's condition that arose after a treatment did not get it as a co-treatment
# (eligibility._condition_arose_after), and a structured abstract's sections are cut into sentences only where a
# capital, digit or bracket follows ("S. marcescens meningitis" is one sentence; reading.sentences_with_roles),
# 2026.12.123 (the development pairs excluded as "not about the condition", session 52): a finding that does not name
# the condition is still about it when three or more of the study's own sentences do (direction._condition_throughout,
# data/grading.yaml condition_named_sentences),
# 2026.12.124 (fresh133 C1187, after it was scored): a harm claim's exposure and condition that a sentence saying who
# was enrolled names together ("femoroacetabular impingement patients with an acetabular chondral lesion ... were
# included") were every participant's on entry: the study does not test the exposure (eligibility._enrolled_with_both),
# 2026.12.125 (fresh135 C1201, after it was scored): a name may follow a bracketed stereo-descriptor joined to it by a
# hyphen, the same compound named by its form ("(--)-alpha-bisabolol", "(+)-catechin"; mentions._STEREO_PREFIX),
# 2026.12.126 (fresh139 C1224, after it was scored): a head-to-head claim's study whose findings say in so many words
# that the therapy did better than the comparator ("<comparator> ... was inferior to <therapy>") keeps the "supports"
# read from its conclusion; before, only a sentence against the therapy was read (head_to_head.read_versus),
# 2026.12.127 (fresh143 C1249, after it was scored; the development pairs excluded as "not about the condition"): when
# the conclusion speaks of other outcomes, a results sentence naming the claim's condition with a tested comparison on
# it ("The mean duration motor block was significantly longer in Group B ... than in Group C [P < 0.05]") is the study's
# finding on the condition, its direction unclear (direction._condition_tested; direction_cues.yaml outcome_tested),
# 2026.12.128 (fresh128 C1161, development data): a record without a conclusion section, its last sentences read as
# the conclusion, first sets aside its administrative sections ("FINANCIAL DISCLOSURE: Dr. Scott is a consultant to
# ..."; direction_rules.conclusion_and_results, direction_cues.yaml administrative_labels),
# 2026.12.129 (fresh145 C1262, after it was scored): for a claim of harm, "<exposure> ... were significantly correlated
# with <condition>" names the exposure the study tests, as "were associated with" does (linker_cues.yaml
# exposure_estimate),
# 2026.12.130 (fresh145 C1260, after it was scored): "no difference ... between <therapy> and <comparator>" (either
# first) is no effect against the comparator, and for an equivalence claim its support (head_to_head.read_versus;
# trial_reading.yaml versus_between),
# 2026.12.131 (session 55, the study_arms a reviewer queries): the arm reader reads the journals' capitalised "Group B
# (...) received ...", "Group I ... and Group II was treated with ...", a decimal in what a group got ("20 ml 0.5%
# bupivacaine"), and one arm for "patients in Group A" and "Group A"; a group's bare "was"/"were"/"had" is its result
# unless a giving word follows ("Group I had slower integration" is no arm; arms.yaml group_be_given),
# 2026.12.132 (fresh148 C1278, fresh149 C1285, after they were scored): the study's own intervention also in "after
# initiating bisoprolol treatment", "the aim of this study was to determine whether <therapy> ..." and "patients taking
# statin medications" (linker_cues.yaml intervention),
# 2026.12.133 (session 55, from fresh150 C1289 after it was scored): a sentence stating the study's own estimate of
# risk for the exposure ("PLP: OR = 0.48", "was associated with"; linker_cues.yaml exposure_estimate) names the exposure
# the study tests for a claim of benefit too, not only of harm (not for a mechanism claim),
# 2026.12.134 (fresh149 C1288, after it was scored): a sentence of a structured abstract's BACKGROUND section that
# states the study's aim ("The aim of this study was to determine whether repetitive heat-shock (HS) treatment of
# oesophageal cancer cells would induce ...") is the study's, not background (reading.sentences_with_roles), as an
# unstructured abstract's aim sentence and a PURPOSE section's already were,
# 2026.12.135 (fresh152 C1306, after it was scored): a results sentence stating that the claim's condition changed in
# proportion to the exposure ("... and ventricular performance were proportional to the degree of restriction in
# coronary blood flow") or dose-dependently reports a tested relation on it, as a significance or a comparison does,
# when the conclusion speaks of other outcomes (direction_cues.yaml outcome_tested; direction._condition_tested),
# 2026.12.136 (fresh151 C1297, after it was scored): for a claim of harm, a body sentence naming the condition and then,
# after a relating word ("after", "following", "secondary to", ...), the exposure names the exposure the study tests
# ("A case of unilateral psoas abscess ..., shortly after posterior lower spine stabilization and fusion ... is
# reported"; linker_cues.yaml harm_relation, _harm_relation),
# 2026.12.137 (fresh148 C1277, after it was scored): a head-to-head claim of one grade of a thing against its opposite
# ("larger biopsy needles" against "smaller") is tested by a study naming the therapy by its grade in a body sentence
# with a tested relation ("the use of a larger biopsy needle was a significant risk factor (P = 0.014)"), whether or
# not it names the other grades (arms.yaml graded_opposites; eligibility._graded_against),
# 2026.12.138 (fresh155 C1323 and C1324, after they were scored): for a claim of harm, a results sentence naming the
# condition among the treated patients' harms ("Adverse events included hyperpigmentation ...", "Pain and obstipation
# were the dose-limiting toxicities") is the study's result on it when the conclusion speaks of efficacy
# (direction_cues.yaml adverse_event_reported; direction._condition_tested),
# 2026.12.139 (fresh156 C1329, after it was scored): a two-sentence abstract with no number that says in words what did
# not happen ("... did not generate fat emboli, and did not cause depression of the arterial oxygen tension") states a
# result (the null-finding pattern, direction_rules.NULL), and is no longer excluded as reporting none,
# 2026.12.140 (fresh156 C1330, after it was scored): one side of a comparison ends where the sentence goes on to say what
# it indicates (", indicating that ...", ", suggesting that ..."): the therapy named there is not a second arm given it
# (aboutness._SIDE_END),
# 2026.12.141 (fresh157 C1334 and C1336, after the set was scored): a side named "crizotinib-naive controls" never got
# the therapy (arms.yaml absent_after, beside "-free"; mentions.negated_only), and people "with and without" the
# claim's own condition are set apart by the outcome, not given an add-on (eligibility._therapy_alone_against_add_on),
# 2026.12.142: ... for a claim of harm only (fresh6 C79 on the 156 sets' relink: a claim of benefit's condition may be
# the procedure it is added to, "ACI or OCA ... with and without concomitant high tibial osteotomy"),
# 2026.12.143 (fresh158 C1338 and C1340, after the set was scored): a hyphenated short name ("P-PCD") is not read inside
# a longer compound ("AP-PCD", the other arm; mentions._compound_regex), and a case's patient falling ill after the
# therapy ("developed convulsions after CT-guided hook-wire localization") marks a harm's onset: what the case tells
# after it treats the harm, not a co-treatment (arms.yaml harm_onset; eligibility._fell_ill_after_therapy);
# 2026.12.144 (fresh159 C1347, after the set was scored): a claim whose outcome is a cost (arms.yaml cost_outcome) is
# tested by an economic evaluation or a decision model of the costs, so neither is excluded as reporting no finding for
# it (eligibility._claims_a_cost; an expert consensus still is); 2026.12.145 (fresh160 C1352, after the set was scored):
# "This report presents a patient who underwent ..." presents a case, not a technique (eligibility_cues.yaml
# technique_presents_case), and "symptom free" is a case's course as "symptom-free" is (direction_cues.yaml case_course);
# 2026.12.146 (fresh161 C1355's study_comparisons, after the set was scored): figures set side by side in a parenthesis
# ("(29 vs 25 months)") are no comparison of arms, and a side does not begin inside a parenthesis that opened before it
# ("..., and so on) and compared with a sample"; nlp/arms._versus); 2026.12.147 (fresh71 C801, a development claim): a
# name written with a Greek letter's name meets a text written with the letter and the other way round ("beta1a" /
# "β1a", "TNF-α" / "TNF-alpha"; mentions.yaml greek_letters), and so does a British spelling an American one ("tumour" /
# "tumor", "oedema" / "edema", "randomised" / "randomized"; mentions.yaml spellings, mentions._spelled); 2026.12.148
# (fresh132 C1186 and fresh30 C338, development claims): an article inside a name may be left out, or written by the text
# after a preposition ("defect of the lunate facet" / "defect of lunate facet"; mentions.yaml name_prepositions);
# 2026.12.149 (fresh79 C873, fresh30 C338, development claims): up to four words, not three, may stand between a name's
# first word and the rest ("Allogenic Human Umbilical Cord Blood-Derived Mesenchymal Stem Cells"; mentions._gap);
# 2026.12.150 (fresh163 C1368, after the set was scored): a name ending in its bracketed short form ("multiparametric
# magnetic resonance imaging (mpMRI)") is the name before it (mentions._TRAILING_SHORT_FORM), and a claim that a test
# "stages" a disease or reads it "more accurately" is a claim about what the test tells (arms.yaml test_claim_verbs);
# 2026.12.151 (fresh164 C1376, after the set was scored): what "was done" / "were done" is the study's own intervention,
# as what "was performed" (linker_cues.yaml intervention); 2026.12.152 (the development pairs below the link threshold,
# session 61): a study's aim or hypothesis said the other ways abstracts say it ("To compare ...", "We hypothesized
# that ...", "This study tested ...", "aimed at testing", "The aim ... was to explore ...") and "The operations studied
# were ..." name its own intervention (linker_cues.yaml intervention); 2026.12.153 (fresh165 C1381 and C1384, after the
# set was scored): a correlation the results state with its coefficient is a tested relation on the outcome
# (direction_cues.yaml outcome_tested), and a results sentence setting the therapy against the claim's comparator (a null
# too, its outcomes listed before "between") is a result of the therapy when the conclusion speaks only of "all 3
# devices" (head_to_head.sets_against, direction.read_claim_direction); 2026.12.154 (the development pairs excluded as
# reporting no findings, session 61): a systematic review that pools no estimate but describes its own search
# ("searching PubMed, the Cochrane Library, and Embase", "met the inclusion criteria") reports what its included
# studies found and is no longer excluded as no_findings (eligibility_cues.yaml own_search; grading sets it at
# "sr_other", Low); one describing no search of its own (a tool's development read as a review) still is;
# 2026.12.155 (fresh166 C1385, after the set was scored): for a claim about what a test tells, "the detection of IgG in
# serum" is the test's own reading, not a method applied to it (aboutness.claims_a_test, _method_object);
# 2026.12.156 (fresh167 C1395, after the set was scored): a result said in the passive with the therapy as its agent
# ("Xenographic tumors ... were nearly suppressed by the combination of gefitinib with the YAP1 inhibitor verteporfin")
# names what the study tested, and is a result of the therapy when the conclusion speaks of something else
# (direction_cues.yaml passive_result_by, direction.passive_result_of); 2026.12.157 (fresh167 C1393, after the set was
# scored): what a study's material "was used to test" or "to evaluate" names its own intervention (linker_cues.yaml
# intervention); 2026.12.158 (fresh169 C1408, after the set was scored): a test that "allowed positive diagnosis" in
# so many cases names the study's own test (linker_cues.yaml intervention); 2026.12.159 (fresh170 C1412 and C1413, after
# the set was scored): a result said in the present tense with the therapy as its subject ("In mice Sesn2 knockdown
# suppresses tumor growth") names what the study tested and is a result of the therapy (direction_cues.yaml
# active_result_verbs, direction.active_result_of); 2026.12.160 (fresh170 C1411, after the set was scored): what a
# sentence says was measured "before and after" names the study's own intervention (linker_cues.yaml intervention);
# 2026.12.161 (fresh171 C1418, after the set was scored): a hypothesis the data "counter", "contradict" or "challenge"
# was weighed against data, not presented without any (direction_cues.yaml hypothesis_weighed); 2026.12.162 (fresh172
# C1425, after the set was scored): what a result came about "by pretreatment with" names the study's own intervention
# (linker_cues.yaml intervention); 2026.12.163 (fresh173 C1431, after the set was scored): a result said in the past
# tense with the therapy as its subject ("Knockout of GPRC5a reduced the proliferation ...") as the present tense's is
# (direction_cues.yaml active_result_verbs), and a result said of the therapy is not undone by a word of the therapy
# only as a mechanism ("migration") the sentence also has; 2026.12.164 (fresh173 C1429, after the set was scored): "no
# significant associations ... between" the exposure and the outcome is the study's own estimate for the exposure
# (linker_cues.yaml exposure_estimate); 2026.12.165 (fresh175 C1439 and C1440, after the set was scored): a sentence
# stating the therapy's own result on the claim's condition adds to the link (RESULT_ON_CONDITION); 2026.12.166
# (fresh176 C1449, after the set was scored): a second subject beside the therapy ("inhibition of p38 MAPK and p42/44
# MAPK reduced ...") still leaves the result the therapy's (direction_cues.yaml active_result_between); 2026.12.167
# (the session's full test run): not when the words after "and" hold a copula ("Both dFic and BiP are transcriptionally
# activated" is a passive, no result of dFic); 2026.12.168 (fresh175 C1444, fresh176 C1446, after their sets were
# scored): when the conclusion speaks of other outcomes, the finding on the claim's condition is also a result stated
# of the therapy itself that names it, and in an abstract whose results are not labelled it may stand in any sentence
# but a first that sets the scene or one that states the aim, not only among the five before the conclusion
# (direction._condition_tested); 2026.12.169 (fresh180 C1471, after the set was scored): for an equivalence claim, a
# results sentence stating a null that names the therapy ("did not show any correlation of the expression of Fhit
# ... with ... Helicobacter pylori infection") is a result stated of it, as a finding of no difference supports it;
# 2026.12.170 (fresh181 C1478, after the set was scored): a result "resulting from" the therapy is its result, as one
# said "by" it is (direction_cues.yaml result_from); 2026.12.171 (development pair fresh24 C278, session 65): the
# therapy's subject may carry where it comes from before its result verb ("Surgical angiogenesis from implanted
# autogenous tissue improves bone viability"; direction_cues.yaml active_result_between); 2026.12.172 (fresh184 C1494
# and C1495, after the set was scored): the verbs of a cause ("is responsible for", "resulted in", "led to") are result
# verbs after the therapy's name, with where it was given between ("The addition of azide ... to the assay system
# resulted in ..."); 2026.12.173 (fresh183 C1488 and C1492, after the set was scored): a result naming the claim's
# condition that states the therapy's own result (or, for a claim of harm, its estimate, "correlates with" now one)
# makes the finding the therapy's when the conclusion says what acts on it, and in an abstract whose results are not
# labelled such a sentence before the guessed results is read as one of them (direction._own_result_on_condition);
# 2026.12.174 (fresh186 C1507, after the set was scored): for an equivalence claim a sentence naming the therapy that
# states a null names it as tested (direction.equivalence_null), and one naming the condition too is its own result on
# it; 2026.12.175 (fresh186 C1508 and fresh187 C1513, after the sets were scored; session 66): a pointer back to the
# claim's condition ("their gene expression", "This response is ablated ...") counts as a short form for it
# (pipeline/claims/back_reference.py, linker.claim_reading), a result in the passive may be in the present tense with its
# agent after "when co-administered with", and such a result is data (a technique paper stating it reports a finding);
# on every development pair it lifted those two records and moved nothing else, plus the word lists the direction and
# findings models' and data/findings.yaml's digests (a changed list, model or setting re-links); 2026.12.176 (fresh184
# C1493, after the set was scored): a multiple of another group's risk ("was approximately 5 fold the risk within
# 18:00-21:00h") is the study's own estimate for its exposure (linker_cues.yaml exposure_estimate; on every development
# pair it lifted that record and moved nothing else); 2026.12.177 (fresh189 C1525 and C1527, after the set was scored): a
# laboratory's own preparation ("were purified to electrophoretic homogeneity") and work announced with "Here" or
# "Herein" at a sentence's start are a study of the authors' own (eligibility_cues.yaml study_done_passive,
# study_done_here; on every development pair it lifted fresh66 C751's 20817457, "Here we use skeletal muscle cryosections
# ...", eligible to its reviewers, and moved nothing else); 2026.12.178 (fresh191 C1536 and C1538, after the set was
# scored): one case cannot test a claim about how common a cause is ("MRSA has become a leading cause of iliopsoas
# abscesses"; eligibility_cues.yaml frequency_claim, matching no earlier claim), and an abstract of two sentences whose
# therapy is the subject of a result verb ("alpha-Naphthoflavone activates the aryl hydroxymethyl synthetase ...")
# states a result (eligibility._therapy_result_said; on every development pair it moved nothing); 2026.12.179 (fresh190
# C1533, after the set was scored): a study whose title and aims speak only of the therapy's safety still reports a
# finding on the claim when a body sentence states the claim's outcome as the therapy's result ("Lentiviral
# transduction of autologous MSCs resulted in a significant increase of FVIII in the culture supernatant";
# eligibility._safety_only, direction.result_of; on every development pair it lifted that record and moved nothing else);
# 2026.12.180 (fresh191 C1535, after the set was scored): a change said to have come with the therapy, named right after
# the verb's "with" ("improved by 43.415% and 34.286%, respectively, with the 6% polyester fibers") is the therapy's
# result (direction_cues.yaml changed_with_verbs, direction.passive_result_of; on every development pair it lifted that
# record and moved nothing else); 2026.12.181 (fresh193 C1547, after the set was scored): what the authors did with the
# therapy as their means ("We successfully isolated ... using enhanced CT and 3D mapping") names it as the intervention
# (linker_cues.yaml intervention; on every development pair it moved nothing), and a cell's own membrane ("in relation to
# erythrocyte membranes", "Membrane-bound enzymes"; fresh193 C1550) is no scaffold (arms.yaml membrane_biology_*; on every
# development pair it lifted fresh171 C1418's 25596077, eligible, and nothing else)
LINKER_RELEASE = "2026.12.181"
LINKER_VERSION = (versioned(LINKER_RELEASE, models=("direction_clf.manifest.json", "findings_clf.manifest.json"))
                  + f"+fnd.{comparison_findings.settings_digest()}")
LINK_THRESHOLD = link_threshold()  # data/grading.yaml; each row records its decision (claim_articles.linked)
LINKER_VERSION += f"+link.{LINK_THRESHOLD:g}"  # direction and eligibility are read above it: a new one re-links
LINKER_VERSION += f"+cond.{condition_named_sentences()}"  # so is whether a finding is about the condition
# prefix of the reason saying why a linked article's direction is unclear (for people; grading and the
# claim pages read the column direction_not_about)
DIRECTION_UNCLEAR = "direction unclear: "
# The reason recorded when the condition is in the title or MeSH (for people; grading reads the column
# condition_direct for indirectness)
CONDITION_DIRECT = "condition in the title or MeSH (+0.20)"
# ... and when a sentence naming the therapy as tested states its own result on the claim's condition (assess)
RESULT_ON_CONDITION = "the therapy's own result on the condition stated (+0.10)"
# the study's own intervention ("X was injected", "patients received X", "X versus Y") and the therapy only as a
# mechanism ("microfracture recruits MSCs"): data/lexicons/linker_cues.yaml
_INTERVENTION = compile_guarded(
    r"\b(?:" + alternation("linker_cues", "intervention") + "|" + sentence_comparing("linker_intervention") + r")\b", re.I)
_MECHANISM_ONLY = compile_guarded(r"\b(?:" + alternation("linker_cues", "mechanism_only") + r")\b", re.I)
_HARM_RELATION = compile_guarded(r"\b(?:" + alternation("linker_cues", "harm_relation") + r")\b", re.I)
# how far a harm relation may reach from the condition's mention to the exposure's (characters)
_HARM_RELATION_SPAN = 160


def _harm_relation(claim: Claim, sentence: str, abbreviations: dict[str, str] | None) -> bool:
    """For a claim of harm: ``sentence`` names the claim's condition and, after a relating word, its exposure
    ("A case of unilateral psoas abscess ..., shortly after posterior lower spine stabilization and fusion ... is
    reported"; linker_cues.yaml harm_relation): the study's own condition set down to the exposure, which it tests."""
    if not claim.asserts_harm:
        return False
    exposures = find_mentions(claim.therapy, sentence, abbreviations)
    for c in find_mentions(claim.condition, sentence, abbreviations):
        for e in exposures:
            between = sentence[c.end:e.start]
            if 0 < len(between) <= _HARM_RELATION_SPAN and _HARM_RELATION.search(between):
                return True
    return False


@dataclass(frozen=True)
class LinkResult:
    """One query hit assessed. Frozen: the direction, eligibility and arms read after the relevance
    make a new one (:func:`dataclasses.replace`)."""

    claim_id: str
    pmid: int
    relevance: float
    reasons: tuple[str, ...]
    therapy_mentions: list[str]
    condition_mentions: list[str]
    direction: str = "unclear"
    direction_sentence: str | None = None
    direction_confidence: float = 0.0
    # short forms the abstract defines, found once by assess() and reused by the direction reader
    abbreviations: dict[str, str] = field(default_factory=dict, repr=False)
    # does the linked study test the claim (None for hits below the threshold), and its arms
    eligibility: Eligibility | None = None
    arms: StudyArms | None = field(default=None, repr=False)
    # the claim's condition is named in the title or MeSH (grading's indirectness reads it)
    condition_direct: bool = False
    # why the direction of a linked study reads unclear: its finding is about something else (None when not),
    # in words and as a type (pipeline/claims/not_about.py)
    not_about: str | None = None
    not_about_kind: NotAboutKind | None = None


@dataclass
class LinkReport:
    claims: int = 0
    query_hits: int = 0
    linked: int = 0
    rejected: int = 0
    relinked: int = 0
    unchanged: int = 0
    per_claim: dict[str, tuple[int, int]] = field(default_factory=dict)


def condition_back_references(claim: Claim, reading: ArticleReading) -> dict[str, str]:
    """Where ``reading``'s abstract refers back to the claim's condition without naming it again ("their gene
    expression", "This response is ablated ..."): each pointer mapped to a name of the condition, as a short form to its
    long form (:mod:`pipeline.claims.back_reference`); none that the abstract defines itself."""
    refs = back_references(claim.condition, list(reading.body_sentences), reading.abbreviations)
    return {k: v for k, v in refs.items() if k not in reading.abbreviations}


def claim_reading(claim: Claim, reading: ArticleReading) -> ArticleReading:
    """``reading`` as read for ``claim``: its pointers back to the claim's condition (:func:`condition_back_references`)
    count as short forms for the condition, for the relevance, the direction and the eligibility alike. The reading
    itself, shared by every claim that hits the article (and the study's arms read from it), is left as it is."""
    refs = condition_back_references(claim, reading)
    return replace(reading, abbreviations={**reading.abbreviations, **refs}) if refs else reading


def assess(claim: Claim, article: Article, reading: ArticleReading | None = None) -> LinkResult:
    """Relevance of one query hit, with reasons; 0 when the therapy or condition is not named.
    ``reading`` is the article's :func:`~pipeline.claims.reading.read_article`, made here when not given."""
    reading = claim_reading(claim, reading or read_article(article))
    text = reading.text
    abbrevs = reading.abbreviations
    t_all = find_mentions(claim.therapy, text, abbrevs)
    c_all = find_mentions(claim.condition, text, abbrevs)
    mesh = " | ".join(m.descriptor for m in article.mesh)
    t_mesh = find_mentions(claim.therapy, mesh) if mesh else []
    c_mesh = find_mentions(claim.condition, mesh) if mesh else []
    reasons: list[str] = []

    def result(relevance: float = 0.0) -> LinkResult:
        return LinkResult(claim.id, article.pmid, relevance, tuple(reasons), sorted({m.text for m in t_all}),
                          sorted({m.text for m in c_all}), abbreviations=abbrevs)

    if not t_all and not t_mesh:
        reasons.append(f"therapy '{claim.therapy.name}' not named in title/abstract/MeSH")
        return result()
    if not c_all and not c_mesh:
        reasons.append(f"condition '{claim.condition.name}' not named in title/abstract/MeSH")
        return result()
    for concept in (claim.therapy, claim.condition):
        if concept.min_groups:
            named = groups_named(concept, text, abbrevs)
            if len(named) < concept.min_groups:
                reasons.append(f"'{concept.name}' compares {' | '.join(g[0] for g in concept.groups)}: needs "
                               f"{concept.min_groups} of them named, found {', '.join(named) or 'none'}")
                return result()

    score = 0.0
    roles = reading.roles
    t_title = bool(find_mentions(claim.therapy, article.title, abbrevs))
    body_hits = [s for role, s in roles if role == "body" and find_mentions(claim.therapy, s, abbrevs)]
    # a sentence names the therapy as what the study tested: a giving or comparing cue, a result said in the passive
    # with the therapy as its agent ("tumors ... were nearly suppressed by ... verteporfin") or in the present or past
    # tense with it as the subject ("Sesn2 knockdown suppresses tumor growth"), the study's own estimate
    # of risk for it (not for a mechanism claim), or, for a claim of harm, the condition set down to it. A word of the
    # therapy only as a mechanism ("microfracture recruits MSCs") undoes a cue, not a result said of the therapy: in
    # "Knockout of GPRC5a reduced the proliferation and migration ability of PaCa cell lines" the migration is the
    # outcome (fresh173 C1431)
    said = {s for s in body_hits
            if result_said_of(claim.therapy, s, abbrevs) or equivalence_null(claim, s, abbrevs)}
    estimated = {s for s in body_hits if claim.polarity != Polarity.MECHANISM and EXPOSURE_ESTIMATE.search(s)}
    tested = [s for s in body_hits
              if s in said
              or ((_INTERVENTION.search(s) or s in estimated or _harm_relation(claim, s, abbrevs))
                  and not _MECHANISM_ONLY.search(s))]
    if t_title:
        score += 0.45
        reasons.append("therapy named in the title (+0.45)")
    if tested:
        score += 0.3
        reasons.append(f"therapy named as the intervention in {len(tested)} sentence(s) (+0.30)")
    elif body_hits:
        score += 0.1
        reasons.append("therapy named in methods/results, not as the tested intervention (+0.10)")
    if t_mesh:
        score += 0.2
        reasons.append(f"therapy in MeSH: {', '.join(sorted({m.text for m in t_mesh}))} (+0.20)")
    if len(t_all) >= 3:
        score += 0.1
        reasons.append(f"therapy named {len(t_all)} times (+0.10)")
    if not t_title and not tested and all(_MECHANISM_ONLY.search(s) for s in body_hits):
        score = min(score, 0.3)
        reasons.append("therapy only in background or as a mechanism (capped at 0.30)")
    c_title = bool(find_mentions(claim.condition, article.title, abbrevs))
    condition_direct = bool(c_title or c_mesh)
    if condition_direct:
        score += 0.2
        reasons.append(CONDITION_DIRECT)
    elif any(role == "body" and find_mentions(claim.condition, s, abbrevs) for role, s in roles):
        score += 0.1
        reasons.append("condition named in the abstract (+0.10)")
    else:
        # "MSCs are used for cartilage, bone and tendon repair" in the background does not make a
        # cartilage trial evidence about tendons: the study must be about the condition too
        score = min(score, 0.3)
        reasons.append("condition only in background sentences (capped at 0.30)")
    # a sentence stating the therapy's own result on the claim's condition ("Circular patches caused lower NP pressure,
    # AF stress and patch stress than the square patch", "Baseline Lumican ... was associated with longitudinal changes
    # in DSN worsening (OR=3.19 ...)"): the study reports what the claim asserts (fresh175 C1439 and C1440, after the
    # set was scored)
    if any((s in said or s in estimated) and find_mentions(claim.condition, s, abbrevs) for s in tested):
        score += 0.1
        reasons.append(RESULT_ON_CONDITION)
    if article.is_retracted:
        reasons.append("article is retracted (kept, excluded from grading)")
    return replace(result(round(min(score, 1.0), 3)), condition_direct=condition_direct)


def link_claim_articles(claim: Claim, articles: list[Article], readings: Readings | None = None,
                        evidence: dict[int, tuple] | None = None, arms: dict[int, StudyArms] | None = None) -> list[LinkResult]:
    """Assess every hit, read the direction of the linked ones and whether they test the claim;
    ``readings`` keeps each article's reading (and ``arms`` its arms) for the next claim that hits it
    (one per link run). ``evidence``: pmid → (design, is_human, is_animal, is_in_vitro, species) from extraction."""
    readings = readings or Readings()
    arms = {} if arms is None else arms
    evidence = evidence or {}
    out = []
    for a in articles:
        reading = readings.of(a)
        r = assess(claim, a, reading)
        if r.relevance >= LINK_THRESHOLD:
            # the reading as assess() read it for this claim (its pointers back to the condition among the short forms;
            # the same object when there are none). Arms are the study's, whatever the claim: read from the shared one
            own = reading if r.abbreviations is reading.abbreviations else replace(reading, abbreviations=r.abbreviations)
            d = read_claim_direction(claim, a, r.abbreviations, reading=own)
            # an equivalence claim is supported by "no difference" (pipeline/claims/eligibility.py)
            direction = finding_for_claim(claim, d.direction)
            if a.pmid not in arms:
                arms[a.pmid] = read_arms(reading)
            design, human, animal, in_vitro, species = evidence.get(a.pmid, (None, False, False, False, ()))
            r = replace(
                r, direction=direction, direction_sentence=d.sentence, direction_confidence=d.confidence,
                # kept with the relevance reasons, so a reviewer sees why it reads unclear
                reasons=r.reasons + ((DIRECTION_UNCLEAR + d.not_about,) if d.not_about else ()),
                not_about=d.not_about or None, not_about_kind=d.not_about_kind,
                eligibility=assess_eligibility(claim, own, arms[a.pmid], design, title=a.title,
                                               publication_types=tuple(a.publication_types or ()), not_about=d.not_about,
                                               not_about_kind=d.not_about_kind,
                                               is_animal=bool(animal), is_in_vitro=bool(in_vitro), is_human=bool(human),
                                               species=tuple(species or ())),
                # the comparisons' finding: the project's direction reading until a per-comparison reader exists
                arms=with_finding(arms[a.pmid], direction, "direction_rules"))
        out.append(r)
    return out


def _row(r: LinkResult, ch: str, content_hash: str | None) -> tuple:
    e = r.eligibility
    return (r.claim_id, r.pmid, r.relevance, json.dumps(r.reasons), r.therapy_mentions, r.condition_mentions,
            r.direction, r.direction_sentence, r.direction_confidence, ch, content_hash, LINKER_VERSION,
            e.status if e else None, e.reason if e else None, list(e.indirectness) if e else None,
            e.evidence if e else None, e.why if e else None, r.relevance >= LINK_THRESHOLD, r.condition_direct,
            r.not_about, r.not_about_kind)


@fewer_full_collections()  # the stage fills caches as it goes: see pipeline/gc_policy.py
def link_claims(con: duckdb.DuckDBPyConnection, claims: list[Claim], *, source: str = "local",
                quiet: bool = False, force: bool = False) -> LinkReport:
    """Run every claim's query over the stored articles and (re)write its claim_articles rows.

    Rows whose claim definition, article content and linker version are unchanged are kept as
    they are, so a no-change refresh re-links nothing. ``force`` re-assesses every hit all the same (for a
    reviewer or developer who changed the reading code without a new ``LINKER_RELEASE``).
    """
    if len({c.id for c in claims}) != len(claims):
        # the catalog rejects it (pipeline/claims/catalog.py); the writes, made together, need it
        raise ValueError("link_claims: a claim id appears twice")
    report = LinkReport(claims=len(claims))
    state = articles_state(con)
    done = links.link_state(con, source)
    if not force and all(done.get(c.id) == (claim_hash(c), state, LINKER_VERSION) for c in claims):
        counts = links.all_link_counts(con, LINK_THRESHOLD)
        for c in claims:
            hits, linked = counts.get(c.id, (0, 0))
            report.per_claim[c.id] = (hits, linked)
            report.query_hits += hits
            report.linked += linked
            report.unchanged += hits
        report.rejected = report.query_hits - report.linked
        log.info("link: nothing changed since the last run (%d claims, %d links kept)", len(claims), report.linked)
        return report
    # every article is indexed for the queries (only the fields they search), but only the hits are read
    # in full, with their abbreviations and O spans (a fifth to a quarter of the corpus)
    index = store_index(con)
    claim_hits = {c.id: index.search(compile_query(c.query)) for c in claims}
    wanted = sorted(set().union(*claim_hits.values()))
    articles = {a.pmid: a for a in iter_articles(con, wanted)}
    hashes = dict(con.execute("SELECT pmid, content_hash FROM articles").fetchall())
    # each article read once, whichever claims it is a hit of; its abbreviations as the extract stage stored them
    readings = Readings(current_abbreviations(con, wanted))
    arms: dict[int, StudyArms] = {}
    # the design reader's labels (extraction runs before linking); eligibility reads them
    evidence = {r[0]: tuple(r[1:]) for r in con.execute(
        "SELECT pmid, design, coalesce(is_human, FALSE), coalesce(is_animal, FALSE), coalesce(is_in_vitro, FALSE), "
        "coalesce(species, []) "
        "FROM article_evidence").fetchall()}
    o_spans = comparison_findings.stored_o_spans(con, wanted)  # the extraction's O spans: each comparison's outcome
    current_links = links.all_current_links(con)
    # every claim's writes, made in one transaction at the end (a transaction per claim cost a sixth of a
    # full relink); a run killed before it keeps the previous links, and the rerun redoes them all
    link_batch: list[tuple] = []
    comparison_batch: list[tuple] = []
    findings_cache: dict = {}  # (text, intervention, comparator, outcome, threshold) → Finding, this run's model
    studied_arms: dict[int, StudyArms] = {}  # the arms written, the last claim's where several read one study
    with progress(quiet) as bar:
        task = bar.add_task("link", total=len(claims))
        for claim in claims:
            ch = claim_hash(claim)
            hits = claim_hits[claim.id]
            report.query_hits += len(hits)
            current = current_links.get(claim.id, {})
            stale = [p for p in current if p not in set(hits)]
            todo = list(hits) if force else [p for p in hits if current.get(p) != (ch, hashes.get(p), LINKER_VERSION)]
            report.unchanged += len(hits) - len(todo)
            results = link_claim_articles(claim, [articles[p] for p in todo], readings, evidence, arms)
            # per-comparison findings, and the direction they allow (pipeline/claims/comparison_findings.py)
            results = comparison_findings.apply(claim, results, articles, readings, o_spans,
                                                findings_cache=findings_cache)
            rows = [_row(r, ch, hashes.get(r.pmid)) for r in results]
            studied = {r.pmid: r.arms for r in results if r.arms is not None}
            link_batch.append((claim.id, claim.query, len(hits), ch, stale + todo, rows))
            comparison_batch.append((claim.id, stale + todo, {p: a.comparisons for p, a in studied.items()}))
            for p, a in studied.items():
                studied_arms.pop(p, None)  # re-inserted last, as the claim-by-claim writes left them
                studied_arms[p] = a
            report.relinked += len(results)
            crash_point("link")
            bar.advance(task)
    with transaction(con):  # the queries, links, arms and state of every claim together
        links.replace_claims_links(con, source, state, LINKER_VERSION, link_batch)
        arms_store.replace_arms(con, list(studied_arms), studied_arms)
        arms_store.replace_claims_comparisons(con, comparison_batch)
    counts = links.all_link_counts(con, LINK_THRESHOLD)
    for claim, (_cid, _q, n_hits, *_rest) in zip(claims, link_batch):
        n_linked = counts.get(claim.id, (0, 0))[1]
        report.per_claim[claim.id] = (n_hits, n_linked)
        report.linked += n_linked
        report.rejected += n_hits - n_linked
    log.info("link: %d claims, %d query hits, %d linked, %d rejected, %d (re)assessed, %d unchanged",
             report.claims, report.query_hits, report.linked, report.rejected, report.relinked, report.unchanged)
    return report
