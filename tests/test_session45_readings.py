"""Session 45's readings (fresh83, after the set was scored), on the real sentences of the records they were written
from: "BMMSCs" (bone marrow mesenchymal stem cells) is an active product and a stem cell word like "BMSCs", so a scaffold
claim's arms that give the scaffold only seeded with BMMSCs against an empty defect do not isolate the scaffold
(data/lexicons/arms.yaml active, cells_stem); and an arm named for what the tissue's own matrix undergoes gets no
device (eligibility._gets_a_device, LINKER_RELEASE 2026.12.97); and a finding that sets the therapy against a list of
arms only one of which also got it ("than empty defects, osteochondral drilling and fibrin hydrogel with chondrocytes",
"than untreated defects or defects treated with KLD-12 hydrogel") does not compare arms that all received it
(aboutness._listed_arms, LINKER_RELEASE 2026.12.99); and (fresh84 C900) the other knee "left unfilled as an empty
control" in a clause of its own is a control arm, and "received implantation of either X or Y" an allocation between
arms, not what every arm got (pipeline/nlp/arms.py, LINKER_RELEASE 2026.12.100); and (fresh85 C904) a case whose
injections also held local anesthetics and botulinum toxin does not isolate the steroid, and a harm claim's case report
that puts the harm down to another cause does not test the exposure (LINKER_RELEASE 2026.12.101)."""

from __future__ import annotations

from pathlib import Path

from pipeline.claims import aboutness, eligibility
from pipeline.claims.catalog import load_catalog
from pipeline.claims.models import Claim, Concept, Polarity
from pipeline.claims.reading import read_article
from pipeline.models import Article
from pipeline.nlp.arms import read_arms
from tests.eligibility_helpers import assess_as_linked

PLGA = {c.id: c for c in load_catalog(Path(__file__).resolve().parents[1] / "data/eval/fresh83/claims.yaml")}["C894"]
MSCS = Claim(id="T2", title="Mesenchymal stem cells repair cartilage defects",
             therapy=Concept("mesenchymal stem cells", ("MSCs", "bone marrow mesenchymal stem cells", "BMMSCs")),
             condition=Concept("cartilage defects", ("cartilage defect", "osteochondral defects")),
             quotes=(), seed_strength="asserted", query="MSC[tiab]", polarity=Polarity.BENEFIT)

# 24763260 (workshop corpus)
CTGF = Article(pmid=24763260, title=('Combined Effects of Connective Tissue Growth Factor-Modified Bone Marrow-Derived Mesenchymal Stem '
                         'Cells and NaOH-Treated PLGA Scaffolds on the Repair of Articular Cartilage Defect in Rabbits'),
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
                         'PLGA may be an alternative treatment for large osteochondral defects in high-loading sites.'),
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


GELATIN = {c.id: c for c in load_catalog(Path(__file__).resolve().parents[1] / "data/eval/fresh84/claims.yaml")}["C900"]

