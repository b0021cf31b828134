"""Readings from fresh17's errors (session 21, after the set's once-only score; the text is the records' own).

Its three lower grades were one study each read as not testing its claim:

* 28708069 (C202, resveratrol protects cells from oxidative stress; both blind reviewers eligible): a laboratory study
  whose findings are said as "... were identified as mechanisms" and "resveratrol was protective" read as "no study of
  its own" ("identified" was not a word of what a study did).
* 26200789 (C204, pyriproxyfen-treated bed nets; both eligible): "Mosquito nets are an appropriate delivery system for
  pyriproxyfen" read as a finding about a delivery method applied to the therapy - but the nets are the therapy's own
  vehicle, named in its name.
* 28786991 (C205, community-based targeted testing and treatment; both eligible): scispaCy's abbreviation detector
  (Schwartz & Hearst) took "treatment" as the long form of "TTT" (three t's), so "community-based TTT studies" did not
  name the therapy.

And one grading error it showed: that systematic review pools non-randomised programmes "using random-effects
meta-analytic models", and "random" made it "a meta-analysis of randomised trials", starting at High (rubric
2026.12.10: a pooling model and a random sample are not randomisation).
"""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.direction import read_claim_direction
from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.reading import read_article
from pipeline.grading.signals import says_randomised
from pipeline.models import AbstractSection, Article
from pipeline.nlp.abbreviations import abbreviations_in, whole_long_form
from pipeline.nlp.arms import read_arms

FRESH17 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh17" / "claims.yaml")}


def _assess(claim, article, design, **kw):
    reading = read_article(article)
    d = read_claim_direction(claim, article, reading.abbreviations, reading=reading)
    return d, assess_eligibility(claim, reading, read_arms(reading), design, title=article.title,
                                 publication_types=tuple(article.publication_types or ()), not_about=d.not_about, **kw)


RESVERATROL_TITLE = ('Distinct Mechanisms Underlying Resveratrol-Mediated Protection from Types of Cellular Stress in C6 Glioma '
                     'Cells.')
RESVERATROL = ('The polyphenolic phytostilbene, trans-resveratrol, is found in high amounts in several types and tissues of '
               'plants, including grapes, and has been proposed to have beneficial effects in the central nervous system due '
               'to its activity as an antioxidant. The objective of the present study was to identify the mechanisms '
               'underlying the protective effects of resveratrol under conditions of oxidative stress or DNA damage, induced '
               'by the extracellularly applied oxidant, tert-butyl hydrogen peroxide, or UV-irradiation, respectively. In C6 '
               'glioma cells, a model system for glial cell biology and pharmacology, resveratrol was protective against both '
               'types of insult. Prevention of tau protein cleavage and of the formation of neurofibrillary tangles were '
               'identified as mechanisms of action of resveratrol-mediated protection in both paradigms of cellular damage. '
               'However, depending on the type of insult, resveratrol exerted its protective activity differentially: under '
               'conditions of chemically induced oxidative stress, inhibition of caspase activity, while with DNA damage, '
               "resveratrol regulated tau phosphorylation at Ser422. Results advance our understanding of resveratrol's "
               "complex impact on cellular signaling pathway and contribute to the notion of resveratrol's role as a "
               'pleiotropic therapeutic agent.')
NETS_TITLE = ('Evaluating the sterilizing effect of pyriproxyfen treated mosquito nets against Anopheles gambiae at different'
              ' blood-feeding intervals.')
