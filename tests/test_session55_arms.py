"""The arms a reviewer queries (study_arms) from the journals' capitalised group labels (session 55; issue 17).
Real sentences of PubMed abstracts (PMIDs given), read as the link stage reads them (``read_arms``)."""

from __future__ import annotations

from pipeline.claims.reading import read_article
from pipeline.models import Article
from pipeline.nlp.arms import read_arms


def _arms(pmid: int, title: str, abstract: str):
    return read_arms(read_article(Article(pmid=pmid, title=title, abstract=abstract)))


BUPRENORPHINE = (
    "METHODS: Fifty patients were studied. Patients were allocated into two groups, 25 in each group viz.: Group B "
    "(buprenorphine group) received 20 ml 0.5% bupivacaine + 15 ml 2% lignocaine with adrenaline (1:200,000) + 4 ml "
    "normal saline + 1500 units hyaluronidase + 3 μg/kg buprenorphine diluted to 1 ml normal saline. Group C (control "
    "group) received 20 ml 0.5% bupivacaine + 15 ml 2% lignocaine with adrenaline (1:200,000) + 4 ml normal saline + "
    "1500 units hyaluronidase + 1 ml normal saline. RESULTS: The mean duration of postoperative analgesia was "
    "significantly longer in Group B (16.04 ± 3.19 h) than in Group C (6.20 ± 0.74 h).")


def test_a_capitalised_group_label_names_its_arm_and_what_it_received_past_a_decimal():
    """26702207: "Group B (buprenorphine group) received 20 ml 0.5% bupivacaine ... + 3 μg/kg buprenorphine": before
    session 55 the arm reader matched only "group B" in lower case, and what a group got stopped at the decimal point
    ("20 ml 0"), and the "normal saline" its drugs were diluted in made any arm a control. Group B got buprenorphine, Group C did not, so buprenorphine is what differs between the arms."""
    arms = _arms(26702207, "Effect of buprenorphine as an adjunct with plain local anesthetic solution in "
                 "supraclavicular brachial plexus block on quality and duration of postoperative analgesia.",
                 BUPRENORPHINE)
    by_label = {a.label: a for a in arms.arms}
    assert set(by_label) == {"Group B (buprenorphine group)", "Group C (control group)"}  # "25 in each group" is none
    assert "buprenorphine" in by_label["Group B (buprenorphine group)"].received
    assert "buprenorphine" not in by_label["Group C (control group)"].received
    assert by_label["Group C (control group)"].received.startswith("20 ml 0.5% bupivacaine")
    # the bracketed name decides: the saline the drugs were diluted in does not make Group B a control
    assert [a.is_control for a in arms.arms] == [False, True]
    assert not arms.single_arm


def test_the_next_group_named_in_the_sentence_ends_what_the_first_received():
    """26702212: "Patients in Group A received low dose of propofol (10 mg) and patients in Group B received the same
    volume of normal saline": two arms, Group A's without the saline (and "patients in Group A" is one arm with
    "Group A")."""
    arms = _arms(26702212, "Can low dose of propofol effectively suppress fentanyl-induced cough during induction of "
                 "anaesthesia? A double blind randomized controlled trial.",
                 "METHODS: Patients in Group A received low dose of propofol (10 mg) and patients in Group B received "
                 "the same volume of normal saline (control group). RESULTS: The incidences of FIC were 9.2% and 40.8% "
                 "in Group A (propofol) and Group B (placebo) respectively (P = 0.04).")
    received = {a.label.split()[-2] + " " + a.label.split()[-1]: a.received for a in arms.arms
                if a.label.lower().endswith(("group a", "group b"))}
    assert received == {"Group A": "low dose of propofol (10 mg)",
                        "Group B": "same volume of normal saline (control group)"}, arms.arms


def test_roman_numeral_groups_are_two_arms_and_the_factor_is_what_differs():
    """29335748: "Group I underwent AOT, and Group II was treated with a Hydrogel implant" (read as a single arm
    before session 55: the next group's Roman numeral did not end the first group's treatment)."""
    arms = _arms(29335748, "Hydrogel implant is as effective as osteochondral autologous transplantation for treating "
                 "focal cartilage knee injury in 24 months",
                 "METHODS: Twenty-three patients were randomized. Group I underwent AOT, and Group II was treated with "
                 "a Hydrogel implant. RESULTS: Both groups improved.")
    by_label = {a.label: a.received for a in arms.arms}
    assert by_label["Group I"] == "AOT"
    assert "Hydrogel" in by_label["Group II"]
    assert "Hydrogel" in arms.factor


def test_a_groups_result_after_was_or_had_is_not_an_arm():
    """24573237 and 29195732: "MRI showed that Group I had slower integration ...", "The graft survivorship for
    group 1 was 85% at 4.5 years": a result of the group, not what it received (arms.yaml group_be_given); while
    31287023's "Group 1 was treated with 20 μl of saline" is still an arm."""
    results = _arms(24573237, "Repair of articular cartilage defects in the knee with autologous iliac crest cartilage "
                    "in a rabbit model",
                    "RESULTS: MRI showed that Group I had slower integration with surrounding normal cartilage compared "
                    "with Group II. The graft survivorship for group 1 was 85% at 4.5 years.")
    assert results.arms == ()
    given = _arms(31287023, "A novel kartogenin-platelet-rich plasma gel enhances chondrogenesis of bone marrow "
                  "mesenchymal stem cells in vitro and promotes wounded meniscus healing in vivo",
                  "METHODS: Group 1 was treated with 20 μl of saline (saline); group 2 was treated with 5 μl of 100 μM "
                  "KGN and 15 μl saline (KGN).")
    assert [(a.label, a.received) for a in given.arms] == [("Group 1", "20 μl of saline (saline)"),
                                                           ("group 2", "5 μl of 100 μM KGN and 15 μl saline (KGN)")]
