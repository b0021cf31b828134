"""Session 44's readings (fresh80, after the set was scored), on the real sentences of the records they were written
from: a title naming the claim's therapy or exposure only as the label of the genes it studies ("Ferroptosis-Related
Key Gene Signature") is a study of those genes' expression - it neither gives nor measures the process
(eligibility._therapy_only_labelling_genes; every such study in the 80 sets' reviews, ten pairs, is excluded by both
reviewers; a study that measures the process itself is not touched by the rule); and autologous matrix-induced
chondrogenesis (AMIC: microfracture under a membrane) is surgery, so a series giving a scaffold or a bone graft within
AMIC to every patient isolates neither (data/lexicons/arms.yaml surgery); and "Matrix Degradation" in a title is the
tissue's own matrix, not a scaffold the study compares (fresh81 C889; eligibility._names_a_scaffold); and a small
uncontrolled series whose every patient also had another treatment of the condition does not isolate the therapy
(fresh82 C891; eligibility._series_all_got_other)."""

from __future__ import annotations

from pathlib import Path

from pipeline.claims import eligibility
from pipeline.claims.catalog import load_catalog
from pipeline.claims.models import Claim, Concept, Polarity
from pipeline.models import Article
from tests.eligibility_helpers import assess_as_linked

# fresh80's claims as the reviewers read them (data/eval/fresh80/claims.yaml)
_FRESH80 = {c.id: c for c in load_catalog(Path(__file__).resolve().parents[1] / "data/eval/fresh80/claims.yaml")}
SCAFFOLDS, BONE_GRAFT = _FRESH80["C879"], _FRESH80["C881"]
PEEK_CAGES = {c.id: c for c in load_catalog(Path(__file__).resolve().parents[1] / "data/eval/fresh82/claims.yaml")}["C891"]
PYROPTOSIS = {c.id: c for c in load_catalog(Path(__file__).resolve().parents[1] / "data/eval/fresh81/claims.yaml")}["C889"]
FERROPTOSIS = Claim(id="T1", title="Ferroptosis drives intervertebral disc degeneration",
                    therapy=Concept("ferroptosis", ("ferroptotic cell death", "ferroptotic death")),
                    condition=Concept("intervertebral disc degeneration", ("disc degeneration", "IVDD", "IDD")),
                    quotes=(), seed_strength="asserted", query="ferroptosis[tiab]", polarity=Polarity.HARM)

# 36819777 (workshop corpus)
SIGNATURE = Article(pmid=36819777, title=('Establishment of Ferroptosis-Related Key Gene Signature and Its Validation in Compression-Induced '
                          'Intervertebral Disc Degeneration Rats.'),
                   abstract=('Cell death and functional loss of nucleus pulposus cell play essential roles in intervertebral disc '
                             'degeneration (IDD). Ferroptosis is a newly identified cell death type, and its role in IDD is still '
                             'under investigation. Identifying the key genes of ferroptosis in IDD helps to identify the '
                             'therapeutic targets of IDD. In this study, we downloaded the human IDD mRNA microarray data from the'
                             ' Gene Expression Omnibus and ferroptosis genes from FerrDb, then performed a series of analyses '
                             'using strict bioinformatics algorithms. In general, we obtained 40 ferroptosis-related differential '
                             'expression genes (FerrDEGs) and identified six ferroptosis key gene signatures, namely, ATF3, '
                             'EIF2S1, AR, NQO1, TXNIP, and AKR1C3. In addition, enrichment analysis of the FerrDEGs was conducted,'
                             ' the protein-protein interaction network was constructed, the correlations between ferroptosis key '
                             'genes and immune infiltrating cells were analyzed, and the lncRNA-miRNA-mRNA ceRNA network was '
                             'constructed. In particular, ATF3 and EIF2S1 showed the strongest correlation with immune cell '
                             'function, which might lead to the development of IDD. Finally, the expressions of ferroptosis key '
                             'genes were verified in the rat compression-induced IDD. In conclusion, this preliminary study '
                             'analyzed and verified the mechanism of ferroptosis in IDD, laid a foundation for the follow-up study'
                             ' of the mechanism of ferroptosis in IDD, and provided new targets for preventing and delaying IDD.'),
                   publication_types=['Journal Article'])

