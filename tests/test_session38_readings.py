"""Readings mended in session 38, on the records' own text (workshop corpus, as PubMed has them).

* 28430048 (fresh70 C782, "a spinal epidural abscess compresses the spinal cord"; both reviewers, RA2 and RB2:
  eligible): the case report says its harm with the verb, not the noun - "Magnetic resonance imaging showed an epidural,
  space-occupying lesion compressing the spinal cord" - and the claim's condition, "spinal cord compression", was
  named nowhere the linker could see, so the record was never linked. A name whose last word is an act written as its
  noun ("compression", "reconstruction", "regeneration") is also written as the verb acting on its other words
  (``act_noun_verbs`` of data/lexicons/mentions.yaml). On all 71 builds this moved one other pair (fresh51 C595, "in
  proliferating cells" for "cell proliferation"), to its reviewers' label, and no grade.
"""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.linker import LINK_THRESHOLD, assess
from pipeline.claims.mentions import concept_regex, find_mentions
from pipeline.models import Article

FRESH70 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh70" / "claims.yaml")}

RAT_BITE = Article(
    pmid=28430048,
    title="A spinal epidural abscess due to Streptobacillus moniliformis infection following a rat bite: case report.",
    abstract="The authors describe the case of a 40-year-old man suffering from an epidural abscess in the thoracic spine due to a rarely isolated pathogen, Streptobacillus moniliformis, the causative agent of rat bite fever. Besides diffuse abdominal pain, ataxia, paresthesia, hypesthesia, and enhanced reflexes of the lower extremities, the patient suffered from a decreased sensation of bladder filling. His history was also positive for a rat bite 6 weeks earlier. Magnetic resonance imaging showed an epidural, space-occupying lesion compressing the spinal cord at the vertebral levels of T6-8. Neurosurgery revealed an epidural abscess, which was drained via laminectomy (T-7) and excision of the ligamentum flavum (T6-8). The etiological agent S. moniliformis was identified by 16S rRNA-based polymerase chain reaction and sequencing as well as by culture and mass spectrometry. Treatment with penicillin G led to complete resolution of the abscess and clinical recovery of the patient, who regained his bladder-filling sensation and free walking ability. This case demonstrates that careful attention to the patient's history is essential in suspecting unusual bacterial pathogens as the cause of an epidural abscess and initiating the optimal diagnostic procedure and antimicrobial therapy.",
    publication_types=["Case Reports", "Journal Article"])


def test_a_harm_written_as_a_verb_names_the_condition():
    sentence = "Magnetic resonance imaging showed an epidural, space-occupying lesion compressing the spinal cord at T6-8."
    found = find_mentions(FRESH70["C782"].condition, sentence)
    assert [m.text for m in found] == ["compressing the spinal cord"]


def test_so_the_case_report_is_linked():
    result = assess(FRESH70["C782"], RAT_BITE)
    assert result.relevance >= LINK_THRESHOLD, result.reasons


def test_the_verb_must_act_on_the_names_other_words():
    rx = concept_regex(("spinal cord compression", "anterior cruciate ligament reconstruction"))
    assert [m.group() for m in rx.finditer("after reconstructing the anterior cruciate ligament")] == \
        ["reconstructing the anterior cruciate ligament"]
    for text in ("the abscess was compressing the dura", "compressing spinal nerves", "a compressed air tank",
                 "reconstructing the ligament", "the spinal cord was compressed"):
        assert not rx.search(text), text


def test_only_the_listed_endings_of_an_act():
    # "platelet-rich plasma injection" is also "injecting platelet-rich plasma"; a name whose last word is no act's
    # noun ("knee osteoarthritis", "cartilage defects") has no verb form, nor one joining two things
    rx = concept_regex(("platelet-rich plasma injection",))
    assert rx.search("after injecting platelet-rich plasma into the knee")
    assert not concept_regex(("cartilage defects",)).search("defecting cartilage")
    assert not concept_regex(("drainage with antibiotics",)).search("antibiotics")
