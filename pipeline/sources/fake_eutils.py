"""A local E-utilities server (esearch/efetch/einfo) over record files, with fault injection.

It answers like NCBI where our client depends on it: JSON esearch with count/idlist/WebEnv/query_key,
retstart/retmax paging, the 9,999 cap (an error past it), mindate/maxdate/datetype filters, efetch by
id list (GET or POST) or by history, PubmedArticleSet XML. Queries are evaluated with our offline
PubMed evaluator. Faults (429 bursts with Retry-After, 5xx, slow answers, truncated XML or JSON, empty
bodies, duplicated records, dropped connections; ids dropped from efetch answers or esearch pages,
duplicated ids in a page, counts that lie, withdrawn PMIDs efetch never returns, a malformed record
echoing the request) are switched on per server, reproducibly (seeded).
"""

from __future__ import annotations

import json
import random
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Callable, Optional
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

from pipeline.models import Article
from pipeline.parsing.pubmed_xml_writer import render_pubmed_xml
from pipeline.query import QueryIndex, SearchDoc, compile_query
from pipeline.errors import QuerySyntaxError

CAP = 9999


@dataclass
class FaultConfig:
    burst_429: int = 0          # the first N search/fetch requests get 429 with Retry-After
    rate_429: float = 0.0
    rate_5xx: float = 0.0       # 500/502/503 at random
    rate_truncate: float = 0.0  # efetch body cut in the middle
    rate_empty: float = 0.0     # 200 with an empty body
    rate_duplicate: float = 0.0 # efetch repeats records
    rate_slow: float = 0.0      # answer after slow_seconds
    slow_seconds: float = 2.0
    rate_drop: float = 0.0      # close the connection without answering
    retry_after: float = 0.05
    seed: int = 1
    # -- faults in what arrives, not in how: the client must compare counts to notice them
    rate_drop_ids: float = 0.0       # efetch leaves out each asked record with this probability
    withdrawn: frozenset[int] = frozenset()  # esearch lists these PMIDs, efetch never returns them
    rate_short_page: float = 0.0     # an esearch page leaves out a quarter of its ids (count unchanged)
    rate_dup_ids: float = 0.0        # an esearch page repeats ids in place of a quarter of its own
    count_extra: int = 0             # every esearch count is this much larger than the ids it has ("count 10, 6 listed")
    rate_count_lie: float = 0.0      # an esearch answer's count is 1-5 too large
    rate_truncate_search: float = 0.0  # esearch JSON cut in the middle
    rate_echo: float = 0.0           # efetch adds a malformed record echoing the request (api_key included)
    mangle: Optional[Callable[[bytes], bytes]] = None  # tests: rewrite every efetch body

    @classmethod
    def parse(cls, specs: list[str]) -> "FaultConfig":
        """From CLI specs like ``429:0.3``, ``burst429:5``, ``5xx:0.2``, ``truncate:0.1``, ``slow:0.1``,
        ``dropids:0.01``, ``withdrawn:123,456``, ``shortpage:0.2``, ``dupids:0.2``, ``countextra:4``,
        ``countlie:0.2``, ``truncatesearch:0.1``, ``echo:0.1``, ``retryafter:86400``."""
        names = {"429": "rate_429", "burst429": "burst_429", "5xx": "rate_5xx", "truncate": "rate_truncate",
                 "empty": "rate_empty", "duplicate": "rate_duplicate", "slow": "rate_slow", "drop": "rate_drop",
                 "seed": "seed", "slow_seconds": "slow_seconds", "dropids": "rate_drop_ids",
                 "withdrawn": "withdrawn", "shortpage": "rate_short_page", "dupids": "rate_dup_ids",
                 "countextra": "count_extra", "countlie": "rate_count_lie", "truncatesearch": "rate_truncate_search",
                 "echo": "rate_echo", "retryafter": "retry_after"}
        cfg = cls()
        for s in specs:
            k, _, v = s.partition(":")
            if k not in names:
                raise ValueError(f"unknown fault {k!r} (known: {', '.join(names)})")
            attr = names[k]
            if attr == "withdrawn":
                value = cfg.withdrawn | {int(x) for x in v.split(",") if x.strip()}
            elif isinstance(getattr(cfg, attr), int):
                value = int(v)
            else:
                value = float(v)
            cfg = replace(cfg, **{attr: value})
        return cfg


@dataclass
class Stats:
    requests: int = 0
    by_endpoint: dict[str, int] = field(default_factory=dict)
    faults: dict[str, int] = field(default_factory=dict)
    times: deque = field(default_factory=lambda: deque(maxlen=100_000))

    def max_per_second(self) -> int:
        ts = sorted(self.times)
        best, j = 0, 0
        for i, t in enumerate(ts):
            while ts[j] <= t - 1.0:
                j += 1
            best = max(best, i - j + 1)
        return best


