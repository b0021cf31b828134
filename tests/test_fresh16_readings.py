"""Readings from fresh16's errors (session 21, after the set's once-only score; the text is the records' own),
and one from fresh3 found while reading them.

* 32462269 (C187, chitosan implants; both blind reviewers: cointervention_only): a series of microfracture augmented
  with a chitosan scaffold, whose repair tissue "was compared with the corresponding posterior cartilage", was not
  read as single-arm - the patients' own native cartilage read as a comparison arm - so the single-arm rule never
  asked what the chitosan came with.
* 23563814 (C189, subchondral drilling; both: cointervention_only): "subchondral drilling augmented with a
  platelet-rich plasma-immersed polymer-based implant" - the product written into a hyphenated participle
  ("plasma-immersed") was not read as a product given.
* 36826851 (C190, nucleus pulposus cell transplantation; both: therapy_not_tested): nanoparticles "taken up by" and
  "remained within the nucleus pulposus cells" - the cells are where the nanoparticles went, not what was given.
* 32181674 (fresh3 C77, autologous chondrocyte implantation for osteochondritis dissecans; both reviewers of fresh3:
  eligible): "If failure is defined as revision of the graft or conversion to arthroplasty, then survivorship after
  ACI ..." - arthroplasty is an outcome counted after the therapy, not a treatment given with it.
* 30069652 (C187, both reviewers eligible; fresh3 C71 and fresh10 C130, both pairs of reviewers excluded): a source that
  glues its headings to its sentences ("knee joint.MethodsClinical data") and labels its arms "(25 patients, Group 1)"
  hid the study's two arms; read, they count it for chitosan implants but not for a claim whose therapy is only a kind
  of device ("cell-free scaffold"), which both arms get.
"""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.reading import read_article
from pipeline.models import AbstractSection, Article
from pipeline.nlp.arms import read_arms

FRESH16 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh16" / "claims.yaml")}
FRESH3 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh3" / "claims.yaml")}


def _assess(claim, article, design, **kw):
    reading = read_article(article)
    return assess_eligibility(claim, reading, read_arms(reading), design, title=article.title, **kw)

CHITOSAN_TITLE = ('Promising radiological outcome after repair of acetabular chondral defects by microfracture augmented with '
                  'chitosan-based scaffold: mid-term T2 mapping evaluation')
CHITOSAN = ('Purpose Radiological evaluation of the repair tissue produced after arthroscopic treatment of acetabular '
            'chondral lesions associated with femoroacetabular impingement (FAI) by the chitosan-based scaffold. Methods '
            'Patients of age 18-55 years with clinical and radiological features of FAI and non-arthritic non-dysplastic '
            'hips were selected for arthroscopic treatment. Full-thickness acetabular chondral defects were filled with '
            'chitosan-based scaffold material after microfracture. T2 mapping was carried out for all patients after 24 '
            'months using a 1.5-T machine. Nine regions of interest (ROIs) were localized from three consecutive sagittal '
            'slices including the area of repair. T2 relaxation times of ROIs in the repair area were compared with the '
            'corresponding posterior cartilage. Results Twenty-one patients, 17 men and 4 women, underwent arthroscopic '
            'treatment of full-thickness acetabular chondral defects with mean size of 3.6 +/- 1 cm(2)(range 2-6 cm(2)). '
            'Zone 2 was affected in all cases while zone 3 was involved in 13 cases. T2 relaxation values were collected '
            'from 189 ROIs for quantitative analysis. Within the peripheral repair area, the mean T2 value was 49.1 +/- 7.2'
            ' ms (ms), while ROIs of the central repair area had mean T2 values of 50.2 +/- 7.1 ms. Posterior cartilage '
            'showed mean T2 value of 46.2 +/- 7.6 ms Conclusion Arthroscopic microfracture of large full-thickness '
            'acetabular chondral defects with chitosan-based scaffold produced a homogenous repair tissue similar to the '
            'corresponding native cartilage of the same joint on quantitative T2 mapping at mid-term follow-up. Clinical '
            'relevance: augmentation of the microfracture by chitosan-based scaffold is a promising modality for treatment '
            'of large full-thickness acetabular defects.')
DRILLING_TITLE = ('Cartilage repair in the knee with subchondral drilling augmented with a platelet-rich plasma-immersed '
                  'polymer-based implant')
