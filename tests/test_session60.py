"""Session 60's readings, on the records' own text (issue 17): a catalog name written with a Greek letter's name meets
a title written with the letter, and the other way round ("estrogen receptor alpha" / "estrogen receptor α"), as
records from PubMed's XML keep the letter and MEDLINE's text exports spell it (data/lexicons/mentions.yaml
``greek_letters``)."""

from __future__ import annotations

import pytest

from pipeline.claims.mentions import find_mentions
from pipeline.claims.models import Concept

# titles of the workshop corpus's records, as their XML writes them
_ER_ALPHA = ("Feedback control of the CXCR7/CXCL11 chemokine axis by estrogen receptor α in ovarian cancer.")  # 30051594
_ER_BETA = "Multiple ERbeta antisera label in ERbeta knockout and null mouse tissues."  # 20170675
_CATENIN = ("Osteopontin promotes metastasis of intrahepatic cholangiocarcinoma through recruiting MAPK1 and mediating "
            "Ser675 phosphorylation of β-Catenin.")  # 29415992
_GSK = ("The Effect of GPRC5a on the Proliferation, Migration Ability, Chemotherapy Resistance, and Phosphorylation of "
        "GSK-3β in Pancreatic Cancer.")  # 29949874
_ALPHA_RECEPTORS = ("Commercially available antibodies directed against α-adrenergic receptor subtypes and other G "
                    "protein-coupled receptors with acceptable selectivity in flow cytometry experiments.")  # 26660071
_HIF = "PHGDH as a Key Enzyme for Serine Biosynthesis in HIF2α-Targeting Therapy for Renal Cell Carcinoma."  # 28951458


def _named(name: str, text: str) -> list[str]:
    return [m.text for m in find_mentions(Concept(name), text)]


def test_one_greek_letter_is_not_another():
    # an alpha-receptor title names no beta-adrenergic receptor
    assert _named("beta-adrenergic receptors", _ALPHA_RECEPTORS) == []
    assert _named("alpha-adrenergic receptors", _ALPHA_RECEPTORS) == ["α-adrenergic receptor"]


def test_a_letter_name_inside_a_longer_word_stays_that_word():
    # "betaine" is no beta; "Alphabet" no alpha
    assert _named("betaine", "β-ine and βine") == []
    assert _named("beta", "Alphabet and betaine supplementation") == []


# titles of the workshop corpus's records, British and American
_TAMS = "Evaluation of Tumour Associated Macrophages and Angiogenesis in Ameloblastoma."  # 29207829
_ESCAPE = ("The combination of anti-KIR monoclonal antibodies with anti-PD-1/PD-L1 monoclonal antibodies could be a "
           "critical breakthrough in overcoming tumor immune escape in NSCLC.")  # 29731605
_COLIC = ("Medical expulsive therapy in adults with ureteric colic: a multicentre, randomised, placebo-controlled "
          "trial.")  # 25998582
_HEMATOMA = "Intramural hematoma or aortic dissection - a diagnostic and therapeutic problem. A case report."  # 26702280
_ACTINOMYCOSIS = "Cervical vertebral actinomycosis mimicking malignancy in a paediatric patient."  # 27033296


@pytest.mark.parametrize("name, text, found", [
    # a Greek letter and its name
    ("estrogen receptor alpha", _ER_ALPHA, "estrogen receptor α"),
    ("ERβ", _ER_BETA, "ERbeta"),
    ("beta-catenin", _CATENIN, "β-Catenin"),
    ("GSK-3beta", _GSK, "GSK-3β"),
    ("HIF-2alpha", _HIF, "HIF2α"),
    # British and American spelling
    ("tumor associated macrophages", _TAMS, "Tumour Associated Macrophages"),
    ("tumour immune escape", _ESCAPE, "tumor immune escape"),
    ("randomized", _COLIC, "randomised"),
    ("intramural haematoma", _HEMATOMA, "Intramural hematoma"),
    ("pediatric patients", _ACTINOMYCOSIS, "paediatric patient"),
])
def test_another_writing_of_a_word_meets_it(name, text, found):
    assert found in _named(name, text)


def test_a_spelling_is_met_only_where_the_lexicon_places_it():
    # "haem-" begins a word: the "hem" of "chemotherapy" is no "haem"; "-ise" ends one
    assert _named("chaemotherapy", "adjuvant chemotherapy was given") == []
    assert _named("randomized", "randomizedly") == []


@pytest.mark.parametrize("names, text", [
    (("tumour associated macrophages", "tumor immune escape"),
     _TAMS + " " + _ESCAPE + " " + _ESCAPE.replace("tumor", "tumour")),
    (("beta-catenin", "TNF-alpha", "β1 integrin"), "β-Catenin, beta-catenin, TNF-α, TNFalpha, beta1 integrin, β1 integrin"),
    (("randomized", "pediatric patients", "intramural haematoma"), _COLIC + " " + _ACTINOMYCOSIS + " " + _HEMATOMA),
])
def test_anchored_search_finds_what_the_scan_finds(names, text):
    # mentions._matches tries a name's pattern only where its anchors begin: a word with another spelling must not
    # hide a mention (the anchors are its letters before the spelling, or each form of a spelling it begins with)
    from pipeline.claims import mentions as M
    folded = M._folded_names(names)
    rx = M.concept_regex(folded)
    plain = [m.span() for m in rx.finditer(text)]
    assert len(plain) >= 3
    assert [m.span() for m in M._matches(rx, M._anchors(folded), text)] == plain


