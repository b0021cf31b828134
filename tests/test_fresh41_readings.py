"""Readings from fresh41's errors (session 30), on the records' own text (workshop corpus, as PubMed has them).

fresh41 was scored once (e874d73) before it was opened; each expectation is both blind reviewers' label.

* 22046579 (C473, "capsaicin protects the stomach lining against Helicobacter pylori"; both: not eligible) stains
  gastric biopsies for the capsaicin receptor; capsaicin is named only as "capsaicin-sensitive afferent nerves" and
  "capsaicin receptor (TRVP1)", never given. It was read as the study's intervention.
* 36808516 (C472, "dry needling relieves the pain of lumbar disc herniation"; both: not eligible) "presents professor
  WU Han-qing's experience" of a needling technique, with no patient data; its "the clinical effect is improved" was
  read as a result.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH41 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh41" / "claims.yaml")}

NEEDLING = Article(
    pmid=36808516,
    title='[Empirical analysis on lumbar disc herniation treated with "sinew-bone three needling technique" of '
          'Chinese medicine].',
    abstract="The paper presents professor WU Han-qing's experience in treatment of lumbar disc herniation (LDH) "
             'with "sinew-bone three needling technique" of Chinese medicine. Based on the theory of meridian '
             'sinew, the points are located by "three-pass method" in terms of the distribution of meridian sinew '
             'and syndrome/pattern differentiation. The cord-like muscles and adhesion are relieved by relaxing '
             'technique to work directly on the affected sites and alleviate the local compression to the nerve '
             'root. The needle technique is operated flexibly according to the affected regions involved, due to '
             'which, the needling sensation is increased while the safety ensured. As a result, the meridian qi is'
             ' enhanced, the mind and qi circulation is regulated; and the clinical effect is improved.')

CAPSAICIN = Article(
    pmid=22046579,
    title='Capsaicin-sensitive afferentation represents an indifferent defensive pathway from eradication in '
          'patients with H. pylori gastritis.',
    abstract='AIM: To study the role of capsaicin-sensitive afferent nerves in Helicobacter pylori (H. pylori) '
             'positive chronic gastritis before and after eradication.\n\nMETHODS: Gastric biopsy samples were '
             'obtained from corpus and antrum mucosa of 20 healthy human subjects and 18 patients with H. pylori '
             'positive chronic gastritis (n = 18) before and after eradication. Traditional gastric mucosal '
             'histology (and Warthin-Starry silver impregnation) and special histochemical examinations were '
             'carried out. Immunohistochemistry for capsaicin receptor (TRVP1), calcitonin gene-related peptide '
             '(CGRP) and substance P (SP) were carried out by the labeled polymer immunohistological method (Lab '
             'Vision Co., USA) using polyclonal rabbit and rat monoclonal antibodies (Abcam Ltd., UK).\n\nRESULTS: '
             'Eradication treatment was successful in 16 patients (89%). Seven patients (7/18, 39%) remained with '
             'moderate complaints, meanwhile 11 patients (11/28, 61%) had no complaints. At histological '
             'evaluation, normal gastric mucosa was detected in 4 patients after eradication treatment (4/18, '
             '22%), and moderate chronic gastritis could be seen in 14 (14/18, 78%) patients. Positive immuno-'
             'staining for capsaicin receptor was seen in 35% (7/20) of controls, 89% (16/18, P < 0.001) in '
             'patients before and 72% (13/18, P < 0.03) after eradication. CGRP was positive in 40% (8/20) of '
             'controls, and in 100% (18/18, P < 0.001) of patients before and in 100% (18/18, P < 0.001) after '
             'eradication. The immune-staining of gastric mucosa for substance-P was positive in 25% (5/20) of '
             'healthy controls, and in 5.5% (3/18, P > 0.05) of patients before and in 0% of patients (0/18, P > '
             '0.05) after H. pylori eradication.\n\nCONCLUSION: Distibution of TRVP1 and CGRP is altered during the '
             'development of H. pylori positive chronic gastritis. The immune-staining for TRVP1, CGRP and SP '
             'rwemained unchanged before and after H. pylori eradication treatment. The capsaicin-sensitive '
             'afferentation is an independent from the eradication treatment. The 6 wk time period might not be '
             'enough time for the restituion of chronic H. pylori positive chronic gastritis. The H. pylori '
             'infection might not represent the main pathological factor in the development of chronic gastritis.')


def test_a_study_naming_the_substance_only_as_its_receptor_and_sensitive_nerves_gives_it_to_no_one():
    e, _ = assess_as_linked(FRESH41["C473"], CAPSAICIN, "other", is_human=True)
    assert not e.eligible and e.reason == "therapy_not_tested", e
    assert "capsaicin receptor" in e.why or "Capsaicin-sensitive" in e.why, e


def test_an_experts_practice_presented_without_data_reports_no_findings():
    e, _ = assess_as_linked(FRESH41["C472"], NEEDLING, "other", is_human=True)
    assert not e.eligible and e.reason == "no_findings", e
