#!/usr/bin/env bash
# Day-close benchmark: the X report the day-close screen shows and the Z report, on ten years of a
# busy café (2,000,000 sales on 3,650 business days, 1,000,000 visits) against a single day.
# Targets: at most 50 ms, and at most twice the single-day time.
#
#   bench/dayclose.sh [BINARY]
#
#   BINARY          default $BUILD_DIR/bin/ak-bench-day-close   (BUILD_DIR default: build/release)
#   AK_BENCH_CACHE  folder of the filled history, reused between runs (default $BUILD_DIR/bench-cache;
#                   the first run builds it: a few minutes, about 2 GB)
#   DAYCLOSE_SALES, DAYCLOSE_VISITS   the history's size (default 2000000 and 1000000)
#   AK_BENCH_DOC    the file to write (default docs/performance.md); AK_BENCH_DOC=- writes nothing
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/lib/section.sh
. "$here/lib/section.sh"
root=$(dirname "$here")
build=${BUILD_DIR:-$root/build/release}
bin=${1:-$build/bin/ak-bench-day-close}
cache=${AK_BENCH_CACHE:-$build/bench-cache}
sales=${DAYCLOSE_SALES:-2000000}
visits=${DAYCLOSE_VISITS:-1000000}
doc=${AK_BENCH_DOC:-$root/docs/performance.md}
target_ms=50

[[ -x $bin ]] || { echo "dayclose.sh: $bin is not an executable; build it first (bench/run does)" >&2; exit 2; }
mkdir -p "$cache"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
echo "dayclose.sh: history of $sales sales and $visits visits, cache $cache"
"$bin" "$cache" "$sales" "$visits" >"$out"
cat "$out"

value() { awk -v k="$1" -v f="$2" '$1 == k { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == f) print kv[2] } }' "$out"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() {  # verdict HISTORY_MS SINGLE_MS
    awk -v h="$1" -v s="$2" -v t="$target_ms" 'BEGIN { print (h <= t && h <= 2 * s) ? "met" : "NOT met" }'
}
row() {  # row LABEL FIELD [judged]: the target is judged on the medians; the p95 rows show the spread
    local h s
    h=$(value history "$2"); s=$(value single "$2")
    printf '| %s | %s | %s | %s× | %s |\n' "$1" "$h" "$s" "$(ratio "$h" "$s")" "${3:+$(verdict "$h" "$s")}"
}
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$(dirname "$(dirname "$bin")")/CMakeCache.txt" 2>/dev/null || true)

section=$(cat <<MD
<!-- bench:dayclose:begin (written by bench/dayclose.sh; edits inside are replaced on the next run) -->
## Day close: X and Z on ten years of history

Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`bench/dayclose.sh\` (\`ak-bench-day-close\`, \`bench/dayclose/main.cpp\`).
History: $(value history days) business days with a Z each, $(value history sales) sales (lines, payments, VAT rows, a journal
entry each) and $(value history visits) visits, copied with SQL from one real day; single: one earlier day.
On both, "today" is a shift of 300 typical sales through \`SaleRepository\`, counted. Then 31 times
each: the X report with the ready-to-close check (what the day-close screen runs: \`DayReport::x\`,
journaled, and \`readyToClose\`), and the Z report (\`DayReport::z\`, in a transaction rolled back
after it so that it can be taken again; the backup before a real Z is not part of it).
Target: at most $target_ms ms, and at most 2× the single day (judged on the medians; the p95 rows show
the spread, which other work on the machine moves).

Machine: $(nproc) CPU(s), ${cpu:-unknown CPU}, Linux $(uname -r), ${build_type:-unknown} build; load average
$(cut -d' ' -f1-3 /proc/loadavg) when the run ended.

| measure (ms) | ten years | single day | ratio | target |
|---|---|---|---|---|
$(row "X report + ready check, median" x_median_ms judged)
$(row "X report + ready check, p95" x_p95_ms)
$(row "Z report, median" z_median_ms judged)
$(row "Z report, p95" z_p95_ms)
<!-- bench:dayclose:end -->
MD
)

write_section dayclose "$doc" "$section"
