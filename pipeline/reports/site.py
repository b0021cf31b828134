"""`evidence report`: build the static site from the database.

Pages are deterministic (sorted rows, no timestamps except the footer's generated-at line), so an
unchanged database gives byte-identical pages apart from that line. All article text is escaped
by Jinja2's autoescape; CSS and JS are copied from the package, nothing loads from a CDN. The CSV
and Markdown exports go through pipeline.reports.export (no live spreadsheet formulas, no HTML or
links from record text).
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb
from jinja2 import Environment, FileSystemLoader, select_autoescape

from pipeline.config import PROJECT_ROOT
from pipeline.models import GradeLevel
from pipeline.reports.changes import claim_history, histories, run_digests
from pipeline.reports.charts import bar_chart, direction_bar
from pipeline.reports.citations import SUFFIXES, render
from pipeline.reports.export import md_table, md_text, write_csv
from pipeline.reports.references import all_counted_pmids, references_of
from pipeline.store.articles import article_sources, bundled_article_count

# Templates and the shipped CSS/JS live in the project's reports/ folder (the layout the users asked
# for); generated sites go to reports/site/.
TEMPLATES = PROJECT_ROOT / "reports" / "templates"
STATIC = PROJECT_ROOT / "reports" / "static"
DEFAULT_OUT = PROJECT_ROOT / "reports" / "site"
GRADES = list(reversed(GradeLevel))  # highest first, as the index lists them
EVIDENCE_COLUMNS = ["pmid", "year", "journal", "design", "level_label", "population", "sample_size", "direction",
                    "direction_sentence", "title"]


@dataclass
class SiteReport:
    out_dir: Path
    pages: int
    claims: int


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                       keep_trailing_newline=True)


def _rows(con, sql: str, params=()) -> list[dict]:
    cur = con.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def summary_rows(con: duckdb.DuckDBPyConnection) -> list[dict]:
    rows = _rows(con, "SELECT * FROM claim_summary ORDER BY claim_id")
    for r in rows:
        r["bar"] = direction_bar({k: r[f"n_{k}"] for k in ("supports", "no_effect", "contradicts", "unclear")})
        r["score"] = r["score"] if r["score"] is not None else 0
        r["seed_vs_evidence"] = r["seed_vs_evidence"] or ("overstated" if r["seed_strength"] == "asserted" else "consistent")
    return rows


def claim_table_markdown(con: duckdb.DuckDBPyConnection) -> str:
    """The claim table as Markdown (Prefect artifact, claims.md)."""
    lines = ["| claim | therapy | condition | seed | grade | linked | human RCT | supports/no effect/contradicts/unclear | seed vs evidence |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in summary_rows(con):
        m = {k: md_text(v) for k, v in r.items()}
        lines.append(f"| {m['claim_id']} {m['title']} | {m['therapy']} | {m['condition']} | {m['seed_strength']} | "
                     f"{m['grade']} | {m['n_articles']} | {m['n_human_rct']} | {m['n_supports']}/{m['n_no_effect']}/"
                     f"{m['n_contradicts']}/{m['n_unclear']} | {m['seed_vs_evidence']} |")
    return "\n".join(lines) + "\n"


def _population(e: dict) -> str:
    parts = [p for p, f in (("human", e.get("is_human")), ("animal", e.get("is_animal")), ("in vitro", e.get("is_in_vitro"))) if f]
    return ", ".join(parts) or "—"


def provenance(con: duckdb.DuckDBPyConnection) -> str:
    """Where the stored records came from, for the footer: a reader must be able to tell a live
    PubMed refresh from a run on local files (``evidence run --source PATH``)."""
    live, local = article_sources(con)
    bundled = bundled_article_count(con)
    if bundled and bundled == local and not live:
        return "a bundled local sample of real PubMed records (data/corpus), not a PubMed search"
    if bundled:
        local_note = f"{local:,} read from local files, {bundled:,} of them the bundled sample"
        return (f"{live:,} fetched live from PubMed E-utilities, " if live else "") + local_note + \
            ("" if live else ", not a live PubMed search")
    if live and local:
        return f"{live:,} fetched live from PubMed E-utilities, {local:,} read from local files"
    if live:
        return "fetched live from PubMed E-utilities"
    return "read from local files, not a live PubMed search" if local else "none stored"


def _has_table(con: duckdb.DuckDBPyConnection, name: str, tables: frozenset[str] | None = None) -> bool:
    """Whether the database has table or view ``name``; ``tables``: the names, read once by the caller
    (build_site asks five times a claim, and each information_schema query costs ~3 ms)."""
    if tables is not None:
        return name in tables
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()[0])


def _table_names(con: duckdb.DuckDBPyConnection) -> frozenset[str]:
    return frozenset(r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall())


DOMAIN_ORDER = ("risk_of_bias", "inconsistency", "indirectness", "imprecision", "publication_bias")


def _review_marks(con: duckdb.DuckDBPyConnection, claim_id: str, tables: frozenset[str] | None = None) -> dict[int, list[dict]]:
    """pmid → the reviewer's decisions in force on that study of the claim (field, value, text:
    "field = value — reviewer, date: note"); empty on a database from before migration 012."""
    return _all_review_marks(con, tables, [claim_id]).get(claim_id, {})


def _all_review_marks(con: duckdb.DuckDBPyConnection, tables: frozenset[str] | None = None,
                      claim_ids: list[str] | None = None) -> dict[str, dict[int, list[dict]]]:
    """claim → :func:`_review_marks`, for ``claim_ids`` (every claim when None), in two queries."""
    if not _has_table(con, "review_decisions", tables):
        return {}
    from pipeline.store.reviews import has_context, second_looks

    looks = {x.decision.decision_id: x.why for x in second_looks(con)} if has_context(con) else {}
    where, params = ("WHERE claim_id IN (SELECT unnest(?))", [list(claim_ids)]) if claim_ids is not None else ("", [])
    out: dict[str, dict[int, list[dict]]] = {}
    for claim_id, decision_id, pmid, field, value, reviewer, decided_at, note in con.execute(
            "SELECT claim_id, decision_id, pmid, field, value, reviewer, decided_at, note FROM review_decisions_in_force "
            f"{where} ORDER BY claim_id, pmid, field", params).fetchall():
        out.setdefault(claim_id, {}).setdefault(pmid, []).append(
            {"field": field, "value": value, "second_look": looks.get(decision_id),
             "text": f"{field} = {value} — {reviewer}, {decided_at:%Y-%m-%d}: {note}"})
    return out


def _arms_and_comparisons(con: duckdb.DuckDBPyConnection, claim_id: str, tables: frozenset[str] | None = None) -> dict[int, dict]:
    """pmid → the study's arms (with N), the comparisons it reports with their finding, its indirectness
    and the sentence its eligibility rests on (tables of schemas/014_arms_eligibility.sql)."""
    if not _has_table(con, "study_arms", tables):
        return {}
    out: dict[int, dict] = {}
    for pmid, indirect, sentence in con.execute(
            "SELECT pmid, coalesce(indirectness, []), eligibility_evidence FROM claim_articles "
            "WHERE claim_id = ? AND eligibility IS NOT NULL", [claim_id]).fetchall():
        out[pmid] = {"arms": [], "comparisons": [], "indirectness": list(indirect), "eligibility_evidence": sentence}
    for pmid, label, n, control in con.execute(
            "SELECT sa.pmid, sa.label, sa.n, sa.is_control FROM study_arms sa JOIN claim_articles ca ON ca.pmid = sa.pmid "
            "AND ca.claim_id = ? AND ca.eligibility IS NOT NULL ORDER BY sa.pmid, sa.arm_index", [claim_id]).fetchall():
        out[pmid]["arms"].append({"label": label, "n": n, "is_control": control})
    for pmid, i, c, finding, source in con.execute(
            "SELECT pmid, intervention, comparator, finding, finding_source FROM study_comparisons WHERE claim_id = ? "
            "ORDER BY pmid, comparison_index", [claim_id]).fetchall():
        if pmid in out:
            out[pmid]["comparisons"].append({"intervention": i, "comparator": c, "finding": finding, "source": source})
    return out


def _claim_domains(con: duckdb.DuckDBPyConnection, claim_id: str, tables: frozenset[str] | None = None) -> list[dict]:
    """GRADE's five domains of a claim, in GRADE's order (empty before the first grading with them)."""
    if not _has_table(con, "claim_domains", tables):  # a read-only database not yet migrated to 010
        return []
    rows = _rows(con, "SELECT domain, rating, reason, pmids FROM claim_domains WHERE claim_id = ?", [claim_id])
    return sorted(rows, key=lambda d: DOMAIN_ORDER.index(d["domain"]) if d["domain"] in DOMAIN_ORDER else 99)


def _study_risks(con: duckdb.DuckDBPyConnection, claim_id: str, tables: frozenset[str] | None = None) -> list[dict]:
    """Per study behind the grade: overall risk of bias and each domain's judgement with its sentence."""
    out: dict[int, dict] = {}
    if not _has_table(con, "study_risk_of_bias", tables):
        return []
    for pmid, domain, rating, sentence, reason in con.execute(
            "SELECT pmid, domain, rating, sentence, reason FROM study_risk_of_bias WHERE claim_id = ? "
            "ORDER BY pmid", [claim_id]).fetchall():
        r = out.setdefault(pmid, {"pmid": pmid, "overall": "unclear", "judgements": []})
        if domain == "overall":
            r["overall"] = rating
        else:
            r["judgements"].append({"domain": domain, "rating": rating, "sentence": sentence, "reason": reason})
    from pipeline.grading.risk_of_bias import ALL_DOMAINS
    for r in out.values():
        r["judgements"].sort(key=lambda j: ALL_DOMAINS.index(j["domain"]) if j["domain"] in ALL_DOMAINS else 99)
    return list(out.values())