# 36813742 (workshop corpus)
BACH1 = Article(pmid=36813742, title=('BACH1 promotes intervertebral disc degeneration by regulating HMOX1/GPX4 to mediate oxidative '
                          'stress, ferroptosis, and lipid metabolism in nucleus pulposus cells.'),
                   abstract=('BACKGROUND: Intervertebral disc degeneration (IDD) is a primary health problem worldwide that '
                             'involves oxidative stress, ferroptosis, and lipid metabolism. However, the underlying mechanism '
                             'remains unclear. We investigated whether the transcription factor BACH1 affected IDD progression by '
                             'regulating HMOX1/GPX4-mediated ferroptosis and lipid metabolism in nucleus pulposus cells (NPCs).\n\n'
                             'METHODS: A rat IDD model was created to detect BACH1 expression in intervertebral disc tissues. '
                             'Next, rat NPCs were isolated and treated with TBHP. BACH1, HMOX1, and GPX4 were knocked down, and '
                             'oxidative stress and ferroptosis-related marker levels were examined. The binding of BACH1 to HMOX1 '
                             'and of BACH1 to GPX4 was verified using ChIP. Finally, untargeted lipid metabolism analysis was '
                             'performed.\n\nRESULTS: An IDD model was successfully created, and BACH1 activity was found to be '
                             'enhanced in the rat IDD tissues. BACH1 inhibited TBHP-induced oxidative stress and oxidative stress-'
                             'induced ferroptosis in NPCs. Simultaneously, ChIP verified that BACH1 protein bound to HMOX1 and '
                             'targeted the HMOX1 transcription inhibition to affect oxidative stress in NPCs. ChIP also verified '
                             'that BACH1 bound to GPX4 and targeted the GPX4 inhibition to affect ferroptosis in NPCs. Finally, '
                             'BACH1 inhibition in vivo improved IDD and affected lipid metabolism.\n\nCONCLUSIONS: The transcription'
                             ' factor BACH1 promoted IDD by regulating HMOX1/GPX4 to mediate oxidative stress, ferroptosis, and '
                             'lipid metabolism in NPCs.'),
                   publication_types=['Journal Article'])

# 28720091 (workshop corpus)
AMIC_SCAFFOLD = Article(pmid=28720091, title=('Clinical and imaging outcome of osteochondral lesions of the talus treated using autologous matrix-'
                          'induced chondrogenesis technique with a biomimetic scaffold'),
                   abstract=('The purpose of our study was to assess the clinical and imaging outcome of autologous matrix-induced'
                             ' chondrogenesis (AMIC) technique consisting of microfractures followed by the filling of '
                             'osteochondral lesions of the talus (OLTs) with a cell-free biphasic collagen-hydroxyapatite '
                             'osteochondral scaffold (MaioRegen).Sixteen patients (eight males, age: 42.6 ± 18.4, range 14-74) '
                             'with OLT repaired using AMIC technique, with implantation of MaioRegen, were clinically evaluated '
                             'through the American Orthopedic Foot and Ankle Society Score (AOFAS) and a 10-point Visual Analogue '
                             'Scale (VAS) pain score after a mean follow-up of 30 ± 16.9 months. The MRI examinations were '
                             'performed 12 and 24 months after surgery. A paired t-test was applied to compare pre- and post-'
                             'operative clinical findings (VAS and AOFAS) and Magnetic resonance observation of cartilage repair '
                             'tissue (MOCART) score changes in the follow-up. To assess the correlation between variation of AOFAS'
                             " and MOCART scores, the Pearson's correlation coefficient was calculated.No complications after "
                             'surgery were encountered. From pre-operative to post-operative values, there was a significant (P < '
                             '0.001) reduction of mean VAS pain score (6.3 ± 0.9,range: 4-8 and 2.9 ± 1.8,range: 0-6, '
                             'respectively) and increase of AOFAS score (60.2 ± 7.8,range: 50-74 and 77.4 ± 16.2,range: 50-100, '
                             'respectively). Among 16 patients, six (37%) were not satisfied at the end of follow-up, six (37%) '
                             'were moderately satisfied and four (25%) were highly satisfied. The treatment was considered failed '
                             'in five out of 16 patients (31%). Among them, four (25%) required re-interventions with implantation'
                             ' of ankle prostheses, whereas one patient was treated with a further AMIC technique combined with '
                             'autologous bone graft and platelet-rich plasma. The mean MOCART score was 41.9 ± 14.6 (25-70) 12 '
                             'months after surgery and 51.9 ± 11.6 (30-70) after 24 months, with a statistically significant '
                             'increase (P = 0.012). However, no correlation was seen between AOFAS and MOCART changes (r = 0.215, '
                             'p = 0.609).The high rates of treatment failure encountered in our study using MaioRegen need to be '
                             'confirmed by larger studies and should induce the scientific community questioning the reliability '
                             'of this biomimetic scaffold for the treatment of OLTs.'),
                   publication_types=[])