NETS = ('Pyrethroid resistant malaria vectors are widespread throughout sub-Saharan Africa and new insecticides with '
        'different modes of action are urgently needed. Pyriproxyfen is a juvenile hormone mimic that reduces fecundity'
        ' and fertility of adult Anopheles mosquitoes when used as a contact insecticide. A long-lasting insecticidal '
        'net incorporating pyriproxyfen is under development. As wild, host-seeking females may succeed in '
        'blood-feeding at different intervals after initial contact with mosquito nets the aim of this study was to '
        'determine the effect that age and gonotrophic status (nulliparous or parous) and the interval between initial '
        'pyriproxyfen exposure and blood-feeding has in terms of subsequent reduced fecundity and fertility. Anopheles '
        'gambiae s.s. were exposed to pyriproxyfen LLIN for three minutes in WHO cone bioassays. Four regimens were '
        'tested with different blood-feeding intervals A-1 hour (nulliparous), B-1 hour (parous), C-24h (nulliparous), '
        'or D-120h (nulliparous) after pyriproxyfen exposure. Mosquito oviposition rate, fecundity and fertility of '
        'eggs were recorded for several days. All four treatment regimens produced levels of mortality similar to '
        'unexposed females. The overall reduction in reproductive rate of 99.9% for regimen A relative to the untreated'
        ' net was primarily due to oviposition inhibition in exposed females (97%). Pyriproxyfen was equally effective '
        'against older parous mosquitoes and when blood-feeding was 24h after exposure. Regimen D produced a reduction '
        'in reproductive rate of 60.1% but this was of lesser magnitude than other regimens and was the only regimen '
        'that failed to reduce fertility of laid eggs, indicating the effects of pyriproxyfen exposure on reproduction '
        'are to some extent reversible as mosquitoes age. In an area of moderate to high mosquito net coverage a '
        'host-seeking mosquito is likely to contact a treated mosquito net before: (a) penetrating a holed net and '
        'blood-feeding shortly after exposure or, (b) be frustrated by intact nets before succeeding in blood-feeding '
        'on an unprotected individual the following night. Mosquito nets are an appropriate delivery system for '
        'pyriproxyfen, based on the large reductions in reproductive rate when blood-feeding between 1h and 24h after '
        'exposure. Combining with a pyrethroid should be an effective approach if susceptible mosquitoes are killed and'
        ' resistant mosquitoes sterilized.')
TB_TITLE = ('Yield of community-based tuberculosis targeted testing and treatment in foreign-born populations in the United'
            ' States: A systematic review.')
TB_SECTIONS = [
    AbstractSection(text=('To synthesize outputs and outcomes of community-based tuberculosis targeted testing and treatment (TTT) '
                    'programs in foreign-born populations (FBP) in the United States (US).'), label='OBJECTIVE', nlm_category='OBJECTIVE'),
    AbstractSection(text=('We systematically searched five bibliographic databases and other key resources. Two reviewers independently '
                    'applied eligibility criteria to screen citations and extracted data from included studies. We excluded studies'
                    ' that contained <50% FBP participants or that examined steps only after diagnosis of latent TB infection '
                    '(LTBI). We stratified studies as majority FBP (50-90%) and predominantly FBP (>90%). We used random-effects '
                    'meta-analytic models to calculate pooled proportions and 95% confidence intervals (CI) for community-based TTT'
                    ' cascade steps (e.g., recruited, tested and treated), and used them to create two hypothetical cascades for '
                    '100 individuals.'), label='METHODS', nlm_category='METHODS'),
    AbstractSection(text=('Fifteen studies conducted in 10 US states met inclusion criteria. Studies were heterogeneous in recruitment '
                    'strategies and mostly recruited participants born in Latin America. Of 100 hypothetical participants '
                    '(predominantly FBP) reached by community-based TTT, 40.4 (95% CI 28.6 to 50.1) would have valid test results, '
                    '15.7 (95% CI 9.9 to 21.8) would test positive, and 3.6 (95% CI 1.4 to 6.0) would complete LTBI treatment. '
                    'Likewise, of 100 hypothetical participants (majority FBP) reached, 77.9 (95% CI 54.0 to 92.1) would have valid'
                    ' test results, 26.5 (95% CI 18.0 to 33.5) would test positive, and 5.4 (95% CI 2.1 to 9.0) would complete LTBI'
                    ' treatment. Of those with valid test results, pooled proportions of LTBI test positive for predominantly FBP '
                    'and majority FBP were 38.9% (95% CI 28.6 to 49.8) and 34.3% (95% CI 29.3 to 39.5), respectively.'), label='RESULTS', nlm_category='RESULTS'),
    AbstractSection(text=('We observed high attrition throughout the care cascade in FBP participating in LTBI community-based TTT '
                    'studies. Few studies included cascade steps prior to LTBI diagnosis, limiting our review findings. Moreover, '
                    'Asia-born populations in the US are substantially underrepresented in the FBP community-based TTT literature.'), label='CONCLUSIONS', nlm_category='CONCLUSIONS'),
]


