"""The link and extract stages defer full cycle collections while they run (pipeline/gc_policy.py) and put the
collector's thresholds back afterwards."""

from __future__ import annotations

import gc

import pytest

from pipeline.gc_policy import FULL_COLLECTION_EVERY, fewer_full_collections


def test_the_third_threshold_is_raised_inside_and_restored_after_even_on_error():
    before = gc.get_threshold()
    with fewer_full_collections():
        assert gc.get_threshold() == (before[0], before[1], max(before[2], FULL_COLLECTION_EVERY))
    assert gc.get_threshold() == before
    with pytest.raises(RuntimeError):
        with fewer_full_collections(every=50):
            assert gc.get_threshold()[2] == max(before[2], 50)
            raise RuntimeError("a stage failed")
    assert gc.get_threshold() == before
    # never more often than a threshold already set higher (a user's or an outer stage's)
    gc.set_threshold(before[0], before[1], 500)
    try:
        with fewer_full_collections(every=100):
            assert gc.get_threshold()[2] == 500
        assert gc.get_threshold()[2] == 500
    finally:
        gc.set_threshold(*before)


def test_the_link_stage_runs_with_full_collections_deferred(monkeypatch, tmp_db):
    from pipeline.claims import linker
    from pipeline.store import connect

    seen = []
    monkeypatch.setattr(linker, "articles_state", lambda con: seen.append(gc.get_threshold()) or "state")
    before = gc.get_threshold()
    with connect(tmp_db) as con:
        linker.link_claims(con, [])
    assert seen and seen[0][2] == max(before[2], FULL_COLLECTION_EVERY)
    assert gc.get_threshold() == before


def test_the_extract_stage_runs_with_full_collections_deferred(monkeypatch, tmp_db):
    from pipeline.nlp import extract
    from pipeline.store import connect

    seen = []
    monkeypatch.setattr(extract.extractions, "pending_pmids", lambda con, version: seen.append(gc.get_threshold()) or [])
    before = gc.get_threshold()
    with connect(tmp_db) as con:
        extract.extract_store(con, quiet=True)
    assert seen and seen[0][2] == max(before[2], FULL_COLLECTION_EVERY)
    assert gc.get_threshold() == before