SOF_COLUMNS = ["claim_id", "outcome", "label", "population", "setting", "intervention", "comparison", "n_participants",
               "n_studies", "n_unstated", "effect", "effect_estimates", "certainty", "certainty_symbols", "risk_of_bias", "inconsistency",
               "indirectness", "imprecision", "publication_bias", "footnotes", "pmids"]


def claim_outcomes(con: duckdb.DuckDBPyConnection, claim_id: str, tables: frozenset[str] | None = None) -> list[dict]:
    """A claim's Summary of Findings rows in display order, each with its footnote letters (``notes``)
    and the claim's lettered footnotes on the first row's ``all_footnotes`` (empty before migration 011)."""
    if not _has_table(con, "claim_outcomes", tables):
        return []
    rows = _rows(con, "SELECT * FROM claim_outcomes WHERE claim_id = ? ORDER BY position", [claim_id])
    from pipeline.grading.outcomes import footnote_letters
    notes, per_row = footnote_letters(rows)
    for r, letters in zip(rows, per_row):
        r["notes"] = letters
        r["participants"] = (f"{r['n_participants']} ({r['n_studies']} {'study' if r['n_studies'] == 1 else 'studies'})"
                             + (f", N not stated in {r['n_unstated']}" if r["n_unstated"] else "")) if r["n_studies"] else "—"
    if rows:
        rows[0]["all_footnotes"] = notes
    return rows


