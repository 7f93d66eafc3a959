#!/usr/bin/env bash
# Two programs with the same station on one café database (issue 10, item 7), as real processes: a
# second till (kiosk) with the same register id (kiosk id) refuses to start and names the machine
# that holds it; once the first is killed (kill -9: no chance to give the station up), the next one
# starts at once, because the holder's process is gone from this machine.
# Usage: check-station-lease.sh APP_BINARY AKTIVKAFE_CLI CONFIG...
set -euo pipefail
app=$1 cli=$2
shift 2
configs=("$@")
work=$(mktemp -d)
first=
cleanup() { [ -n "$first" ] && kill -9 "$first" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$cli" init --db "$work/cafe.sqlite" > /dev/null
"$app" "${configs[@]}" --db "$work/cafe.sqlite" > "$work/first.log" 2>&1 &
first=$!
# The first one holds the station once its row is there.
for _ in $(seq 100); do
  [ "$(sqlite3 "$work/cafe.sqlite" "SELECT count(*) FROM station_leases WHERE pid = $first" 2>/dev/null)" = 1 ] && break
  kill -0 "$first" 2>/dev/null || fail "the first app stopped: $(cat "$work/first.log")"
  sleep 0.1
done
[ "$(sqlite3 "$work/cafe.sqlite" "SELECT count(*) FROM station_leases WHERE pid = $first")" = 1 ] ||
  fail "the first app did not claim its station"

code=0
"$app" --self-test "${configs[@]}" --db "$work/cafe.sqlite" > /dev/null 2> "$work/second.err" || code=$?
[ "$code" -eq 2 ] || fail "a second app with the same station: exit $code, expected 2"
grep -q "already in use on the machine \"$(hostname)\" (program $first" "$work/second.err" ||
  fail "the refusal does not name the machine and program: $(cat "$work/second.err")"

kill -9 "$first"
wait "$first" 2>/dev/null || true
first=
"$app" --self-test "${configs[@]}" --db "$work/cafe.sqlite" > /dev/null 2> "$work/third.err" ||
  fail "after the first was killed, the next one did not start: $(cat "$work/third.err")"
[ "$(sqlite3 "$work/cafe.sqlite" "SELECT count(*) FROM station_leases")" = 0 ] ||
  fail "the app that stopped normally did not give its station up"
echo "$(basename "$app"): one program per station; a killed holder is taken over"
