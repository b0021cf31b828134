"""Readings from fresh58's errors (session 35), on the records' own text (workshop corpus, as PubMed has them).

fresh58 was scored once (code of 2d99267, the session's rules after fresh56's readings) before it was opened; each
expectation is both blind reviewers' label (FA2, FB2: eligible).

* 26702450 (C668, "the UL138 protein keeps human cytomegalovirus latent"): "We illustrate that lysine-specific
  demethylases (KDMs) are restriction factors ..." was no cue of the authors' own work, so a laboratory abstract with
  no number read as an overview.
* 25378400 (C669, "the co-chaperone Aha1 on its own keeps stressed proteins from aggregating"): "We propose a new
  concept" read as a hypothesis presented without data, though "In our current study, we find that Aha1 plays a novel,
  additional role" reports what the authors found.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH58 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh58" / "claims.yaml")}

UL138 = Article(
    pmid=26702450,
    title='Cellular defense against latent colonization foiled by human cytomegalovirus UL138 protein.',
    abstract='Intrinsic immune defenses mediated by restriction factors inhibit productive viral infections. Select viruses rapidly establish latent infections and, with gene expression profiles that imply cell-autonomous intrinsic defenses, may be the most effective immune control measure against latent reservoirs. We illustrate that lysine-specific demethylases (KDMs) are restriction factors that prevent human cytomegalovirus from establishing latency by removing repressive epigenetic modifications from histones associated with the viral major immediate early promoter (MIEP), stimulating the expression of a viral lytic phase target of cell-mediated adaptive immunity. The viral UL138 protein negates this defense by preventing KDM association with the MIEP. The presence of an intrinsic defense against latency and the emergence of a cognate neutralizing viral factor indicate that "arms races" between hosts and viruses over lifelong colonization exist at the cellular level.',
    publication_types=['Journal Article'])

AHA1 = Article(
    pmid=25378400,
    title='Aha1 can act as an autonomous chaperone to prevent aggregation of stressed proteins.',
    abstract='Aha1 (activator of Hsp90 ATPase) stimulates the ATPase activity of the molecular chaperone Hsp90 to accelerate the conformational cycle during which client proteins attain their final shape. Thereby, Aha1 promotes effective folding of Hsp90-dependent clients such as steroid receptors and many kinases involved in cellular signaling. In our current study, we find that Aha1 plays a novel, additional role beyond regulating the Hsp90 ATP hydrolysis rate. We propose a new concept suggesting that Aha1 acts as an autonomous chaperone and associates with stress-denatured proteins to prevent them from aggregation similar to the chaperonin GroEL. Our study reveals that an N-terminal sequence of 22 amino acids, present in human but absent from yeast Aha1, is critical for this capability. However, in lieu of fostering their refolding, Aha1 allows ubiquitination of bound clients by the E3 ubiquitin ligase CHIP. Accordingly, Aha1 may promote disposal of folding defective proteins by the cellular protein quality control.',
    publication_types=['Journal Article', "Research Support, Non-U.S. Gov't"])


def test_we_illustrate_that_is_the_authors_own_work():
    e, _ = assess_as_linked(FRESH58["C668"], UL138, "other")
    assert e.eligible, e


def test_a_concept_proposed_from_what_we_find_is_no_hypothesis_without_data():
    e, _ = assess_as_linked(FRESH58["C669"], AHA1, "animal_study", is_human=True, is_animal=True)  # (as extracted)
    assert e.eligible, e
