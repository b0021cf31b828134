"""Readings from fresh19's errors (session 22), on the records' own sentences (workshop corpus, as PubMed has them).

* 29151570 (C223, "lidocaine infusions relieve refractory neuropathic itch"; both blind reviewers: an eligible case
  report that supports the claim): "we present a treatment approach with intravenous lidocaine infusions" read as a
  technique note without outcome data, so the case was excluded (no_findings) and the claim read No evidence. A case
  report that says how the patient did ("resulted in profound relief") reports its case, in words.
"""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.direction_rules import reports_no_data
from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.reading import read_article
from pipeline.models import Article
from pipeline.nlp.arms import read_arms

FRESH19 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh19" / "claims.yaml")}

LIDO_TITLE = "A Case Report of Refractory Notalgia Paresthetica Treated with Lidocaine Infusions."
LIDO = ("BACKGROUND Notalgia paresthetica is a neuropathic condition that manifests as a chronic itch in the thoraco-dorsal "
        "region. It is often resistant to treatment, and specific guidelines for its management are lacking. As such, we "
        "present a treatment approach with intravenous lidocaine infusions. CASE REPORT The case involves a 50-year-old "
        "woman with spinal cord injury caused by an epidural abscess. The patient developed notalgia paresthetica and "
        "sublesional neuropathic pain following its drainage. In the course of her pain management, she was treated with "
        "intravenous lidocaine which resulted in profound relief of notalgia paresthetica. CONCLUSIONS Intravenous "
        "lidocaine was effective in relieving neuropathic itch in the patient case presented.")
# the same self-description without a case's course: a technique presented, no outcome (still no data)
TECHNIQUE = ("Notalgia paresthetica is often resistant to treatment. As such, we present a treatment approach with "
             "intravenous lidocaine infusions, given over two hours in a monitored setting.")


def _article(abstract: str, types=("Case Reports", "Journal Article")) -> Article:
    return Article(pmid=29151570, title=LIDO_TITLE, abstract=abstract, publication_types=list(types))


def test_a_case_report_that_says_how_the_patient_did_reports_data():
    assert not reports_no_data(_article(LIDO))
    # no course stated, or not a case report: the self-description still marks a technique presented without data
    assert reports_no_data(_article(TECHNIQUE))
    assert reports_no_data(_article(LIDO, types=("Journal Article",)))


def test_the_case_report_counts_for_the_claim():
    article = _article(LIDO)
    reading = read_article(article)
    e = assess_eligibility(FRESH19["C223"], reading, read_arms(reading), "case_report", title=LIDO_TITLE,
                           publication_types=tuple(article.publication_types), is_human=True)
    assert e.eligible, e
