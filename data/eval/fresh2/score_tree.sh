#!/bin/bash
# usage: build_f2.sh CODE_DIR OUT_DB  — F2 claims over the workshop corpus hits, graded by the code in CODE_DIR
set -e
CODE=$1; OUT=$2
cp /tmp/fresh.duckdb $OUT
/work/main/.venv/bin/python - "$OUT" <<'PY'
import json, sys, duckdb
pk=json.load(open('/tmp/packet_f2.json'))
ids={r['pmid'] for c in pk for r in c['records']}
con=duckdb.connect(sys.argv[1])
con.execute("create temp table keep(pmid bigint)"); con.executemany("insert into keep values (?)",[(i,) for i in ids])
for (t,) in con.execute("select distinct c.table_name from information_schema.columns c join information_schema.tables t using(table_name) where c.column_name='pmid' and t.table_type='BASE TABLE'").fetchall():
    con.execute(f"delete from {t} where pmid not in (select pmid from keep)")
print(con.execute("select count(*) from articles").fetchone()[0], "articles")
PY
cd $CODE
export PYTHONPATH=$CODE
E="/work/main/.venv/bin/python -m pipeline.cli.app"
$E extract --db $OUT -q >/dev/null 2>&1
$E link --db $OUT --catalog /tmp/f2_claims.yaml -q 2>&1 | tail -1
$E grade --db $OUT 2>&1 | tail -1
