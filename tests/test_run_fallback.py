"""`make run` always produces a report: without PubMed the main job's entry point falls back to the
bundled sample and says so; everything else keeps failing loudly (exit 3)."""

from __future__ import annotations

import pytest
import typer

from pipeline.cli.commands.run import _preflight
from pipeline.config import BUNDLED_CORPUS, is_bundled


def test_unreachable_pubmed_falls_back_to_the_bundled_sample_only_when_asked(capsys):
    # conftest points EVIDENCE_EUTILS_URL at a closed port
    assert _preflight(None, fallback_bundled=True) == [str(BUNDLED_CORPUS)]
    said = capsys.readouterr().err
    assert "unreachable" in said and "bundled local sample" in said and "not a PubMed search" in said
    with pytest.raises(typer.Exit) as exc:
        _preflight(None)
    assert exc.value.exit_code == 3
    assert "evidence run --source data/corpus" in capsys.readouterr().err


def test_the_bundled_corpus_ships_real_records_with_a_manifest():
    from pipeline.models import Article
    from pipeline.parsing import iter_paths, parse_path

    manifest = (BUNDLED_CORPUS / "MANIFEST.md").read_text(encoding="utf-8")
    files = list(iter_paths([BUNDLED_CORPUS]))
    assert files, "no record files bundled"
    for f in files:
        assert str(f.relative_to(BUNDLED_CORPUS)) in manifest, f"{f} has no provenance line"
        assert is_bundled(str(f)) and is_bundled(str(f.relative_to(BUNDLED_CORPUS.parent.parent)))
    pmids = {it.pmid for f in files for it in parse_path(f) if isinstance(it, Article)}
    assert len(pmids) > 1000  # the SYNERGY screening set (1,144 PMIDs) is there
    assert not is_bundled("../shared/corpus/topical/x.xml") and not is_bundled("efetch:2026-11-30")
