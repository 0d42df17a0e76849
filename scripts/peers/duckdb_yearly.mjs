// The peer for ctreport's load + reconcile + yearly figures alone: DuckDB,
// through its Node.js package (@duckdb/node-api), which setup.sh installs
// into $PEERS_DIR/node_modules; it is looked up there (or in the current
// folder when PEERS_DIR is not set).
//
//   PEERS_DIR=/tmp/ctreport-peers node scripts/peers/duckdb_yearly.mjs INCIDENTS.csv
//
// The merge of pandas_report.py and the heart of its yearly table, in one
// query: each incident_id once, with its first year and event type, its
// lowest cells_dismantled and arrests (empty counts as 0) and whether any
// report names partner countries; then per year the incidents, cells,
// arrests, cross-border incidents and their share. Prints how many years
// it found.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const fromPeers = createRequire(resolve(process.env.PEERS_DIR ?? '.', 'package.json'));
const { DuckDBInstance } = fromPeers('@duckdb/node-api');

const file = process.argv[2];
if (!file) {
  console.error('usage: node duckdb_yearly.mjs INCIDENTS.csv');
  process.exit(2);
}
const quoted = `'${file.replaceAll("'", "''")}'`;
const query = `
  WITH report AS (
    SELECT incident_id,
           CAST(left(date, 4) AS INTEGER)              AS year,
           event_type,
           COALESCE(TRY_CAST(NULLIF(cells_dismantled, '') AS BIGINT), 0) AS cells,
           COALESCE(TRY_CAST(NULLIF(arrests, '') AS BIGINT), 0)          AS arrests,
           COALESCE(partner_countries, '') <> ''       AS cross_border
    FROM read_csv(${quoted}, header = true, all_varchar = true)
  ), incident AS (
    SELECT incident_id, first(year) AS year, first(event_type) AS event_type,
           min(cells) AS cells, min(arrests) AS arrests, bool_or(cross_border) AS cross_border
    FROM report GROUP BY incident_id
  )
  SELECT year, count(*) AS incidents,
         sum(cells) AS cells_dismantled, sum(arrests) AS arrests,
         count(*) FILTER (WHERE cross_border) AS cross_border_incidents,
         avg(CAST(cross_border AS INTEGER)) AS cooperation_rate
  FROM incident GROUP BY year ORDER BY year`;

const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const started = performance.now();
const result = await con.runAndReadAll(query);
const years = result.getRows().length;
console.error(`${years} years in ${((performance.now() - started) / 1000).toFixed(2)}s`);
console.log(years, 'years');
