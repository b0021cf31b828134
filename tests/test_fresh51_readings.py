"""Readings from fresh51's errors (session 34), on the records' own text (workshop corpus, as PubMed has them).

fresh51 was scored once (rules of 567a53d) before it was opened; each expectation is both blind reviewers' label.

* 27889207 (C593, "PAK2 shields cells from apoptosis by phosphorylating caspase-7"; both: eligible, in vitro): a
  laboratory abstract that states its findings in the present tense with no number ("PAK2 phosphorylates caspase-7 at
  two sites, inhibiting activity ...") and none of the study-done verbs was excluded as "no study of its own"; its last
  sentence calls them its own: "Each of these mechanisms is novel". (The extraction reads its design as other and its
  population as human, as the tests below give it: a misreading of its own, which leaves the grade where the reviewers
  put it, Very low.)
* 25384981 (C596, "a short-chain ceramide activates the kinase SGK1"; both: eligible, in vitro): the title names
  "C4-ceramide"; a name joined to a chain-length code by a hyphen was not met, so the therapy read as only a MeSH term.
* 18466865 (C590, "percutaneous drainage cures a psoas abscess"; both: eligible, a cohort of 41 adults): "We performed
  a review of 41 adults diagnosed and treated for psoas abscess at a county hospital" made the design rules read a
  narrative review, excluded as pooling no data. A review of the authors' own patients is a chart review. (The pair
  stays excluded: its conclusion, "Initial management of psoas abscesses should be nonsurgical (90% success)", is read
  as not about drainage.)
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.linker import LINK_THRESHOLD, assess
from pipeline.claims.mentions import find_mentions
from pipeline.claims.models import Concept
from pipeline.models import Article, MeshHeading
from pipeline.nlp.design import describes_a_review
from pipeline.nlp.evidence import extract_evidence

FRESH51 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh51" / "claims.yaml")}

PAK2 = Article(
    pmid=27889207,
    title="Dual Site Phosphorylation of Caspase-7 by PAK2 Blocks Apoptotic Activity by Two Distinct Mechanisms.",
    abstract="Caspases, the cysteine proteases that execute apoptosis, are tightly regulated via phosphorylation by a "
             "series of kinases. Although all apoptotic caspases work in concert to promote apoptosis, different kinases "
             "regulate individual caspases. Several sites of caspase-7 phosphorylation have been reported, but without "
             "knowing the molecular details, it has been impossible to exploit or control these complex interactions, "
             "which normally prevent unwanted proliferation. During dysregulation, PAK2 kinase plays an alternative "
             "anti-apoptotic role, phosphorylating caspase-7 and promoting unfettered cell growth and chemotherapeutic "
             "resistance. PAK2 phosphorylates caspase-7 at two sites, inhibiting activity using two different molecular "
             "mechanisms, before and during apoptosis. Phosphorylation of caspase-7 S30 allosterically obstructs its "
             "interaction with caspase-9, preventing intersubunit linker processing, slowing or preventing caspase-7 "
             "activation. S239 phosphorylation renders active caspase-7 incapable of binding substrate, blocking later "
             "events in apoptosis. Each of these mechanisms is novel, representing new opportunities for synergistic "
             "control of caspases and their counterpart kinases.",
    publication_types=["Journal Article", "Research Support, U.S. Gov't, Non-P.H.S.",
                       "Research Support, N.I.H., Extramural"])


def test_a_laboratory_abstract_calling_its_findings_novel_reports_a_study_of_its_own():
    e, _ = assess_as_linked(FRESH51["C593"], PAK2, "other", is_human=True)
    assert e.eligible, e


def test_without_its_claim_of_novelty_the_same_abstract_is_still_no_study_of_its_own():
    # the rule is the novelty sentence, not the laboratory design: without it nothing says the findings are the authors'
    retold = Article(pmid=27889207, title=PAK2.title, abstract=PAK2.abstract.split(" Each of these")[0],
                     publication_types=PAK2.publication_types)
    e, _ = assess_as_linked(FRESH51["C593"], retold, "other", is_human=True)
    assert not e.eligible and e.reason == "no_findings", e


CERAMIDE = Article(
    pmid=25384981,
    title="Activation of 3-phosphoinositide-dependent kinase 1 (PDK1) and serum- and glucocorticoid-induced protein "
          "kinase 1 (SGK1) by short-chain sphingolipid C4-ceramide rescues the trafficking defect of ΔF508-cystic "
          "fibrosis transmembrane conductance regulator (ΔF508-CFTR).",
    abstract="Cystic fibrosis (CF) is due to a folding defect in the CF transmembrane conductance regulator (CFTR) protein. "
             "The most common mutation, ΔF508, prevents CFTR from trafficking to the apical plasma membrane. Here we show "
             "that activation of the PDK1/SGK1 signaling pathway with C4-ceramide (C4-CER), a non-toxic small molecule, "
             "functionally corrects the trafficking defect in both cultured CF cells and primary epithelial cell explants "
             "from CF patients. The mechanism of C4-CER action involves a series of mutual autophosphorylation and "
             "phosphorylation events between PDK1 and SGK1. Detailed mechanistic studies indicate that C4-CER initially "
             "induces autophosphorylation of SGK1 at Ser(422).",
    mesh=(MeshHeading("Ceramides"),), publication_types=["Journal Article"])


def test_a_name_joined_to_a_chain_length_code_is_met():
    assert assess(FRESH51["C596"], CERAMIDE).relevance >= LINK_THRESHOLD
    ceramide = Concept("ceramide", ("ceramide",))
    assert [m.text for m in find_mentions(ceramide, CERAMIDE.title)] == ["ceramide"]
    assert [m.text for m in find_mentions(ceramide, "C16-ceramide and 5-ceramide")] == ["ceramide", "ceramide"]
    # a word, a gene symbol or a hyphenated code before the hyphen is another thing (or a negation)
    for other in ("glucosyl-ceramide", "anti-ceramide antibodies", "CD4-ceramide", "IL-6-ceramide"):
        assert not find_mentions(ceramide, other), other


PSOAS = Article(
    pmid=18466865,
    title="Psoas abscess rarely requires surgical intervention.",
    abstract="BACKGROUND: Surgeons are increasingly encountering psoas abscesses.\n\nMETHODS: We performed a review of 41 "
             "adults diagnosed and treated for psoas abscess at a county hospital. Treatment modalities and outcomes were "
             "evaluated to develop a contemporary algorithm.\n\nRESULTS: Eighteen patients had a primary psoas abscess, "
             "and 23 had a secondary psoas abscess. Patient characteristics were similar in both groups. Intravenous drug "
             "abuse was the leading cause of primary abscesses. Secondary abscesses developed most commonly after "
             "abdominal surgery. Treatment was via open drainage (3%), computed tomography-guided percutaneous drainage "
             "(63%), or antibiotics alone (34%). Four recurrences occurred in the percutaneous group. Statistical "
             "analysis showed that the median size of psoas abscesses in the percutaneous group was significantly "
             "larger than in the antibiotics group (6 vs 2 cm; P < .001). The mortality rate was 3%.\n\nCONCLUSIONS: "
             "Initial management of psoas abscesses should be nonsurgical (90% success). Small abscesses may be treated "
             "with antibiotics alone, and surgery can be reserved for occasional complicated recurrences.",
    publication_types=["Journal Article"])


def test_a_review_of_the_authors_own_patients_is_no_narrative_review():
    ev = extract_evidence(PSOAS)
    assert ev.design != "narrative_review", (ev.design, ev.design_reason)
    # the same words about the literature still make a review
    review = Article(pmid=1, title="Psoas abscess", abstract="We performed a review of the literature on psoas abscess. "
                     "Drainage and antibiotics are discussed.", publication_types=["Journal Article"])
    assert extract_evidence(review).design == "narrative_review"
    # the other way of saying it (19834405, a spinal epidural abscess series that fresh50 C578's reviewers counted)
    assert not describes_a_review("METHODS: In this study, we review patients treated at a tertiary medical center with "
                                  "a spontaneous SEA. A total of 104 patients had a diagnosis of an SEA over a 10-year "
                                  "period.")
    assert describes_a_review("We performed a review of 41 adults. In this review we discuss the literature.")
