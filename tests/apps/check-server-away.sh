#!/usr/bin/env bash
# Kiosk and till while the café's PostgreSQL server goes away and comes back (issue 14, item 5), as
# a café would see it: the real apps, each running a walkthrough (tests/apps/server-away/*.walk)
# that pauses ('await') while this script stops or starts the server, and screenshots of what they
# show meanwhile. Then the server is asked what it holds:
#   kiosk: a check-in while the server is away is welcomed ("Good to have you here today", no
#          number), kept on the kiosk's disk and handed over with the next check-in: 2 visits, once each;
#   till:  the sale tapped while the server is away is refused whole with the sentence that says so,
#          and the same tap once it is back sells, without a restart or a new login: 1 sale, 1 receipt.
# Usage: check-server-away.sh BIN_DIR OUT_DIR   (exits 77 without PostgreSQL's server)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$1 out=$2
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pgbin" ] && [ -x "$pgbin/initdb" ] || { echo "skipped: PostgreSQL's server is not installed"; exit 77; }
pg=$(mktemp -d /tmp/aktivkafe-away.XXXXXX)
chmod 755 "$pg"
app=
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null
  "$root/demo/private-postgres.sh" stop "$pg/server"
  rm -rf "$pg"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
as=()
[ "$(id -u)" = 0 ] && as=(runuser -u nobody --)
ask() { "${as[@]}" "$pgbin/psql" -h "$pg/server" -U aktivkafe -d aktivkafe -tAc "$1"; }

url=$("$root/demo/private-postgres.sh" start "$pg/server")
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -rf "$out/screens" "$out/printouts"
mkdir -p "$out/screens"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# The kiosk's kept check-ins live under the user's data folder: this run's own.
export XDG_DATA_HOME=$pg/data-home XDG_RUNTIME_DIR=$pg/runtime
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
"$bin/aktivkafe" init --db "$url" --seed "$root/config/demo-seed.toml" > /dev/null
key=$pg/keys/till.key
"$root/demo/write-overlay.sh" "$url" "$out/printouts" "$out/overlay.toml" "$key"
config=(--config "$root/config/aktivkafe.toml" --config "$out/overlay.toml")
mkdir -p "$(dirname "$key")"
"$bin/aktivkafe" keys create "${config[@]}" > /dev/null

# run WALK EXE SHOT_BEFORE_STOP SHOT_BEFORE_START: the app runs its walk; when it has saved the first
# shot the server is stopped, when it has saved the second the server is started again.
run() {
  local walk=$1 exe=$2 before_stop=$3 before_start=$4 log
  log=$out/$(basename "$1" .walk).log
  rm -f "$out/screens/server-stopped" "$out/screens/server-started"
  "$exe" "${config[@]}" --walkthrough "$root/tests/apps/server-away/$walk" --out "$out/screens" > "$log" 2>&1 &
  app=$!
  for step in stop start; do
    local shot=$before_stop
    [ "$step" = start ] && shot=$before_start
    for _ in $(seq 600); do
      [ -f "$out/screens/$shot.png" ] && break
      kill -0 "$app" 2>/dev/null || fail "$walk stopped before $shot: $(tail -n 20 "$log")"
      sleep 0.1
    done
    [ -f "$out/screens/$shot.png" ] || fail "$walk did not reach $shot in 60 s"
    "$root/demo/private-postgres.sh" "$step" "$pg/server" > /dev/null
    if [ "$step" = stop ]; then touch "$out/screens/server-stopped"; else touch "$out/screens/server-started"; fi
  done
  local code=0
  wait "$app" || code=$?
  app=
  [ "$code" = 0 ] || fail "$walk failed (exit $code): $(tail -n 20 "$log")"
}

run kiosk.walk "$bin/aktivkafe-kiosk" 01-kiosk-server-there 03-kiosk-welcome-server-away
visits=$(ask "SELECT count(*) FROM visits")
[ "$visits" = 2 ] || fail "the server holds $visits visits after the kiosk's walk; expected 2 (the kept one and the next)"
kept=$(cat "$XDG_DATA_HOME"/aktivkafe/kept-check-ins-*.jsonl 2>/dev/null | grep -c . || true)
[ "$kept" = 0 ] || fail "the kiosk still keeps $kept check-in(s) after handing them over"

run till.walk "$bin/aktivkafe-pos" 11-till-before-the-server-goes 12-till-server-away
sales=$(ask "SELECT count(*) FROM sales")
[ "$sales" = 1 ] || fail "the server holds $sales sales after the till's walk; expected 1 (the sale after it came back)"
echo "server away: kiosk kept 1 check-in and handed it over (2 visits), till refused 1 sale and sold it when the server was back; screenshots in $out/screens"
