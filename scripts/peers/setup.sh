#!/bin/sh
# Installs what the benchmark peers need, once, as root:
#   - pandas, matplotlib and XlsxWriter for Debian's python3 (pandas_report.py);
#   - DuckDB's Node.js package into $PEERS_DIR/node_modules (duckdb_yearly.mjs).
# No PyPI here: the Python side comes from Debian's packages.
#
#   PEERS_DIR=/tmp/peers sh scripts/peers/setup.sh
set -eu
PEERS_DIR=${PEERS_DIR:-/tmp/ctreport-peers}
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq python3-pandas python3-matplotlib python3-xlsxwriter >/dev/null
mkdir -p "$PEERS_DIR"
if [ ! -d "$PEERS_DIR/node_modules/@duckdb/node-api" ]; then
  (cd "$PEERS_DIR" && npm install --silent --no-save --no-audit --no-fund @duckdb/node-api >/dev/null)
fi
/usr/bin/python3 -c 'import pandas, matplotlib, xlsxwriter' 
echo "peers ready: python3 from Debian, DuckDB in $PEERS_DIR/node_modules"
