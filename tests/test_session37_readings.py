"""Readings mended in session 37, on the records' own text (workshop corpus, as PubMed has them).

* 25395623 (fresh60 C691, "Fic AMPylates BiP in endoplasmic reticulum homeostasis"; both reviewers, HA2 and HB2:
  eligible): the conclusion speaks only of the results as a whole ("These findings not only present the first substrate
  of eukaryotic AMPylator ..."), so it names no agent, and no result has dFic before its finding word ("we identified
  the ER chaperone BiP as a substrate for dFic"). With the title naming the therapy, a result that names it (not as a
  measured molecule) is read as the therapy's result. The same record under a title that does not name the therapy
  stays "not about" it; a result naming the therapy only as a measured molecule's qualifier ("dFic activity") is not
  read.
* 17622075 (fresh64 C726, "a neurogenic bladder brings urinary tract infections"; both reviewers, LA2 and LB2: a
  narrative review, no data): read by the design reader as a guideline (it retells a consensus conference's answers),
  it was counted as "other design". A guideline or consensus statement recommends; unless it pools data of its own it
  reports no result.
* 15732843 (fresh65 C736, "frontal sinusitis leads to Pott's puffy tumour"; both reviewers, MA2 and MB2: eligible): a
  case report whose own sentence tells its patient's harm as arising from the exposure ("the case of 13-year-old boy with
  subperiosteal abscess resulting from exacerbation of chronic frontal sinusitis") reports the exposure's harm, as a
  case title saying so does; its background's "usually seen as a complication of frontal sinusitis" does not make the
  exposure "general practice". Not a sentence about other reports' cases ("previously reported cases of ...").
* 25542932 (fresh65 C741, "LPA2 lets fibroblasts sense a chemotactic gradient"; MA2, MB2: eligible): "we determined
  that ..." says what the authors found; and "LPA2", defined as "lysophosphatidic acid receptor 2", names the receptor
  the claim is about - a long form that is one of the concept's own names is no measured molecule's qualifier.
* 26702243 (fresh66 C743, "endoscopic ultrasound recognises an ectopic pancreas"; NA2, NB2: eligible): the title names
  the test by its adjective ("Endoscopic Ultrasonographic Images"), as a disease is named by its adjective; and a claim
  that a test recognises a condition is about what the test tells, which the treatment the case's patient got
  afterwards ("Surgical resection of the mass was performed") does not confound.
* fresh67 (C752, C754, C761; both reviewers, OA2 and OB2: eligible): a case report's title "Cat scratch disease with
  epidural extension ..." names the exposure and then the harm its patient had with it (the case's finding, as a
  title saying the harm arose from the exposure is); a case report "with a review of the literature" still reports
  its own case (the title's "review" does not make it a review); a title "Application of phage display to high
  throughput antibody generation" says the study reports what the method did, as "results of" does.
"""

from __future__ import annotations

from dataclasses import replace

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.direction import _names_measured
from pipeline.claims.direction_rules import STUDY_WHOLE
from pipeline.claims.mentions import concept_regex
from pipeline.models import Article

FRESH64 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh64" / "claims.yaml")}
FRESH60 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh60" / "claims.yaml")}

DFIC = Article(
    pmid=25395623,
    title='Unfolded protein response-regulated Drosophila Fic (dFic) protein reversibly AMPylates BiP chaperone during endoplasmic reticulum homeostasis.',
    abstract='Drosophila Fic (dFic) mediates AMPylation, a covalent attachment of adenosine monophosphate (AMP) from ATP to hydroxyl side chains of protein substrates. Here, we identified the endoplasmic reticulum (ER) chaperone BiP as a substrate for dFic and mapped the modification site to Thr-366 within the ATPase domain. The level of AMPylated BiP in Drosophila S2 cells is high during homeostasis, whereas the level of AMPylated BiP decreases upon the accumulation of misfolded proteins in the ER. Both dFic and BiP are transcriptionally activated upon ER stress, supporting the role of dFic in the unfolded protein response pathway. The inactive conformation of BiP is the preferred substrate for dFic, thus endorsing a model whereby AMPylation regulates the function of BiP as a chaperone, allowing acute activation of BiP by deAMPylation during an ER stress response. These findings not only present the first substrate of eukaryotic AMPylator but also provide a target for regulating the unfolded protein response, an emerging avenue for cancer therapy.',
    publication_types=['Journal Article', 'Research Support, N.I.H., Extramural', "Research Support, Non-U.S. Gov't"])
FACTS = dict(is_human=False, is_animal=True, species=("drosophila",))  # as extracted: design "animal_study"