# 27620469 (workshop corpus)
AMIC_BONE_GRAFT = Article(pmid=27620469, title=('All-arthroscopic AMIC® (AT-AMIC®) technique with autologous bone graft for talar osteochondral '
                          'defects: clinical and radiological results'),
                   abstract=('Autologous Matrix-Induced Chondrogenesis (AMIC®) is known to provide satisfactory clinical results '
                             'for the treatment of knee, hip, and ankle cartilage lesions. The purpose of this study was to '
                             'evaluate clinical and radiological outcomes of patients treated with a new all-arthroscopic AMIC® '
                             '(AT-AMIC®) technique with autologous bone graft for talar osteochondral defects at a follow-up of 24'
                             ' months.Twenty patients underwent the AT-AMIC® procedure and autologous bone graft for type III and '
                             'IV talar osteochondral lesions. Patients were evaluated pre-operatively and at 6, 12, and 24 months '
                             'post-operatively using the American Orthopedic Foot and Ankle Society (AOFAS) score, the visual '
                             'analog scale, and the SF-12 (Short Form-12). Radiological assessment included computed tomography '
                             '(CT), magnetic resonance imaging (MRI), and magnetic resonance observation of cartilage repair '
                             'tissue (MOCART).All scores significantly improved (p < 0.05) with respect to pre-operative values '
                             'after 6 months. Further improvements were detected at 24 months (AOFAS, from 57.1 ± 14.9 before '
                             'surgery to 86.6 ± 10.9 after 24 months; VAS, from 8.1 ± 1.4 to 2.5 ± 2.2; SF-12, from 29.9 ± 4.1 to '
                             '48.5 ± 6.9 and from 43.8 ± 2.9 to 53.1 ± 3.9, respectively, for Physical and Mental component '
                             'score). Lesion area significantly reduced from 111.1 ± 43.2 mm2 pre-operatively to 76.9 ± 38.1 mm2 '
                             '(p < 0.05) at final follow-up as assessed by CT, and from 154.1 ± 93.6 to 94.3 ± 61.3 mm2 (p < 0.05)'
                             ' as assessed by MRI. The mean MOCART score was 42.8 ± 23.5 points and 50.9 ± 24.9 points, '
                             'respectively, at 12 and 24 months after surgery (p < 0.05).AT-AMIC® with autologous bone grafting '
                             'has proven to be a safe and effective minimal invasive technique, able to rapidly and significantly '
                             'improve pain, function, and radiological healing of osteochondral talar lesions, with progressive '
                             'further improvements up to 24 months. Orthopedic surgeons specialized in foot and ankle surgery '
                             'should adopt the AT-AMIC® technique for the treatment of osteochondral talar lesions, which proved '
                             'to be effective and minimally invasive, avoiding malleolar osteotomy with a low risk of '
                             'complications.IV.'),
                   publication_types=[])

