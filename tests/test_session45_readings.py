"""Session 45's readings (fresh83, after the set was scored), on the real sentences of the records they were written
from: "BMMSCs" (bone marrow mesenchymal stem cells) is an active product and a stem cell word like "BMSCs", so a scaffold
claim's arms that give the scaffold only seeded with BMMSCs against an empty defect do not isolate the scaffold
(data/lexicons/arms.yaml active, cells_stem); and an arm named for what the tissue's own matrix undergoes gets no
device (eligibility._gets_a_device, LINKER_RELEASE 2026.12.97); and a finding that sets the therapy against a list of
arms only one of which also got it ("than empty defects, osteochondral drilling and fibrin hydrogel with chondrocytes",
"than untreated defects or defects treated with KLD-12 hydrogel") does not compare arms that all received it
(aboutness._listed_arms, LINKER_RELEASE 2026.12.99)."""

from __future__ import annotations

from pathlib import Path

from pipeline.claims import aboutness, eligibility
from pipeline.claims.catalog import load_catalog
from pipeline.claims.models import Claim, Concept, Polarity
from pipeline.models import Article
from tests.eligibility_helpers import assess_as_linked

PLGA = {c.id: c for c in load_catalog(Path(__file__).resolve().parents[1] / "data/eval/fresh83/claims.yaml")}["C894"]
MSCS = Claim(id="T2", title="Mesenchymal stem cells repair cartilage defects",
             therapy=Concept("mesenchymal stem cells", ("MSCs", "bone marrow mesenchymal stem cells", "BMMSCs")),
             condition=Concept("cartilage defects", ("cartilage defect", "osteochondral defects")),
             quotes=(), seed_strength="asserted", query="MSC[tiab]", polarity=Polarity.BENEFIT)

# 24763260 (workshop corpus)
CTGF = Article(pmid=24763260, title=('Combined Effects of Connective Tissue Growth Factor-Modified Bone Marrow-Derived Mesenchymal Stem '
                         'Cells and NaOH-Treated PLGA Scaffolds on the Repair of Articular Cartilage Defect in Rabbits '),
               abstract=('In cartilage tissue engineering using stem cells, it is important to stimulate proliferation and '
                         'control the differentiation of stem cells to specific lineages. Here we reported a combined '
                         'technique for articular cartilage repair, consisting of bone marrow mesenchymal stem cells (BMMSCs) '
                         'transfected with connective tissue growth factor (CTGF) gene and NaOH-treated poly(lactic- '
                         'co-glycolic) acid (PLGA) scaffolds. In the present study, BMMSCs or CTGF-modified BMMSCs seeded on '
                         'PLGA or NaOH-treated PLGA scaffolds were incubated in vitro and NaOH-treated PLGA significantly '
                         'stimulated proliferation of BMMSCs, while CTGF gene transfer promoted chondrogenic differentiation. '
                         'The effects of the composite on the repair of cartilage defects were evaluated in rabbit knee '
                         'joints in vivo. Full-thickness cartilage defects (diameter: 5 mm; depth: 3 mm) were created '
                         'unilaterally in the patellar groove. Defects were either left empty ( n = 18) or implanted with '
                         'BMMSCs/ PLGA ( n = 18), BMMSCs/NaOH-treated PLGA ( n = 18), or CTGF-modified BMMSCs/NaOH-treated '
                         'PLGA ( n = 18). The defect area was examined grossly, histologically, and mechanically at 6, 12, '
                         'and 24 weeks post-operatively. Implanted cells were tracked using adeno-LacZ labeling at 6 weeks '
                         'after implantation. Overall, the CTGF-modified BMMSCs/NaOH-treated PLGA group showed successful '
                         'hyaline-like cartilage regeneration similar to normal cartilage, which was superior to the other '
                         'groups using gross examination, qualitative and quantitative histology, and mechanical assessment. '
                         'The in vivo viability of the implanted cells was demonstrated by their retention for 6 weeks after '
                         'implantation. These findings suggested that a combination of CTGF-modified BMMSCs and NaOH-treated '
                         'PLGA may be an alternative treatment for large osteochondral defects in high-loading sites. '),
               publication_types=["Journal Article"])
