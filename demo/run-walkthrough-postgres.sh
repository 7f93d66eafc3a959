#!/usr/bin/env bash
# The demo's walkthrough (run-walkthrough.sh) with the café on a private PostgreSQL server
# (private-postgres.sh) in a temporary folder, stopped and removed at the end: every step of the
# kiosk and the till, the Z, the SAF-T file and its signatures, on the server.
# Usage: demo/run-walkthrough-postgres.sh BIN_DIR OUT_DIR   (exits 77 without PostgreSQL's server)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$1 out=$2
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "skipped: PostgreSQL's server is not installed"; exit 77; }
pg=$(mktemp -d /tmp/aktivkafe-postgres.XXXXXX)
chmod 755 "$pg"
trap '"$root/demo/private-postgres.sh" stop "$pg/server"; rm -rf "$pg"' EXIT
url=$("$root/demo/private-postgres.sh" start "$pg/server")
mkdir -p "$out"
rm -rf "$out/keys"
"$bin/aktivkafe" init --db "$url" --seed "$root/config/demo-seed.toml" > "$out/demo-staff.txt"
"$root/demo/run-walkthrough.sh" "$bin" "$out" "$url"
