"""Live PubMed E-utilities client (esearch with history, efetch in POSTed batches).

Real HTTP with httpx, because Bio.Entrez hard-codes NCBI's host and the base URL must stay
configurable (a mirror, a proxy, or our fake server in tests). NCBI's etiquette: ``tool`` and
``email`` on every request, ``api_key`` when set, at most 3 requests/s (10 with a key) across the
whole process. Retries with exponential backoff and jitter on 429/5xx/timeouts/connection errors and
on truncated or empty bodies, honouring Retry-After up to ``max_retry_after`` seconds (a server asking
for longer is a failure, not a day's sleep); after the last retry a failure is raised — never turned
into "0 results".

Every count that can disagree with what arrived is compared: esearch's ``count`` with the distinct
PMIDs it listed (per date slice and in total), efetch's PMIDs asked with PMIDs returned. A window that
stays short after re-paging is reported in ``SearchResult.shortfalls`` (``search`` raises
IncompleteFetch); PMIDs efetch still omits after ``efetch_attempts`` requests are yielded as one
``Unavailable`` item, so one withdrawn record does not abort the other 499 of its batch.
"""

from __future__ import annotations

import io
import json
import logging
import random
import time
from email.utils import parsedate_to_datetime
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Iterator

import httpx

from pipeline.config import EutilsSettings
from pipeline.errors import IncompleteFetch, UpstreamError, UpstreamUnreachable
from pipeline.logs import redact, register_secret
from pipeline.models import Article, ParsedItem, ParseProblem
from pipeline.sources.ratelimit import shared_limiter

log = logging.getLogger(__name__)
ESEARCH_CAP = 9999  # PubMed esearch returns at most 9,999 ids per query
RETRYABLE = {429, 500, 502, 503, 504}


@dataclass
class SearchResult:
    query: str
    count: int
    pmids: list[int] = field(default_factory=list)
    webenv: str | None = None
    query_key: str | None = None
    slices: int = 1
    # one line per window whose distinct PMIDs stayed fewer than its count: what is missing, where
    shortfalls: list[str] = field(default_factory=list)

    @property
    def missing(self) -> int:
        """How many PMIDs the total count promises beyond those listed (0 when complete)."""
        return max(0, self.count - len(self.pmids))

    @property
    def complete(self) -> bool:
        return not self.shortfalls


@dataclass(frozen=True)
class Unavailable:
    """PMIDs asked of efetch that it did not return after ``attempts`` requests."""

    pmids: tuple[int, ...]
    attempts: int

    @property
    def reason(self) -> str:
        return f"efetch did not return this PMID after {self.attempts} attempts (withdrawn, deleted or not yet available?)"


