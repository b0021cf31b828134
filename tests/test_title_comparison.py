"""The one reader of comparative titles (pipeline/nlp/title_comparison.py) and its callers: the grader's
comparator words and eligibility's title checks read the same cut of the same title."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from pipeline.grading import signals
from pipeline.nlp import title_comparison as T
from pipeline.nlp.lexicons import LEXICON_DIR

OAT = "Osteochondral Autologous Transplantation Versus Microfracture for the Treatment of Cartilage Defects"


def test_arms_reads_each_side_within_its_clause():
    (c,) = T.read_title(OAT, "arms").at
    assert (c.before, c.word, c.after) == ("Osteochondral Autologous Transplantation ", "Versus ", "Microfracture")
    # a colon starts the side before the word; what follows "following" is what both arms had
    (c,) = T.read_title("Cartilage Repair: Weight-Bearing Compared with Non-Weight-Bearing "
                        "Following Osteochondral Autograft Transfer", "arms").at
    assert (c.before, c.after) == (" Weight-Bearing ", "Non-Weight-Bearing")


def test_the_lists_differ_as_their_readers_were_scored():
    # "or" lists alternatives: it sets two groups against each other, not two arms
    title = "Bone marrow or adipose derived stem cells"
    assert T.read_title(title, "groups").compares and not T.read_title(title, "arms").compares
    # the grader reads "than" and "as effective as"; eligibility's arms need "better than"
    assert T.read_title("Hydrogel is as effective as OAT", "comparator_side").compares
    assert not T.read_title("Hydrogel is as effective as OAT", "arms").compares
    # the arms' words end in white space: "vs. " is read whole; elsewhere "vs" ends at its boundary
    assert T.read_title("ACI vs. MF", "arms").at[0].word == "vs. "
    assert T.read_title("ACI vs. MF", "comparator_side").at[0].word == "vs"
    # a space in a phrase is any white space
    assert T.read_title("ACI compared\twith MF", "arms").compares


def test_sides_put_a_shared_closing_clause_on_both_sides():
    names = re.compile(r"(?<![\w-])(?:hUCB-MSCs?)", re.I)
    s = T.sides("hUCB-MSCs are more effective than BMAC, or microfracture after high tibial osteotomy", names)
    assert s is not None
    assert s.other == (" BMAC", " ", " microfracture ") and s.mine[-1] == "after high tibial osteotomy"
    assert all(T.MASK in p for p in s.mine[:-1])
    assert T.sides("hUCB-MSCs for knee osteoarthritis", names) is None  # no comparison
    assert T.sides("Microfracture versus BMAC", names) is None  # the thing is not named


def test_the_grader_takes_the_comparator_from_the_reader():
    assert signals.comparator_words("Osteochondral autograft transfer versus microfracture for cartilage defects",
                                    ("osteochondral autograft transfer",)) == ("microfracture",)
    # the add-on on the therapy's own side is still an add-on
    assert signals.co_intervention("MSCs with microfracture versus hyaluronic acid", None, ("MSCs",)) == "microfracture"
    assert signals.co_intervention("MSCs versus microfracture", None, ("MSCs",)) is None


def test_every_list_of_the_data_file_is_read():
    """The words are data: each list of title_comparison.yaml is used by the reader (a list nothing
    reads would be a second, dead copy)."""
    lists = yaml.safe_load((LEXICON_DIR / "title_comparison.yaml").read_text(encoding="utf-8"))
    src = Path(T.__file__).read_text(encoding="utf-8")
    doc_lists = {"comparator_side", "arms", "groups", "alternatives", "title_compares"}  # chosen by the caller's `words`
    for key in lists:
        assert key in doc_lists or f'"{key}"' in src, key
    for key in doc_lists:
        assert T.comparing_words(key).search("A versus B"), key
