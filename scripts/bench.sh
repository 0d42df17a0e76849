#!/usr/bin/env bash
# Whole-run timing: ctreport on synth files of 1M and 4M rows, on the 1M
# file reshaped as another program would write it (scripts/shuffle) and
# on files in GTD's and ACLED's shapes (scripts/exportlike), and — when
# they are installed (scripts/peers/setup.sh) — the pandas and DuckDB
# peers of scripts/peers/ on the same files. Each is run RUNS times; the median wall time and the
# median max RSS are printed, then the ratios the performance targets name.
#
#   scripts/bench.sh            # 1M and 4M rows, 3 runs each
#   ROWS="1000000" RUNS=5 scripts/bench.sh
#   PEERS_DIR=/tmp/peers scripts/bench.sh   # where setup.sh put node_modules
#   ROWS=100000 PEER_ROWS=100000 RUNS=1 scripts/bench.sh   # a quick check
#   PANDAS_PEER=../shared/bench/peer_pandas.py scripts/bench.sh   # another pandas peer
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-"1000000 4000000"}
RUNS=${RUNS:-3}
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
# The pandas peer runs on Debian's python3 (setup.sh installs pandas there).
PY=${PY:-$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3 )}
PEERS=scripts/peers
# The pandas peer's script: ours, or another that takes the same
# arguments (INPUT.csv OUTDIR YEAR).
PANDAS_PEER=${PANDAS_PEER:-$PEERS/pandas_report.py}
export PEERS_DIR=${PEERS_DIR:-/tmp/ctreport-peers} # duckdb_yearly.mjs finds DuckDB there
# The peers run on the 1M file (the targets' ratios are for it), or on
# PEER_ROWS when set.
PEER_ROWS=${PEER_ROWS:-1000000}
go build -o "$WORK/ctreport" ./cmd/ctreport
go test -c -o "$WORK/data.test" ./data

# measure NAME CMD… : RUNS timed runs; prints "NAME wall_s rss_mb" (medians).
measure() {
  local name=$1; shift
  local walls=() rss=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || { cat "$WORK/stderr" >&2; return 1; }
    read -r w m <"$WORK/time"
    walls+=("$w"); rss+=("$m")
  done
  local mw mr
  mw=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")
  mr=$(printf '%s\n' "${rss[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")
  awk -v n="$name" -v w="$mw" -v m="$mr" 'BEGIN { printf "%-28s %8.2f s %8.0f MB\n", n, w, m / 1024 }'
  echo "$name $mw $mr" >>"$WORK/results"
}

: >"$WORK/results"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; runs: $RUNS (median)"
for n in $ROWS; do
  f="$WORK/synth-$n.csv"
  "$WORK/ctreport" synth --rows "$n" --seed 1 --out "$f"
  measure "ctreport run $n" "$WORK/ctreport" run --force --as-of 2026-11-28 --period 2024 --out "$WORK/out-$n" "$f"
  CTREPORT_BENCH_FILE=$f measure "ctreport load+yearly $n" "$WORK/data.test" -test.run '^$' -test.bench LoadFile -test.benchtime 1x
done
one="$WORK/synth-$PEER_ROWS.csv"
# Another program's shape (issue 17): the same incidents, about 92 % with a
# single report, rows in random order.
shuffled="$WORK/shuffled-$PEER_ROWS.csv"
if [ -f "$one" ]; then
  go run ./scripts/shuffle "$one" "$shuffled"
  measure "ctreport shuffled $PEER_ROWS" "$WORK/ctreport" run --force --as-of 2026-11-28 --period 2024 --out "$WORK/out-shuffled" "$shuffled"
fi
if [ -f "$one" ] && "$PY" -c 'import pandas, matplotlib, xlsxwriter' 2>/dev/null; then
  measure "pandas peer $PEER_ROWS" "$PY" "$PANDAS_PEER" "$one" "$WORK/peer-out" 2024
  measure "pandas shuffled $PEER_ROWS" "$PY" "$PANDAS_PEER" "$shuffled" "$WORK/peer-out-shuffled" 2024
fi
if [ -f "$one" ] && [ -d "$PEERS_DIR/node_modules/@duckdb/node-api" ]; then
  measure "duckdb peer $PEER_ROWS" node "$PEERS/duckdb_yearly.mjs" "$one"
fi
# Files in the shapes of the Global Terrorism Database's export (180,000
# rows, 135 columns) and of ACLED's (500,000 rows, 31 columns, every event
# type), made up by scripts/exportlike: ctreport's load + yearly figures
# against DuckDB reading each and counting per year
# (scripts/peers/duckdb_export.mjs).
for fmt in gtd acled; do
  n=$([ $fmt = gtd ] && echo "${GTD_ROWS:-180000}" || echo "${ACLED_ROWS:-500000}")
  ex="$WORK/$fmt-$n.csv"
  go run ./scripts/exportlike --format $fmt --rows "$n" --out "$ex"
  CTREPORT_BENCH_FILE=$ex measure "ctreport load+yearly $fmt" "$WORK/data.test" -test.run '^$' -test.bench LoadFile -test.benchtime 1x
  if [ -d "$PEERS_DIR/node_modules/@duckdb/node-api" ]; then
    measure "duckdb $fmt peer" node "$PEERS/duckdb_export.mjs" $fmt "$ex"
  fi
done

awk -v n="$PEER_ROWS" '
  { wall[$1" "$2" "$3]=$(NF-1); rss[$1" "$2" "$3]=$NF }
  END {
    r1="ctreport run 1000000"; r4="ctreport run 4000000"
    rn="ctreport run " n; p="pandas peer " n; d="duckdb peer " n; l="ctreport load+yearly " n
    if (rn in wall && p in wall) printf "run / pandas:            %.2f  (target ≤ 0.20)\n", wall[rn]/wall[p]
    s="ctreport shuffled " n; ps="pandas shuffled " n
    if (s in wall && ps in wall) printf "shuffled run / pandas:   %.2f  (target ≤ 0.20)\n", wall[s]/wall[ps]
    if (l in wall && d in wall)  printf "load+yearly / duckdb:    %.2f  (target ≤ 1.00)\n", wall[l]/wall[d]
    g="ctreport load+yearly gtd"; dg="duckdb gtd peer"
    if (g in wall && dg in wall) printf "GTD load / duckdb:       %.2f  (target ≤ 1.00)\n", wall[g]/wall[dg]
    a="ctreport load+yearly acled"; da="duckdb acled peer"
    if (a in wall && da in wall) printf "ACLED load / duckdb:     %.2f  (target ≤ 1.00)\n", wall[a]/wall[da]
    if (r1 in rss)               printf "max RSS 1M:              %.0f MB (target ≤ 400)\n", rss[r1]/1024
    if (r1 in wall && r4 in wall) printf "4M / 1M time:            %.2f  (target ≤ 4.40)\n", wall[r4]/wall[r1]
    if (r1 in rss && r4 in rss)   printf "4M / 1M memory:          %.2f  (target ≤ 4.40)\n", rss[r4]/rss[r1]
  }' "$WORK/results"