# the flag beside a grade, in words: the HTML page and the Markdown page say the same
FLAG_TEXT = {
    "overstated": "overstated by the article",
    "contradicted": "contradicted by the evidence (the grade is the certainty that the claim holds)",
    "untested": "untested: only local files were searched",
}


def _pmid_list(pmids) -> str:
    return f" (PMIDs {', '.join(str(p) for p in pmids)})" if pmids else ""


def claim_markdown(claim: dict, *, quotes: list[str], steps: list[dict], domains: list[dict], included: list[dict],
                   excluded: list[dict], rejected: list[dict], bundled_sample: bool) -> str:
    """A claim's page as Markdown, for readers who take the file rather than the HTML: the same
    judgement in the same order — what the article says, the grade with its flag and the steps that
    led to it, GRADE's domains, the studies that count (with their arms and comparisons), the studies
    excluded with their reason and the query hits not linked. Every piece of record text goes through
    ``md_text``: nothing from the data can form a link, an element or a table cell."""
    c = claim
    out = [f"# {md_text(c['claim_id'])} {md_text(c['title'])}", "",
           f"**Therapy:** {md_text(c.get('therapy'))}"
           + (f" · **Added to:** {md_text(c['added_to'])}" if c.get("added_to") else "")
           + (f" · **Compared with:** {md_text(c['comparator'])}" if c.get("comparator") else "")
           + f" · **Condition:** {md_text(c.get('condition'))}"
           + (f" · **Population:** {md_text(', '.join(c['population']))}" if c.get("population") else "")
           + f" · **Seed strength:** {md_text(c.get('seed_strength'))}", ""]
    if bundled_sample:
        # the same warning the HTML carries at the top: a bundled sample is not a PubMed search
        out += ["These records are a bundled local sample of real PubMed records, not a PubMed search: "
                "a claim with no evidence here may well have some in PubMed.", ""]
    if quotes:
        out += ["## What the article says", ""] + [f"> {md_text(q)}\n" for q in quotes]
    flag = FLAG_TEXT.get(c.get("seed_vs_evidence") or "")
    out += [f"Grade: **{md_text(c['grade'])}**" + (f" · {md_text(flag)}" if flag else ""), ""]
    out += [f"{i}. {md_text(s['text'])}{_pmid_list(s.get('pmids'))}" for i, s in enumerate(steps, 1)] + [""]
    if domains:
        out += ["## GRADE domains", "", "| domain | rating | reason | PMIDs |", "|---|---|---|---|"]
        out += [f"| {md_text(d['domain'].replace('_', ' '))} | {md_text((d['rating'] or '').replace('_', ' '))} | "
                f"{md_text(d['reason'])} | {md_text(' '.join(str(p) for p in d['pmids'] or []))} |" for d in domains]
        out.append("")
    out += [f"## Studies that count ({len(included)})", "", md_table(included, EVIDENCE_COLUMNS).rstrip("\n"), ""]
    read = [e for e in included if e.get("arms") or e.get("comparisons") or e.get("indirectness")]
    if read:
        out += ["### Arms and comparisons read from the abstracts", ""]
        for e in read:
            parts = []
            if e.get("arms"):
                parts.append("arms: " + "; ".join(
                    md_text(a["label"]) + (f" (n = {a['n']})" if a.get("n") else "") + (" [control]" if a.get("is_control") else "")
                    for a in e["arms"]))
            parts += [f"{md_text(x['intervention'])} vs {md_text(x['comparator'])}: {md_text(x['finding'])}"
                      for x in e.get("comparisons", [])[:3]]
            if e.get("indirectness"):
                parts.append("indirect: " + md_text(", ".join(e["indirectness"]).replace("_", " ")))
            out.append(f"- {e['pmid']}: " + " · ".join(parts))
        out.append("")
    if excluded:
        out += [f"## Studies that do not test the claim ({len(excluded)})", ""]
        out += [f"- {e['pmid']} {md_text(e.get('title'))} — {md_text(e.get('exclusion_reason'))}" for e in excluded]
        out.append("")
    if rejected:
        out += [f"## Query hits not linked ({len(rejected)}, relevance below threshold)", ""]
        if claim.get("stand_ins"):
            out += [f"Phrases several of them that name the {x['other']} use in place of the {x['role']}: "
                    + ", ".join(f"{md_text(p)} ({n})" for p, n in x["phrases"]) for x in claim["stand_ins"]]
            out.append("")
        out += [f"- {x['pmid']} {md_text(x.get('title'))} — {md_text(x.get('reasons'))}"
                + (f" (its own words: {md_text(x['instead'])})" if x.get("instead") else "") for x in rejected]
        out.append("")
    out += [f"Query run ({c.get('query_hits') or 0} hits in the local store): {md_text(c.get('query'))}"]
    if not included and c.get("seed_vs_evidence") == "untested":
        out += ["", "No evidence in the local store. Only local files were searched, so this says nothing about "
                "PubMed: paste the query into PubMed, or run `evidence run` with live E-utilities, to judge the claim."]
    return "\n".join(out) + "\n"


