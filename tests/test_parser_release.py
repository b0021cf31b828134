"""A parser fix reaches a database built before it (PARSER_RELEASE, migration 027): the refresh reads again a file an
older parser loaded, and a record read again from its own file replaces the stored one whatever the hashes' order."""

from pipeline.models import AbstractSection, Article
from pipeline.parsing import PARSER_RELEASE
from pipeline.store import connect
from pipeline.store.articles import upsert_articles
from pipeline.store.source_files import already_loaded, fingerprint, mark_loaded

RUN_ON = ("Purpose The treatment of full-thickness cartilage defects of the knee is a common problem. Methods Eleven "
          "patients were treated with the MACI system and nine with the CaRes implant. Conclusion MACT is a good option.")


def _record(abstract: str, source: str, sections=()) -> Article:
    return Article(pmid=26815276, title="Comparison of two different matrix-based autologous chondrocyte "
                   "transplantation systems", abstract=abstract, abstract_sections=list(sections), version=1,
                   date_revised="2016-02-01", source_format="openalex", source_file=source)


def _sectioned(source: str) -> Article:
    secs = [AbstractSection("Purpose", None, "The treatment of full-thickness cartilage defects of the knee is a "
                            "common problem."),
            AbstractSection("Methods", None, "Eleven patients were treated with the MACI system and nine with the "
                            "CaRes implant."),
            AbstractSection("Conclusion", None, "MACT is a good option.")]
    return _record("PURPOSE: …\n\nMETHODS: …\n\nCONCLUSION: MACT is a good option.", source, secs)


def _stored(con):
    return con.execute("SELECT abstract, content_hash FROM articles WHERE pmid = 26815276").fetchone()


def test_a_record_read_again_from_its_own_file_takes_the_newer_reading(tmp_path):
    """Both orders: the earlier code kept whichever reading had the larger hash, so one of the two failed."""
    old, new = _record(RUN_ON, "works_1.zip"), _sectioned("works_1.zip")
    assert old.content_hash() != new.content_hash()
    for first, second in ((old, new), (new, old)):
        with connect(tmp_path / f"{first.content_hash()}.duckdb") as con:
            upsert_articles(con, [first])
            counts = upsert_articles(con, [second])
            assert (counts.updated, counts.unchanged) == (1, 0)
            assert _stored(con)[1] == second.content_hash()
            # the same reading again changes nothing
            assert upsert_articles(con, [second]).unchanged == 1


def test_the_same_record_from_another_file_keeps_the_old_tie_break(tmp_path):
    """Two files carrying one record with equal version, revision date and format: the larger hash wins, in either
    order, as before (a re-read is only a record's own file read again)."""
    a, b = _record(RUN_ON, "snapshot_a.zip"), _sectioned("snapshot_b.zip")
    winner = max((a, b), key=lambda x: x.content_hash())
    for first, second in ((a, b), (b, a)):
        with connect(tmp_path / f"o{first.content_hash()}.duckdb") as con:
            upsert_articles(con, [first])
            upsert_articles(con, [second])
            assert _stored(con)[1] == winner.content_hash()


def test_a_file_loaded_by_an_older_parser_is_read_again(tmp_path):
    f = tmp_path / "works_1.json"
    f.write_text("[]", encoding="utf-8")
    fp = fingerprint(f)
    with connect(tmp_path / "s.duckdb") as con:
        assert not already_loaded(con, fp)
        mark_loaded(con, fp, 0, "ok", parser_release="2026.12.1")
        assert not already_loaded(con, fp)  # loaded, but by an older release
        mark_loaded(con, fp, 0, "ok")
        assert already_loaded(con, fp)
        assert con.execute("SELECT parser_release FROM source_files").fetchall() == [(PARSER_RELEASE,)]
        # a row written before migration 027 has no release: read again
        con.execute("UPDATE source_files SET parser_release = NULL")
        assert not already_loaded(con, fp)
