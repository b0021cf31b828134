"""Session 13 eligibility rules, each stated as a reviewer would and tested on the real sentences (PubMed
abstracts, shortened; PMIDs given) of the records that triggered it, with the blind reviewers' labels as the
expectation. The claims are the catalogs of data/eval/<set>/claims.yaml (in the repository)."""

from __future__ import annotations

from eligibility_helpers import eval_catalog
from pipeline.claims.eligibility import Eligibility, _title_prognostic, assess_eligibility
from pipeline.claims.reading import read_article
from pipeline.nlp.arms import read_arms


FRESH4, FRESH5, FRESH6 = eval_catalog("fresh4"), eval_catalog("fresh5"), eval_catalog("fresh6")


def _inline(claim, pmid: int, title: str, abstract: str, not_about: str | None = None) -> Eligibility:
    from pipeline.models import Article

    reading = read_article(Article(pmid=pmid, title=title, abstract=abstract))
    return assess_eligibility(claim, reading, read_arms(reading), None, title=title, not_about=not_about)


MACI_CORRELATION = ("Background: Matrix-induced autologous chondrocyte implantation (MACI) is an established technique for "
                    "the repair of knee chondral defects, although the correlation between clinical and radiological "
                    "outcomes after surgery is poorly understood. Purpose: To determine the correlation between clinical "
                    "and radiological outcomes throughout the postoperative timeline to 5 years after MACI. Methods: This "
                    "retrospective study was undertaken in 83 patients (53 male, 30 female) with complete clinical and "
                    "radiological follow-up at 1, 2, and 5 years after MACI. The degree of an association between the MRI "
                    "parameters and the KOOS subscales at each postoperative time point was assessed with the Spearman "
                    "correlation coefficient (SCC), and significance was determined at P < .05.")


def test_a_prognostic_factor_study_of_patients_who_all_got_the_therapy_does_not_test_it():
    """"A study relating a factor to the outcome of patients who all received X does not test X."
    PMID 24890782 (fresh5 C58, MACI): "Correlation Between Clinical and Radiological Outcomes After
    Matrix-Induced Autologous Chondrocyte Implantation …"; PMID 25784628 (fresh6 C66, ACI): "Bone Marrow Edema
    in the Knee and Its Influence on Clinical Outcome After Matrix-Based Autologous Chondrocyte Implantation".
    Both reviewers: excluded."""
    e = _inline(FRESH5["C58"], 24890782, "Correlation Between Clinical and Radiological Outcomes After Matrix-Induced "
                "Autologous Chondrocyte Implantation in the Femoral Condyles", MACI_CORRELATION)
    assert not e.eligible and e.reason == "cointervention_only", e
    assert "Correlation" in e.why
    e = _inline(FRESH6["C66"], 25784628, "Bone Marrow Edema in the Knee and Its Influence on Clinical Outcome After "
                "Matrix-Based Autologous Chondrocyte Implantation",
                "Purpose: To investigate the occurrence and clinical relevance of BME after third-generation ACI in the "
                "knee joint during the postoperative course of 36 months. Methods: A total of 38 circumscribed "
                "full-thickness cartilage defects in 30 patients were included in this study. All defects were treated "
                "with third-generation ACI (Novocart 3D). Clinical scores showed significant improvements throughout the "
                "entire study course ( P < .05). Clinical patient outcome did not correlate with presence of BME at any "
                "time period ( P > .05).")
    assert not e.eligible and e.reason == "cointervention_only", e


