#!/usr/bin/env bash
# Startup benchmark: time from process start to first frame, and peak memory, of the kiosk against
# a bare Qt Quick window with one Button built with the same toolchain.
#
#   bench/startup.sh [KIOSK_BINARY] [BARE_BINARY] [RUNS]
#
#   KIOSK_BINARY  default $BUILD_DIR/bin/aktivkafe-kiosk   (BUILD_DIR default: build/release)
#   BARE_BINARY   default $BUILD_DIR/bin/ak-bench-bare-window
#   RUNS          measured runs of each binary, default 15; they alternate kiosk, bare, kiosk, ...
#
# Environment:
#   KIOSK_ARGS    extra arguments for the kiosk (split on spaces); "@RUN_DIR@" in them becomes a
#                 fresh empty folder for each run (for printer output, say). The kiosk never
#                 makes a café: a --db must name one made by 'aktivkafe init'.
#   BARE_ARGS     the same for the baseline
#   WARMUP        unmeasured runs of each binary first (default 1: fills the page cache)
#   RUN_TIMEOUT   seconds before a run that shows no frame is killed (default 60)
#   AK_BENCH_DOC  the file to write (default docs/performance.md); AK_BENCH_DOC=- writes nothing
#   AK_BENCH_STRICT=1  exit 1 when a ratio is over its target (default: measure only, exit 0)
#
# Each run: QT_QPA_PLATFORM=offscreen, a fresh 0700 XDG_RUNTIME_DIR, --first-frame-probe T0_NS taken
# just before exec; the program's FirstFrameReport (qml/Ui/FirstFrameReport.h) prints
# "first_frame_ms=... peak_rss_kb=..." at its first frame and quits. The script writes medians,
# min/max and the ratios kiosk/bare into a marked section of docs/performance.md (replaced on the
# next run) and prints the same table.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/lib/section.sh
. "$here/lib/section.sh"
root=$(dirname "$here")
build=${BUILD_DIR:-$root/build/release}
kiosk=${1:-$build/bin/aktivkafe-kiosk}
bare=${2:-$build/bin/ak-bench-bare-window}
runs=${3:-15}
warmup=${WARMUP:-1}
run_timeout=${RUN_TIMEOUT:-60}
doc=${AK_BENCH_DOC:-$root/docs/performance.md}
read -r -a kiosk_args <<<"${KIOSK_ARGS:-}"
read -r -a bare_args <<<"${BARE_ARGS:-}"
target=1.5

for bin in "$kiosk" "$bare"; do
    [[ -x $bin ]] || { echo "startup.sh: $bin is not an executable; build it first (bench/run does)" >&2; exit 2; }
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "startup.sh: RUNS must be a positive number, not '$runs'" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/ak-bench-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT
log=$work/stderr.log

# run_once BINARY ARGS... -> prints "ms kb"
run_once() {
    local bin=$1
    shift
    local dir
    dir=$(mktemp -d "$work/run.XXXXXX")
    mkdir -m 0700 "$dir/xdg"
    local args=("${@//@RUN_DIR@/$dir}")
    (
        cd "$dir"
        export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$dir/xdg AK_BENCH_RUN_DIR=$dir
        # EPOCHREALTIME is microseconds with a dot: no fork for a clock, right before exec.
        exec "$bin" --first-frame-probe "${EPOCHREALTIME/./}000" "${args[@]}"
    ) >"$dir/out" 2>>"$log" &
    local pid=$!
    sleep "$run_timeout" &
    local watchdog=$! finished=""
    wait -n -p finished "$pid" "$watchdog" || true
    if [[ $finished == "$watchdog" ]]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        echo "startup.sh: $bin showed no frame within ${run_timeout}s" >&2
        return 1
    fi
    kill "$watchdog" 2>/dev/null || true
    wait "$watchdog" 2>/dev/null || true
    local line
    line=$(grep -m1 -E '^first_frame_ms=[0-9.]+ peak_rss_kb=[0-9]+' "$dir/out" || true)
    if [[ -z $line ]]; then
        echo "startup.sh: $bin ${args[*]} did not print the first-frame line (is FirstFrameReport attached?)" >&2
        tail -n 20 "$log" >&2
        return 1
    fi
    rm -rf "$dir"
    sed -E 's/^first_frame_ms=([0-9.]+) peak_rss_kb=([0-9]+).*/\1 \2/' <<<"$line"
}

