"""Readings from fresh49's errors (session 32), on the records' own text (workshop corpus, as PubMed has them).

fresh49 was scored once (the session's final rules, 107ed14) before it was opened; each expectation is both blind
reviewers' label.

* 24509339 (C569, "the TNF-alpha -308 A allele predisposes children to immune thrombocytopenia", a claim of harm; both:
  eligible, case-control), "Tumor necrosis factor-α -308G/A gene polymorphism in Egyptian children with immune
  thrombocytopenic purpura": the catalog names the polymorphism "-308G/A", and the mention reader split the name at its
  leading minus sign, so "308G/A" never matched where the text writes "-308G/A" (a hyphen before a name starts no
  mention). Not linked (relevance 0), and the claim went No evidence where both reviewers read Very low.
* 26702416 (C570, "jellyfish venom damages heart muscle cells", harm; both: eligible, in vitro), "Nemopilema nomurai
  Jellyfish venom treatment leads to alterations in rat cardiomyocytes proteome": its finding sentence, "This analysis
  resulted in 34 proteins with differential expression", names neither the venom nor the cells, and was read as "the
  finding is not about jellyfish venom". Its title states the finding, with a verb of causing between the two.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims import linker
from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.mentions import find_mentions
from pipeline.claims.models import Concept
from pipeline.config import link_threshold
from pipeline.models import Article

FRESH49 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh49" / "claims.yaml")}

TNF = Article(
    pmid=24509339,
    title="Tumor necrosis factor-α -308G/A gene polymorphism in Egyptian children with immune thrombocytopenic purpura.",
    abstract="Immune thrombocytopenic purpura (ITP) is an autoimmune disease characterized by increased platelet "
             "destruction. Children with ITP have a T-helper 1-type cytokine pattern with elevated levels of tumor "
             "necrosis factor-alpha (TNF-α) as in most autoimmune diseases. Researchers have shown that polymorphism in "
             "the TNF-α gene at position -308 affects gene transcriptions with increased TNF-α production. The current "
             "case-control study aimed at detecting the frequency of TNF-α -308G/A gene polymorphism as genetic markers "
             "in Egyptian children with ITP, and to clear out their possible role in choosing the treatment protocols of "
             "therapy, using PCR restriction fragment length polymorphism assay. Ninety-two ITP patients and 100 age and "
             "sex-matched healthy controls were recruited in the study. The results obtained revealed that the frequency "
             "of TNF-α -308A/A homotype in ITP patients was significantly higher than that of the controls, and "
             "conferred almost six-fold increased risk of ITP acquisition. The polymorphic A allele frequency was "
             "significantly higher in ITP patients than in the controls, conferring almost two-fold increased ITP risk. "
             "In conclusion, our study suggests the possibility that TNF-α -308 gene polymorphism may contribute to the "
             "susceptibility of childhood ITP in Egyptian children.")


def test_a_name_beginning_with_a_minus_sign_keeps_it():
    assert [m.text for m in find_mentions(Concept("-308G/A", ()), TNF.title)] == ["-308G/A"]
    # the sign is part of the name: "308G/A" after a hyphen is still no mention, nor is a name inside a word
    assert find_mentions(Concept("308G/A", ()), TNF.title) == []
    assert find_mentions(Concept("-308G/A", ()), "the allele x-308G/A") == []


def test_the_polymorphism_named_with_its_sign_is_linked_and_not_read_as_the_bodys_own_handling():
    r = linker.assess(FRESH49["C569"], TNF)
    assert r.relevance >= link_threshold(), r.reasons
    # a harm's exposure may be the body's own ("-308G/A gene polymorphism"): no "only as the body's handling" reading,
    # and its finding, "TNF-α -308 gene polymorphism may contribute ...", writes the catalog's "TNF-α -308" with a space
    # before the sign, which is met as written (session 33; it was read as "not about" the polymorphism before)
    e, _ = assess_as_linked(FRESH49["C569"], TNF, "case_control", is_human=True)
    assert "body's own handling" not in (e.why or ""), e
    assert e.eligible, e


def test_a_name_with_a_space_before_its_sign_is_met_as_written():
    names = find_mentions(Concept("TNF-α -308", ()), TNF.abstract)
    assert [m.text for m in names][-1] == "TNF-α -308", names
    # the other spellings still meet it, and the sign's space is no licence for a space-and-hyphen anywhere
    assert find_mentions(Concept("TNF-α -308", ()), "the TNF-α-308 allele")
    assert find_mentions(Concept("TNF-α -308", ()), "the TNF-α −308 allele")
    assert not find_mentions(Concept("platelet-rich plasma", ()), "platelet -rich plasma")


VENOM = Article(
    pmid=26702416,
    title="Nemopilema nomurai Jellyfish venom treatment leads to alterations in rat cardiomyocytes proteome.",
    abstract="This data article restrains data associated to the Choudhary et al. [1]. Nemopilema nomurai Jellyfish venom "
             "(NnV) can lead to cardiac toxicity. Here we analyzed the effect of NnV on rat cardiomyocytes cell line H9c2 "
             "at the proteome level using two-dimensional gel electrophoresis and matrix-assisted laser "
             "desorption/ionization time-of-flight mass spectrometry (MALDI-TOF/MS). This analysis resulted in 34 "
             "proteins with differential expression. Here we provide the dataset for the proteins with amplified or "
             "reduced level as compare to control.")


def test_a_harm_title_saying_the_exposure_leads_to_the_harm_states_the_finding():
    e, _ = assess_as_linked(FRESH49["C570"], VENOM, "in_vitro", is_in_vitro=True, species=["rat"])
    assert e.eligible, e
    assert e.why.startswith("the title says"), e


def test_a_title_that_only_names_the_exposure_and_the_harm_states_no_finding():
    plain = Article(pmid=2, title="Nemopilema nomurai jellyfish venom and rat cardiomyocytes: a proteome dataset.",
                    abstract=VENOM.abstract)
    e, _ = assess_as_linked(FRESH49["C570"], plain, "in_vitro", is_in_vitro=True, species=["rat"])
    assert not e.eligible, e
