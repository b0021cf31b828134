"""Session 61's readings, on the records' own text (issue 17): a study's aim or hypothesis, said the other ways
abstracts say it, names the intervention the study tests (data/lexicons/linker_cues.yaml ``intervention``; LINKER_RELEASE
2026.12.152), so a record that names the therapy nowhere else as given reaches the link threshold."""

from __future__ import annotations

import pytest

from pipeline.claims import linker
from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH143 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data/eval/fresh143/claims.yaml")}

# PMID 123 (workshop corpus), both of fresh143's reviewers eligible for C1247 (proximal gastric vagotomy and reflux)
_VAGOTOMY_TITLE = ("The importance of an innervated and intact antrum and pylorus in preventing postoperative "
                   "duodenogastric reflux and gastritis.")
_VAGOTOMY = (
    "This study has investigated the relationship between duodenogastric reflux, gastritis and certain symptoms 6-12 "
    "months after three operations for uncomplicated duodenal ulcer. The operations studied were proximal gastric "
    "vagotomy (PGV, 20 cases), truncal vagotomy and pyloroplasty (TV+P, 22 cases) and truncal vagotomy and antrectomy "
    "(TV+A, 21 cases). Duodenogastric reflux was assessed both by a radiological technique and by measuring the "
    "concentration of bilirubin in the gastric aspirate before and after operation. Incidence and severity of "
    "postoperative gastritis were determined by endoscopic biopsy. Symptoms were assessed by symptomatic score and "
    "Visick grading. There was a significant correlation between duodenal reflux and histological evidence of both "
    "severe superficial gastritis and glandular atrophy (P less than 0-01). There was also a close association between "
    "the degree of reflux and the presence of severe heartburn, epigastric pain and bile vomiting after operation. The "
    "amount of reflux did not differ before operation. There was significantly less reflux following PGV than after "
    "either TV+P (P less than 0-025) or TV+A (P less than 0-001). The results indicate that an operation which "
    "preserves an innervated and intact antrum and pylorus will protect against postoperative duodenogastric reflux, "
    "gastritis and symptoms.")


@pytest.mark.parametrize("sentence", [
    # aims and hypotheses of the workshop corpus's records (29195732, 31985051, 16376236, 29882123, 22298438)
    "To compare the osteochondral allograft (OCA) outcomes of bipolar defects with isolated femoral defects.",
    "PURPOSE: To compare the osteochondral allograft (OCA) outcomes of bipolar defects with isolated femoral defects.",
    "We hypothesized that pulsed electromagnetic fields (PEMFs) would improve growth and healing of tissue-engineered "
    "cartilage grafts in a direction-dependent manner.",
    "This study tested the validity and reliability of the International Cartilage Repair Society (ICRS) cartilage "
    "repair assessment and the Oswestry Arthroscopy Score (OAS).",
    "The aim of the present study was to explore the therapeutic potential of cartilage regeneration using a new "
    "biphasic scaffold (type I collagen/hydroxyapatite).",
    "The present in vivo preliminary experiment is aimed at testing mechanical and biological behaviour of a new "
    "nano-structured composite multilayer biomimetic scaffold.",
    "The operations studied were proximal gastric vagotomy (PGV, 20 cases), truncal vagotomy and pyloroplasty.",
])
def test_a_stated_aim_or_hypothesis_names_the_studys_own_intervention(sentence):
    assert linker._INTERVENTION.search(sentence)


@pytest.mark.parametrize("sentence", [
    # what a record says of its methods or of others' work, without giving anything: no cue
    "Pearson's correlation coefficient was used to measure equivalence reliability.",
    "Scoring was repeated after a 2-month interval, to compare the two readings.",
    "Cell-based techniques have been proposed to repair cartilage.",
])
def test_a_sentence_that_states_no_aim_is_no_cue(sentence):
    assert not linker._INTERVENTION.search(sentence)


def test_what_a_study_says_it_studied_lifts_the_record_over_the_link_threshold():
    # the only body sentences naming proximal gastric vagotomy are "The operations studied were ..." (and the
    # results' "PGV"): read as the study's own intervention, the record reaches the threshold
    claim = FRESH143["C1247"]
    result = linker.assess(claim, Article(pmid=123, title=_VAGOTOMY_TITLE, abstract=_VAGOTOMY))
    assert any("named as the intervention" in r for r in result.reasons)
    assert result.relevance >= linker.LINK_THRESHOLD