def test_a_result_naming_the_therapy_is_read_when_the_conclusion_speaks_of_the_results_as_a_whole():
    e, d = assess_as_linked(FRESH60["C691"], DFIC, "animal_study", **FACTS)
    assert e.eligible, (e, d.not_about)
    assert "dFic" in d.sentence


def test_not_when_the_title_does_not_name_the_therapy():
    untitled = replace(DFIC, title="Reversible AMPylation of the BiP chaperone during endoplasmic reticulum homeostasis.")
    e, d = assess_as_linked(FRESH60["C691"], untitled, "animal_study", **FACTS)
    assert not e.eligible and d.not_about == "the finding is not about Fic", (e, d.not_about)


def test_a_result_naming_the_therapy_as_a_measured_molecule_is_not_its_result():
    fic = FRESH60["C691"].therapy
    assert _names_measured(fic, "dFic activity was high in S2 cells during homeostasis.", {})
    assert not _names_measured(fic, "We identified the ER chaperone BiP as a substrate for dFic.", {})


def test_what_speaks_of_the_results_as_a_whole():
    for s in ("These findings not only present the first substrate of eukaryotic AMPylator.",
              "Altogether, our data unravel a novel mechanism of Tat-mediated neuronal toxicity.",
              "Our results describe a mechanism for resource reallocation within intact animals."):
        assert STUDY_WHOLE.search(s), s
    for s in ("PRP reduced pain at 12 months.", "The results of dFic knockdown were striking."):
        assert not STUDY_WHOLE.search(s), s


UTI_CONSENSUS = Article(
    pmid=17622075,
    title='[Urinary tract infection and neurogenic bladder].',
    abstract='One of the main complications of spinal cord injury is neurogenic bladder when the bladder fails to empty spontaneously. Urinary tract infection is the leading cause of morbidity and the second cause of mortality in these subjects. Patient education and personalized medical follow-up must ensure adapted management depending on the risk factors and the voiding mode. The risk of urinary tract infection can be decreased by perfect neurological control of detrusor activity combined with a method of drainage: intermittent self-catheterization. Despite these measures, many patients experience recurrent symptomatic urinary tract infections. Repeated antibiotic therapy increases the risk of selection of multiresistant bacteria without reducing either the incidence or the severity of symptomatic urinary tract infections. Asymptomatic bacteriuria is very frequent in patients treated by intermittent catheterization and does not justify antibiotic therapy, as antiseptics and urinary alkalinizers or acidifiers have been shown to be effective. "Antibiocycle" strategies could have a beneficial role by significantly decreasing the number of infections and hospitalizations with no major ecological risks, by using molecules that are well tolerated orally with a low selection pressure. All febrile urinary tract infections require rapid investigation and an urgent urological and infectious diseases opinion (abscess, severe sepsis, resistance). The SPILF-AFU 2002 consensus conference provided answers to major questions concerning the definition, treatment and prevention of nosocomial urinary tract infection, especially in a context of neurogenic bladder.',
    publication_types=['English Abstract', 'Journal Article'])


def test_a_guideline_reports_no_result_of_its_own():
    # (as extracted: design "guideline", human)
    e, _ = assess_as_linked(FRESH64["C726"], UTI_CONSENSUS, "guideline", is_human=True, species=("human",))
    assert not e.eligible and e.reason == "no_findings", e


def test_a_guideline_that_pools_data_still_reports_it():
    pooled = replace(UTI_CONSENSUS, abstract=UTI_CONSENSUS.abstract + " In a meta-analysis of 12 trials, cranberry "
                     "reduced urinary tract infections (pooled RR 0.62, 95% CI 0.49-0.80).")
    e, _ = assess_as_linked(FRESH64["C726"], pooled, "guideline", is_human=True, species=("human",))
    assert e.reason != "no_findings" or "guideline" not in e.why, e


POTT = Article(
    pmid=15732843,
    title="[A case of Pott's tumor in a 13-year-old boy].",
    abstract="Pott's puffy tumor is an infrequent entity characterized by subperiosteal abscess associated with frontal bone osteomyelitis. It is usually seen as a complication of frontal sinusitis. Although cases, in patients of all ages have been reported, teenagers are the most frequently affected. Despite modern methods of diagnosis and treatment, 9 new cases in children, have been published in the last 7 years. This paper describes the case of 13-year-old boy with subperiosteal abscess resulting from exacerbation of chronic frontal sinusitis. Complete resolution occurred with an intensive antibiotic regime and drainage of frontal sinus and subperiosteal abscess.",
    publication_types=['Case Reports', 'Journal Article'])
