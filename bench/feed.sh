#!/usr/bin/env bash
# Change-feed benchmark: a coffee redeemed at the kiosk (its own process) until the till's "From
# the kiosk" list holds it, on an SQLite file and on a private PostgreSQL server (Unix socket, the
# same machine); and a kiosk and two tills redeeming one card as fast as they can.
#
#   bench/feed.sh [BINARY]
#
#   BINARY       default $BUILD_DIR/bin/ak-bench-change-feed   (BUILD_DIR default: build/release)
# Environment:
#   FEED_RUNS    redemptions timed (default 1000, one every 50 ms)
#   FEED_EACH    redemptions per process in the throughput run (default 1000)
#   AK_BENCH_DOC the file to write (default docs/performance.md); AK_BENCH_DOC=- writes nothing
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/lib/section.sh
. "$here/lib/section.sh"
root=$(dirname "$here")
build=${BUILD_DIR:-$root/build/release}
bin=${1:-$build/bin/ak-bench-change-feed}
cli=$(dirname "$bin")/aktivkafe
runs=${FEED_RUNS:-1000}
each=${FEED_EACH:-1000}
doc=${AK_BENCH_DOC:-$root/docs/performance.md}

[[ -x $bin && -x $cli ]] || { echo "feed.sh: $bin and $cli must be built first (bench/run does)" >&2; exit 2; }
work=$(mktemp -d /tmp/ak-bench-feed.XXXXXX)
chmod 755 "$work"
trap '"$root/demo/private-postgres.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

measure() {  # DATABASE -> the program's two lines
    "$cli" init --db "$1" --seed "$root/config/demo-seed.toml" >/dev/null
    QT_LOGGING_RULES='aktivkafe.*=false' "$bin" "$1" "$runs" "$each"
}
sqlite=$(measure "$work/cafe.sqlite")
url=$("$root/demo/private-postgres.sh" start "$work/pg")
postgres=$(measure "$url")
echo "SQLite:     $sqlite" | tr '\n' ' '; echo
echo "PostgreSQL: $postgres" | tr '\n' ' '; echo

value() { grep -oE "$2=[0-9.]+" <<<"$1" | head -n 1 | cut -d= -f2; }
verdict() { awk -v v="$1" 'BEGIN { print (v <= 200 ? "met" : "NOT met") }'; }
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)

row() {  # NAME OUTPUT
    echo "| $1 | $(value "$2" p50_ms) ms | $(value "$2" p95_ms) ms | $(value "$2" p99_ms) ms | $(value "$2" max_ms) ms | ≤ 200 ms at p99 | $(verdict "$(value "$2" p99_ms)") | $(value "$2" per_s) per second |"
}
section=$(cat <<MD
<!-- bench:feed:begin (written by bench/feed.sh; edits inside are replaced on the next run) -->

Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`bench/feed.sh\` (\`ak-bench-change-feed\`, \`bench/feed/main.cpp\`):
a kiosk process redeems a coffee card $runs times, one every 50 ms; the till process hears it through
\`ChangeFeed\` and re-reads its "From the kiosk" list as TillApp does. Timed from the kiosk's commit
to the list holding the new item (one machine, so one monotonic clock for both). PostgreSQL 15 on a
Unix socket (a private server, \`fsync=off\` as in the tests: the figures are of the feed, not the
disk); SQLite in WAL mode with synchronous=FULL. Then a kiosk and two tills redeem one card
$each times each as fast as they can (every write takes the café's write lock): all $((3 * each)) succeed, once each.

Machine: $(nproc) CPU(s), ${cpu:-unknown CPU}, Linux $(uname -r).

| database | p50 | p95 | p99 | max | target | result | 3 processes redeeming |
|---|---|---|---|---|---|---|---|
$(row "PostgreSQL (NOTIFY)" "$postgres")
$(row "SQLite (data_version every 100 ms)" "$sqlite")
<!-- bench:feed:end -->
MD
)
write_section feed "$doc" "$section"