# 36801999 (workshop corpus)
BRD9 = Article(pmid=36801999, title=('BRD9 Inhibition Attenuates Matrix Degradation and Pyroptosis in Nucleus Pulposus by Modulating the '
                      'NOX1/ROS/NF-κB axis.'),
               abstract=('Intervertebral disc degeneration (IDD) is considered to be the leading cause of low back pain (LBP).'
                         ' The progression of IDD is closely related to the inflammatory microenvironment, which results in '
                         'extracellular matrix degradation and cell death. One of the proteins, which have been shown to '
                         'participate in the inflammatory response, is the bromodomain-containing protein 9 (BRD9). This study'
                         ' aimed to investigate the role and mechanism of BRD9 in regulating IDD. The tumor necrosis factor-α '
                         '(TNF-α) was used to mimic the inflammatory microenvironment in vitro. Western blot, RT-PCR, '
                         'immunohistochemistry, immunofluorescence, and flow cytometry were used to demonstrate the effect of '
                         'BRD9 inhibition or knockdown on matrix metabolism and pyroptosis. We found that the expression of '
                         'BRD9 was upregulated as IDD progressed. BRD9 inhibition or knockdown alleviated TNF-α-induced matrix'
                         ' degradation, reactive oxygen species (ROS) production, and pyroptosis in rat nucleus pulposus '
                         'cells. Mechanistically, RNA-seq was used to investigate the mechanism of BRD9 in promoting IDD. '
                         'Further investigation revealed that BRD9 regulated NOX1 expression. Inhibition of NOX1 could '
                         'abrogate matrix degradation, ROS production, and pyroptosis caused by BRD9 overexpression. In vivo, '
                         'the radiological and histological evaluation showed that the pharmacological inhibition of BRD9 '
                         'alleviated IDD development in rat IDD model. Our results indicated that BRD9 could promote IDD via '
                         'the NOX1/ROS/ NF-κB axis by inducing matrix degradation and pyroptosis. Targeting BRD9 may be a '
                         'potential therapeutic strategy in treating IDD.'),
               publication_types=['Journal Article'])

# 19756355 (workshop corpus)
PEEK_SERIES = Article(pmid=19756355, title=('PEEK cage cervical ventral fusion in spondylodiscitis.'),
                      abstract=('PURPOSE: Cervical spondylodiscitis is a quite rare finding regarding the number and the common '
                                'location of spinal abscesses in the lumbar region. While in thoracic and lumbar discitis, single-'
                                'step surgery with neural decompression, disc space evacuation, and subsequent fusion is well known, '
                                'there is no such report in cervical discitis. Here the authors present their experience with ventral'
                                ' polyetherketone (PEEK) cage fusion in cervical spondylodiscitis in a single-step procedure.\n\n'
                                'METHODS: Between January 2006 and November 2008, five patients (three men, two woman; ages 71, 77, '
                                '58, 66 and 66 years) suffering from cervical spondylodiscitis and epidural abscess underwent disc '
                                'evacuation, myelon decompression and subsequent ventral fusion using an empty PEEK cage disc '
                                'replacement in one single setting. All five patients presented with significant neurological '
                                'symptoms like cervicobrachialgia, tetraparesis and disturbance of the urinary incontinence. In all '
                                'five patients, disc evacuation, myelon decompression and cervical fusion using a PEEK cage disc '
                                'replacement in a single-stage surgery were performed. All wounds were closed primarily. '
                                'Postoperatively, all patients received a specific antibiotic therapy for at least 6 weeks.\n\nRESULTS:'
                                ' This treatment strategy was successful in all patients with respect to clinical signs, laboratory '
                                'parameters and radiological findings. All patients improved neurologically. Follow-up revealed a '
                                'stable osteosynthesis without signs of instability. One cage was explanted despite neurological '
                                'improvement and normal infectious parameters at another surgical department. No complications were '
                                'observed.\n\nCONCLUSIONS: In all, abscess drainage and ventral fusion with PEEK-cage disc replacement '
                                'in one single setting was proven to be a successful treatment option in cervical discitis and spinal'
                                ' epidural abscess.'),
                      publication_types=['Journal Article'])


def _eligibility(article: Article, design: str, **facts):
    return assess_as_linked(FERROPTOSIS, article, design, **facts)[0]