# stats FILE COLUMN -> "median min max"
stats() {
    awk -v c="$2" '{ print $c }' "$1" | sort -g | awk '
        { v[NR] = $1 }
        END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1], v[NR] }'
}

echo "startup.sh: $warmup warm-up and $runs measured runs each of"
echo "  kiosk: $kiosk ${kiosk_args[*]:-}"
echo "  bare:  $bare ${bare_args[*]:-}"
for ((i = 0; i < warmup; i++)); do
    run_once "$kiosk" "${kiosk_args[@]}" >/dev/null
    run_once "$bare" "${bare_args[@]}" >/dev/null
done
: >"$work/kiosk" && : >"$work/bare"
for ((i = 1; i <= runs; i++)); do
    run_once "$kiosk" "${kiosk_args[@]}" >>"$work/kiosk"
    run_once "$bare" "${bare_args[@]}" >>"$work/bare"
    printf '\r  run %d/%d' "$i" "$runs"
done
echo

read -r k_ms k_ms_min k_ms_max < <(stats "$work/kiosk" 1)
read -r b_ms b_ms_min b_ms_max < <(stats "$work/bare" 1)
read -r k_kb k_kb_min k_kb_max < <(stats "$work/kiosk" 2)
read -r b_kb b_kb_min b_kb_max < <(stats "$work/bare" 2)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v t="$target" 'BEGIN { print (r <= t) ? "pass" : "FAIL" }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
ms() { awk -v m="$1" 'BEGIN { printf "%.1f", m }'; }
time_ratio=$(ratio "$k_ms" "$b_ms")
mem_ratio=$(ratio "$k_kb" "$b_kb")
time_verdict=$(verdict "$time_ratio")
mem_verdict=$(verdict "$mem_ratio")

cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
qt=$(qtpaths6 --qt-version 2>/dev/null || pkg-config --modversion Qt6Core 2>/dev/null || echo unknown)
same_note=""
if [[ $(readlink -f "$kiosk") == $(readlink -f "$bare") ]]; then
    same_note=$'\n'"Both columns are the same program (\`$(basename "$bare")\`): the kiosk was not measured, and the ratios show only the noise of the method."$'\n'
fi

section=$(cat <<MD
<!-- bench:startup:begin (written by bench/startup.sh; edits inside are replaced on the next run) -->
## Startup: kiosk against a bare Qt Quick window

Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`bench/startup.sh\`: $runs runs of each program, alternating,
after $warmup unmeasured warm-up run(s) each; \`QT_QPA_PLATFORM=offscreen\`, a fresh \`XDG_RUNTIME_DIR\` per run.
Time is from just before \`exec\` to the first \`frameSwapped\` of the window; memory is the peak resident
set (VmHWM) at that moment. Target: the kiosk within **${target}×** of the bare window on both.

Machine: $(nproc) CPU(s), ${cpu:-unknown CPU}, Linux $(uname -r), Qt $qt.
Kiosk: \`$(basename "$kiosk")${kiosk_args[*]:+ ${kiosk_args[*]//$root\//}}\`; baseline: \`$(basename "$bare")${bare_args[*]:+ ${bare_args[*]//$root\//}}\` (one Window, one Button, 1280×800); both built in \`${build#$root/}\`.
$same_note
| measure | kiosk median (min–max) | bare window median (min–max) | ratio | target | result |
|---|---|---|---|---|---|
| time to first frame | $(ms "$k_ms") ms ($(ms "$k_ms_min")–$(ms "$k_ms_max")) | $(ms "$b_ms") ms ($(ms "$b_ms_min")–$(ms "$b_ms_max")) | ${time_ratio}× | ≤ ${target}× | $time_verdict |
| peak memory | $(mb "$k_kb") MB ($(mb "$k_kb_min")–$(mb "$k_kb_max")) | $(mb "$b_kb") MB ($(mb "$b_kb_min")–$(mb "$b_kb_max")) | ${mem_ratio}× | ≤ ${target}× | $mem_verdict |
<!-- bench:startup:end -->
MD
)

echo "$section" | sed -n '/^| /p'

write_section startup "$doc" "$section"

if [[ ${AK_BENCH_STRICT:-0} == 1 && ($time_verdict == FAIL || $mem_verdict == FAIL) ]]; then exit 1; fi
