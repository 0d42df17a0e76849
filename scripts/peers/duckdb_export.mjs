// The peer for ctreport's load of a file in the shape of a Global
// Terrorism Database or ACLED export (scripts/exportlike; issue 17):
// DuckDB reads the whole file, every column as text as ctreport reads it,
// and counts per year — for GTD the events, the attacks carried out and
// failed (success 1 / 0) and the perpetrators captured (nperpcap; −9 and
// −99 mean unknown); for ACLED the events of each event and sub-event
// type. Same package lookup as duckdb_yearly.mjs. Prints how many groups
// it found.
//
//   PEERS_DIR=/tmp/ctreport-peers node scripts/peers/duckdb_export.mjs gtd GTD.csv
//   PEERS_DIR=/tmp/ctreport-peers node scripts/peers/duckdb_export.mjs acled ACLED.csv
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const fromPeers = createRequire(resolve(process.env.PEERS_DIR ?? '.', 'package.json'));
const { DuckDBInstance } = fromPeers('@duckdb/node-api');

const [format, file] = process.argv.slice(2);
if (!file || !['gtd', 'acled'].includes(format)) {
  console.error('usage: node duckdb_export.mjs gtd|acled FILE.csv');
  process.exit(2);
}
const rows = `read_csv('${file.replaceAll("'", "''")}', header = true, all_varchar = true)`;
const query = format === 'gtd' ? `
  SELECT CAST(iyear AS INTEGER)                                    AS year,
         count(*)                                                  AS events,
         count(*) FILTER (WHERE success = '1')                     AS completed,
         count(*) FILTER (WHERE success = '0')                     AS failed,
         sum(CAST(nperpcap AS DOUBLE)) FILTER (WHERE CAST(nperpcap AS DOUBLE) >= 0) AS captured
  FROM ${rows} GROUP BY year ORDER BY year` : `
  SELECT CAST(right(event_date, 4) AS INTEGER) AS year, event_type, sub_event_type, count(*) AS events
  FROM ${rows} GROUP BY ALL ORDER BY ALL`;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const result = await connection.runAndReadAll(query);
console.log(`${result.getRows().length} groups`);
