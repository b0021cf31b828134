"""Settings read from the environment, with the defaults the CLI documents."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = Path("data/evidence.duckdb")
DEFAULT_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
TOOL_NAME = "regen-evidence"
# Real PubMed records shipped with the project (data/corpus/MANIFEST.md): what `make run` reads when
# PubMed cannot be reached, and what the claim-direction evaluation reads its articles from.
BUNDLED_CORPUS = PROJECT_ROOT / "data" / "corpus"


# How a bundled file's path is stored at ingest: absolute, or relative to the project root.
BUNDLED_PREFIXES = (str(BUNDLED_CORPUS) + os.sep, "data/corpus/", "./data/corpus/")


def is_bundled(source_file: str | None) -> bool:
    """Whether a stored ``source_file`` is one of the bundled corpus files."""
    return bool(source_file) and source_file.startswith(BUNDLED_PREFIXES)