DRILLING = ('The aim of our study was to analyse the clinical and histological outcome after the treatment of focal '
            'cartilage defects in non-degenerative and degenerative knees with bone marrow stimulation and subsequent '
            'covering with a cell-free resorbable polyglycolic acid-hyaluronan (PGA-HA) implant immersed with autologous '
            'platelet-rich plasma (PRP). Fifty-two patients (mean age 44 years) with focal chondral defects in '
            'radiologically confirmed non-degenerative or degenerative knees were subjected to subchondral drilling '
            'arthroscopically. Subsequently, defects were covered with the PGA-HA implant immersed with autologous PRP. At '
            "2-year follow-up, the patients' situation was assessed using the Knee Injury and Osteoarthritis Outcome Score "
            '(KOOS) and compared to the pre-operative situation and 3-12-month follow-up. Biopsies (n = 4) were harvested '
            'at 18-24 months after implantation and were analysed by histology and collagen type II immune staining. At 1- '
            'and 2-year follow-up, the KOOS showed clinically meaningful and significant (p \\textbackslashtextless 0.05) '
            'improvement in all subcategories compared to baseline and to 3-month follow-up. There were no differences in '
            'KOOS data obtained after 2 years compared to 1 year after the treatment. Histological analysis of the biopsy '
            'tissue showed hyaline-like to hyaline cartilage repair tissue that was rich in cells with a chondrocyte '
            'morphology, proteoglycans and type II collagen. Covering of focal cartilage defects with the PGA-HA implant '
            "and PRP after bone marrow stimulation improves the patients' situation and has the potential to regenerate "
            'hyaline-like cartilage. Case series, Level IV.')
NANOCARRIER_TITLE = ('Novel Injectable Fluorescent Polymeric Nanocarriers for Intervertebral Disc Application.')
NANOCARRIER = ('Damage to intervertebral discs (IVD) can lead to chronic pain and disability, and no current treatments can '
               'fully restore their function. Some non-surgical treatments have shown promise; however, these approaches are '
               'generally limited by burst release and poor localization of diverse molecules. In this proof-of-concept study,'
               ' we developed a nanoparticle (NP) delivery system to efficiently deliver high- and low-solubility drug '
               'molecules. Nanoparticles of cellulose acetate and polycaprolactone-polyethylene glycol conjugated with '
               '1-oxo-1H-pyrido [2,1-b][1,3]benzoxazole-3-carboxylic acid (PBC), a novel fluorescent dye, were prepared by the'
               ' oil-in-water emulsion. Two drugs, a water insoluble indomethacin (IND) and a water soluble 4-aminopyridine '
               '(4-AP), were used to study their release patterns. Electron microscopy confirmed the spherical nature and '
               'rough surface of nanoparticles. The particle size analysis revealed a hydrodynamic radius ranging ~150-162 nm '
               'based on dynamic light scattering. Zeta potential increased with PBC conjugation implying their enhanced '
               'stability. IND encapsulation efficiency was almost 3-fold higher than 4-AP, with release lasting up to 4 days,'
               ' signifying enhanced solubility, while the release of 4-AP continued for up to 7 days. Nanoparticles and their'
               ' drug formulations did not show any apparent cytotoxicity and were taken up by human IVD nucleus pulposus '
               'cells. When injected into coccygeal mouse IVDs in vivo, the nanoparticles remained within the nucleus pulposus'
               ' cells and the injection site of the nucleus pulposus and annulus fibrosus of the IVD. These fluorescent '
               'nano-formulations may serve as a platform technology to deliver therapeutic agents to IVDs and other tissues '
               'that require localized drug injections.')
CHITOSAN_VS_HA_TITLE = ('Clinical and radiographic outcomes of chitosan-glycerol phosphate/blood implant are similar with hyaluronic '
                        'acid-based cell-free scaffold in the treatment of focal osteochondral lesions of the knee joint')
