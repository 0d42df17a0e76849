// The peer for ctreport's load of a file in the Global Terrorism
// Database's shape (scripts/gtdlike; issue 17): DuckDB reads the whole file
// (every column as text, as ctreport reads it) and counts per year the
// events, the attacks carried out and failed (success 1 / 0), and the
// perpetrators captured (nperpcap, GTD's -9 and -99 meaning unknown). Same
// package lookup as duckdb_yearly.mjs.
//
//   PEERS_DIR=/tmp/ctreport-peers node scripts/peers/duckdb_gtd.mjs GTD.csv
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const fromPeers = createRequire(resolve(process.env.PEERS_DIR ?? '.', 'package.json'));
const { DuckDBInstance } = fromPeers('@duckdb/node-api');

const file = process.argv[2];
if (!file) {
  console.error('usage: node duckdb_gtd.mjs GTD.csv');
  process.exit(2);
}
const quoted = `'${file.replaceAll("'", "''")}'`;
const query = `
  SELECT CAST(iyear AS INTEGER)                                   AS year,
         count(*)                                                 AS events,
         count(*) FILTER (WHERE success = '1')                    AS completed,
         count(*) FILTER (WHERE success = '0')                    AS failed,
         sum(CAST(nperpcap AS DOUBLE)) FILTER (WHERE CAST(nperpcap AS DOUBLE) >= 0) AS captured
  FROM read_csv(${quoted}, header = true, all_varchar = true)
  GROUP BY year ORDER BY year`;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const result = await connection.runAndReadAll(query);
console.log(`${result.getRows().length} years`);