def test_a_signature_of_genes_labelled_by_the_exposure_does_not_test_it():
    e = _eligibility(SIGNATURE, "animal_study", is_animal=True, species=("rat",))
    assert not e.eligible and e.reason == "therapy_not_tested"
    assert "label of the genes" in e.why and "Ferroptosis-Related Key Gene" in e.why


def test_a_study_measuring_the_process_itself_is_not_read_as_a_gene_signature():
    e = _eligibility(BACH1, "animal_study", is_animal=True, species=("rat",))
    assert "label of the genes" not in (e.why or "")


def test_the_words_that_make_a_name_a_label_of_genes():
    after = eligibility._labels_genes_after()
    for text in ("ferroptosis-related genes in", "ferroptosis-Related Key Gene Signature", "ferroptosis associated genes",
                 "ageing-related hub gene signatures"):
        assert after.match(text, text.index(" ") if text.startswith("ferroptosis associated") else text.index("-")), text
    # a process acting on genes, or genes named after the word without the link, are not a label of genes
    for text in ("ferroptosis regulates genes", "ferroptosis of nucleus pulposus cells", "ferroptosis-related marker levels",
                 "ferroptosis-related death of genetically modified cells"):
        assert not after.match(text, len("ferroptosis")), text


def test_a_scaffold_or_graft_given_within_amic_to_every_patient_is_not_counted():
    # Both were counted before AMIC was read as surgery. Now the finding reads as one of the AMIC technique's, so the
    # study does not count for the scaffold or the graft it was given with (the reviewers: a co-intervention in every
    # patient). The typed reason comes from the direction reader (the finding is not about the claim), not the
    # co-intervention rule, which these single-arm abstracts reach only after it.
    for claim, article in ((SCAFFOLDS, AMIC_SCAFFOLD), (BONE_GRAFT, AMIC_BONE_GRAFT)):
        e = assess_as_linked(claim, article, "other", is_human=True)[0]
        assert not e.eligible and e.reason in ("therapy_not_tested", "other_condition", "cointervention_only"), \
            (article.pmid, e)


def test_the_tissues_own_matrix_in_a_title_is_no_scaffold():
    # a rat study that lowers pyroptosis and measures it beside the disc's degeneration: both reviewers count it for
    # "pyroptosis drives disc degeneration"; "Matrix Degradation" in its title had read as a scaffold compared
    e = assess_as_linked(PYROPTOSIS, BRD9, "animal_study", is_animal=True, species=("rat",))[0]
    assert "scaffolds or preparations" not in (e.why or ""), e
    assert e.eligible, e
    assert not eligibility._names_a_scaffold("BRD9 Inhibition Attenuates Matrix Degradation and Pyroptosis")
    assert not eligibility._names_a_scaffold("matrix metalloproteinase-13 in osteoarthritic cartilage")
    assert not eligibility._names_a_scaffold("Scaffold-free tissue-engineered construct")
    assert eligibility._names_a_scaffold("MSCs in a collagen matrix repair osteochondral defects")
    assert eligibility._names_a_scaffold("matrix metalloproteinase-13 and MSCs on a PLGA scaffold")


def test_a_series_whose_every_patient_had_another_treatment_does_not_isolate_the_therapy():
    e = assess_as_linked(PEEK_CAGES, PEEK_SERIES, "other", is_human=True)[0]
    assert not e.eligible and e.reason == "cointervention_only", e
    assert "every patient of the series" in e.why and e.evidence.startswith("In all five patients"), e
    # the same series told of some of its patients only, or with antibiotics alone besides the cage, is not caught
    from dataclasses import replace
    some = replace(PEEK_SERIES, abstract=PEEK_SERIES.abstract.replace("In all five patients,", "In two patients,"))
    assert "every patient of the series" not in (assess_as_linked(PEEK_CAGES, some, "other", is_human=True)[0].why or "")
    antibiotics_only = replace(PEEK_SERIES, abstract=PEEK_SERIES.abstract.replace(
        "In all five patients, disc evacuation, myelon decompression and cervical fusion", "In all five patients, cervical fusion"))
    assert "every patient of the series" not in (
        assess_as_linked(PEEK_CAGES, antibiotics_only, "other", is_human=True)[0].why or "")
