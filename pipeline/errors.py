"""Exceptions and the process exit codes they map to.

Exit codes are part of the contract: scripts and schedulers branch on them.
"""

EXIT_OK = 0
EXIT_FAILURE = 1  # unexpected error
EXIT_USAGE = 2  # bad arguments (Typer's own code too)
EXIT_UPSTREAM = 3  # E-utilities unreachable or kept failing after retries
EXIT_PARTIAL = 4  # input truncated; complete records were loaded (use --allow-partial to accept)
EXIT_INVALID = 5  # invalid input that loads nothing: bad query, invalid catalog, refused SQL
EXIT_QUARANTINED = 6  # finished, but some records were quarantined (see `evidence status`)
EXIT_MODEL = 7  # a shipped model file is missing, damaged, or was built by an incompatible library version


class EvidenceError(Exception):
    """Base class; ``exit_code`` tells the CLI what to return."""

    exit_code = EXIT_FAILURE


class QuerySyntaxError(EvidenceError):
    """A PubMed query that cannot be parsed; ``position`` is the 0-based character offset."""

    exit_code = EXIT_INVALID

    def __init__(self, message: str, query: str, position: int):
        self.query = query
        self.position = position
        pointer = query + "\n" + " " * position + "^"
        super().__init__(f"{message} at position {position}:\n{pointer}")


class UpstreamError(EvidenceError):
    """E-utilities failed after every retry. Never to be read as "0 results"."""

    exit_code = EXIT_UPSTREAM


class UpstreamUnreachable(UpstreamError):
    """The E-utilities host cannot be reached at all (DNS, refused connection, no route)."""


class PartialInputError(EvidenceError):
    exit_code = EXIT_PARTIAL


class ReadOnlyViolation(EvidenceError):
    exit_code = EXIT_INVALID


class CatalogError(EvidenceError):
    """Invalid claim catalog; the message names file, line and field."""

    exit_code = EXIT_INVALID


class ModelError(EvidenceError):
    """A trained model in ``data/models/`` cannot be used; the message names the file and the
    `evidence model train-…` command that rebuilds it."""

    exit_code = EXIT_MODEL
