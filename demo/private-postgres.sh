#!/usr/bin/env bash
# A private PostgreSQL server for the demo (and its test): initdb in FOLDER, the server on a Unix
# socket in FOLDER only (no TCP port), a database "aktivkafe". Nothing of the machine's own
# PostgreSQL service is used or needed. As root, initdb and the server run as "nobody" (they refuse
# root), in a folder that user owns: give a FOLDER that user can reach (under /tmp, as scripts/demo does).
#
# Usage: demo/private-postgres.sh start FOLDER [durable]   prints the café's URL, postgresql:///aktivkafe?host=FOLDER
#        demo/private-postgres.sh stop FOLDER    stops it (the folder stays; start again reuses it)
#
# The demo's server runs with fsync=off (a demo café is thrown away; its tests start faster).
# "durable" keeps PostgreSQL's defaults (fsync=on, synchronous_commit=on), as a café's server has
# them: the benchmarks measure that (bench/sales.sh).
set -euo pipefail
action=$1 dir=$2 durability=${3:-}
fsync=(-c fsync=off)
[ "$durability" = durable ] && fsync=()
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "private-postgres: PostgreSQL's server is not installed (Debian: apt-get install postgresql-15)" >&2
  exit 1
fi
as=()
if [ "$(id -u)" = 0 ]; then as=(runuser -u nobody --); fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if [ "$(id -u)" = 0 ]; then chown nobody "$dir"; chmod 700 "$dir"; fi
case "$action" in
  start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      "${as[@]}" "$bin/initdb" -D "$dir/data" -U aktivkafe --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-k $dir -c listen_addresses= ${fsync[*]}" start >/dev/null ||
      { tail -n 20 "$dir/server.log" >&2; exit 1; }
    "${as[@]}" "$bin/psql" -h "$dir" -U aktivkafe -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'aktivkafe'" |
      grep -q 1 || "${as[@]}" "$bin/createdb" -h "$dir" -U aktivkafe aktivkafe
    echo "postgresql://aktivkafe@/aktivkafe?host=$dir"
    ;;
  stop)
    "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop FOLDER" >&2; exit 2 ;;
esac