# as the source writes it: headings glued to the sentences on both sides ("joint.MethodsClinical data")
CHITOSAN_VS_HA = ('PurposeTo determine the clinical and radiographic efficacy of chitosan-glycerol phosphate/blood implant versus'
                  ' hyaluronic acid-based cell-free scaffold in patients with focal osteochondral lesion of the knee '
                  'joint.MethodsClinical data of 46 patients surgically treated using either chitosan-glycerol phosphate/blood '
                  'implant (25 patients, Group 1) or hyaluronic acid-based cell-free scaffold (21 patients, Group 2) in '
                  'combination with microfracture were retrospectively evaluated. All lesions were Outerbridge grade III or IV '
                  'with a mean lesion size of 3.30.7cm(2). The mean follow-up time was 24.4 months. Visual analogue scale (VAS), '
                  'Lysholm knee score, and Tegner activity scale were the instruments to evaluate the clinical status. Magnetic '
                  'resonance observation of cartilage repair tissue (MOCART) system was used to analyze the characteristics of '
                  'repair tissue.ResultsNo significant differences were detected between the groups regarding VAS, Lysholm, and '
                  'Tegner scores at any time interval during the whole follow-up. The mean post-operative VAS and Lysholm scores '
                  'at the latest follow-up was significantly better in cases with the lesion size3cm(2) in Group 1 (p=0.001, '
                  'p\\textbackslashtextless0.001, respectively). However, no significant differences according to the lesion size '
                  'were detected in Group 2 (n.s.). Complete repair with the filling of the defect was achieved in 7 (28%) of the'
                  ' knees in Group 1 and it was 7 (33.3%) of the knees in Group 2 according to MOCART system at the latest '
                  'follow-up.ConclusionSingle-stage regenerative cartilage surgery using chitosan-glycerol phosphate/blood '
                  'implant combined to microfracture for focal osteochondral lesions of the knee revealed similar clinical and '
                  'radiographic outcomes with hyaluronic acid-based cell-free scaffold at short-term follow-up. However, clinical'
                  ' outcomes of hyaluronan scaffold were less sensitive to defect size than chitosan. With the advantages of no '
                  'hypertrophic repair tissue formation as well as no need to arthrotomy during surgery, chitosan is an effective'
                  ' choice especially in patients with the lesion size3cm(2).Level of evidence III.')
OCD_TITLE = 'Autologous Chondrocyte Implantation as Treatment for Unsalvageable Osteochondritis Dissecans: 10- to 25-Year Follow-up'
OCD_SECTIONS = [
    AbstractSection(text=('An unsalvageable osteochondritis dissecans (OCD) fragment has been defined as one that cannot be saved. '
                    'Unsalvageable OCD lesions have been treated with various techniques, including fragment excision, '
                    'microfracture, osteochondral autograft transfer, fresh osteochondral allograft transplantation, and autologous'
                    ' chondrocyte implantation (ACI).'), label='Background', nlm_category=None),
    AbstractSection(text=('Patients who underwent ACI as treatment for unsalvageable OCD more than 10 years ago would maintain '
                    'satisfactory patient-oriented outcome measures and have a low need for additional open surgery, especially '
                    'arthroplasty.'), label='Hypothesis', nlm_category=None),
    AbstractSection(text=('Case series; Level of evidence, 4.'), label='Study Design', nlm_category=None),
    AbstractSection(text=('All Swedish and Norwegian patients (59 patients with 67 OCD lesions) who underwent ACI for OCD under the '
                    'direction of the senior author between 1990 and 2005 were identified through manual chart review. Features of '
                    'the patient, OCD lesion, and surgery were extracted from the medical record and intraoperative photographs. '
                    'Patients were sent questionnaires to assess the Knee injury and Osteoarthritis Outcome Score, Tegner-Wallgren '
                    'activity score, and Lysholm score. In addition, patients were asked whether they had to undergo further '
                    'surgery, including knee replacement, of the knee that underwent ACI. They were asked whether they would have '
                    'the surgery again if in the same situation.'), label='Methods', nlm_category=None),
    AbstractSection(text=('A total of 55 patients (93%) with 61 OCD lesions (91%) responded. The median follow-up duration was 19 years '
                    '(range, 10-26 years) and the median age at follow-up was 43 years (range, 28-69 years). Subsequent arthroscopy'
                    ' was performed in the majority of cases, although many of these were scheduled “second looks” as part of a '
                    'study. With respect to other subsequent surgery, 12 knees (20%) underwent any additional open surgery, but '
                    'only 2 knees (3%) underwent arthroplasty. Eight knees (13%) underwent revision ACI. Most patients reached '
                    'their preinjury activity level (62%) and would undergo ACI again if in the same situation (85%). If failure is'
                    ' defined as revision of the graft or conversion to arthroplasty, then survivorship after ACI for OCD in the '
                    'current study would be 87% at 10 years, 85% at 15 years, and 82% at 20 years.'), label='Results', nlm_category=None),
    AbstractSection(text=('ACI for OCD provides a durable treatment option. At a median follow-up of 19 years, there was a very low (~3%)'
                    ' conversion to total knee arthroplasty.'), label='Conclusion', nlm_category=None),
]