def sof_markdown(claim: dict, rows: list[dict]) -> str:
    """A claim's Summary of Findings as Markdown (every cell of record text through md_text)."""
    if not rows:
        return (f"# Summary of findings: {md_text(claim['claim_id'])} {md_text(claim['title'])}\n\n"
                "No eligible study: no Summary of Findings.\n")
    h = rows[0]
    out = [f"# Summary of findings: {md_text(claim['claim_id'])} {md_text(claim['title'])}", "",
           f"**Population:** {md_text(h['population'])}  ", f"**Setting:** {md_text(h['setting'])}  ",
           f"**Intervention:** {md_text(h['intervention'])}  ", f"**Comparison:** {md_text(h['comparison'])}", "",
           "| Outcome | № of participants (studies) | Effect (as stated in the abstracts) | Estimates stated (per study) | "
           "Certainty of the evidence (GRADE) |",
           "|---|---|---|---|---|"]
    for r in rows:
        sup = f" ({', '.join(r['notes'])})" if r["notes"] else ""
        out.append(f"| {md_text(r['label'])} | {md_text(r['participants'])} | {md_text(r['effect'])} | "
                   f"{md_text(r.get('effect_estimates') or '—')} | "
                   f"{md_text(r['certainty_symbols'])} {md_text(r['certainty'])}{md_text(sup)} |")
    out.append("")
    for letter, text in h.get("all_footnotes", []):
        out.append(f"- {md_text(letter)}. {md_text(text)}")
    return "\n".join(out) + "\n"


