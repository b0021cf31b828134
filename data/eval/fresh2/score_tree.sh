#!/bin/bash
# Grade the fresh claims with the code of a checkout, over the workshop corpus's query hits.
# usage: data/eval/fresh2/score_tree.sh CODE_DIR CORPUS_DB OUT_DB [CATALOG]
#   CORPUS_DB: `evidence ingest ../shared/corpus --allow-partial --db CORPUS_DB` (left untouched)
#   then: evidence eval grades --data data/eval/fresh2 --db OUT_DB
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CODE=$(cd "$1" && pwd); CORPUS=$2; OUT=$3; CATALOG=${4:-$HERE/claims.yaml}
PY=${PYTHON:-$HERE/../../../.venv/bin/python}
TMP=$(mktemp -d)
cp "$CORPUS" "$OUT"
PYTHONPATH=$CODE "$PY" "$HERE/../fresh/make_packets.py" --db "$CORPUS" --catalog "$CATALOG" --out "$TMP/packet.json"
# keep only the records some claim's query returns, so extraction reads 200 records, not 3,000
"$PY" - "$OUT" "$TMP/packet.json" <<'PY'
import json, sys, duckdb
ids = {r["pmid"] for c in json.load(open(sys.argv[2])) for r in c["records"]}
con = duckdb.connect(sys.argv[1])
con.execute("CREATE TEMP TABLE keep(pmid BIGINT)")
con.executemany("INSERT INTO keep VALUES (?)", [(i,) for i in ids])
for (t,) in con.execute("SELECT DISTINCT c.table_name FROM information_schema.columns c JOIN information_schema.tables t "
                        "USING (table_name) WHERE c.column_name = 'pmid' AND t.table_type = 'BASE TABLE'").fetchall():
    con.execute(f"DELETE FROM {t} WHERE pmid NOT IN (SELECT pmid FROM keep)")
PY
cd "$CODE"
E="env PYTHONPATH=$CODE $PY -m pipeline.cli.app"
$E extract --db "$OUT" -q >/dev/null
$E link --db "$OUT" --catalog "$CATALOG" -q | tail -1
$E grade --db "$OUT" | tail -1
rm -rf "$TMP"