class _Retry(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.retry_after = retry_after


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds asked by a ``Retry-After`` header (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        secs = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        secs = (when - datetime.now(timezone.utc)).total_seconds()
    if secs != secs:  # NaN
        return None
    return max(0.0, secs)


def check_reachable(settings: EutilsSettings, timeout: float = 5.0) -> None:
    """Raise UpstreamUnreachable at once when the E-utilities host cannot be reached."""
    try:
        httpx.get(f"{settings.base_url}/einfo.fcgi", params={"db": "pubmed", "retmode": "json", "tool": settings.tool},
                  timeout=timeout)
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout) as exc:
        raise UpstreamUnreachable(redact(f"{type(exc).__name__}: {exc}")) from None


class EutilsClient:
    """``search`` a query (every PMID, exactly once) and ``fetch`` records by PMID."""

    def __init__(self, settings: EutilsSettings, *, batch_size: int = 500, timeout: float = 30.0,
                 max_retries: int = 6, backoff: float = 1.0, max_backoff: float = 60.0,
                 rate: float | None = None, page_size: int = 5000, efetch_attempts: int = 3,
                 recount_attempts: int = 3, max_retry_after: float | None = None):
        self.settings = settings
        register_secret(settings.api_key)  # redacted wherever text leaves the process, env or not
        self.efetch_attempts = max(1, efetch_attempts)
        self.recount_attempts = max(1, recount_attempts)
        self.max_retry_after = settings.max_retry_after if max_retry_after is None else max_retry_after
        self.batch_size = min(batch_size, 500) if batch_size else 500
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.page_size = min(page_size, ESEARCH_CAP)
        self.limiter = shared_limiter(rate or (10.0 if settings.api_key else 3.0))
        self.http = httpx.Client(timeout=timeout, headers={"User-Agent": f"{settings.tool} (regen-evidence)"})
        self.requests = 0

    # -- plumbing
    def __enter__(self) -> "EutilsClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.http.close()

    def _params(self, extra: dict) -> dict:
        p = {"db": "pubmed", "tool": self.settings.tool, **extra}
        if self.settings.email:
            p["email"] = self.settings.email
        if self.settings.api_key:
            p["api_key"] = self.settings.api_key
        return p

    def _pause(self, attempt: int) -> None:
        """Exponential backoff with jitter before asking again for what an answer lacked."""
        time.sleep(min(self.max_backoff, self.backoff * 2 ** attempt) + random.uniform(0, self.backoff * 0.5))

    def _request(self, endpoint: str, params: dict, *, post: bool = False, validate=None):
        """One E-utilities call with retries; ``validate(response)`` raises _Retry for bad bodies."""
        url = f"{self.settings.base_url}/{endpoint}"
        last = "no attempt"
        for attempt in range(self.max_retries + 1):
            self.limiter.acquire()
            self.requests += 1
            retry_after = None
            try:
                resp = self.http.post(url, data=params) if post else self.http.get(url, params=params)
                if resp.status_code in RETRYABLE:
                    retry_after = retry_after_seconds(resp.headers.get("Retry-After"))
                    if retry_after is not None and retry_after > self.max_retry_after:
                        raise UpstreamError(
                            f"{endpoint}: HTTP {resp.status_code} with Retry-After {retry_after:.0f} s, longer than the "
                            f"{self.max_retry_after:.0f} s this client waits (EVIDENCE_EUTILS_MAX_WAIT); try again later")
                    raise _Retry(f"HTTP {resp.status_code}", retry_after)
                if resp.status_code >= 400:
                    raise UpstreamError(f"{endpoint}: HTTP {resp.status_code} {redact(resp.text[:200])}")
                return validate(resp) if validate else resp
            except _Retry as exc:
                last, retry_after = str(exc), exc.retry_after
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                last = f"{type(exc).__name__}: {exc}"
                # a refused connection or unknown host rarely heals in seconds: give up sooner
                if attempt >= min(self.max_retries, 2):
                    raise UpstreamUnreachable(redact(f"{endpoint}: {last}")) from None
            except (httpx.TimeoutException, httpx.RemoteProtocolError, httpx.ReadError) as exc:
                last = f"{type(exc).__name__}: {exc}"
            if attempt < self.max_retries:
                delay = retry_after if retry_after is not None else min(self.max_backoff, self.backoff * 2 ** attempt)
                delay += random.uniform(0, self.backoff * 0.5)  # jitter: clients do not retry in lockstep
                log.warning("%s: %s; retry %d/%d in %.1fs", endpoint, redact(last), attempt + 1, self.max_retries, delay)
                time.sleep(delay)
        raise UpstreamError(redact(f"{endpoint} failed after {self.max_retries + 1} attempts: {last}"))

    # -- esearch
    @staticmethod
    def _json(resp: httpx.Response) -> dict:
        """The ``esearchresult`` of an esearch answer, with ``count`` an int and ``idlist`` ints; _Retry otherwise."""
        if not resp.content.strip():
            raise _Retry("empty esearch body")
        try:
            data = resp.json()
        except ValueError:  # JSONDecodeError, or bytes that are not UTF-8
            raise _Retry("truncated or invalid esearch JSON") from None
        res = data.get("esearchresult") if isinstance(data, dict) else None
        if not isinstance(res, dict):
            raise _Retry("esearch answer without esearchresult")
        if "ERROR" in res:
            msg = redact(str(res["ERROR"]))
            if "retstart" in msg.lower() or "syntax" in msg.lower():
                raise UpstreamError(f"esearch refused the request: {msg[:200]}")
            raise _Retry(f"esearch error: {msg[:200]}")
        try:
            res["count"] = int(res.get("count"))
        except (TypeError, ValueError, OverflowError):  # OverflowError: Python's JSON reads "Infinity" as a float
            raise _Retry(f"esearch count is not a number: {str(res.get('count'))[:40]!r}") from None
        if res["count"] < 0:
            raise _Retry(f"esearch count is negative: {res['count']}")
        res["idlist"] = _ids(res.get("idlist", []))
        return res

    def _esearch(self, term: str, **extra) -> dict:
        return self._request("esearch.fcgi", self._params({"term": term, "retmode": "json", **extra}), validate=self._json)

    def count(self, query: str, *, mindate: str | None = None, maxdate: str | None = None,
              datetype: str | None = None) -> int:
        extra = _dates(mindate, maxdate, datetype)
        return int(self._esearch(query, retmax=0, **extra)["count"])

    def search(self, query: str, *, mindate: str | None = None, maxdate: str | None = None,
               datetype: str | None = None, strict: bool = True) -> SearchResult:
        """Every PMID matching ``query``: date slices keep each esearch under the 9,999 cap.

        Each window is re-paged when its distinct PMIDs are fewer than its count; what stays short is
        listed in ``shortfalls``. ``strict`` (the default) raises IncompleteFetch then; callers that
        can use the PMIDs that did arrive (``fetch_query``) pass ``strict=False`` and check.
        """
        extra = _dates(mindate, maxdate, datetype)
        head = self._esearch(query, retmax=0, usehistory="y", **extra)
        count = int(head["count"])
        result = SearchResult(query, count, webenv=head.get("webenv"), query_key=head.get("querykey"))
        if count == 0:
            return result
        if count <= ESEARCH_CAP:
            ids, result.count, short = self._window_ids(query, extra, count, "the query")
            result.pmids = ids
            if short:
                result.shortfalls.append(short)
        else:
            dt = datetype or "pdat"
            lo = _parse_date(mindate) if mindate else date(1800, 1, 1)
            hi = _parse_date(maxdate) if maxdate else date.today() + timedelta(days=366)
            seen: set[int] = set()
            slices = self._slices(query, dt, lo, hi)
            result.slices = len(slices)
            for s_lo, s_hi, n in slices:
                label = f"{dt.upper()} {_fmt(s_lo)}-{_fmt(s_hi)}"
                ids, _, short = self._window_ids(query, _dates(_fmt(s_lo), _fmt(s_hi), dt), n, label)
                seen.update(ids)
                if short:
                    result.shortfalls.append(short)
            result.pmids = sorted(seen)
            for attempt in range(self.recount_attempts):
                if len(result.pmids) >= result.count or result.shortfalls:
                    break
                # every slice complete, yet fewer than the total: ask the total again (one answer can lie
                # or the database can change); still short, the records lie outside every slice
                self._pause(attempt)
                result.count = self.count(query, mindate=mindate, maxdate=maxdate, datetype=datetype)
            if len(result.pmids) < result.count and not result.shortfalls:
                result.shortfalls.append(
                    f"the query: esearch count {result.count}, {len(result.pmids)} distinct PMIDs in its date slices "
                    f"({result.count - len(result.pmids)} missing: no {dt.upper()} within {_fmt(lo)}-{_fmt(hi)}, "
                    f"or a count that does not hold)")
        log.info("esearch %r: count %d, %d PMIDs retrieved in %d slice(s)", query[:80], result.count, len(result.pmids),
                 result.slices)
        if result.shortfalls:
            log.warning("esearch %r incomplete: %s", query[:80], "; ".join(result.shortfalls))
            if strict:
                raise IncompleteFetch(search_shortfall_message(result))
        return result

    def _window_ids(self, query: str, extra: dict, expected: int, label: str) -> tuple[list[int], int, str | None]:
        """The distinct PMIDs of one window (count ≤ cap), its count, and a shortfall line or None.

        Paging can come back short, with duplicates, or with a count the id list does not bear out
        (a server under load, a database changing between pages). The window is paged again, up to
        ``recount_attempts`` times, keeping every PMID any paging listed, until they are as many as the
        largest count one paging reported; whatever is still missing is described, never dropped.
        """
        ids: set[int] = set()
        count = expected
        for attempt in range(self.recount_attempts):
            if attempt:
                self._pause(attempt - 1)
            counts = []
            start, end = 0, min(count, ESEARCH_CAP)
            while start < end or not counts:
                res = self._esearch(query, retstart=start, retmax=min(self.page_size, ESEARCH_CAP - start), **extra)
                counts.append(res["count"])
                ids.update(res["idlist"])
                end = min(max(end, res["count"]), ESEARCH_CAP)
                start += self.page_size
            count = max(counts)
            if len(ids) >= min(count, ESEARCH_CAP):
                return sorted(ids), count, None
            log.warning("esearch %s: count %d but %d distinct PMIDs listed; paging again (%d/%d)", label, count,
                        len(ids), attempt + 1, self.recount_attempts)
        want = min(count, ESEARCH_CAP)
        return sorted(ids), count, (f"{label}: esearch count {count}, {len(ids)} distinct PMIDs listed "
                                     f"({want - len(ids)} missing after {self.recount_attempts} pagings)")

    def _slices(self, query: str, dt: str, lo: date, hi: date) -> list[tuple[date, date, int]]:
        """Split [lo, hi] until every slice's count is under the cap (non-overlapping, inclusive days)."""
        n = self.count(query, mindate=_fmt(lo), maxdate=_fmt(hi), datetype=dt)
        if n <= ESEARCH_CAP:
            return [(lo, hi, n)] if n else []
        if lo >= hi:
            raise UpstreamError(f"more than {ESEARCH_CAP} records on a single day ({_fmt(lo)}); cannot split further")
        mid = lo + (hi - lo) // 2
        return self._slices(query, dt, lo, mid) + self._slices(query, dt, mid + timedelta(days=1), hi)

    # -- efetch
    def fetch(self, pmids: list[int]) -> Iterator[ParsedItem | Unavailable]:
        """Records for ``pmids`` in POSTed batches; each PMID is yielded once.

        PMIDs a batch's answer lacks are asked for again (``efetch_attempts`` requests in all); those
        still missing are yielded as one ``Unavailable`` per batch, after the records that did arrive.
        An unreadable answer, or one with none of ten or more PMIDs asked, is retried like a 5xx and
        raises UpstreamError in the end: a broken server must not read as thousands of withdrawn records.
        """
        seen: set[int] = set()
        for i in range(0, len(pmids), self.batch_size):
            remaining = [p for p in dict.fromkeys(pmids[i:i + self.batch_size]) if p not in seen]
            attempt = 0
            while remaining and attempt < self.efetch_attempts:
                if attempt:
                    self._pause(attempt - 1)
                attempt += 1
                wanted = set(remaining)
                items = self._request("efetch.fcgi", self._params({"id": ",".join(map(str, remaining)), "retmode": "xml"}),
                                      post=True, validate=lambda resp, w=wanted: parse_efetch(resp.content, w))
                for it in items:
                    if isinstance(it, Article):
                        if it.pmid in seen or it.pmid not in wanted:
                            continue  # duplicated or unasked records in a response are dropped, not stored twice
                        seen.add(it.pmid)
                    yield it
                remaining = [p for p in remaining if p not in seen]
                if remaining:
                    log.warning("efetch: %d of %d PMIDs asked were not returned (attempt %d/%d): %s", len(remaining),
                                len(wanted), attempt, self.efetch_attempts, _preview(remaining))
            if remaining:
                yield Unavailable(tuple(sorted(remaining)), attempt)


def parse_efetch(body: bytes, wanted: set[int]) -> list[ParsedItem]:
    """The items of one efetch answer; raises _Retry when the body is empty, unreadable or wholly empty.

    Records missing from a readable answer are not an error here: ``fetch`` asks for them again.
    """
    from pipeline.parsing import parse_pubmed_xml

    if not body.strip():
        raise _Retry("empty efetch body")
    items = list(parse_pubmed_xml(io.BytesIO(body), source=f"efetch:{min(wanted)}-{max(wanted)}"))
    fatal = [x for x in items if isinstance(x, ParseProblem) and x.fatal]
    if fatal:
        raise _Retry(f"efetch body unreadable: {fatal[0].reason}")
    got = {x.pmid for x in items if isinstance(x, Article)}
    if len(wanted) >= 10 and not got & wanted:
        raise _Retry(f"efetch returned none of the {len(wanted)} PMIDs asked for")
    return items


def search_shortfall_message(result: SearchResult) -> str:
    """One sentence naming what esearch did not list, for errors and ``ingest_runs.message``."""
    return (f"esearch listed {len(result.pmids)} distinct PMIDs for a count of {result.count}: "
            + "; ".join(result.shortfalls))


def _preview(pmids, n: int = 20) -> str:
    pmids = list(pmids)
    more = f" … (+{len(pmids) - n} more)" if len(pmids) > n else ""
    return ", ".join(map(str, pmids[:n])) + more


def _ids(raw) -> list[int]:
    """esearch's idlist as ints; anything but a list of positive decimal PMIDs is a bad answer (_Retry)."""
    if not isinstance(raw, list):
        raise _Retry("esearch idlist is not a list")
    out = []
    for x in raw:
        text = str(x).strip() if isinstance(x, (str, int)) and not isinstance(x, bool) else ""
        if not (text.isascii() and text.isdigit() and int(text) > 0):
            raise _Retry(f"esearch idlist holds a non-PMID {str(x)[:40]!r}")
        out.append(int(text))
    return out


def _parse_date(s: str) -> date:
    parts = [int(p) for p in s.replace("-", "/").split("/") if p]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _fmt(d: date) -> str:
    return d.strftime("%Y/%m/%d")


def _dates(mindate: str | None, maxdate: str | None, datetype: str | None) -> dict:
    if not (mindate or maxdate):
        return {}
    out = {"datetype": datetype or "pdat"}
    out["mindate"] = mindate or "1800/01/01"
    out["maxdate"] = maxdate or "3000/12/31"
    return out
