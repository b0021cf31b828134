"""Site regeneration for 50 claims and 5,000 linked articles (goal: < 10 s on 2 cores).

The database is synthetic in its links, real in its records: articles from the corpus are replicated
with new PMIDs to reach 5,000, then spread over 50 claims. Prints seconds; asserts nothing.

    .venv/bin/python benchmarks/bench_report.py
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.config import BUNDLED_CORPUS  # noqa: E402
from pipeline.grading import grade_all  # noqa: E402
from pipeline.models import Article  # noqa: E402
from pipeline.parsing import parse_path  # noqa: E402
from pipeline.reports.site import build_site  # noqa: E402
from pipeline.store import connect  # noqa: E402
from pipeline.store.articles import upsert_articles  # noqa: E402


def main() -> None:
    base = [a for a in parse_path(BUNDLED_CORPUS / "topical/synergy_Jeyaraman_2020_MSC_knee_OA/works_1.zip")
            if isinstance(a, Article)]
    arts = [replace(base[i % len(base)], pmid=50_000_000 + i) for i in range(5000)]
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        con = connect(Path(tmp) / "bench.duckdb")
        upsert_articles(con, arts)
        designs = ["rct", "cohort", "animal_study", "meta_analysis", "case_report", "in_vitro"]
        con.executemany(
            "INSERT INTO extractions (pmid, extractor_version, content_hash, design, is_rct, is_systematic_review, "
            "is_meta_analysis, is_protocol, is_human, is_animal, is_rodent, is_in_vitro, sample_size) "
            "SELECT ?, 'bench', content_hash, ?, ? = 'rct', FALSE, ? = 'meta_analysis', FALSE, TRUE, FALSE, FALSE, FALSE, ? "
            "FROM articles WHERE pmid = ?",
            [(a.pmid, d, d, d, rng.randint(10, 400), a.pmid) for a in arts for d in [rng.choice(designs)]])
        for c in range(50):
            con.execute("INSERT INTO claims (claim_id, title, therapy, condition, query, seed_strength, seed_quote) "
                        "VALUES (?, ?, 'therapy', 'condition', 'knee', 'asserted', 'quote')", [f"C{c:02d}", f"Claim {c}"])
        con.executemany(
            "INSERT INTO claim_articles (claim_id, pmid, relevance, relevance_reasons, direction, direction_sentence, linker_version) "
            "VALUES (?, ?, 0.8, ?, ?, 'The finding sentence.', 'bench')",
            [(f"C{i % 50:02d}", a.pmid, json.dumps(["bench"]), rng.choice(["supports", "no_effect", "unclear"]))
             for i, a in enumerate(arts)])
        grade_all(con)
        t = time.perf_counter()
        site = build_site(con, Path(tmp) / "site")
        dt = time.perf_counter() - t
        print(f"report: {site.pages} pages for {site.claims} claims and {len(arts)} linked articles in {dt:.2f} s "
              f"(goal < 10 s)")


if __name__ == "__main__":
    main()
