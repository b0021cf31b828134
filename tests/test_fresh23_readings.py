"""Readings from fresh23's errors (session 23), on the records' own sentences (workshop corpus, as PubMed has them).

* 28002899 (C265, "penehyclidine postconditioning protects rats against cerebral ischemia-reperfusion injury"; both
  blind reviewers: eligible, a rat experiment): the abstract's last sentence ("These findings may provide a novel
  foundation …") was its conclusion, and its results name the therapy only after a report ("The results demonstrated
  that PHC postconditioning could protect against I/R injury"): the finding was read as not about the therapy. After a
  report, the reported clause's subject is what produced the result.
* 29391278 (C258, "a cartilage extracellular matrix membrane added to microfracture improves cartilage repair"; both
  reviewers: cointervention_only): the title sets stem cells combined with the matrix against microfracture, and the
  arms reader named no arms. The matrix comes only with the cells: their pair is what was compared.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.direction import result_of
from pipeline.models import Article

FRESH23 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh23" / "claims.yaml")}

PHC = Article(
    pmid=28002899,
    title="Penehyclidine hydrochloride postconditioning ameliorates cerebral ischemia-reperfusion injury: critical role "
          "of mitochondrial ATP sensitive potassium channel.",
    abstract="Cerebral ischemia/reperfusion (CI/R) leads to disability and death worldwide. In the present study, we "
             "evaluated the effects of penehyclidine hydrochloride (PHC) postconditioning on CI/R injury and elucidated "
             "the underlying mechanisms. In CI/R rats, we showed that PHC postconditioning could effectively inhibit "
             "I/R-induced brain infarction and edema, and deficit of neurological function. 5-hydroxydecanoate (5-HD), "
             "a specific inhibitor of MitoKATP, was used to evaluate the role of MitoKATP in the neuroprotective effect "
             "of PHC postconditioning. The results showed that 5-HD could markedly suppress PHC postconditioning-caused "
             "inhibition of brain infarction and edema. The results demonstrated that PHC postconditioning could protect "
             "against I/R injury in brain through the inhibition of oxidative stress, mPTP opening, apoptosis and "
             "inflammation. Activation of MitoKATP was critical for PHC postconditioning-exhibited neuro-protective "
             "effects against I/R injury. These findings may provide a novel foundation for therapeutic strategies "
             "targeting cerebral protection against I/R damage.")


def test_the_subject_of_a_reported_clause_produced_the_result():
    phc = FRESH23["C265"].therapy
    ab = {"PHC": "penehyclidine hydrochloride", "CI/R": "Cerebral ischemia/reperfusion"}
    assert result_of(phc, "The results demonstrated that PHC postconditioning could protect against I/R injury in "
                           "brain through the inhibition of oxidative stress.", ab)
    assert result_of(phc, "In CI/R rats, we showed that PHC postconditioning could effectively inhibit I/R-induced "
                           "brain infarction and edema.", ab)
    # the inhibitor is the subject: the therapy is what it acted on
    assert not result_of(phc, "The results showed that 5-HD could markedly suppress PHC postconditioning-caused "
                               "inhibition of brain infarction and edema.", ab)
    # and without a report the therapy must still come before the finding word
    assert not result_of(phc, "Brain infarction was reduced after PHC postconditioning.", ab)


def test_the_rat_experiment_tests_the_claim():
    e, d = assess_as_linked(FRESH23["C265"], PHC, "animal_study", is_animal=True, species=("rat",))
    assert not d.not_about
    assert e.eligible and "other_population" not in e.indirectness


WJ = Article(
    pmid=29391278,
    title="Human umbilical cord Wharton's jelly mesenchymal stem cells combined with an acellular cartilage extracellular "
          "matrix scaffold improve cartilage repair compared with microfracture in a caprine model",
    abstract="After cultivation and identification, hWJMSCs were seeded in an acellular cartilage extracellular matrix "
             "(ACECM)-oriented scaffold to construct cell-scaffold complex. Six goats with full-thickness femoral condyle "
             "articular cartilage defects were randomized to MF (microfracture group, MFG) and cell-scaffold complexes "
             "(experimental group, EG). MRI demonstrated higher-quality cartilage and complete subchondral bone at defect "
             "sites in the EG at 9 months. The hWJMSCs-ACECM scaffold complex achieved better quality repair and "
             "regeneration of hyaline cartilage without cartilage-inducing factor, compared with MF.")


def test_a_title_setting_the_therapy_with_cells_against_microfracture_compares_the_pair():
    e, _ = assess_as_linked(FRESH23["C258"], WJ, "animal_study", is_animal=True, species=("goat",))
    assert not e.eligible and e.reason == "cointervention_only", e
    assert "mesenchymal stem cells" in e.why


def test_a_title_adding_the_therapy_to_what_both_sides_get_isolates_it():
    # microfracture, what the claim adds the matrix to, on both sides: the matrix is the difference
    added = Article(pmid=24258020, title="Cartilage extra-cellular matrix biomembrane for the enhancement of microfractured "
                    "defects",
                    abstract="Patients aged 18-60 years were assigned to either the microfracture/biomembrane (n = 45) or "
                             "microfracture groups (n = 19). The biomembrane group showed significantly better MRI filling.")
    e, _ = assess_as_linked(FRESH23["C258"], added, "non_randomized_trial", is_human=True)
    assert e.eligible, e


def test_only_cells_both_sides_lack_make_the_pair():
    from pipeline.claims.eligibility import _title_therapy_only_with
    ecm = FRESH23["C258"]
    # cells on both sides: the material is what differs
    assert _title_therapy_only_with(ecm, "Mesenchymal stem cells on an extracellular matrix scaffold versus mesenchymal "
                                         "stem cells alone for cartilage defects", {}) is None
    # microfracture, what the claim adds the matrix to, is no cells
    assert _title_therapy_only_with(ecm, "Microfracture combined with an extracellular matrix scaffold versus "
                                         "microfracture alone for cartilage defects", {}) is None
    # for a claim about the cells, the scaffold is their carrier (the bundled catalog's C11, mesenchymal stem cells;
    # both reviewers count 29391278 for it)
    msc = next(c for c in load_catalog(PROJECT_ROOT / "data" / "claims.yaml") if c.id == "C11")
    assert _title_therapy_only_with(msc, WJ.title, {}) is None


def test_a_title_of_several_arms_is_not_read_side_by_side():
    # fresh2's 23832688 (C95; both reviewers: eligible): chondrocytes are one of three arms, alone or combined
    from pipeline.claims.eligibility import _title_therapy_only_with
    seeded = load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh2" / "claims.yaml")
    claim = next(c for c in seeded if c.id == "C95")
    assert _title_therapy_only_with(claim, "Comparative, osteochondral defect repair: Stem cells versus chondrocytes "
                                           "versus Bone Morphogenetic Protein-2, solely or in combination", {}) is None


# fresh24's once-only error (session 23), read after the set was scored: 26702255 (C267, "pregabalin relieves uremic
# pruritus in hemodialysis patients"; both blind reviewers: no_findings, adverse events only) was counted, and the
# claim read Very low where both reviewers find no evidence.
FRESH24 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh24" / "claims.yaml")}
SAFETY = Article(
    pmid=26702255, title="Safety of pregabalin among hemodialysis patients suffering from uremic pruritus.",
    abstract="OBJECTIVES: The aim of this study was to assess the safety and probability of adverse events associated "
             "with the use of 75 mg pregabalin post hemodialysis (pHD) among patients with UP.\n\nMETHODS: A "
             "cross-sectional study done among the hemodialysis patients suffering from uremic pruritus (UP). "
             "Assessment for the safety profile of pregabalin was done using Naranjo's algorithm.\n\nKEY FINDINGS: "
             "Assessment of safety of pregabalin revealed that somnolence and dizziness were the two frequent adverse "
             "events followed by constipation, weight gain and edema.\n\nCONCLUSION: Naranjo's quantification for the "
             "possibility and probability of adverse events reflect that all the events were probable.")


def test_a_study_of_the_therapys_safety_alone_does_not_test_a_claim_that_it_helps():
    e, _ = assess_as_linked(FRESH24["C267"], SAFETY, "cross_sectional", is_human=True)
    assert not e.eligible and e.reason == "no_findings", e
    # a study that asks about safety and efficacy does
    both = Article(pmid=1, title="Safety and efficacy of pregabalin for uremic pruritus in hemodialysis patients",
                   abstract="The aim was to assess the efficacy and safety of pregabalin. Pruritus scores improved "
                            "significantly after 8 weeks of pregabalin (p < 0.001); somnolence was the most frequent "
                            "adverse event.")
    e, _ = assess_as_linked(FRESH24["C267"], both, "case_series", is_human=True)
    assert e.reason != "no_findings", e
    # nor is a harm claim's study of harms excluded by it
    harm = FRESH24["C277"]
    assert harm.polarity == "harm"


def test_a_seeded_scaffold_is_another_product_for_a_cell_free_claim():
    # fresh3's C71 ("cell-free scaffolds for knee cartilage defects"; both reviewers: therapy_not_tested for 29391278)
    cell_free = next(c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh3" / "claims.yaml") if c.id == "C71")
    from pipeline.claims.eligibility import _title_therapy_only_with
    assert _title_therapy_only_with(cell_free, WJ.title, {}) is None


def test_a_series_of_a_procedures_complications_is_not_a_safety_only_study():
    # fresh6's 18801942 (C66; both reviewers: eligible): complications of chondrocyte implantation needing revision are
    # how the procedure failed, an outcome of it; a first version of the rule counted "complications" as safety words
    acl = next(c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh6" / "claims.yaml") if c.id == "C66")
    a = Article(pmid=18801942, title="Characteristic Complications after Autologous Chondrocyte Implantation for "
                "Cartilage Defects of the Knee Joint",
                abstract="Methods A total of 309 consecutive patients with 349 ACI procedures of the knee joint were "
                         "analyzed. In 52 patients, revision surgery was performed for persistent clinical problems. "
                         "Results Four typical major complications were identified: hypertrophy of the transplant, "
                         "disturbed fusion, delamination, and graft failure.")
    e, _ = assess_as_linked(acl, a, "case_series", is_human=True)
    assert e.reason != "no_findings", e
