"""Score every held-out set (data/eval/fresh*/) and the bundled claims in one go, pooled.

What each set's README does one set at a time (`fresh2/score_tree.sh`), done for all of them with
one extraction: the records any set's query returns are read once into a shared database, then
each set gets a copy holding only its own records, linked against its catalog and graded, and
`evidence eval grades` is computed on it. The bundled claims (data/claims/, reviewed in
data/eval/grade_reviews/) are built from the bundled corpus the same way `make run` builds them.

    .venv/bin/evidence ingest ../shared/corpus --allow-partial --db /tmp/fresh18.duckdb
    .venv/bin/python data/eval/fresh/score_sets.py --corpus /tmp/fresh18.duckdb --work /tmp/sets
    .venv/bin/python data/eval/fresh/score_sets.py --corpus /tmp/fresh18.duckdb --work /tmp/sets --relink

`--relink` keeps the built databases and only relinks and regrades them (`evidence link --force`):
what a change to the linker or the rubric moves, in a few minutes. `--code DIR` runs another
checkout's code over the same databases (a before/after pair). The summary (per set, per claim,
every reviewed pair's counted/linked state) is written to WORK/summary.json; `--against OLD.json`
prints the claims and pairs that moved; `--reasons` prints every reviewed record by what the project did with it
(counted, each typed exclusion, not linked and why) against the reviewers' eligibility.

These sets are development data once scored (their READMEs say so): the pooled figure is a
development figure, and the once-scored figures stay the ones in the held-out table (docs/measurement-history.md).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import yaml

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from pipeline.config import link_threshold  # noqa: E402
from pipeline.eval_report import prf  # noqa: E402
from pipeline.grading.eval_grades import (claim_state_rows, eligibility_counts, grade_levels, load_reviews,  # noqa: E402
                                          state_table)
from pipeline.grading.rubric import GRADES  # noqa: E402
from pipeline.query import compile_query, search_store  # noqa: E402

EVAL = ROOT / "data" / "eval"
BUNDLED = "bundled"


def held_out_sets() -> list[Path]:
    """Every data/eval/fresh*/ that has reviews, a split and a catalog, in the order they were made."""
    def order(p: Path) -> int:
        m = re.search(r"(\d+)$", p.name)
        return int(m.group(1)) if m else 1
    return sorted((p for p in EVAL.glob("fresh*") if (p / "split.json").exists() and (p / "claims.yaml").exists()),
                  key=order)


def set_hits(corpus: duckdb.DuckDBPyConnection, catalog: Path) -> set[int]:
    """The records any claim of the catalog's queries returns, as the reviewers' packet holds them."""
    cat = yaml.safe_load(catalog.read_text(encoding="utf-8"))
    return {int(p) for c in cat["claims"] for p in search_store(corpus, compile_query(c["query"]))}


def keep_only(db: Path, pmids: set[int]) -> None:
    """Delete every row of a record outside ``pmids`` from every table that has a pmid column."""
    con = duckdb.connect(str(db))
    con.execute("CREATE TEMP TABLE keep(pmid BIGINT)")
    if pmids:  # (none: every record goes)
        con.executemany("INSERT INTO keep VALUES (?)", [(i,) for i in sorted(pmids)])
    for (t,) in con.execute("SELECT DISTINCT c.table_name FROM information_schema.columns c JOIN "
                            "information_schema.tables t USING (table_name) WHERE c.column_name = 'pmid' "
                            "AND t.table_type = 'BASE TABLE'").fetchall():
        con.execute(f"DELETE FROM {t} WHERE pmid NOT IN (SELECT pmid FROM keep)")
    con.close()


def run(code: Path, *args: str, ok: tuple[int, ...] = (0,)) -> str:
    """One `evidence` command with the code of ``code``; its last output line. ``ok``: exit codes accepted."""
    env = dict(os.environ, PYTHONPATH=str(code))
    out = subprocess.run([sys.executable, "-m", "pipeline.cli.app", *args], cwd=code, env=env,
                         capture_output=True, text=True)
    if out.returncode not in ok:
        raise SystemExit(f"evidence {' '.join(args)} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    lines = [ln for ln in out.stdout.splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def build(code: Path, work: Path, corpus_db: Path, sets: list[Path], bundled: bool) -> None:
    """The shared extraction, then one linked and graded database per set."""
    work.mkdir(parents=True, exist_ok=True)
    corpus = duckdb.connect(str(corpus_db), read_only=True)
    hits = {s.name: set_hits(corpus, s / "claims.yaml") for s in sets}
    corpus.close()
    union = work / "union.duckdb"
    shutil.copy(corpus_db, union)
    keep_only(union, set().union(*hits.values()))
    print(f"extracting {len(set().union(*hits.values()))} records once for {len(sets)} sets", flush=True)
    run(code, "extract", "--db", str(union), "-q")

    def one(s: Path) -> None:
        db = work / f"{s.name}.duckdb"
        shutil.copy(union, db)
        keep_only(db, hits[s.name])
        run(code, "link", "--db", str(db), "--catalog", str(s / "claims.yaml"), "-q")
        run(code, "grade", "--db", str(db))
        print(f"  built {s.name}", flush=True)

    def bundled_build() -> None:
        db = work / f"{BUNDLED}.duckdb"
        db.unlink(missing_ok=True)
        run(code, "ingest", str(ROOT / "data" / "corpus"), "--db", str(db), "--allow-partial", "-q",
            ok=(0, 6))  # 6: the bundled corpus's 31 quarantined records, as `make run` reports them
        run(code, "extract", "--db", str(db), "-q")
        run(code, "link", "--db", str(db), "-q")
        run(code, "grade", "--db", str(db))
        print(f"  built {BUNDLED}", flush=True)

    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [pool.submit(one, s) for s in sets] + ([pool.submit(bundled_build)] if bundled else [])
        for j in jobs:
            j.result()


def relink(code: Path, work: Path, sets: list[Path], bundled: bool) -> None:
    """Relink and regrade the databases a build left (a rule change's effect, without extracting again)."""
    def one(name: str, catalog: Path | None) -> None:
        db = work / f"{name}.duckdb"
        if not db.exists():
            raise SystemExit(f"{db} missing: build first (without --relink)")
        run(code, "link", "--db", str(db), "--force", "-q", *(["--catalog", str(catalog)] if catalog else []))
        run(code, "grade", "--db", str(db))
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [pool.submit(one, s.name, s / "claims.yaml") for s in sets]
        jobs += [pool.submit(one, BUNDLED, None)] if bundled else []
        for j in jobs:
            j.result()


def summarise(work: Path, sets: list[Path], bundled: bool, code: Path = ROOT) -> dict:
    """Per set and pooled: exact / higher / lower claims and counted eligibility, with every claim's grade
    and every reviewed pair's state (for --against). ``code``: the checkout that linked the databases, whose
    link threshold says which rows it linked (another checkout's threshold may differ from this one's)."""
    threshold = link_threshold(code.resolve())
    out: dict = {"sets": {}, "claims": {}, "pairs": {}}
    named = [(s.name, s) for s in sets] + ([(BUNDLED, EVAL / "grade_reviews")] if bundled else [])
    for name, data in named:
        reviews, split = load_reviews(data)
        claims = list(split["claims_with_hits"])
        if any(len(reviews.get(c, [])) < 2 for c in claims):
            # a set whose reviewers have not finished (or not started) is built but not scored
            print(f"{name}: not every claim has two reviews yet; built, not scored", file=sys.stderr)
            continue
        con = duckdb.connect(str(work / f"{name}.duckdb"), read_only=True)
        project = dict(con.execute("SELECT claim_id, grade FROM claim_grades").fetchall())
        row = {"claims": len(claims), "exact": 0, "higher": [], "lower": []}
        for cid in claims:
            levels, ours = grade_levels(cid, reviews, project)
            row["exact"] += ours in levels
            if ours > max(levels):
                row["higher"].append(cid)
            if ours < min(levels):
                row["lower"].append(cid)
            out["claims"][cid] = {"set": name, "project": GRADES[ours], "reviewers": [GRADES[v] for v in levels]}
        for cid, state, p, gold in claim_state_rows(claims, reviews, con, threshold):
            # (the state: what the project did with the record, eval_grades.project_states)
            out["pairs"][f"{cid}:{p}"] = {"gold": gold, "counted": state == "counted", "state": state}
        row |= eligibility_counts(claims, reviews, con, threshold)
        con.close()
        out["sets"][name] = row
    rows = out["sets"].values()
    tot = {k: sum(r[k] for r in rows) for k in ("claims", "exact", "tp", "fp", "fn")}
    p, r, _ = prf(tot["tp"], tot["fp"], tot["fn"])
    out["total"] = tot | {"higher": [c for x in rows for c in x["higher"]], "lower": sum(len(x["lower"]) for x in rows),
                          "precision": round(p, 3), "recall": round(r, 3)}
    return out


def print_summary(s: dict, against: dict | None, reasons: bool = False) -> None:
    print("| set | claims | exact | higher | lower | counted P / R |")
    print("|---|---|---|---|---|---|")
    for name, r in s["sets"].items():
        p, rc, _ = prf(r["tp"], r["fp"], r["fn"])
        print(f"| {name} | {r['claims']} | {r['exact']} | {', '.join(r['higher']) or 0} | {len(r['lower'])} "
              f"| {p:.3f} / {rc:.3f} |")
    t = s["total"]
    print(f"\nall: {t['exact']}/{t['claims']} exact, {len(t['higher'])} higher ({', '.join(t['higher'])}), "
          f"{t['lower']} lower, counted P {t['precision']:.3f} R {t['recall']:.3f}")
    if reasons:
        print("\nEvery reviewed record, by what the project did with it (`project_states`; pooled over the sets):\n")
        print("\n".join(state_table([(p["state"], p["gold"]) for p in s["pairs"].values()])))
    if against:
        moved = [f"{c}: {o['project']} → {s['claims'][c]['project']} (reviewers {' / '.join(o['reviewers'])})"
                 for c, o in against["claims"].items() if c in s["claims"] and s["claims"][c]["project"] != o["project"]]
        pairs = [f"{k}: counted {o['counted']} → {s['pairs'][k]['counted']} (eligible {o['gold']})"
                 for k, o in against["pairs"].items() if k in s["pairs"] and s["pairs"][k]["counted"] != o["counted"]]
        print(f"\nagainst the earlier summary: {len(moved)} claims and {len(pairs)} pairs moved")
        for line in moved + pairs:
            print("  " + line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="the workshop corpus ingested (`evidence ingest ../shared/corpus`)")
    ap.add_argument("--work", type=Path, required=True, help="folder for the databases and summary.json")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose code builds (default: this one)")
    ap.add_argument("--set", action="append", default=[], help="a set's folder name (repeat); default all")
    ap.add_argument("--no-bundled", action="store_true", help="leave out the bundled claims")
    ap.add_argument("--relink", action="store_true", help="relink and regrade the databases a build left")
    ap.add_argument("--summary-only", action="store_true", help="only read the databases a build left")
    ap.add_argument("--against", type=Path, help="an earlier summary.json: print what moved")
    ap.add_argument("--reasons", action="store_true",
                    help="also print every reviewed record by what the project did with it (counted, each typed "
                         "exclusion, not linked and why) against the reviewers' eligibility")
    a = ap.parse_args()
    sets = held_out_sets()
    if a.set:
        sets = [s for s in sets if s.name in set(a.set)]
    bundled = not a.no_bundled and (not a.set or BUNDLED in a.set)
    code = a.code.resolve()
    if a.relink or a.summary_only:
        # a set made after the build has no database there yet: say so, and score the others
        missing = [s.name for s in sets if not (a.work / f"{s.name}.duckdb").exists()]
        if missing:
            print(f"no database in {a.work} for {', '.join(missing)} (build them with --set): left out", file=sys.stderr)
        sets = [s for s in sets if s.name not in missing]
    if a.relink:
        relink(code, a.work, sets, bundled)
    elif not a.summary_only:
        if not a.corpus:
            ap.error("--corpus is needed to build")
        build(code, a.work, a.corpus, sets, bundled)
    s = summarise(a.work, sets, bundled, a.code)
    (a.work / "summary.json").write_text(json.dumps(s, indent=1), encoding="utf-8")
    print_summary(s, json.loads(a.against.read_text(encoding="utf-8")) if a.against else None, a.reasons)


if __name__ == "__main__":
    main()