def load_corpus(paths: list[str | Path], scale: int = 1) -> list[Article]:
    """Articles from record files (latest version per PMID); ``scale`` > 1 adds copies with new PMIDs."""
    from pipeline.parsing import latest_articles

    base = sorted(latest_articles(paths).values(), key=lambda a: a.pmid)
    out = list(base)
    for k in range(1, scale):
        out += [replace(a, pmid=90_000_000 + k * 1_000_000 + i, abstract_sections=list(a.abstract_sections))
                for i, a in enumerate(base)]
    return out


class FakeEutils:
    """``with FakeEutils(paths) as srv: srv.url`` — a threaded server on 127.0.0.1."""

    def __init__(self, corpus: list[str | Path] | list[Article], *, port: int = 0, faults: FaultConfig | None = None,
                 scale: int = 1):
        articles = corpus if corpus and isinstance(corpus[0], Article) else load_corpus(corpus, scale)
        self.articles = {a.pmid: a for a in articles}
        self.index = QueryIndex(SearchDoc.from_article(a) for a in articles)
        self.dates = {a.pmid: {"pdat": a.pub_date or (str(a.year) if a.year else None), "edat": a.entry_date,
                               "mdat": a.date_revised} for a in articles}
        self.faults = faults or FaultConfig()
        self.stats = Stats()
        self.history: dict[str, list[int]] = {}
        self._rng = random.Random(self.faults.seed)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> "FakeEutils":
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "FakeEutils":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def serve_forever(self) -> None:
        self._server.serve_forever()

    # -- the search itself
    def search(self, term: str, mindate: str | None, maxdate: str | None, datetype: str) -> list[int]:
        pmids = self.index.search(compile_query(term))
        if mindate or maxdate:
            lo = _bound(mindate or "1800", upper=False)
            hi = _bound(maxdate or "3000", upper=True)
            kept = []
            for p in pmids:
                d = self.dates[p].get(datetype if datetype in ("pdat", "edat", "mdat") else "pdat")
                if d:
                    dlo, dhi = _bound(d, upper=False), _bound(d, upper=True)
                    if dlo <= hi and lo <= dhi:
                        kept.append(p)
            pmids = kept
        return pmids

    def _roll(self, p: float) -> bool:
        with self._lock:
            return p > 0 and self._rng.random() < p

    def _handler(self):
        srv = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def _params(self) -> dict[str, str]:
                q = parse_qs(urlparse(self.path).query)
                if self.command == "POST":
                    n = int(self.headers.get("Content-Length") or 0)
                    q.update(parse_qs(self.rfile.read(n).decode("utf-8")))
                return {k: v[-1] for k, v in q.items()}

            def _send(self, code: int, body: bytes, ctype: str = "application/json", headers: dict | None = None,
                      truncate: bool = False) -> None:
                if truncate:  # a complete HTTP answer whose XML stops in the middle
                    body = body[: len(body) // 2]
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                self._dispatch()

            def do_POST(self) -> None:
                self._dispatch()

            def _dispatch(self) -> None:
                path = urlparse(self.path).path.rstrip("/").rsplit("/", 1)[-1]
                params = self._params()
                st = srv.stats
                with srv._lock:
                    st.requests += 1
                    st.by_endpoint[path] = st.by_endpoint.get(path, 0) + 1
                    st.times.append(time.monotonic())
                    n_search_fetch = st.by_endpoint.get("esearch.fcgi", 0) + st.by_endpoint.get("efetch.fcgi", 0)
                if path == "stats":
                    body = {"requests": st.requests, "by_endpoint": st.by_endpoint, "faults": st.faults,
                            "max_per_second": st.max_per_second()}
                    return self._send(200, json.dumps(body).encode())
                if path == "einfo.fcgi":
                    return self._send(200, json.dumps({"einforesult": {"dblist": ["pubmed"]}}).encode())
                if path not in ("esearch.fcgi", "efetch.fcgi"):
                    return self._send(404, b'{"error": "unknown endpoint"}')
                f = srv.faults

                def fault(name: str) -> None:
                    with srv._lock:
                        st.faults[name] = st.faults.get(name, 0) + 1

                if n_search_fetch <= f.burst_429 or srv._roll(f.rate_429):
                    fault("429")
                    return self._send(429, b'{"error":"API rate limit exceeded"}', headers={"Retry-After": str(f.retry_after)})
                if srv._roll(f.rate_5xx):
                    code = srv._rng.choice([500, 502, 503])
                    fault(str(code))
                    return self._send(code, b"<html>Service unavailable</html>", "text/html")
                if srv._roll(f.rate_drop):
                    fault("drop")
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if srv._roll(f.rate_slow):
                    fault("slow")
                    time.sleep(f.slow_seconds)
                if srv._roll(f.rate_empty):
                    fault("empty")
                    return self._send(200, b"", "text/xml")
                if path == "esearch.fcgi":
                    return self._esearch(params, fault)
                return self._efetch(params, fault)

            def _esearch(self, p: dict, fault) -> None:
                try:
                    pmids = srv.search(p.get("term", ""), p.get("mindate"), p.get("maxdate"), p.get("datetype", "pdat"))
                except QuerySyntaxError as exc:
                    return self._send(200, json.dumps({"esearchresult": {"ERROR": f"syntax error: {exc}"}}).encode())
                retstart, retmax = int(p.get("retstart", 0)), int(p.get("retmax", 20))
                if retstart > CAP - 1:
                    msg = ("Search Backend failed: Exception:\n'retstart' cannot be larger than 9998. For PubMed, "
                           "ESearch can only retrieve the first 9,999 records matching the query.")
                    return self._send(200, json.dumps({"esearchresult": {"ERROR": msg}}).encode())
                end = min(retstart + retmax, CAP, len(pmids))
                f = srv.faults
                count = len(pmids) + f.count_extra
                if srv._roll(f.rate_count_lie):
                    fault("countlie")
                    count += srv._rng.randint(1, 5)
                page = list(pmids[retstart:end])
                if len(page) >= 4 and srv._roll(f.rate_short_page):
                    fault("shortpage")
                    k = len(page) // 4
                    page = page[:-k]  # as if the backend lost some ids between count and list
                elif len(page) >= 4 and srv._roll(f.rate_dup_ids):
                    fault("dupids")
                    k = len(page) // 4
                    page = page[:-k] + page[:k]  # paging shifted: ids repeated, others never listed
                res = {"count": str(count), "retmax": str(len(page)), "retstart": str(retstart),
                       "idlist": [str(x) for x in page]}
                if p.get("usehistory") == "y":
                    webenv = uuid.uuid4().hex
                    with srv._lock:
                        srv.history[webenv] = pmids
                    res.update(webenv=webenv, querykey="1")
                truncate = srv._roll(f.rate_truncate_search)
                if truncate:
                    fault("truncatesearch")
                self._send(200, json.dumps({"header": {"type": "esearch"}, "esearchresult": res}).encode(), truncate=truncate)

            def _efetch(self, p: dict, fault) -> None:
                if p.get("id"):
                    ids = [int(x) for x in p["id"].replace(" ", "").split(",") if x.isdigit()]
                else:
                    ids = srv.history.get(p.get("WebEnv", ""), [])
                    start, mx = int(p.get("retstart", 0)), int(p.get("retmax", 500))
                    ids = ids[start:start + mx]
                f = srv.faults
                arts = [srv.articles[i] for i in ids if i in srv.articles and i not in f.withdrawn]
                if len(arts) < len(ids):
                    fault("withdrawn")
                if f.rate_drop_ids:
                    kept = [a for a in arts if not srv._roll(f.rate_drop_ids)]
                    if len(kept) < len(arts):
                        fault("dropids")
                    arts = kept
                if arts and srv._roll(f.rate_duplicate):
                    fault("duplicate")
                    arts = arts + arts[: max(1, len(arts) // 3)]
                body = render_pubmed_xml(arts)
                if srv._roll(f.rate_echo):
                    # like an error page quoting the request: a record without MedlineCitation, holding it
                    fault("echo")
                    echo = f"{self.command} {self.path} {urlencode(p)}".replace("&", "&amp;").replace("<", "&lt;")
                    body = body.replace(b"<PubmedArticleSet>", b"<PubmedArticleSet>\n<PubmedArticle><Request>"
                                        + echo.encode() + b"</Request></PubmedArticle>", 1)
                if f.mangle is not None:
                    body = f.mangle(body)
                truncate = len(arts) > 0 and srv._roll(f.rate_truncate)
                if truncate:
                    fault("truncate")
                self._send(200, body, "text/xml", truncate=truncate)

        return Handler


def _bound(d: str, upper: bool) -> str:
    parts = [p for p in d.replace("/", "-").split("-") if p]
    y = parts[0][:4]
    m = parts[1] if len(parts) > 1 else ("12" if upper else "01")
    dd = parts[2] if len(parts) > 2 else ("31" if upper else "01")
    return f"{y}-{int(m):02d}-{int(dd):02d}"
