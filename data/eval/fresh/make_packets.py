"""Build the blind reviewers' packet for the fresh claims (data/eval/fresh/claims.yaml).

The packet holds each claim (therapy, condition, the quote) and every record its query returns from a
database the workshop corpus was ingested into — title, journal, year, publication types, abstract —
and nothing of the project's output (no links, designs, directions or grades).

    .venv/bin/evidence ingest ../shared/corpus --allow-partial --db /tmp/fresh.duckdb
    .venv/bin/python data/eval/fresh/make_packets.py --db /tmp/fresh.duckdb --out /tmp/packet.json
"""
import argparse
import json
from pathlib import Path

import duckdb
import yaml

from pipeline.query import compile_query, search_store  # the same search `evidence search` runs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--catalog", type=Path, default=Path(__file__).with_name("claims.yaml"))
    a = ap.parse_args()
    cat = yaml.safe_load(a.catalog.read_text(encoding="utf-8"))
    con = duckdb.connect(str(a.db), read_only=True)
    packet = []
    for c in cat["claims"]:
        pmids = sorted(search_store(con, compile_query(c["query"])))
        recs = []
        for p in pmids:
            row = con.execute("SELECT pmid, title, journal, year, publication_types, abstract FROM articles "
                              "WHERE pmid = ?", [int(p)]).fetchone()
            recs.append(dict(pmid=row[0], title=row[1], journal=row[2], year=row[3],
                             publication_types=list(row[4] or []), abstract=row[5] or ""))
        packet.append(dict(claim_id=c["id"], title=c["title"], therapy=c["therapy"]["name"],
                           condition=c["condition"]["name"], quote=c["quotes"][0]["text"], records=recs))
    a.out.write_text(json.dumps(packet, indent=1), encoding="utf-8")
    print(f"{sum(len(c['records']) for c in packet)} claim–record pairs, {len(packet)} claims → {a.out}")


if __name__ == "__main__":
    main()