CTGF_ABBREVIATIONS = {"BMMSCs": "bone marrow mesenchymal stem cells", "CTGF": "connective tissue growth factor",
                      "PLGA": "poly(lactic- co-glycolic) acid"}


def test_a_scaffold_given_only_seeded_with_bmmscs_against_an_empty_defect_is_not_isolated():
    # both reviewers: "PLGA scaffolds always seeded with BMMSCs (plain or CTGF-modified) vs empty defects; scaffold
    # effect not isolated" - "BMMSCs" had been no active product, so the arms read as differing by the scaffold alone
    e = assess_as_linked(PLGA, CTGF, "animal_study", CTGF_ABBREVIATIONS, is_animal=True, species=("rabbit",))[0]
    assert not e.eligible and e.reason == "cointervention_only", e
    assert "BMMSCs" in (e.why or ""), e


def test_the_cells_claim_is_still_tested_by_the_same_study():
    # the same arms test the cells' claim no better (every treated arm also gets the scaffold), but the new words must
    # not make the cells a co-intervention of themselves
    e = assess_as_linked(MSCS, CTGF, "animal_study", CTGF_ABBREVIATIONS, is_animal=True, species=("rabbit",))[0]
    assert "given only with BMMSCs" not in (e.why or ""), e


def test_bone_marrow_msc_abbreviations_are_stem_cells_and_active():
    for w in ("BMMSCs", "BMSCs", "BM-MSCs"):
        assert eligibility.cue("cells_stem").search(f"{w}/ PLGA"), w
        assert eligibility.cue_words("active", f"CTGF-modified {w}/NaOH-treated PLGA"), w


def test_an_arm_named_for_the_tissues_own_matrix_gets_no_device():
    # 2026.12.97: the device-class reading (two members of a class of device compared) reads an arm's words as
    # `_names_a_scaffold` reads a title: "Matrix Degradation" is what the tissue undergoes, not a device the arm gets
    assert not eligibility._gets_a_device("BRD9 Inhibition Attenuates Matrix Degradation")
    assert not eligibility._gets_a_device("scaffold-free tissue-engineered construct")
    assert eligibility._gets_a_device("chitosan-glycerol phosphate/blood implant")
    assert eligibility._gets_a_device("microfracture with a collagen matrix")


SEEDED_SCAFFOLD = Concept("chondrocyte-seeded scaffold", ("chondrocytes", "scaffold", "cell-seeded scaffold"))
PEPTIDE_HYDROGEL = Concept("hydrogel", ("hydrogels", "injectable hydrogel"))


def test_a_finding_against_a_list_of_arms_one_without_the_therapy_is_not_every_arm():
    # 18418579 (goats; both reviewers eligible: "better than empty, drilled and fibrin-only defects") and 33015049 (rats;
    # both eligible: "higher scores than untreated defects and plain KLD-12 hydrogel"): the list after the comparison
    # word is of arms, and the first of each has no chondrocytes / no hydrogel
    goats = ("The MPEG-PLGA/chondrocyte composite demonstrated significantly better cartilage repair response than "
             "empty defects, osteochondral drilling and fibrin hydrogel with chondrocytes.")
    rats = ("In vivo results showed that defects treated with KLPP hydrogel had higher overall International Cartilage "
            "Repair Society (ICRS) scores, Safranin-O staining scores and cumulative histology scores than untreated "
            "defects or defects treated with KLD-12 hydrogel, although defects treated with KLD-12 and KLPP hydrogels "
            "received similar type II collagen immunostaining scores.")
    assert not aboutness._in_every_arm(SEEDED_SCAFFOLD, goats, {})
    assert not aboutness._in_every_arm(PEPTIDE_HYDROGEL, rats, {})


def test_arms_that_all_got_the_therapy_are_still_read_so():
    # controls: each listed arm names it, or the side before the comparison word is a clause with commas, not a list
    assert aboutness._in_every_arm(PEPTIDE_HYDROGEL, "KLPP hydrogel gave higher scores than KLD-12 hydrogel, "
                                                     "RADA hydrogel and collagen hydrogel.", {})
    assert aboutness._listed_arms("At 6 months, in vivo, cartilage fragment-loaded scaffolds induced better repair ") == []
    assert aboutness._listed_arms(" MSCs and scaffold", after=True) == []
