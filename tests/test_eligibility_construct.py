"""A claim about injecting a substance is not tested by implanting a construct made with it (session 13, written
from fresh7 C100 after that set's end-of-session score): the real records (PubMed titles and abstracts, shortened;
PMIDs given) and the blind reviewers' labels as the expectation."""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.eligibility import _implanted_construct, assess_eligibility
from pipeline.claims.reading import read_article
from pipeline.models import Article
from pipeline.nlp.arms import read_arms

FRESH7 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh7" / "claims.yaml")}
FRESH5 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh5" / "claims.yaml")}
HA_INJECTION = FRESH7["C100"]  # "intra-articular hyaluronic acid" after microfracture


def _assess(claim, pmid: int, title: str, abstract: str):
    reading = read_article(Article(pmid=pmid, title=title, abstract=abstract))
    return assess_eligibility(claim, reading, read_arms(reading), None, title=title)


SCAFFOLD_TITLE = ("Results of Hyaluronic Acid–Based Cell-Free Scaffold Application in Combination With Microfracture "
                  "for the Treatment of Osteochondral Lesions of the Knee: 2-Year Comparative Study")
SCAFFOLD_ABSTRACT = ("To determine the clinical and radiographic efficacy of hyaluronic acid-based cell-free scaffold "
                     "applied in combination with microfracture versus microfracture alone in patients with focal "
                     "osteochondral lesion of the knee joint. Clinical data of 43 patients between 24 and 55 years of age "
                     "were evaluated. Hyaluronic acid-based cell-free scaffold was applied in combination with "
                     "microfracture for 19 knees (group 1), whereas microfracture alone was the surgical intervention for "
                     "24 knees (group 2). Better VAS and Lysholm scores were found in group 1 (P < .05).")


def test_a_scaffold_made_with_the_substance_is_not_its_injection():
    """PMID 27614391: a hyaluronic-acid-based scaffold implanted with microfracture. Both reviewers:
    therapy_not_tested ("a scaffold product rather than intra-articular HA injection")."""
    e = _assess(HA_INJECTION, 27614391, SCAFFOLD_TITLE, SCAFFOLD_ABSTRACT)
    assert not e.eligible and e.reason == "therapy_not_tested", e
    assert "Hyaluronic Acid–Based Cell-Free Scaffold" in e.why


def test_the_construct_may_name_the_substance_before_or_after_its_noun():
    for title, construct in [
            ("Effect of Cross‐Linked Hyaluronate Scaffold on Cartilage Repair: An In Vivo Study",  # PMID 31385411
             "Hyaluronate Scaffold"),
            ("Matrix-Augmented Bone Marrow Stimulation With a Polyglycolic Acid Membrane With Hyaluronan vs Microfracture "
             "in Local Cartilage Defects of the Femoral Condyles", "Membrane With Hyaluronan"),  # PMID 32528994
            ("One-Stage Cartilage Repair Using a Hyaluronic Acid–Based Scaffold With Activated Bone Marrow–Derived "
             "Mesenchymal Stem Cells Compared With Microfracture", "Hyaluronic Acid–Based Scaffold")]:  # PMID 27474386
        assert _implanted_construct(HA_INJECTION, title, {}) == construct, title


def test_the_injection_itself_is_still_tested():
    """PMID 22205098: microfracture then intra-articular hyaluronan injection against none (both reviewers
    eligible) — the title names the substance on its own, not as part of a construct."""
    title = ("Treatment of osteochondral lesions of the talus with microfracture technique and postoperative "
             "hyaluronan injection")
    assert _implanted_construct(HA_INJECTION, title, {}) is None
    e = _assess(HA_INJECTION, 22205098, title,
                "Fifty-seven patients with osteochondral lesions of the talus were included in this prospective "
                "randomized clinical study. The patients were treated with arthroscopic debridement and microfracture "
                "technique. Randomly selected 41 patients were injected intra-articular hyaluronan (injection group). "
                "The remaining 16 patients did not receive postoperative injection (non-injection group). In the "
                "injection group, the mean postoperative Freiburg functional and pain scores were significantly higher "
                "than in the non-injection group (P < 0.05).")
    assert e.eligible, e


def test_a_claim_about_the_construct_itself_is_not_touched():
    """fresh5 C61 is about hyaluronan-based scaffolds: the same title tests it (and the claim names no injection)."""
    assert _implanted_construct(FRESH5["C61"], SCAFFOLD_TITLE, {}) is None