# 33634095 (workshop corpus)
SDF1 = Article(pmid=33634095, title=('A Novel Strategy to Enhance Microfracture Treatment With Stromal Cell-Derived Factor-1 in a Rat '
                     'Model'),
               abstract=('Microfracture is one of the most widely used techniques for the repair of articular cartilage. '
                         'However, microfracture often results in filling of the chondral defect with fibrocartilage, which '
                         'exhibits poor durability and sub-optimal mechanical properties. Stromal cell-derived factor-1 '
                         '(SDF-1) is a potent chemoattractant for mesenchymal stem cells (MSCs) and is expressed at high '
                         'levels in bone marrow adjacent to developing cartilage during endochondral bone formation. '
                         'Integrating SDF-1 into an implantable collagen scaffold may provide a chondro-conductive and '
                         'chondro-inductive milieu via chemotaxis of MSCs and promotion of chondrogenic differentiation, '
                         'facilitating more robust hyaline cartilage formation following microfracture.This work aimed to '
                         'confirm the chemoattractive properties of SDF-1 in vitro and develop a one-step method for '
                         'incorporating SDF-1 in vivo to enhance cartilage repair using a rat osteochondral defect model.Bone '
                         'marrow-derived MSCs (BMSCs) were harvested from the femurs of Sprague-Dawley rats and cultured in '
                         "low-glucose Dulbecco's modified Eagle's medium containing 10% fetal bovine serum, with the medium "
                         'changed every 3 days. Passage 1 MSCs were analyzed by flow cytometry with an S3 Cell Sorter '
                         '(Bio-Rad). In vitro cell migration assays were performed on MSCs by labeling cells with '
                         'carboxyfluorescein diacetate, succinimidyl ester (CFDA-SE; Bio-Rad). For the microfracture model, a '
                         '1.6-mm-diameter osteochondral defect was created in the femoral trochleae of 20 Sprague-Dawley rats '
                         'bilaterally until bone marrow spillage was seen under saline irrigation. One knee was chosen at '
                         'random to receive implantation of the scaffold, and the contralateral knee was left unfilled as an '
                         'empty control. Type I collagen scaffolds (Kensey Nash) were coated with either gelatin only or '
                         'gelatin and SDF-1 using a dip coating process. The rats received implantation of either a '
                         'gelatin-only scaffold (N = 10) or gelatin-and-SDF-1 scaffold (N = 10) at the site of the '
                         'microfracture. Femurs were collected for histological analyses at 4- and 8-week time points '
                         'post-operatively, and sections were stained with Safranin O/Fast Green. The samples were graded '
                         "blindly by two observers using the Modified O'Driscoll score, a validated scoring system for "
                         'chondral repair. A minimum of 10 separate grading scores were made per sample and averaged. '
                         'Quantitative comparisons of cell migration in vitro were performed with one-way ANOVA. Cartilage '
                         'repair in vivo was also compared among groups with one-way ANOVA, and the results were presented as '
                         'mean ± standard deviation, with P-values < 0.05 considered as statistically significant.MSC '
                         'migration showed a dose-response relationship with SDF-1, with an optimal dosage for chemotaxis '
                         'between 10 and 100 ng/ml. After scaffold implantation, the SDF-1-treated group demonstrated '
                         'complete filling of the cartilage defect with mature cartilage tissue, exhibiting strong '
                         'proteoglycan content, smooth borders, and good incorporation into marginal cartilage. Modified '
                         "O'Driscoll scores after 8 weeks showed a significant improvement of cartilage repair in the SDF-1 "
                         'group relative to the empty control group (P < 0.01), with a trend toward improvement when compared '
                         'with the gelatin-only-scaffold group (P < 0.1). No significant differences in scores were found '
                         'between the empty defect group and gelatin-only group.In this study, we demonstrated a simple '
                         'method for improving the quality of cartilage defect repair in a rat model of microfracture. We '
                         'confirmed the chemotactic properties of SDF-1 on rat MSCs and found an optimized dosage range for '
                         'chemotaxis between 10 and 100 ng/ml. Furthermore, we demonstrated a strategy to incorporate SDF-1 '
                         'into gelatin-collagen I scaffolds in vivo at the site of an osteochondral defect. SDF-1-treated '
                         'defects displayed robust hyaline cartilage resurfacing of the defect with minimal fibrous tissue, '
                         'in contrast to the empty control group. The results of the in vitro and in vivo studies together '
                         'suggest that SDF-1-mediated signaling may significantly improve the quality of cartilage '
                         'regeneration in an osteochondral defect.'),
               publication_types=["Journal Article"])


def test_a_split_body_control_left_unfilled_and_an_either_allocation_isolate_the_scaffold():
    # both reviewers (fresh84 C900): "gelatin-only scaffold vs the contralateral empty microfractured defect" - eligible.
    # LINKER_RELEASE 2026.12.100: "the contralateral knee was left unfilled as an empty control" is a control arm, and
    # "The rats received implantation of either a gelatin-only scaffold (N = 10) or gelatin-and-SDF-1 scaffold" is an
    # allocation between arms, not what every arm got
    arms = read_arms(read_article(SDF1, {}))
    assert any(a.is_control and "unfilled" in a.received for a in arms.arms), arms.arms
    assert not arms.cointerventions, arms.cointerventions
    e = assess_as_linked(GELATIN, SDF1, "animal_study", is_animal=True, species=("rat",))[0]
    assert e.eligible, e


def test_an_allocation_is_either_at_the_start_or_after_the_acts_noun():
    from pipeline.nlp.arms import _EITHER
    assert _EITHER.search("implantation of either a gelatin-only scaffold (N = 10) or gelatin-and-SDF-1 scaffold")
    assert _EITHER.search("either 6 mg melatonin or a placebo")
    # control: what every arm got, with no allocation in it
    assert not _EITHER.search("implantation of a gelatin-only scaffold at the site of the microfracture")
    assert not _EITHER.search("arthroscopy with either PRP or saline")
    assert not _EITHER.search("arthroscopic debridement and microfracture technique, and in neither group was either used")


STEROID_ABSCESS = {c.id: c for c in load_catalog(Path(__file__).resolve().parents[1] / "data/eval/fresh85/claims.yaml")}["C904"]

