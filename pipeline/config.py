"""Settings read from the environment, with the defaults the CLI documents."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = Path("data/evidence.duckdb")
DEFAULT_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils"
TOOL_NAME = "regen-evidence"
# Real PubMed records shipped with the project (data/corpus/MANIFEST.md): what `make run` reads when
# PubMed cannot be reached, and what the claim-direction evaluation reads its articles from.
BUNDLED_CORPUS = PROJECT_ROOT / "data" / "corpus"


# The grading's settings; also where the link threshold is set, for the linker, the grader and the site.
GRADING_YAML = PROJECT_ROOT / "data" / "grading.yaml"


@lru_cache(maxsize=4)
def link_threshold(root: Path | None = None) -> float:
    """The relevance a query hit needs to count as linked: ``link_threshold`` in data/grading.yaml, the
    one place it is set. The linker records the decision on each row (``claim_articles.linked``), which
    the views and the site read. ``root``: another checkout's (an evaluation scoring the links that checkout made);
    by default this one's :data:`GRADING_YAML`."""
    import yaml

    path = GRADING_YAML if root is None else root / "data" / "grading.yaml"
    return float(yaml.safe_load(path.read_text(encoding="utf-8"))["link_threshold"])


@lru_cache(maxsize=1)
def condition_named_sentences() -> int:
    """How many of a study's own sentences (methods, results, conclusions: not its background) must name a claim's
    condition for its finding to count as about that condition when the finding sentences themselves do not name it:
    ``condition_named_sentences`` in data/grading.yaml, beside the link threshold (the linker's version carries it)."""
    import yaml

    return int(yaml.safe_load(GRADING_YAML.read_text(encoding="utf-8"))["condition_named_sentences"])


# How a bundled file's path is stored at ingest: absolute, or relative to the project root.
BUNDLED_PREFIXES = (str(BUNDLED_CORPUS) + os.sep, "data/corpus/", "./data/corpus/")


def is_bundled(source_file: str | None) -> bool:
    """Whether a stored ``source_file`` is one of the bundled corpus files."""
    return bool(source_file) and source_file.startswith(BUNDLED_PREFIXES)


@dataclass(frozen=True)
class EutilsSettings:
    base_url: str = DEFAULT_EUTILS_URL
    api_key: str | None = None
    email: str | None = None
    tool: str = TOOL_NAME
    # Longest Retry-After (seconds) the client waits; a server asking for more is an upstream failure
    # (exit 3) rather than a refresh that silently sleeps for hours. Env EVIDENCE_EUTILS_MAX_WAIT.
    max_retry_after: float = 60.0

    @classmethod
    def from_env(cls, base_url: str | None = None) -> "EutilsSettings":
        return cls(
            base_url=(base_url or os.environ.get("EVIDENCE_EUTILS_URL") or DEFAULT_EUTILS_URL).rstrip("/"),
            api_key=os.environ.get("NCBI_API_KEY") or None,
            email=os.environ.get("NCBI_EMAIL") or None,
            max_retry_after=float(os.environ.get("EVIDENCE_EUTILS_MAX_WAIT") or 60.0),
        )

    def __repr__(self) -> str:  # never print the key
        key = "set" if self.api_key else "unset"
        return f"EutilsSettings(base_url={self.base_url!r}, api_key=<{key}>, email={self.email!r})"


def db_path(explicit: str | Path | None = None) -> Path:
    """The DuckDB file: ``--db`` beats ``EVIDENCE_DB`` beats ``data/evidence.duckdb``."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("EVIDENCE_DB")
    return Path(env) if env else DEFAULT_DB
