"""Live PubMed E-utilities client (esearch with history, efetch in POSTed batches).

Real HTTP with httpx, because Bio.Entrez hard-codes NCBI's host and the base URL must stay
configurable (a mirror, a proxy, or our fake server in tests). NCBI's etiquette: ``tool`` and
``email`` on every request, ``api_key`` when set, at most 3 requests/s (10 with a key) across the
whole process. Retries with exponential backoff and jitter on 429/5xx/timeouts/connection errors and
on truncated or empty bodies, honouring Retry-After; after the last retry a failure is raised —
never turned into "0 results".
"""

from __future__ import annotations

import io
import json
import logging
import random
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterator

import httpx

from pipeline.config import EutilsSettings
from pipeline.errors import UpstreamError, UpstreamUnreachable
from pipeline.logs import redact
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


class _Retry(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.retry_after = retry_after


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
                 rate: float | None = None, page_size: int = 5000):
        self.settings = settings
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
                    ra = resp.headers.get("Retry-After")
                    retry_after = float(ra) if ra and ra.replace(".", "", 1).isdigit() else None
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
        if not resp.content.strip():
            raise _Retry("empty esearch body")
        try:
            data = resp.json()
        except json.JSONDecodeError:
            raise _Retry("truncated or invalid esearch JSON") from None
        res = data.get("esearchresult")
        if res is None:
            raise _Retry("esearch answer without esearchresult")
        if "ERROR" in res:
            msg = str(res["ERROR"])
            if "retstart" in msg.lower() or "syntax" in msg.lower():
                raise UpstreamError(f"esearch refused the request: {msg[:200]}")
            raise _Retry(f"esearch error: {msg[:200]}")
        return res

    def _esearch(self, term: str, **extra) -> dict:
        return self._request("esearch.fcgi", self._params({"term": term, "retmode": "json", **extra}), validate=self._json)

    def count(self, query: str, *, mindate: str | None = None, maxdate: str | None = None,
              datetype: str | None = None) -> int:
        extra = _dates(mindate, maxdate, datetype)
        return int(self._esearch(query, retmax=0, **extra)["count"])

    def search(self, query: str, *, mindate: str | None = None, maxdate: str | None = None,
               datetype: str | None = None) -> SearchResult:
        """Every PMID matching ``query``: date slices keep each esearch under the 9,999 cap."""
        extra = _dates(mindate, maxdate, datetype)
        head = self._esearch(query, retmax=0, usehistory="y", **extra)
        count = int(head["count"])
        result = SearchResult(query, count, webenv=head.get("webenv"), query_key=head.get("querykey"))
        if count == 0:
            return result
        if count <= ESEARCH_CAP:
            result.pmids = self._page_ids(query, count, extra)
        else:
            dt = datetype or "pdat"
            lo = _parse_date(mindate) if mindate else date(1800, 1, 1)
            hi = _parse_date(maxdate) if maxdate else date.today() + timedelta(days=366)
            seen: set[int] = set()
            slices = self._slices(query, dt, lo, hi)
            result.slices = len(slices)
            for s_lo, s_hi, n in slices:
                ids = self._page_ids(query, n, _dates(_fmt(s_lo), _fmt(s_hi), dt))
                seen.update(ids)
            result.pmids = sorted(seen)
        if len(set(result.pmids)) < min(count, len(result.pmids)):
            result.pmids = sorted(set(result.pmids))
        log.info("esearch %r: count %d, %d PMIDs retrieved in %d slice(s)", query[:80], count, len(result.pmids), result.slices)
        return result

    def _page_ids(self, query: str, n: int, extra: dict) -> list[int]:
        ids: list[int] = []
        for start in range(0, min(n, ESEARCH_CAP), self.page_size):
            res = self._esearch(query, retstart=start, retmax=min(self.page_size, ESEARCH_CAP - start), **extra)
            ids.extend(int(x) for x in res.get("idlist", []))
        return ids

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
    def fetch(self, pmids: list[int]) -> Iterator[ParsedItem]:
        """Records for ``pmids`` in POSTed batches; each PMID is yielded once; missing ones reported."""
        from pipeline.parsing import parse_pubmed_xml

        seen: set[int] = set()
        for i in range(0, len(pmids), self.batch_size):
            batch = [p for p in pmids[i:i + self.batch_size] if p not in seen]
            if not batch:
                continue
            wanted = set(batch)

            def parse(resp: httpx.Response, wanted=wanted):
                body = resp.content
                if not body.strip():
                    raise _Retry("empty efetch body")
                items = list(parse_pubmed_xml(io.BytesIO(body), source=f"efetch:{min(wanted)}-{max(wanted)}"))
                fatal = [x for x in items if isinstance(x, ParseProblem) and x.fatal]
                if fatal:
                    raise _Retry(f"efetch body unreadable: {fatal[0].reason}")
                got = {x.pmid for x in items if isinstance(x, Article)}
                if not wanted <= got:
                    raise _Retry(f"efetch returned {len(got & wanted)} of {len(wanted)} requested records")
                return items

            try:
                items = self._request("efetch.fcgi", self._params({"id": ",".join(map(str, batch)), "retmode": "xml"}),
                                      post=True, validate=parse)
            except UpstreamError:
                raise
            for it in items:
                if isinstance(it, Article):
                    if it.pmid in seen or it.pmid not in wanted:
                        continue  # duplicated records in a response are dropped, not stored twice
                    seen.add(it.pmid)
                yield it


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
