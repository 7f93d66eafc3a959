#!/usr/bin/env bash
# SAF-T export benchmark: one year of a busy café (200,000 signed sales with lines, payments and
# VAT, a journal entry each, 365 business days with a Z each) exported as a SAF-T Cash Register
# file, and one month of the same café, each in a process of its own. Targets: the year under 20 s
# and under 100 MB peak memory; memory that does not grow with the period (the year's peak within
# 10 % of the month's). The year's file is also checked against the schema (xmllint --stream).
#
#   bench/saft.sh [BINARY]
#
#   BINARY          default $BUILD_DIR/bin/ak-bench-saft   (BUILD_DIR default: build/release)
#   AK_BENCH_CACHE  folder of the filled history, reused between runs (default $BUILD_DIR/bench-cache;
#                   the first run builds and signs it: about a minute)
#   SAFT_SALES      the year's sales (default 200000)
#   AK_BENCH_DOC    the file to write (default docs/performance.md); AK_BENCH_DOC=- writes nothing
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/lib/section.sh
. "$here/lib/section.sh"
root=$(dirname "$here")
build=${BUILD_DIR:-$root/build/release}
bin=${1:-$build/bin/ak-bench-saft}
cache=${AK_BENCH_CACHE:-$build/bench-cache}
sales=${SAFT_SALES:-200000}
doc=${AK_BENCH_DOC:-$root/docs/performance.md}
[[ -x $bin ]] || { echo "saft.sh: $bin is not an executable; build it first (bench/run does)" >&2; exit 2; }
mkdir -p "$cache"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

history=$("$bin" fill "$cache" "$sales" 365 | tail -n 1)
# The history's days run from 1 December 2015 (History.h's kBaseEpoch): the month is January 2016.
month=$("$bin" export "$history" 2016-01-01 2016-01-31 "$work/month.xml")
echo "saft.sh: month: $month"
year=$("$bin" export "$history" 2015-12-01 2016-11-30 "$work/year.xml")
echo "saft.sh: year:  $year"
schema=$root/config/saft/Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd
if xmllint --noout --stream --schema "$schema" "$work/year.xml" 2>"$work/xmllint.txt"; then valid="valid"; else
    valid="NOT valid: $(head -n 3 "$work/xmllint.txt")"
fi
echo "saft.sh: the year's file against the schema: $valid"

# An accountant's check of the year's file: aktivkafe saft verify (schema, then every signature in
# order), its time and its peak memory (VmHWM, read while it runs).
cli=$(dirname "$bin")/aktivkafe
verify_line="not measured (no $cli)"
if [[ -x $cli ]]; then
    sqlite3 "$history" "SELECT public_key FROM signing_keys WHERE version = 1" >"$work/public.pem"
    start=$(date +%s.%N)
    "$cli" saft verify "$work/year.xml" --public-key "$work/public.pem" >"$work/verify.txt" 2>&1 &
    pid=$! peak=0
    while kill -0 "$pid" 2>/dev/null; do
        v=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
        [[ -n $v && $v -gt $peak ]] && peak=$v
        sleep 0.1
    done
    if wait "$pid"; then verdict_verify="every signature verified"; else verdict_verify="FAILED: $(grep -m1 -v '^Schema' "$work/verify.txt")"; fi
    took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
    verify_line="$took s, peak memory $(awk -v kb="$peak" 'BEGIN { printf "%.1f", kb / 1024 }') MB: $verdict_verify"
    echo "saft.sh: saft verify of the year: $verify_line"
fi

value() { echo "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k { print $2 }'; }
mb() { awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'; }
bytes_mb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }
s() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
growth=$(awk -v a="$(value "$month" peak_kb)" -v b="$(value "$year" peak_kb)" 'BEGIN { printf "%.2f", b / a }')
time_ok=$(awk -v ms="$(value "$year" ms)" 'BEGIN { print (ms < 20000) ? "met" : "NOT met" }')
mem_ok=$(awk -v kb="$(value "$year" peak_kb)" -v g="$growth" 'BEGIN { print (kb < 102400 && g <= 1.10) ? "met" : "NOT met" }')
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$(dirname "$(dirname "$bin")")/CMakeCache.txt" 2>/dev/null || true)
row() {  # row LABEL LINE
    printf '| %s | %s | %s | %s | %s MB | %s MB | %s | %s |\n' "$1" "$(value "$2" transactions)" "$(value "$2" reports)" \
        "$(value "$2" checked)" "$(bytes_mb "$(value "$2" bytes)")" "$(mb "$(value "$2" peak_kb)")" "$(s "$(value "$2" ms)") s" \
        "$(s "$(value "$2" cpu_ms)") s"
}

section=$(cat <<MD
<!-- bench:saft:begin (written by bench/saft.sh; edits inside are replaced on the next run) -->
## SAF-T Cash Register export

Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`bench/saft.sh\` (\`ak-bench-saft\`, \`bench/saft/main.cpp\`).
History: a year of a busy café built as in \`bench/dayclose/History.h\` ($sales sales with lines, payments
and VAT rows, a journal entry each, 365 business days with a Z each), every sale then signed in
order with a registered RSA-SHA1 key. Each export is \`SaftExport::write\` to a file, in a process of
its own (peak memory is the process's VmHWM, Qt and SQLite included); it re-checks every signature
as it writes. Targets: the year under 20 s and under 100 MB, and memory that does not grow with the
period (the year's peak at most 1.1× the month's).

Machine: $(nproc) CPU(s), ${cpu:-unknown CPU}, Linux $(uname -r), ${build_type:-unknown} build; load average
$(cut -d' ' -f1-3 /proc/loadavg) when it ended (other work on the machine slows the times, not the memory).

| period | transactions | X/Z reports | signatures checked | file | peak memory | time | CPU |
|---|---|---|---|---|---|---|---|
$(row "January (one month)" "$month")
$(row "December–November (one year)" "$year")

Year against month: peak memory ${growth}×. The year's file against the official schema
(\`xmllint --stream --schema\`): $valid. \`aktivkafe saft verify\` of the year's file (schema with
libxml2's streaming validator, then every signature in order): $verify_line.

| target | result |
|---|---|
| a year in under 20 s | $time_ok |
| under 100 MB, not growing with the period (≤ 1.1× the month) | $mem_ok |
<!-- bench:saft:end -->
MD
)
write_section saft "$doc" "$section"