FRESH67 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh67" / "claims.yaml")}
FRESH66 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh66" / "claims.yaml")}
FRESH65 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh65" / "claims.yaml")}


def test_a_case_sentence_telling_the_harm_as_arising_from_the_exposure_reports_it():
    e, d = assess_as_linked(FRESH65["C736"], POTT, "case_report", is_human=True, species=("human",))
    assert e.eligible, (e, d.not_about)
    assert "resulting from" in e.evidence


def test_not_a_sentence_about_other_reports_cases():
    others = replace(POTT, abstract=POTT.abstract.replace(
        "This paper describes the case of 13-year-old boy with subperiosteal abscess resulting from",
        "We reviewed the previously reported cases of subperiosteal abscess resulting from"))
    e, _ = assess_as_linked(FRESH65["C736"], others, "case_report", is_human=True, species=("human",))
    assert not e.eligible, e


LPA2 = Article(
    pmid=25542932,
    title='Asymmetrical macromolecular complex formation of lysophosphatidic acid receptor 2 (LPA2) mediates gradient sensing in fibroblasts.',
    abstract='Chemotactic migration of fibroblasts toward growth factors relies on their capacity to sense minute extracellular gradients and respond to spatially confined receptor-mediated signals. Currently, mechanisms underlying the gradient sensing of fibroblasts remain poorly understood. Using single-particle tracking methodology, we determined that a lysophosphatidic acid (LPA) gradient induces a spatiotemporally restricted decrease in the mobility of LPA receptor 2 (LPA2) on chemotactic fibroblasts. The onset of decreased LPA2 mobility correlates to the spatial recruitment and coupling to LPA2-interacting proteins that anchor the complex to the cytoskeleton. These localized PDZ motif-mediated macromolecular complexes of LPA2 trigger a Ca(2+) puff gradient that governs gradient sensing and directional migration in response to LPA. Disruption of the PDZ motif-mediated assembly of the macromolecular complex of LPA2 disorganizes the gradient of Ca(2+) puffs, disrupts gradient sensing, and reduces the directional migration of fibroblasts toward LPA. Our findings illustrate that the asymmetric macromolecular complex formation of chemoattractant receptors mediates gradient sensing and provides a new mechanistic basis for models to describe gradient sensing of fibroblasts.',
    publication_types=['Journal Article', 'Research Support, N.I.H., Extramural'])


def test_a_receptor_named_by_its_own_short_form_is_what_the_study_tested():
    # (as extracted: design "animal_study", animal; the abbreviations the extract stage stored)
    stored = {"LPA2": "lysophosphatidic acid receptor 2", "LPA": "lysophosphatidic acid"}
    e, d = assess_as_linked(FRESH65["C741"], LPA2, "animal_study", abbreviations=stored, is_animal=True)
    assert e.eligible, (e, d.not_about)
    lpa2 = FRESH65["C741"].therapy
    assert not _names_measured(lpa2, "the mobility of LPA receptor 2 (LPA2) on chemotactic fibroblasts", stored)
    assert _names_measured(lpa2, "LPA2 expression was measured by qPCR.", stored)


ECTOPIC = Article(
    pmid=26702243,
    title='Ectopic Pancreas in the Duodenojejunal Flexure-Computed Tomographic and Endoscopic Ultrasonographic Images.',
    abstract='Ectopic pancreas is a rare entity where the pancreatic tissue has no anatomic and vascular contact with the main body of the pancreas and has its own duct system and vascular supply. A detailed clinical report with contrast-enhanced computed tomography (CT) and endoscopic ultrasonography (EUS) imaging findings of a 40-year-old male came with vague symptoms. CT showed a well-defined homogeneously enhancing mass lesion in the duodenojejunal (DJ) flexure. EUS revealed a well-defined hypoechoic mass lesion in the submucosal layer of the DJ flexure. Surgical resection of the mass was performed, and histopathological examination of specimen confirmed the pancreatic tissues. Here, we have described the CT and EUS imaging features which can help to differentiate the ectopic pancreas from the gastrointestinal submucosal tumours.',
    publication_types=['Journal Article'])


def test_an_imaging_method_named_by_its_adjective():
    rx = concept_regex(("endoscopic ultrasonography",))
    assert rx.search("Computed Tomographic and Endoscopic Ultrasonographic Images")
    assert rx.search("endoscopic ultrasonography (EUS)")
    assert not rx.search("endoscopic ultrasound-guided biliary drainage")  # another word, not a form of it


