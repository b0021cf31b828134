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


@pytest.mark.parametrize("name, text, found", [
    ("estrogen receptor alpha", _ER_ALPHA, "estrogen receptor α"),
    ("ERβ", _ER_BETA, "ERbeta"),
    ("beta-catenin", _CATENIN, "β-Catenin"),
    ("GSK-3beta", _GSK, "GSK-3β"),
    ("HIF-2alpha", _HIF, "HIF2α"),
])
def test_a_greek_letter_meets_its_name(name, text, found):
    assert found in _named(name, text)


def test_one_greek_letter_is_not_another():
    # an alpha-receptor title names no beta-adrenergic receptor
    assert _named("beta-adrenergic receptors", _ALPHA_RECEPTORS) == []
    assert _named("alpha-adrenergic receptors", _ALPHA_RECEPTORS) == ["α-adrenergic receptor"]


def test_a_letter_name_inside_a_longer_word_stays_that_word():
    # "betaine" is no beta; "Alphabet" no alpha
    assert _named("betaine", "β-ine and βine") == []
    assert _named("beta", "Alphabet and betaine supplementation") == []