def test_the_prognostic_rule_needs_the_therapy_after_the_factor_and_after_after():
    """The factor must come first and the therapy only after "after"/"following": PMID 19846693 (fresh5 C59,
    accelerated weightbearing, both reviewers eligible) — "Effect of Accelerated Weightbearing after MACI …" —
    names the claim's therapy before "after", and a title naming the therapy first is its own series."""
    c59, c58 = FRESH5["C59"], FRESH5["C58"]
    title = ("Effect of Accelerated Weightbearing after Matrix-Associated Autologous Chondrocyte Implantation on the "
             "Femoral Condyle on Radiographic and Clinical Outcome after 2 Years")
    assert _title_prognostic(c59, title, {}) is None
    assert _title_prognostic(c58, "Matrix-induced autologous chondrocyte implantation: clinical outcome and its "
                             "correlation with MRI", {}) is None
    assert _title_prognostic(c58, "Factors Predictive of Outcome 5 Years After Matrix-Induced Autologous Chondrocyte "
                             "Implantation in the Tibiofemoral Joint", {}) == "Factors Predictive"


def test_a_decision_model_or_an_expert_consensus_reports_no_findings():
    """"A decision model or an expert consensus enrols no patients given the therapy: no findings."
    PMID 34619304 (fresh4 C54): "A Markov model was used to evaluate the cost-effectiveness …"; PMID 33124432
    (fresh5 C58): "A 3-step Delphi technique was used to establish consensus." Both reviewers: no_findings."""
    e = _inline(FRESH4["C54"], 34619304, "Particulated Juvenile Articular Cartilage and Matrix-Induced Autologous "
                "Chondrocyte Implantation Are Cost-Effective for Patellar Chondral Lesions",
                "To compare the cost-effectiveness of nonoperative management, particulated juvenile allograft cartilage "
                "(PJAC), and matrix-induced autologous chondrocyte implantation (MACI) in the management of patellar "
                "chondral lesions. A Markov model was used to evaluate the cost-effectiveness of three strategies for "
                "symptomatic patellar chondral lesions. PJAC was cost-effective (ICER $35,000/QALY, p < 0.05).")
    assert not e.eligible and e.reason == "no_findings" and "Markov" in e.why, e
    e = _inline(FRESH5["C58"], 33124432, "Consensus on Rehabilitation Guidelines among Orthopedic Surgeons in the "
                "United States following Use of Third-Generation Articular Cartilage Repair (MACI) for Treatment of "
                "Knee Cartilage Lesions",
                "Objective The aim of this study was to evaluate levels of consensus in rehabilitation practices following "
                "MACI treatment based on the experience of an expert panel of U.S. orthopedic surgeons. A 3-step Delphi "
                "technique was used to establish consensus. Results Consensus (>75% agreement) was achieved on all 4 "
                "consensus domains.")
    assert not e.eligible and e.reason == "no_findings", e
    # a systematic review scoring its trials with the "Delphi list" is not a consensus
    from pipeline.nlp.arms import cue
    assert cue("expert_consensus").search("quality was evaluated with use of Delphi list and Coleman scores") is None


def test_a_graft_processed_otherwise_is_not_the_claims_fresh_graft():
    """"A study of a cryopreserved or decellularised graft does not test a claim about fresh grafts" (fresh6
    C68): PMID 32037873 "Prospective Outcomes of Cryopreserved Osteochondral Allograft …", PMID 28967543 "High
    Short-Term Failure Rate Associated With Decellularized Osteochondral Allograft …". Both reviewers:
    therapy_not_tested."""
    c68 = FRESH6["C68"]
    e = _inline(c68, 32037873, "Prospective Outcomes of Cryopreserved Osteochondral Allograft for Patellofemoral "
                "Cartilage Defects at Minimum 2-Year Follow-up",
                "To analyze the clinical outcomes, knee function, and activity level of patients after treatment of "
                "full-thickness cartilage defects involving the patellofemoral compartment of the knee with cryopreserved "
                "osteochondral allograft. Nineteen patients with cartilage defects involving the patellofemoral "
                "compartment were treated. Mean VR-12 scores increased from 31.6 to 45.2 (P < .001).")
    assert not e.eligible and e.reason == "therapy_not_tested" and "cryopreserved" in e.why.lower(), e
    e = _inline(c68, 28967543, "High Short-Term Failure Rate Associated With Decellularized Osteochondral Allograft for "
                "Treatment of Knee Cartilage Lesions",
                "To report the short-term clinical and radiographic outcomes following the use of decellularized "
                "osteochondral (OC) allograft plugs in the treatment of distal femoral OC lesions. An Institutional Review "
                "Board-approved database with prospectively collected data was used to identify patients treated with the "
                "decellularized OC allograft plugs implant. Thirty-four patients were identified.")
    assert not e.eligible and e.reason == "therapy_not_tested", e
    # the claim's own form, named, keeps the rule out of it (PMID 23351864, both reviewers eligible)
    e = _inline(c68, 23351864, "Fresh osteochondral allograft is a suitable alternative for wide cartilage defect in "
                "the knee", "Twenty-five patients were treated with fresh osteochondral allograft; IKDC improved from "
                "32 to 71 (p < 0.001).")
    assert e.reason != "therapy_not_tested", e