# 15661453 (workshop corpus)
PARAVERTEBRAL = Article(pmid=15661453, title=('Extensive abscess formation after repeated paravertebral injections for the treatment of chronic '
                         'back pain.'),
                abstract=('Paravertebral injections are commonly used for the treatment of chronic back pain despite the lack '
                         'of evidence for their efficacy. Here, we report a case in which repeated paravertebral injections '
                         'of local anesthetics, corticosteroids and botulinum toxin resulted in extensive abscess formation '
                         'involving the entire paravertebral musculature descending to the level of the midthighs. These '
                         'abscesses induced a systemic inflammatory response syndrome and required surgical drainage as well '
                         'as broad-spectrum antibiotic therapy.'),
                publication_types=["Case Reports", "Journal Article"])

# 15143951 (workshop corpus)
SACROILIITIS = Article(pmid=15143951, title=('[Pyogenic sacroiliitis complicated by iliopsoas muscle abscess].'),
               abstract=('Both pyogenic sacroiliitis and iliopsoas muscle abscess are uncommon infectious entities, and their '
                         'coexinstence has been reported in very few patients. We present here the case of a woman who '
                         'developed a large iliopsoas abscess as a consequence of a pyogenic sacroiliitis, initially '
                         'misdiagnosed as a common sciatica and treated with corticosteroids. The patient was cured by the '
                         'surgical drainage of the abscess and a long-lasting antibiotic treatment. We discuss diagnostic '
                         'difficulties linked to the two infectious entities, their possible pathogenic connections, the role '
                         'of imaging procedures, and therapeutic options. We conclude that pyogenic sacroiliitis and the '
                         'potential evolution to an iliopsoas abscess must be taken into consideration in the differential '
                         'diagnosis of lower back pain, especially if fever is a concomitant sign.'),
               publication_types=["Case Reports", "Journal Article"])


def test_a_case_whose_injections_always_held_other_agents_does_not_isolate_the_steroid():
    # fresh85 C904 ("corticosteroid injections can cause abscesses"), both reviewers cointervention_only: the injections
    # held local anesthetics and botulinum toxin too (data/lexicons/arms.yaml case_other_treatment), and "injections of
    # local anesthetics, corticosteroids ..." says the patient got the steroid (exposure_given_before, a listed item
    # between)
    e = assess_as_linked(STEROID_ABSCESS, PARAVERTEBRAL, "case_report", is_human=True)[0]
    assert not e.eligible and e.reason == "cointervention_only", e


def test_a_case_that_puts_the_harm_down_to_another_cause_does_not_test_the_exposure():
    # both reviewers therapy_not_tested: "developed a large iliopsoas abscess as a consequence of a pyogenic
    # sacroiliitis, initially misdiagnosed as a common sciatica and treated with corticosteroids"
    e = assess_as_linked(STEROID_ABSCESS, SACROILIITIS, "case_report", is_human=True)[0]
    assert not e.eligible and e.reason == "therapy_not_tested", e
    assert "another cause" in (e.why or ""), e


def test_a_case_that_puts_the_harm_down_to_the_exposure_is_still_counted():
    # control: the same case, its abscess put down to the steroid injections instead
    text = SACROILIITIS.abstract.replace(
        "developed a large iliopsoas abscess as a consequence of a pyogenic sacroiliitis, initially misdiagnosed as a "
        "common sciatica and treated with corticosteroids",
        "was treated with corticosteroid injections for a common sciatica and developed a large iliopsoas abscess as a "
        "consequence of the corticosteroid injections")
    case = Article(pmid=2, title="Iliopsoas muscle abscess after corticosteroid injections", abstract=text,
                   publication_types=["Case Reports", "Journal Article"])
    e = assess_as_linked(STEROID_ABSCESS, case, "case_report", is_human=True)[0]
    assert "another cause" not in (e.why or ""), e


def test_a_side_named_free_of_the_therapy_is_its_control():
    # 25746258 (fresh85 C903, in vitro; both reviewers eligible): the side "CS-free foams" is the foams without chondroitin
    # sulfate, so the finding does not compare arms that all received it (mentions.negated_only reads "-free")
    chondroitin = Concept("chondroitin sulfate", ("chondroitin sulphate", "CS"))
    finding = ("Total collagen and sGAG contents were higher in differentiated BM-MSC cultures supplemented with CS than "
               "in CS-free foams after 14 days.")
    assert not aboutness._in_every_arm(chondroitin, finding, {"CS": "chondroitin sulfate"})
    # control: the same side without "-free" names it
    assert aboutness._in_every_arm(chondroitin, finding.replace("CS-free foams", "CS-loaded foams"),
                                   {"CS": "chondroitin sulfate"})
