"""Session 44's reading (fresh80 C882, after the set was scored), on the real sentences of the records it was written
from: a title naming the claim's therapy or exposure only as the label of the genes it studies ("Ferroptosis-Related
Key Gene Signature") is a study of those genes' expression - it neither gives nor measures the process
(eligibility._therapy_only_labelling_genes). Every such study in the 80 sets' reviews, ten pairs, is excluded by both
reviewers; a study that measures the process itself is not touched by the rule."""

from __future__ import annotations

from pipeline.claims import eligibility
from pipeline.claims.models import Claim, Concept, Polarity
from pipeline.models import Article
from tests.eligibility_helpers import assess_as_linked

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