# an article inside a name: left out by the text, or written by it where the name leaves it out
_LUNATE = ("Cartilage defect of lunate facet of distal radius after fracture treated with osteochondral autograft from "
           "knee.")  # 24078947
_OA_KNEE = "Human umbilical cord blood-derived mesenchymal stem cell implantation for osteoarthritis of the knee"  # 31980879


def test_an_article_a_name_writes_may_be_left_out():
    # 24078947, both of fresh107 C1032's reviewers eligible: the catalog writes "the" twice
    assert _named("cartilage defect of the lunate facet of the distal radius", _LUNATE) == [
        "Cartilage defect of lunate facet of distal radius"]


def test_an_article_the_text_writes_may_stand_after_a_preposition():
    assert _named("osteoarthritis of knee", _OA_KNEE) == ["osteoarthritis of the knee"]
    assert _named("osteoarthritis of the knee", _OA_KNEE.replace("of the knee", "of a knee")) == ["osteoarthritis of a knee"]


def test_a_capital_letter_inside_a_name_is_no_article():
    # "hepatitis A virus" is not "hepatitis virus" with an article left out; nor is an article put in where no
    # preposition stands ("cord the blood")
    assert _named("hepatitis A virus", "hepatitis virus infection") == []
    assert _named("umbilical cord blood", "umbilical cord the blood") == []


def test_a_source_named_in_full_may_stand_inside_a_name():
    # 33621649, both of fresh79 C873's reviewers eligible: four words between "allogeneic" and the cells
    title = ("Allogenic Human Umbilical Cord Blood-Derived Mesenchymal Stem Cells Are More Effective Than Bone Marrow "
             "Aspiration Concentrate for Cartilage Regeneration After High Tibial Osteotomy")
    assert _named("allogenic mesenchymal stem cells", title) == [
        "Allogenic Human Umbilical Cord Blood-Derived Mesenchymal Stem Cells"]
    # a function word still ends the gap: "allogeneic and autologous mesenchymal stem cells" sets two sources side by side
    assert _named("allogenic mesenchymal stem cells", "allogenic and autologous mesenchymal stem cells") == []


# 26702378 (workshop corpus), both of fresh163 C1368's reviewers eligible: the catalog names the test with its short form
# in brackets, "multiparametric magnetic resonance imaging (mpMRI)"; the abstract defines it and then says "mpMRI"
_MPMRI = ("To assess and validate the incorporation of the multiparametric magnetic resonance imaging (mpMRI) tumour "
          "category (mT-category) to the conventional clinical tumour category (cT-category), in order to guide the "
          "radiotherapy (RT) treatment decisions in prostate cancer. In addition, to identify the clinical factors "
          "associated to the technique reliability. mpMRI was performed in 274 prostate cancer patients in order to "
          "refine the treatment decisions according to PSA, Gleason Score (GS) and cT-category.")


def test_a_name_ending_in_its_bracketed_short_form_is_the_name_before_it():
    from pipeline.claims.mentions import abbreviations_in

    concept = Concept("multiparametric magnetic resonance imaging (mpMRI)")
    found = [m.text for m in find_mentions(concept, _MPMRI, abbreviations_in(_MPMRI))]
    # the long form where the abstract defines it, the short form in its bracket, and where the study performs the test
    assert found == ["multiparametric magnetic resonance imaging", "mpMRI", "mpMRI"]
    # the bracket is the name's short form, not a word the text must repeat; a bracket that is not a short form stays
    assert _named("osteochondral defects (OCDs)", "Osteochondral defects were drilled.") == ["Osteochondral defects"]
    assert _named("platelet-rich plasma (leukocyte-poor)", "platelet-rich plasma was injected") == []


def test_a_claim_that_a_test_stages_a_disease_is_about_what_the_test_tells():
    from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
    from pipeline.claims.aboutness import claims_a_test

    c1368 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh163" / "claims.yaml")}["C1368"]
    assert claims_a_test(c1368)  # "Multiparametric MRI stages prostate cancer more accurately than clinical staging"
    c1362 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh162" / "claims.yaml")}["C1362"]
    assert not claims_a_test(c1362)  # cells added to microfracture: a claim of effect


def test_a_test_that_was_done_is_the_studys_own_intervention():
    # 30423607 (workshop corpus), both of fresh164 C1376's reviewers eligible: the assays compared are named where they
    # "were done", as a study "performed" its intervention
    from pipeline.claims import linker

    sentence = ("Four PD-L1 immunohistochemical stains were done for each case, including 22C3 (Dako), 28-8 (Abcam), "
                "SP263 (Ventana), and SP142 (Ventana).")
    assert linker._INTERVENTION.search(sentence)
    assert not linker._INTERVENTION.search("The mean age of 57 patients was 59 (range 34-81) years.")


def test_a_makers_name_in_brackets_is_no_short_form():
    # "SP263 (Ventana)": the bracket names who makes the assay, so the name stays as written
    assert _named("SP263 (Ventana)", "SP263 (Ventana) and SP263 (Dako)") == ["SP263 (Ventana)"]
    assert _named("interleukin 6 (IL-6)", "interleukin 6 levels rose") == ["interleukin 6"]