def test_a_case_that_a_test_recognises_the_condition_is_not_confounded_by_its_later_surgery():
    e, d = assess_as_linked(FRESH66["C743"], ECTOPIC, "case_report", is_human=True, species=("human",))
    assert e.eligible, (e, d.not_about)


CAT_SCRATCH = Article(
    pmid=17337934,
    title='Cat scratch disease with epidural extension while on antimicrobial treatment.',
    abstract='We report the first case of a child with an epidural abscess caused by Bartonella henselae. This case is unique in that the diagnosis was confirmed by polymerase chain reaction (PCR) of the abscess fluid. A 3-year-old male was admitted with a 1-week history of fever and lower back pain. Magnetic resonance imaging (MRI) of the lumbar spine revealed a paraspinal soft tissue abnormality extending from the T(12) to the L(4) level, and a computed tomography (CT) scan of the lumbar spine showed osteomyelitis at the T(12) level with soft tissue changes. B. henselae serology showed an IgG titer of 1:256 and IgM of <1:16.',
    publication_types=['Case Reports', 'Journal Article'])
HUMAN = dict(is_human=True, species=("human",))


def test_a_case_title_naming_the_exposure_with_the_harm_is_the_case_finding():
    e, d = assess_as_linked(FRESH67["C752"], CAT_SCRATCH, "case_report", **HUMAN)
    assert e.eligible, (e, d.not_about)
    # not when the title names the exposure without the harm: the case's finding is then read from the abstract
    other = replace(CAT_SCRATCH, title="Cat scratch disease while on antimicrobial treatment.")
    assert not assess_as_linked(FRESH67["C752"], other, "case_report", **HUMAN)[0].eligible


PHAEO = Article(
    pmid=1397202,
    title='Cerebral phaeohyphomycosis caused by Xylohypha bantiana, with a review of the literature.',
    abstract="A 76-year-old male with chief complaints of back and right leg sciatica was hospitalized. His abdominal CT scan revealed lumber spondylitic stenosis. A laminectomy was performed. Postoperatively, he became febrile, aphasic and had grand mal seizure. A left craniotomy of the front abscess, seen in the CT scan, was performed. H and E stained smears of drainage revealed dematiaceous, septate hyphae. Cultures of the abscess drainage grew an olivaceous-grey fungus. Based on macro- and micro-morphological characters, growth at 42 degrees C, and exoantigenic analysis, the patient's fungus was identified as Xylohypha bantiana. Treatment with amphotericin B and 5-fluorocytosine was initiated. Despite surgical procedures and antifungal therapy, the patient's condition deteriorated and he died a few weeks later due to cerebral edema. The case reported here is the first microscopically, culturally, histopathologically and exoantigenically proven case of phaeohyphomycosis caused by X. bantiana in the province of Alberta and from Canada. A review of the literature on cases of X. bantiana infections has also been presented.",
    publication_types=['Case Reports', 'Journal Article', 'Review'])


def test_a_case_report_with_a_review_of_the_literature_reports_its_case():
    e, d = assess_as_linked(FRESH67["C754"], PHAEO, "case_report", **HUMAN)
    assert e.eligible, (e, d.not_about)
    # a review alone, no case, stays a review
    review = replace(PHAEO, publication_types=['Journal Article', 'Review'])
    e, _ = assess_as_linked(FRESH67["C754"], review, "narrative_review", **HUMAN)
    assert not e.eligible and e.reason == "no_findings", e


PHAGE = Article(
    pmid=18047641,
    title='Application of phage display to high throughput antibody generation and characterization.',
    abstract='We have created a high quality phage display library containing over 1010 human antibodies and describe its use in the generation of antibodies on an unprecedented scale. We have selected, screened and sequenced over 38,000 recombinant antibodies to 292 antigens, yielding over 7,200 unique clones. 4,400 antibodies were characterized by specificity testing and detailed sequence analysis and the data/clones are available online. Sensitive detection was demonstrated in a bead based flow cytometry assay. Furthermore, positive staining by immunohistochemistry on tissue microarrays was found for 37% (143/381) of antibodies. Thus, we have demonstrated the potential of and illuminated the issues associated with genome-wide monoclonal antibody generation.',
    publication_types=['Journal Article', "Research Support, Non-U.S. Gov't"])


def test_a_title_applying_the_method_says_the_findings_are_its():
    # (as extracted: design "animal_study", human and animal flags)
    e, d = assess_as_linked(FRESH67["C761"], PHAGE, "animal_study", is_human=True, is_animal=True, species=("human",))
    assert e.eligible, (e, d.not_about)
