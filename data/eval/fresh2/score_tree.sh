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
"$PY" -c 'import json, sys; sys.path.insert(0, sys.argv[3]); from score_sets import keep_only
keep_only(sys.argv[1], {r["pmid"] for c in json.load(open(sys.argv[2])) for r in c["records"]})' "$OUT" "$TMP/packet.json" "$HERE/../fresh"
cd "$CODE"
E="env PYTHONPATH=$CODE $PY -m pipeline.cli.app"
$E extract --db "$OUT" -q >/dev/null
$E link --db "$OUT" --catalog "$CATALOG" -q | tail -1
$E grade --db "$OUT" | tail -1
rm -rf "$TMP"
