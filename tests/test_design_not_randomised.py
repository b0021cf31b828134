"""A study that calls itself non-randomised is no randomised trial (EXTRACTOR_RELEASE 2026.12.27).

Three records of the workshop corpus, each saying of itself that it was not randomised, were read as human RCTs by
the design classifier (trained on trial wording, of which "non-randomised" is part) and, for one of them, by the
rules too ("randomised" after the hyphen). A claim resting on them would have started at High. The sentences below
are the records' own."""
import pytest

from pipeline.models import Article
from pipeline.nlp.design import randomisation_stated, says_not_randomised
from pipeline.nlp.evidence import extract_evidence

# a classifier sure that each text is a trial, as the shipped one was on these records
_SURE_TRIAL = {"systematic_review": 0.01, "meta_analysis": 0.01, "protocol": 0.02, "randomized_trial": 0.95,
               "human": 0.95, "rodent": 0.01, "child": 0.02}

NON_RANDOMISED = [
    Article(pmid=33025052, title="Patient-specific metal implants for focal chondral and osteochondral lesions in the knee; "
            "excellent clinical results at 2 years",
            abstract="Methods Open-label, multicentre, non-randomised, non-comparative retrospective observational analysis "
                     "of prospectively collected clinical data in a consecutive series of 80 patients undergoing knee "
                     "reconstruction with the Episealer® implant. Results Seventy-five patients were evaluated at a "
                     "minimum 24 months following implantation. All 5 KOOS domain mean scores were significantly "
                     "improved at 1 and 2 years (p < 0.001–0.002)."),
    Article(pmid=28737949, title="Effects of Autogenous Bone Marrow Aspirate Concentrate on Radiographic Integration of "
            "Femoral Condylar Osteochondral Allografts",
            abstract="Patients were stratified into 2 groups based on BMC treatment versus no BMC treatment; the treatment "
                     "was nonrandomized and was rooted in a shift in practice and a continuing effort to optimize OCA "
                     "transplantation."),
    Article(pmid=32046514, title="Synthetic Biphasic Scaffolds versus Microfracture for Articular Cartilage Defects of "
            "the Knee: A Retrospective Comparative Study",
            abstract="Clinical outcomes following treatment of cartilage lesions with the biphasic synthetic scaffold were "
                     "superior to microfracture over time in this nonrandomized, retrospective comparison."),
]


@pytest.mark.parametrize("article", NON_RANDOMISED, ids=lambda a: str(a.pmid))
def test_a_study_calling_itself_non_randomised_is_no_trial(article):
    assert says_not_randomised(article)
    for probs in (None, _SURE_TRIAL):
        ev = extract_evidence(article, use_metadata=False, probs=probs)
        assert not ev.is_rct and ev.design != "rct", (probs, ev.design, ev.design_reason)


def test_the_shipped_classifier_and_the_rules_read_the_series_as_no_trial():
    # without probabilities given, the shipped classifier reads the article (it read all three as RCTs before)
    ev = extract_evidence(NON_RANDOMISED[0], use_metadata=False)
    assert ev.design not in ("rct",) and not ev.is_rct


def test_a_trial_that_also_names_a_non_randomised_group_stays_a_trial():
    # a randomisation stated of this study's own participants outweighs a denial elsewhere in the abstract
    a = Article(pmid=2, title="Microfracture with or without a collagen membrane",
                abstract="Sixty patients were randomised to receive either microfracture alone or microfracture with a "
                         "collagen membrane. A non-randomised cohort who declined randomisation was followed in parallel.")
    assert randomisation_stated(f"{a.title}\n{a.abstract}") and not says_not_randomised(a)
    assert extract_evidence(a, use_metadata=False, probs=_SURE_TRIAL).is_rct
    # and randomised trials that a study only cites are not its own randomisation
    assert not randomisation_stated("Previous randomized trials have shown benefit; this nonrandomized study adds data.")
