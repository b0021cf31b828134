"""Readings from fresh42's errors (session 30), on the records' own text (workshop corpus, as PubMed has them).

fresh42 was scored once (c74ebe6, the session's final rules) before it was opened; each expectation is both blind
reviewers' label.

* 23982166 (C489, "lentiviral vectors can cause liver tumours"; both: eligible, an animal study) reports what it found
  in words ("five of the six tumors exhibited highly significant upregulation", "We further show in vivo and in vitro
  that E2F activation occurs"), then ends "we propose that ...". It was read as a hypothesis presented without data,
  and the claim went No evidence where both reviewers read Very low.
"""

from __future__ import annotations

from pipeline.claims.direction_rules import reports_no_data
from pipeline.models import Article

LENTIVIRAL = Article(
    pmid=23982166,
    title="Transduction of fetal mice with a feline lentiviral vector induces liver tumors which exhibit an E2F "
          "activation signature.",
    abstract="Lentiviral vectors are widely used in basic research and clinical applications for gene transfer and "
             "long-term expression; however, safety issues have not yet been completely resolved. In this study, we "
             "characterized hepatocarcinomas that developed in mice 1 year after in utero administration of a "
             "feline-derived lentiviral vector. Mapped viral integration sites differed among tumors and did not "
             "coincide with the regions of chromosomal aberrations. Furthermore, gene expression profiling revealed "
             "that no known cancer-associated genes were deregulated in the vicinity of viral integrations. "
             "Nevertheless, five of the six tumors exhibited highly significant upregulation of E2F target genes, of "
             "which a majority are associated with oncogenesis, DNA damage response, and chromosomal instability. We "
             "further show in vivo and in vitro that E2F activation occurs early on following transduction of both "
             "fetal mice and cultured human hepatocytes. On the basis of the similarities in E2F target gene "
             "expression patterns among tumors and the lack of evidence implicating insertional mutagenesis, we "
             "propose that transduction of fetal mice with a feline lentiviral vector induces E2F-mediated major "
             "cellular processes that drive hepatocytes toward uncontrolled proliferation culminating in "
             "tumorigenesis.")


def test_a_study_that_shows_in_vivo_and_in_vitro_what_it_found_reports_data_whatever_it_then_proposes():
    assert not reports_no_data(LENTIVIRAL)


def test_a_hypothesis_proposed_without_a_finding_still_reports_no_data():
    bare = Article(pmid=1, title="A hypothesis.", abstract="We propose that lentiviral vectors drive hepatocytes toward "
                                                           "proliferation. We demonstrate a simple technique that "
                                                           "allows their tracking.")
    assert reports_no_data(bare)