def test_a_title_asking_for_the_efficacy_of_another_agent_combined_with_the_therapy_does_not_isolate_it():
    """"A study of Y given in combination with X, with X in every arm, tests Y, not X." PMID 26862044 (fresh4
    C55, surgical debridement for spinal tuberculosis): "The efficacy of local continuous chemotherapy and
    postural drainage in combination with one-stage posterior surgery …" — both groups had the surgery (both
    reviewers: cointervention_only). The words "in combination with" stand 20 characters before the therapy's
    name ("one-stage posterior"), hence the window of 50."""
    from pipeline.claims.eligibility import _title_tests_other_on_top

    title = ("The efficacy of local continuous chemotherapy and postural drainage in combination with one-stage "
             "posterior surgery for the treatment of lumbar spinal tuberculosis.")
    e = _inline(FRESH4["C55"], 26862044, title,
                "BACKGROUND: The objective of this study was to compare the outcomes of one-stage posterior surgery "
                "involving debridement, bone grafting, and instrumentation with and without local continuous chemotherapy "
                "and postural drainage for the treatment of lumbar spinal tuberculosis. METHODS: Patients underwent "
                "one-stage posterior debridement, bone grafting, and instrumentation, without (group A) and with (group B) "
                "local continuous chemotherapy and postural drainage. RESULTS: Groups A and B contained 52 and 57 "
                "patients, respectively.")
    assert not e.eligible and e.reason == "cointervention_only", e
    assert "local continuous chemotherapy" in e.why
    # the therapy as the agent itself is not on top of anything
    assert _title_tests_other_on_top(FRESH4["C55"], "The efficacy of surgery in combination with chemotherapy for "
                                     "lumbar spinal tuberculosis", {}) is None


FRESH2 = eval_catalog("fresh2")


def test_a_gene_enhanced_form_of_the_therapy_tests_the_gene_enhancement():
    """"A study of a gene-enhanced form of X tests the gene enhancement, not X." PMID 22483989 (fresh2 C91,
    osteochondral autograft transplantation): "Reconstruct large osteochondral defects of the knee with hIGF-1
    gene enhanced Mosaicplasty" — mosaicplasty in the compared arms, gene-modified BMSCs filling the gaps (both
    reviewers: cointervention_only). Before session 13 "gene enhanced" was not a word of the modification list."""
    e = _inline(FRESH2["C91"], 22483989, "Reconstruct large osteochondral defects of the knee with hIGF-1 gene enhanced "
                "Mosaicplasty",
                "Objective To investigate a compound technique including gene therapy, injectable tissue engineering and "
                "Mosaicplasty to reconstruct large osteochondral defect. Methods Plasmid vector containing hIGF-1 cDNA was "
                "created and transfected into BMSCs in vitro with FuGene6. Osteochondral plugs were harvested from the "
                "intertrochlea groove and pressed into the recipient sites in a mosaic mode. Gene modified BMSCs-scaffold "
                "complex was applied to fill the residual defects. Control groups were also set up.")
    assert not e.eligible and "gene enhanced" in e.why, e


FRESH3 = eval_catalog("fresh3")


