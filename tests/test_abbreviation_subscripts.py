"""Short forms ending in a gas's subscript ("HBO2"), which Schwartz & Hearst's detector drops: its reading matches
every character of the short form in the long form, and "hyperbaric oxygen" writes no "2".

* 22396189 (fresh C87, "hyperbaric oxygen for arterial gas embolism"; both reviewers: eligible), "Factors associated
  with favorable response to hyperbaric oxygen therapy among patients presenting with iatrogenic cerebral arterial gas
  embolism": its abstract defines "Hyperbaric oxygen (HBO2) therapy" and then writes only "HBO2"; its finding, "A high
  proportion of CAGE patients treated with HBO2 had favorable outcomes", was read as not about hyperbaric oxygen.
"""

from __future__ import annotations

from pipeline.claims.mentions import find_mentions
from pipeline.claims.models import Concept
from pipeline.nlp.abbreviations import abbreviations_in

CAGE = ("Iatrogenic cerebral arterial gas embolism (CAGE) is an uncommon but potentially a fatal condition. Hyperbaric "
        "oxygen (HBO2) therapy is the only definitive treatment for patients with CAGE presenting with acute neurologic "
        "deficits. CONCLUSIONS: A high proportion of CAGE patients treated with HBO2 had favorable outcomes.")


def test_a_gas_subscript_short_form_is_defined():
    ab = abbreviations_in(CAGE)
    assert ab["HBO2"].lower() == "hyperbaric oxygen"
    assert ab["CAGE"].lower() == "cerebral arterial gas embolism"
    assert abbreviations_in("end-tidal carbon dioxide (EtCO2) fell")["EtCO2"] == "end-tidal carbon dioxide"


def test_the_finding_written_with_the_short_form_names_the_therapy():
    finding = "A high proportion of CAGE patients treated with HBO2 had favorable outcomes."
    hbo = Concept("hyperbaric oxygen", ("hyperbaric oxygen therapy", "HBO", "HBOT"))
    assert find_mentions(hbo, finding, abbreviations_in(CAGE))


def test_a_gene_symbols_number_is_no_subscript():
    # the number is part of the gene's name, and a run of words across a comma is a list, not one name
    assert "WT1" not in abbreviations_in("the Wilms' tumor (WT1) gene")
    assert "SOD3" not in abbreviations_in("extracellular superoxide dismutase (SOD3) levels")
    assert "PbtO2" not in abbreviations_in("intracranial pressure, brain oxygen tension (PbtO2) were read")
    assert abbreviations_in("polo-like kinase 1 (PLK1) was high")["PLK1"] == "polo-like kinase 1"  # the detector's
