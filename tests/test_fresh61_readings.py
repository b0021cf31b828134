"""Readings from fresh61's errors (session 36), on the records' own text (workshop corpus, as PubMed has them).

fresh61 was scored once (code of b704e8d, after fresh60's readings) before it was opened; each expectation is both
blind reviewers' label (IA2, IB2).

* 26702420 (C696, "asymmetric real-time PCR with melting curve analysis detects PIK3CA mutations"): a data article
  whose sentences retell what others found ("It was demonstrated recently that the TaqMan probes ... may also be
  utilized in DMA (Huang et al., 2011) [4]") and report no result of its own; the cited sentence was read as its
  finding. Both reviewers: not eligible (no findings).
* 26702182 (C697, "pachygyria can present as mania"): a case titled "Pachygyria Presented as Mania" states the harm
  the exposure showed itself as. Both reviewers: eligible.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.direction_rules import conclusion_and_results
from pipeline.models import Article

FRESH61 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh61" / "claims.yaml")}

PIK3CA_DATA = Article(
    pmid=26702420,
    title='Asymmetric real-time PCR and multiplex melting curve analysis with TaqMan probes for detecting PIK3CA mutations.',
    abstract='The data in this article are related to the research article entitled "Optimization of melting analysis with TaqMan probes for detection of KRAS, NRAS, and BRAF mutations" Botezatu et al. [1]. Somatic mutations in the PIK3CA gene ("hot spots" in exons 9 and 20) are found in many human cancers, and their presence can determine prognosis and a treatment strategy. An effective method of mutation scanning PIK3CA in clinical laboratories is DNA Melting Analysis (DMA) (Vorkas et al., 2010; Simi et al., 2008) [2], [3]. It was demonstrated recently that the TaqMan probes which have been long used in Real Time PCR may also be utilized in DMA (Huang et al., 2011) [4]. After optimization of this method Botezatu et al. [1], it was used for multiplex scanning PIK3CA hotspot mutations in formalin-fixed paraffin-embedded (FFPE) samples from patients with colorectal and lung cancer.',
    publication_types=['Journal Article'])

PACHYGYRIA = Article(
    pmid=26702182,
    title='Pachygyria Presented as Mania.',
    abstract='Psychiatric manifestation of pachygyria, a neuronal migration disorder is rare in literature; rarer if it is bipolar disorder specifically. Here, we report a case of mania and seizure who subsequently diagnosed as pachygyria. Proper literature about pathophysiology is discussed and recently discovered putative genetic role in bipolar disorder explained. This case also emphasis the importance of detailed history taking and imaging investigation even in a pure psychiatric presentation.',
    publication_types=['Journal Article'])


def test_sentences_citing_other_work_are_not_the_study_s_findings():
    concl, results = conclusion_and_results(PIK3CA_DATA)
    assert not any("Huang et al." in s or "Botezatu et al." in s for s in (*concl, *results)), (concl, results)
    # (as extracted: design "other", no population flag; the finding is then the uncited background sentence, not
    # about the method - excluded, though for another reason than the reviewers' "no findings")
    e, _ = assess_as_linked(FRESH61["C696"], PIK3CA_DATA, "other")
    assert not e.eligible, e


def test_a_result_with_a_p_value_in_brackets_is_still_a_finding():
    art = Article(pmid=1, title="t", abstract="Methods were used. Pain fell in the PRP group [95% CI 1-2]. "
                  "PRP reduced pain (p < 0.05).", publication_types=["Journal Article"])
    concl, results = conclusion_and_results(art)
    assert "Pain fell in the PRP group [95% CI 1-2]." in concl


def test_a_case_titled_the_exposure_presented_as_the_harm():
    e, _ = assess_as_linked(FRESH61["C697"], PACHYGYRIA, "case_report", is_human=True)
    assert e.eligible, e