def build_site(con: duckdb.DuckDBPyConnection, out_dir: Path | None = None,
               generated_at: str | None = None) -> SiteReport:
    """Write index.html, claims/<id>.html (+ .csv/.md, the Summary of Findings as <id>-sof.csv/.md, and the references of the studies that count
    as .ris/.bib/.json), claims.csv/.md and Parquet tables into ``out_dir``."""
    out = Path(out_dir) if out_dir else DEFAULT_OUT
    (out / "claims").mkdir(parents=True, exist_ok=True)
    (out / "static").mkdir(exist_ok=True)
    for f in STATIC.iterdir():
        shutil.copyfile(f, out / "static" / f.name)
    env = _env()
    rows = summary_rows(con)
    common = {
        "generated_at": generated_at or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "n_articles": con.execute("SELECT count(*) FROM articles").fetchone()[0],
        "provenance": provenance(con),
        # a run over the bundled sample (the main job's fallback without PubMed) says so at the top
        "bundled_sample": bundled_article_count(con) > 0,
        "rubric_version": next((r["rubric_version"] for r in rows if r.get("rubric_version")), "—"),
        "seed_title": "The Healing Cascade: Why Some Injuries Become Chronic",
        "grades": GRADES,
    }
    (out / "index.html").write_text(env.get_template("index.html").render(rows=rows, root="", **common), encoding="utf-8")
    (out / "changes.html").write_text(env.get_template("changes.html").render(runs=run_digests(con), root="", **common),
                                      encoding="utf-8")
    from pipeline.claims.gap_report import claim_gaps, stored_claims
    from pipeline.claims.name_gaps import ROLES, stand_ins
    from pipeline.grading.queue import review_queue

    titles = {r["claim_id"]: r["title"] for r in rows}
    (out / "review-queue.html").write_text(env.get_template("review-queue.html").render(
        queue=review_queue(con, limit=10), titles=titles, root="", **common), encoding="utf-8")
    pages = 3
    all_evidence: list[dict] = []
    tmpl = env.get_template("claim.html")
    tables = _table_names(con)  # the report writes no tables: read once, not five times a claim
    # what every claim page shows from the evidence view, the reviewers' decisions, the counted
    # studies and the grade history, read for all claims at once (a query each, not one a claim)
    evidence_of: dict[str, list[dict]] = {}
    for e in _rows(con, "SELECT * FROM claim_evidence "
                        "ORDER BY claim_id, included DESC, level NULLS LAST, year DESC NULLS LAST, pmid"):
        evidence_of.setdefault(e["claim_id"], []).append(e)
    marks = _all_review_marks(con, tables)
    stored = stored_claims(con)
    counted = all_counted_pmids(con)
    history = histories(con)
    for r in rows:
        cid = r["claim_id"]
        evidence = evidence_of.get(cid, [])
        # why a linked study's direction reads unclear ("the finding is not about PRP"): the linker's column
        notes = dict(con.execute("SELECT pmid, direction_not_about FROM claim_articles WHERE claim_id = ?",
                                 [cid]).fetchall())
        decided = marks.get(cid, {})
        studied = _arms_and_comparisons(con, cid, tables)
        for e in evidence:
            e["population"] = _population(e)
            # a study with no link row (graded from evidence rows alone) has no arms or comparisons read
            e.update(studied.get(e["pmid"], {"arms": [], "comparisons": [], "indirectness": [],
                                             "eligibility_evidence": None}))
            e["direction_note"] = notes.get(e["pmid"])
            e["reviewed"] = decided.get(e["pmid"], [])
            # the grade counts the reviewer's direction; the page shows that one, and the machine's beside it
            for m in e["reviewed"]:
                if m["field"] == "direction" and m["value"] != e["direction"]:
                    e["machine_direction"], e["direction"] = e["direction"], m["value"]
        included = [e for e in evidence if e.get("included") is not False]
        excluded = [e for e in evidence if e.get("included") is False]
        rejected = _rows(con, "SELECT ca.pmid, a.title, ca.relevance_reasons AS reasons FROM claim_articles ca "
                              "JOIN articles a ON a.pmid = ca.pmid WHERE ca.claim_id = ? AND NOT ca.linked ORDER BY ca.pmid", [cid])
        # a hit the linker left out that a reviewer brought in is in the evidence table, not among the unlinked
        placed = {e["pmid"] for e in evidence}
        rejected = [x for x in rejected if x["pmid"] not in placed]
        # a hit whose text names the therapy or the condition by none of the catalog's words: what it says instead
        # (`evidence claims gaps`), for the reviewer who may bring it in
        # (the page shows the records' own phrases only: the query terms each matched are not worked out)
        unreached = ({h.pmid: h for h in claim_gaps(con, stored[cid], terms=False)} if cid in stored and rejected
                     else {})
        # and the phrases shared by several of them that name the claim's other concept, pooled (`evidence claims
        # gaps`' list, without its query terms): where a missing synonym is likeliest (such hits were eligible three
        # times as often as those naming neither, docs/claims.md); a phrase of one hit is already beside it
        # (one line per missing concept: "Phrases several of them that name the therapy use in place of the condition")
        shared = [st for st in stand_ins(unreached.values()) if st.with_other >= 2]
        r = {**r, "stand_ins": [{"role": role, "other": "therapy" if role == "condition" else "condition",
                                 "phrases": [(st.phrase, st.with_other) for st in shared if st.role == role][:4]}
                                for role in ROLES if any(st.role == role for st in shared)]}
        for x in rejected:
            x["reasons"] = "; ".join(json.loads(x["reasons"] or "[]"))
            h = unreached.get(x["pmid"])
            x["instead"] = "; ".join(dict.fromkeys(p for _, p in h.phrases[:6])) if h else ""
        grade_row = con.execute("SELECT rationale FROM claim_grades WHERE claim_id = ?", [cid]).fetchone()
        steps = json.loads(grade_row[0]) if grade_row else [{"text": "not graded yet (run `evidence grade`)", "pmids": []}]
        domains = _claim_domains(con, cid, tables)
        risks = _study_risks(con, cid, tables)
        sof = claim_outcomes(con, cid, tables)
        quote_row = con.execute("SELECT seed_quote, comparator, added_to, population FROM claims WHERE claim_id = ?",
                                [cid]).fetchone()
        quotes = [q for q in (quote_row[0] or "").split(" … ") if q] if quote_row else []
        # what a head-to-head claim sets the therapy against and what an add-on claim adds it to (migrations 022, 023):
        # the reader sees beside the therapy which studies can test the claim
        # and who a claim about animals is about (migration 024): its studies in that species are the direct ones
        r = {**r, "comparator": quote_row[1] if quote_row else None, "added_to": quote_row[2] if quote_row else None,
             "population": list(quote_row[3] or []) if quote_row else []}
        years = sorted(Counter(e["year"] for e in included if e.get("year")).items())
        designs = Counter(e.get("design") or "unknown" for e in included).most_common()
        dirs = Counter(e["direction"] for e in included)
        # the references files are written for every claim (empty when nothing counts), so a link
        # to claims/<id>.ris never breaks; the page links them only when there is something in them
        refs = references_of(con, counted.get(cid, []))
        for fmt, suffix in SUFFIXES.items():
            (out / "claims" / f"{cid}{suffix}").write_text(render(refs, fmt), encoding="utf-8")
        html = tmpl.render(
            c=r, quotes=quotes, n_references=len(refs), history=claim_history(con, cid, history.get(cid, [])), steps=steps, domains=domains, risks=risks, sof=sof, evidence=included,
            excluded=excluded, rejected=rejected, root="../", flags=FLAG_TEXT,
            chart_year=bar_chart([(str(y), n) for y, n in years], "Studies by year"),
            chart_design=bar_chart(designs, "Studies by design"),
            chart_direction=bar_chart([(k, dirs[k]) for k in ("supports", "no_effect", "contradicts", "unclear") if dirs[k]],
                                      "Direction of findings"),
            **common)
        (out / "claims" / f"{cid}.html").write_text(html, encoding="utf-8")
        write_csv(out / "claims" / f"{cid}.csv", included, EVIDENCE_COLUMNS)
        (out / "claims" / f"{cid}.md").write_text(
            claim_markdown(r, quotes=quotes, steps=steps, domains=domains, included=included, excluded=excluded,
                           rejected=rejected, bundled_sample=common["bundled_sample"]), encoding="utf-8")
        # the Summary of Findings beside the page: CSV (formula-safe cells) and Markdown (escaped)
        write_csv(out / "claims" / f"{cid}-sof.csv",
                  [{**x, "footnotes": " | ".join(x["footnotes"]), "pmids": " ".join(map(str, x["pmids"]))} for x in sof],
                  SOF_COLUMNS)
        (out / "claims" / f"{cid}-sof.md").write_text(sof_markdown(r, sof), encoding="utf-8")
        all_evidence += included
        pages += 1
    summary_cols = ["claim_id", "title", "therapy", "condition", "seed_strength", "grade", "score", "seed_vs_evidence",
                    "n_articles", "n_human_rct", "n_sr_ma", "n_observational", "n_animal", "n_in_vitro", "n_supports",
                    "n_no_effect", "n_contradicts", "n_unclear", "query_hits", "query"]
    write_csv(out / "claims.csv", rows, summary_cols)
    (out / "claims.md").write_text(claim_table_markdown(con), encoding="utf-8")
    for name, sql in (("claims", "SELECT * FROM claim_summary ORDER BY claim_id"),
                      ("claim_evidence", "SELECT * FROM claim_evidence ORDER BY claim_id, pmid"),
                      ("claim_grades", "SELECT * EXCLUDE (graded_at) FROM claim_grades ORDER BY claim_id")):
        con.execute(f"COPY ({sql}) TO '{(out / (name + '.parquet')).as_posix()}' (FORMAT parquet)")
    return SiteReport(out, pages, len(rows))
