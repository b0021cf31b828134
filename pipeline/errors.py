"""Exceptions and the process exit codes they map to.

Exit codes are part of the contract: scripts and schedulers branch on them.
"""

EXIT_OK = 0
EXIT_FAILURE = 1  # unexpected error
EXIT_USAGE = 2  # bad arguments (Typer's own code too)
EXIT_UPSTREAM = 3  # E-utilities unreachable or kept failing after retries
EXIT_PARTIAL = 4  # input truncated; complete records were loaded (use --allow-partial to accept)
EXIT_INVALID = 5  # invalid input that loads nothing: bad query, invalid catalog, refused SQL
EXIT_QUARANTINED = 6  # finished, but some records were quarantined or are recorded unavailable
#                        (see `evidence status`, tables `quarantine` and `fetch_unavailable`)
EXIT_INCOMPLETE = 7  # E-utilities answered, but records are missing (esearch listed fewer PMIDs than its
#                      count, or efetch did not return PMIDs asked for); no watermark moved, re-run resumes
EXIT_BUSY = 8  # the database is locked by another process and stayed locked (or unreadable); nothing was done
EXIT_MODEL = 9  # a shipped model file is missing, damaged, or was built by an incompatible library version


class EvidenceError(Exception):
    """Base class; ``exit_code`` tells the CLI what to return."""

    exit_code = EXIT_FAILURE


class QuerySyntaxError(EvidenceError):
    """A PubMed query that cannot be parsed; ``position`` is the 0-based character offset."""

    exit_code = EXIT_INVALID

    def __init__(self, message: str, query: str, position: int):
        self.query = query
        self.position = position
        # A long query (a 1,000-PMID list) is shown as the stretch around the fault, not whole.
        start = max(0, position - 60) if len(query) > 160 else 0
        end = min(len(query), position + 60) if len(query) > 160 else len(query)
        head = "…" if start else ""
        shown = head + query[start:end] + ("…" if end < len(query) else "")
        pointer = shown + "\n" + " " * (len(head) + position - start) + "^"
        super().__init__(f"{message} at position {position}:\n{pointer}")


class UpstreamError(EvidenceError):
    """E-utilities failed after every retry. Never to be read as "0 results"."""

    exit_code = EXIT_UPSTREAM


class IncompleteFetch(UpstreamError):
    """E-utilities answered, but fewer records arrived than it said exist; the message says which.

    A subclass of UpstreamError, so every caller that stops on upstream failure stops on this too;
    its own exit code tells a scheduler that a re-run resumes (nothing was marked as fetched).
    """

    exit_code = EXIT_INCOMPLETE


class UpstreamUnreachable(UpstreamError):
    """The E-utilities host cannot be reached at all (DNS, refused connection, no route)."""


class PartialInputError(EvidenceError):
    exit_code = EXIT_PARTIAL


class ReadOnlyViolation(EvidenceError):
    exit_code = EXIT_INVALID


class CatalogError(EvidenceError):
    """Invalid claim catalog; the message names file, line and field."""

    exit_code = EXIT_INVALID


class DatabaseBusy(EvidenceError):
    """Another process holds the database's write lock past the wait; the message names the file,
    the process holding it and what to do."""

    exit_code = EXIT_BUSY


class DatabaseUnreadable(EvidenceError):
    """The database file cannot be opened (truncated or corrupt by a crash); the message names the
    intact snapshot beside it, when there is one, and how to restore it."""

    exit_code = EXIT_FAILURE


class UnknownClaim(EvidenceError):
    """A claim id that is not in the database (`evidence export-citations --claim C99`)."""

    exit_code = EXIT_INVALID


class ModelError(EvidenceError):
    """A trained model in ``data/models/`` cannot be used; the message names the file and the
    `evidence model train-…` command that rebuilds it."""

    exit_code = EXIT_MODEL


class InvalidDecision(EvidenceError):
    """A reviewer's decision that cannot be recorded: unknown claim, PMID, field or value, or no
    reviewer or note (`evidence review set|withdraw`); nothing is written."""

    exit_code = EXIT_INVALID
