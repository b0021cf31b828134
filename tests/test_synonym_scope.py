"""`evidence claims check`: synonyms shorter than their concept's name that alone name some of a claim's records
(pipeline/claims/synonym_scope.py). The sentences are real records of the workshop corpus that held-out set fresh88's
claim C921 ("Intravascular catheters can cause psoas and epidural abscesses") returned; its synonym "catheter" counted
studies of drainage catheters."""

import json
from pathlib import Path

from typer.testing import CliRunner

from pipeline.claims.catalog import load_catalog
from pipeline.claims.synonym_scope import left_out_words, wide_synonyms
from pipeline.cli.app import app

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
runner = CliRunner()

# PMID 1746778 (a psoas abscess series): names a drainage catheter, not an intravascular one
DRAINAGE = ("Strategies in the management of pyogenic psoas abscesses. The patients with multiloculated abscesses had "
            "open surgical drainage, while the patient with the simple abscess had percutaneous catheter drainage.")
# the same sentence where the record also says "intravascular" (control: the left-out word is there)
SAYS_INTRAVASCULAR = DRAINAGE + " No patient had an intravascular device."
# a record named by the claim's own narrower synonym (control)
CENTRAL_LINE = "Epidural abscess after central venous catheter placement: the catheter was removed."


def _c921():
    return {c.id: c for c in load_catalog(EVAL / "fresh88" / "claims.yaml")}["C921"]


def test_a_synonym_that_drops_a_modifier_leaves_it_out():
    assert left_out_words("intravascular catheters", "catheter") == ("intravascular",)
    assert left_out_words("spinal tuberculosis", "tuberculosis") == ("spinal",)
    assert left_out_words("previous marrow stimulation", "marrow stimulation") == ("previous",)


def test_the_same_name_a_narrower_one_or_another_word_is_not_wider():
    assert left_out_words("intravascular catheters", "intravascular catheter") == ()  # a plural
    assert left_out_words("intravascular catheters", "central venous catheter") == ()  # a kind of it
    assert left_out_words("diabetes mellitus", "diabetes") == ()  # the head left out: the same disease
    assert left_out_words("spinal tuberculosis", "tuberculous spondylitis") == ()


def test_the_level_of_an_exposure_or_a_joined_part_is_not_a_wider_kind():
    assert left_out_words("higher haematocrit", "haematocrit") == ()
    assert left_out_words("outcome of cartilage repair", "cartilage repair") == ()
    assert left_out_words("N-acetylcysteine and glutathione", "glutathione") == ()


def test_a_record_named_only_by_the_shorter_synonym_is_reported():
    found = wide_synonyms(_c921(), [(1746778, DRAINAGE), (2, CENTRAL_LINE), (3, SAYS_INTRAVASCULAR)])
    assert [(w.role, w.synonym, w.left_out, w.pmids, w.hits) for w in found] == \
        [("therapy", "catheter", ("intravascular",), (1746778,), 3)]


def test_nothing_is_reported_where_every_record_is_named_otherwise():
    assert wide_synonyms(_c921(), [(2, CENTRAL_LINE), (3, SAYS_INTRAVASCULAR)]) == []


def test_the_command_reads_the_stored_query_hits(tmp_db):
    from pipeline.models import Article
    from pipeline.store import connect
    from pipeline.store.articles import upsert_articles

    with connect(tmp_db) as con:
        upsert_articles(con, [Article(pmid=1746778, title="Strategies in the management of pyogenic psoas abscesses.",
                                      abstract=DRAINAGE.split(". ", 1)[1]),
                              Article(pmid=2, title="Epidural abscess", abstract=CENTRAL_LINE)])
        for pmid in (1746778, 2):
            con.execute("INSERT INTO claim_articles (claim_id, pmid, relevance, direction, linker_version) "
                        "VALUES ('C921', ?, 0.5, 'unclear', 'test')", [pmid])
    catalog = str(EVAL / "fresh88" / "claims.yaml")
    r = runner.invoke(app, ["claims", "check", "--catalog", catalog, "--db", str(tmp_db), "--json"])
    assert r.exit_code == 0, r.output
    found = json.loads(r.stdout)
    assert [(w["claim_id"], w["synonym"], w["pmids"], w["hits"]) for w in found] == [("C921", "catheter", [1746778], 2)]
    r = runner.invoke(app, ["claims", "check", "--catalog", catalog, "--db", str(tmp_db), "--strict"])
    assert r.exit_code == 5 and "1 synonyms of 1 claims" in r.output
    # the other claims of the catalog have no stored hits: said, not read as clean
    assert "5 without stored query hits" in r.output


def test_the_review_queue_says_which_counted_studies_are_named_only_by_the_shorter_synonym(tmp_db):
    from pipeline.claims.catalog import store_claims
    from pipeline.grading.queue import _named_only_wider
    from pipeline.models import Article
    from pipeline.store import connect
    from pipeline.store.articles import upsert_articles

    with connect(tmp_db) as con:
        store_claims(con, [_c921()])
        upsert_articles(con, [Article(pmid=1746778, title="Strategies in the management of pyogenic psoas abscesses.",
                                      abstract=DRAINAGE.split(". ", 1)[1]),
                              Article(pmid=2, title="Epidural abscess", abstract=CENTRAL_LINE)])
        marks = _named_only_wider(con, "C921", {1746778, 2})
    assert marks == {1746778: ["therapy named only as 'catheter' (its name: 'intravascular catheters')"]}