def test_a_series_compared_with_native_cartilage_is_single_arm_and_its_cointervention_is_read():
    article = Article(pmid=32462269, title=CHITOSAN_TITLE, abstract=CHITOSAN)
    reading = read_article(article)
    assert read_arms(reading).single_arm
    e = _assess(FRESH16["C187"], article, "other", is_human=True)
    assert e.reason == "cointervention_only" and "microfracture" in e.why, e
    # a comparison with another treatment is still a comparison
    other = CHITOSAN.replace("compared with the corresponding posterior cartilage", "compared with microfracture alone")
    assert not read_arms(read_article(Article(pmid=1, title=CHITOSAN_TITLE, abstract=other))).single_arm


def test_a_product_written_into_a_hyphenated_participle_is_given_too():
    e = _assess(FRESH16["C189"], Article(pmid=23563814, title=DRILLING_TITLE, abstract=DRILLING), "case_series",
                is_human=True)
    assert e.reason == "cointervention_only" and "platelet-rich plasma" in e.why, e


def test_cells_named_only_as_where_nanoparticles_went_are_not_the_therapy():
    e = _assess(FRESH16["C190"], Article(pmid=36826851, title=NANOCARRIER_TITLE, abstract=NANOCARRIER), "animal_study",
                is_animal=True)
    assert e.reason == "therapy_not_tested" and "where another product went" in e.why, e
    # cells that are injected are the therapy
    given = NANOCARRIER.replace("the nanoparticles remained within the nucleus pulposus cells",
                                "nucleus pulposus cells were transplanted")
    e = _assess(FRESH16["C190"], Article(pmid=1, title=NANOCARRIER_TITLE, abstract=given), "animal_study",
                is_animal=True)
    assert "where another product went" not in (e.why or ""), e


def test_conversion_to_arthroplasty_is_an_outcome_not_a_cointervention():
    article = Article(pmid=32181674, title=OCD_TITLE, abstract=" ".join(s.text for s in OCD_SECTIONS),
                      abstract_sections=OCD_SECTIONS)
    e = _assess(FRESH3["C77"], article, "case_series", is_human=True)
    assert e.eligible, e
    # arthroplasty given with the therapy is a co-intervention
    sections = [AbstractSection(text=s.text.replace("revision of the graft or conversion to arthroplasty",
                                               "revision of the graft, combined with arthroplasty"), label=s.label,
                                nlm_category=None)
                for s in OCD_SECTIONS]
    article = Article(pmid=1, title=OCD_TITLE, abstract=" ".join(s.text for s in sections), abstract_sections=sections)
    assert _assess(FRESH3["C77"], article, "case_series", is_human=True).reason == "cointervention_only"


def test_two_members_of_a_claimed_device_class_compared_is_every_arm_getting_one():
    """The glued-heading reading made 30069652's arms readable ("(25 patients, Group 1)"): chitosan-glycerol
    phosphate/blood implant against a hyaluronic acid-based cell-free scaffold. For chitosan implants (C187, both
    reviewers eligible) the scaffold is an active comparator; for fresh3's C71, whose therapy is only a kind of device
    ("cell-free scaffold"), both arms get one (both fresh3 reviewers: cointervention_only)."""
    from pipeline.claims.eligibility import _names_a_device_class

    assert _names_a_device_class(FRESH3["C71"]) and not _names_a_device_class(FRESH16["C187"])
    sections = [AbstractSection(text=CHITOSAN_VS_HA, label=None, nlm_category=None)]
    article = Article(pmid=30069652, title=CHITOSAN_VS_HA_TITLE, abstract=CHITOSAN_VS_HA, abstract_sections=sections)
    e = _assess(FRESH16["C187"], article, "cohort", is_human=True)
    assert e.eligible and "differs between arms" in e.why, e
    e = _assess(FRESH3["C71"], article, "cohort", is_human=True)
    assert e.reason == "cointervention_only" and "every arm receives a cell-free scaffold" in e.why, e