def test_a_carrier_given_only_as_the_vehicle_of_another_product_is_not_tested():
    """"When the claim's therapy is a carrier material and the study gives it only as the vehicle of another
    product, without comparing carriers, the study tests the product." PMID 21802135 (fresh3 C76, hydrogel):
    "The use of de-differentiated chondrocytes delivered by a heparin-based hydrogel …"; PMID 12031121 (fresh5
    C61, hyaluronan-based scaffold): "Treatment of Osteochondral Defects with Autologous Bone Marrow in a
    Hyaluronan-Based Delivery Vehicle" (every defect got the sponge, with or without marrow). Both reviewers:
    cointervention_only. Carriers compared with each other stay: PMID 24146054 ("PVA-chitosan composite hydrogel
    versus alginate beads as a potential mesenchymal stem cell carrier", both reviewers eligible for C76)."""
    from pipeline.claims.eligibility import _only_vehicle

    e = _inline(FRESH3["C76"], 21802135, "The use of de-differentiated chondrocytes delivered by a heparin-based hydrogel "
                "to regenerate cartilage in partial-thickness defects",
                "In this study, a heparin-based hydrogel was evaluated and optimized to induce cartilage regeneration with "
                "de-differentiated chondrocytes. Even under a normal cell culture condition (no growth factors or "
                "chondrogenic components), efficient re-differentiation of cells was observed with the optimum at 10 wt.% "
                "hydrogel, showing the complete re-differentiation within a week. Finally, excellent cartilage regeneration "
                "and good integration with surrounding, similar to natural cartilage, was also observed by delivering "
                "de-differentiated chondrocytes using the heparin-based hydrogel in partial-thickness defects of rabbit "
                "knees whereas no healing was observed for the control.")
    assert not e.eligible and e.reason == "cointervention_only" and "vehicle" in e.why, e
    e = _inline(FRESH5["C61"], 12031121, "Treatment of Osteochondral Defects with Autologous Bone Marrow in a "
                "Hyaluronan-Based Delivery Vehicle",
                "This hypothesis will be tested by comparing the outcome of osteochondral defects filled with a "
                "fibronectin-coated hyaluronan-based sponge (ACP) with or without autologous bone marrow. Thirty-three "
                "4-month-old rabbits received 3-mm diameter osteochondral defects that were then filled with ACP loaded "
                "or not with autologous bone marrow. Except for the 3-week specimens, the histologic appearance of the "
                "defects was similar in both groups.")
    assert not e.eligible and e.reason == "cointervention_only", e
    assert _only_vehicle(FRESH3["C76"], "PVA-chitosan composite hydrogel versus alginate beads as a potential "
                         "mesenchymal stem cell carrier for the treatment of focal cartilage defects", {}) is None


FRESH = eval_catalog("fresh")


def test_a_case_report_told_in_its_title_alone_is_not_a_result_free_abstract():
    """"A case report is its patient's story, often told in its title alone": PMID 15150026 (fresh C87, no
    abstract in PubMed) "Hyperbaric oxygen therapy for air embolism complicating CT-guided needle biopsy of the
    lung" and PMID 21924628 "Intraoperative cerebral air embolism during lung transplantation: treatment with early
    hyperbaric oxygen therapy" — both reviewers count them (case reports). The two-sentence rule (no result, no
    number) still excludes a record that is not a case report."""
    from pipeline.models import Article

    c87 = FRESH["C87"]
    for pmid, title in ((15150026, "Hyperbaric oxygen therapy for air embolism complicating CT-guided needle biopsy of "
                                   "the lung."),
                        (21924628, "Intraoperative cerebral air embolism during lung transplantation: treatment with "
                                   "early hyperbaric oxygen therapy.")):
        reading = read_article(Article(pmid=pmid, title=title, abstract=""))
        case = assess_eligibility(c87, reading, read_arms(reading), "case_report", title=title,
                                  publication_types=("Case Reports", "Journal Article"))
        assert case.eligible, case
        other = assess_eligibility(c87, reading, read_arms(reading), None, title=title, publication_types=("Journal Article",))
        assert not other.eligible and other.reason == "no_findings" and "two sentences" in other.why, other