def test_findings_identified_as_mechanisms_are_a_study_of_its_own():
    _, e = _assess(FRESH17["C202"], Article(pmid=28708069, title=RESVERATROL_TITLE, abstract=RESVERATROL), "in_vitro",
                   is_in_vitro=True)
    assert e.eligible, e
    # an overview that says nothing done or found is still no study
    overview = ("Resveratrol, a polyphenol found in grapes, has been proposed to have beneficial effects in the central "
                "nervous system due to its activity as an antioxidant. Its mechanisms remain a matter of debate.")
    _, e = _assess(FRESH17["C202"], Article(pmid=1, title=RESVERATROL_TITLE, abstract=overview), "other")
    assert e.reason == "no_findings", e


def test_the_vehicle_a_therapy_is_named_for_is_no_method_applied_to_it():
    d, e = _assess(FRESH17["C204"], Article(pmid=26200789, title=NETS_TITLE, abstract=NETS), "other")
    assert not (d.not_about or "").startswith("the finding is about a method"), d
    assert e.eligible, e
    # a delivery method that is not the therapy's own vehicle still is one
    from pipeline.claims.aboutness import _method_object
    assert _method_object(FRESH17["C204"].therapy, "Liposomes are an appropriate delivery system for pyriproxyfen.", {})
    assert not _method_object(FRESH17["C204"].therapy, "Mosquito nets are an appropriate delivery system for "
                                                        "pyriproxyfen, based on the large reductions.", {})


def test_an_abbreviation_is_the_words_whose_initials_spell_it():
    text = f"{TB_TITLE}\n" + " ".join(s.text for s in TB_SECTIONS)
    assert abbreviations_in(text)["TTT"] == "targeted testing and treatment"
    assert whole_long_form("CCI", "chondrocyte implantation", "characterized chondrocyte implantation (CCI)") == \
        "characterized chondrocyte implantation"
    # the same words written otherwise, or a long form already whole, stay as the detector read them
    assert whole_long_form("PVA", "Poly(vinyl alcohol)", "made of Poly(vinyl alcohol) (PVA) gel") == "Poly(vinyl alcohol)"
    assert whole_long_form("MSC", "mesenchymal stem cells", "mesenchymal stem cells (MSC)") == "mesenchymal stem cells"
    article = Article(pmid=28786991, title=TB_TITLE, abstract=" ".join(s.text for s in TB_SECTIONS),
                      abstract_sections=TB_SECTIONS, publication_types=["Journal Article", "Meta-Analysis", "Review",
                                                                        "Systematic Review"])
    _, e = _assess(FRESH17["C205"], article, "meta_analysis", is_human=True)
    assert e.eligible, e


def test_random_effects_and_random_samples_are_not_randomisation():
    abstract = " ".join(s.text for s in TB_SECTIONS)
    assert "random-effects" in abstract and not says_randomised(TB_TITLE, abstract, ("Meta-Analysis",))
    assert not says_randomised("A survey", "A random sample of 400 general practitioners was asked.")
    assert says_randomised("A trial", "Patients were randomized to drainage or antibiotics alone.")
    assert says_randomised("A trial", "Participants were randomly assigned to two arms.")
