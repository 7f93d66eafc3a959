#!/usr/bin/env bash
# Sale commit benchmark: time from the Pay tap to the sale committed durably (WAL,
# synchronous=FULL) and the next frame shown, on a database already holding 1,000,000 sales,
# against a bare one-row SQLite insert with the same durability on the same disk in the same run.
#
#   bench/sales.sh [BINARY]
#
#   BINARY        default $BUILD_DIR/bin/ak-bench-sale-commit   (BUILD_DIR default: build/release)
#
# Environment:
#   AK_BENCH_CACHE  folder of the filled database, reused between runs (default $BUILD_DIR/bench-cache;
#                   the first run builds it: a few minutes, about 1 GB). The measured sales go to
#                   a fresh copy in the same folder, so the figures are for that folder's disk.
#   SALES_FILL      sales already in the database (default 1000000)
#   SALES_RUNS      measured sales (default 1000; 20 unmeasured warm-up sales come first)
#   AK_BENCH_DOC    the file to write (default docs/performance.md); AK_BENCH_DOC=- writes nothing
#   AK_BENCH_STRICT=1  exit 1 when the p99 target is missed (default: measure only, exit 0)
#   SALES_POSTGRES  auto (default): also measure on PostgreSQL when its server is installed
#                   (postgresql-15); 1: must; 0: SQLite only. The server is a private one
#                   (demo/private-postgres.sh ... durable: fsync and synchronous_commit on, Unix
#                   socket) whose cluster lives in the cache folder; the filled café is copied onto it
#                   once (CafeCopy, as `aktivkafe db copy`) and kept there as a template, so later runs
#                   start in seconds. Its figures go beside SQLite's in a section of their own.
#
# The program (bench/sales/main.cpp) prints percentiles; this script writes them with the machine's
# description into a marked section of docs/performance.md (replaced on the next run).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/lib/section.sh
. "$here/lib/section.sh"
root=$(dirname "$here")
build=${BUILD_DIR:-$root/build/release}
bin=${1:-$build/bin/ak-bench-sale-commit}
cache=${AK_BENCH_CACHE:-$build/bench-cache}
fill=${SALES_FILL:-1000000}
runs=${SALES_RUNS:-1000}
doc=${AK_BENCH_DOC:-$root/docs/performance.md}
target_ms=33

[[ -x $bin ]] || { echo "sales.sh: $bin is not an executable; build it first (bench/run does)" >&2; exit 2; }
for n in "$fill" "$runs"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "sales.sh: SALES_FILL and SALES_RUNS must be positive numbers" >&2; exit 2; }
done
mkdir -p "$cache"
work=$(mktemp -d "${TMPDIR:-/tmp}/ak-bench-sales.XXXXXX")
pgdir=$(cd "$cache" && pwd)/postgres  # a Unix socket folder: absolute
pg_started=0
cleanup() {
    if [[ $pg_started == 1 ]]; then "$root/demo/private-postgres.sh" stop "$pgdir"; fi
    rm -rf "$work"; rm -f "$cache"/work-sale-commit.sqlite* "$cache"/work-bare-insert.sqlite*
}
trap cleanup EXIT
mkdir -m 0700 "$work/xdg"

echo "sales.sh: $runs sales on $fill, cache $cache"
if ! QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/xdg \
    "$bin" --cache "$cache" --sales "$fill" --runs "$runs" >"$work/out" 2> >(tee "$work/err" | grep -E '^(building|filler)' >&2); then
    echo "sales.sh: $bin failed:" >&2
    tail -n 20 "$work/err" >&2
    exit 1
fi
cat "$work/out"

# value KEY FIELD -> FIELD=... of the line starting with KEY
value() { awk -v k="$1" -v f="$2" '$1 == k { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == f) print kv[2] } }' "${3:-$work/out}"; }
line() { grep -m1 "^$1" "${3:-$work/out}" | tr ' ' '\n' | awk -F= -v f="$2" '$1 == f { print $2 }'; }
row() {  # row KEY LABEL
    printf '| %s | %s | %s | %s | %s |\n' "$2" "$(value "$1" p50)" "$(value "$1" p90)" "$(value "$1" p99)" "$(value "$1" max)"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

p99=$(value pay_to_frame_ms p99)
sign_p99=$(awk -v a="$(value pay_to_frame_signed_ms p99)" -v b="$(value pay_to_frame_unsigned_ms p99)" 'BEGIN { printf "%.3f", a - b }')
sign_p50=$(awk -v a="$(value pay_to_frame_signed_ms p50)" -v b="$(value pay_to_frame_unsigned_ms p50)" 'BEGIN { printf "%.3f", a - b }')
sign_verdict=$(awk -v d="$sign_p99" 'BEGIN { print (d <= 1.0) ? "met" : "NOT met" }')
verdict=$(awk -v p="$p99" -v t="$target_ms" 'BEGIN { print (p < t) ? "met" : "NOT met" }')
ratio50=$(ratio "$(value pay_to_frame_ms p50)" "$(value bare_insert_ms p50)")
ratio99=$(ratio "$p99" "$(value bare_insert_ms p99)")
commit_ratio50=$(ratio "$(value commit_ms p50)" "$(value bare_insert_ms p50)")
commit_ratio99=$(ratio "$(value commit_ms p99)" "$(value bare_insert_ms p99)")
missed=$(line missed_frames missed_frames)
built_s=$(line filler built_s)
verify_s=$(line filler verify_s)
if grep -q '^filler built' "$work/out"; then
    filler="built in this run in $built_s s (and its journal verified in $verify_s s)"
else
    filler="reused from the cache (built by an earlier run${built_s:+ in $built_s s, its journal verified in $verify_s s})"
fi

cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
qt=$(qtpaths6 --qt-version 2>/dev/null || pkg-config --modversion Qt6Core 2>/dev/null || echo unknown)
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$(dirname "$(dirname "$bin")")/CMakeCache.txt" 2>/dev/null || true)
read -r fs_dev fs_type < <(df -T "$cache" | awk 'NR == 2 { print $1, $2 }')

section=$(cat <<MD
<!-- bench:sales:begin (written by bench/sales.sh; edits inside are replaced on the next run) -->
## Sale: Pay tap to sale durable and next frame

Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`bench/sales.sh\` (\`ak-bench-sale-commit\`): $runs sales, after 20
unmeasured ones, on a database already holding $(line sales_in_db sales_in_db)
sales (journal_mode=$(line sales_in_db journal_mode), synchronous=$(line sales_in_db synchronous) — 2 is FULL — as \`Database::open\` sets them).

Each sale is the typical two-line cash sale (coffee and waffle, paid with a 50-kr note) rung up
beforehand; the clock starts at the Pay tap, covers the payment plan, \`SaleRepository::complete()\` (BEGIN
IMMEDIATE, receipt number, sale rows, journal entry, COMMIT with fsync) and setting the receipt number
and total on a small \`QQuickView\` (\`bench/sales/Frame.qml\`), and stops at that view's next
\`frameSwapped\` (platform $(line graphics_api platform), graphics API $(line graphics_api graphics_api); $missed frame(s) missed, i.e. not
shown within 2 s). The bare insert is one row into a one-table SQLite file with journal_mode=WAL and
synchronous=FULL, through Qt SQL, in the same folder, timed right after each sale. Printing the
receipt (the print queue) is not part of the measure. The offscreen platform renders in software
without vsync: on the kiosk's screen the frame part can take up to one refresh (16.7 ms at 60 Hz)
more, which the p99 target leaves room for.

The filled database was $filler; each run measures on a fresh copy of it, flushed to disk (fsync)
before the first sale. The filler copies one real sale's rows with SQL instead of going
through the repository (for speed; see \`bench/sales/SaleFiller.h\`): consecutive receipt numbers,
real lines, payments, VAT rows and journal entries with a valid hash chain and each sale's own digest.

Machine: $(nproc) CPU(s), ${cpu:-unknown CPU}, Linux $(uname -r), Qt $qt, ${build_type:-unknown} build; database folder on $fs_type ($fs_dev);
load average $(cut -d' ' -f1-3 /proc/loadavg) when the run ended (the tails move with whatever else uses the disk).

| measure (ms) | p50 | p90 | p99 | max |
|---|---|---|---|---|
$(row pay_to_frame_ms "Pay tap → durable → next frame")
$(row commit_ms "of which the commit (Pay tap → complete() returned)")
$(row frame_ms "of which the frame (complete() returned → frameSwapped)")
$(row bare_insert_ms "bare SQLite insert, WAL + synchronous=FULL")
$(row start_check_ms "the till's start check (IntegrityGate, 21 runs before the sales)")
$(row pay_to_frame_signed_ms "Pay tap → next frame, the signed half (RSA-SHA1)")
$(row pay_to_frame_unsigned_ms "Pay tap → next frame, the unsigned half")
$(row sign_only_ms "one RSA-SHA1 signature alone (SigningKey::sign)")

Signing (issue 13): every other sale was signed as the till does with \`[compliance] signing =
"rsa-sha1"\` (the previous signature read, the text signed with a 1024-bit key, inside the sale's
transaction): the signed half's p99 is **${sign_p99} ms** above the unsigned half's (${sign_p50} ms at p50); target at
most 1 ms — **${sign_verdict}**. The signature itself takes $(value sign_only_ms p50) ms (p99 $(value sign_only_ms p99) ms);
a p99 of 500 sales moves by more than that with the disk's mood (see the max column), so a
miss here on a busy machine is worth a second run before it is believed.

Ratio to the bare insert: **${ratio50}×** at p50, **${ratio99}×** at p99 (the commit alone: ${commit_ratio50}× at p50,
${commit_ratio99}× at p99).
Target: p99 under ${target_ms} ms (two frames at 60 Hz) — **${verdict}** (p99 ${p99} ms).

Each sale's journal entry carries the digest of its rows (issue 10), read back inside the sale's
transaction: it is part of every commit above. The till's start check reads the newest 256 journal
entries and the sales they record, whatever the database's size; the whole \`aktivkafe journal verify\`
(every entry, every sale against its entry) took $(line full_verify s) s on these $(line full_verify entries) entries.
<!-- bench:sales:end -->
MD
)

echo "$section" | sed -n '/^| /p;/^Ratio/p;/^Target/p'

write_section sales "$doc" "$section"

# The same on PostgreSQL, beside the SQLite figures above (issue 14).
postgres=${SALES_POSTGRES:-auto}
if [[ $postgres == auto ]]; then
    if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then postgres=1; else
        echo "sales.sh: PostgreSQL's server is not installed (apt-get install postgresql-15); measured on SQLite only" >&2
        postgres=0
    fi
fi
if [[ $postgres == 1 ]]; then
    url=$("$root/demo/private-postgres.sh" start "$pgdir" durable)
    pg_started=1
    server_url="postgresql://aktivkafe@/ak_bench_work?host=$pgdir"
    echo "sales.sh: $runs sales on $fill on PostgreSQL (${url%%\?*}, durable)"
    if ! QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/xdg \
        "$bin" --cache "$cache" --sales "$fill" --runs "$runs" --postgres "$server_url" >"$work/pgout" \
        2> >(tee "$work/pgerr" | grep -E '^(building|filler|copying|copied)' >&2); then
        echo "sales.sh: $bin --postgres failed:" >&2
        tail -n 20 "$work/pgerr" >&2
        exit 1
    fi
    cat "$work/pgout"
    pg() { value "$1" "$2" "$work/pgout"; }
    both() {  # both KEY LABEL
        printf '| %s | %s | %s | %s | %s |\n' "$2" "$(value "$1" p50)" "$(value "$1" p99)" "$(pg "$1" p50)" "$(pg "$1" p99)"
    }
    pg_p99=$(pg pay_to_frame_ms p99)
    pg_verdict=$(awk -v p="$pg_p99" -v t="$target_ms" 'BEGIN { print (p < t) ? "met" : "NOT met" }')
    server_line=$(grep -m1 '^server ' "$work/pgout" | cut -d' ' -f2-)
    pg_version=$("$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/postgres" --version | awk '{ print $3 }')
    if grep -q '^template built' "$work/pgout"; then
        template="copied onto the server in this run from the SQLite café above, in $(grep -m1 '^template built' "$work/pgout" | sed 's/.*s=//') s (\`CafeCopy\`, which analyses the copy, then \`VACUUM\`)"
    else
        template="reused: a template database the first run copied onto the server from the SQLite café above (\`CafeCopy\`, which analyses the copy, then \`VACUUM\`)"
    fi
    pg_section=$(cat <<MD
<!-- bench:sales-postgres:begin (written by bench/sales.sh; edits inside are replaced on the next run) -->
## Sale on PostgreSQL: Pay tap to sale durable and next frame, beside SQLite

Measured $(date -u '+%Y-%m-%d %H:%M UTC') in the same \`bench/sales.sh\` run as the SQLite section above, right after
it: the same program, the same $runs sales after 20 unmeasured ones, on the same café of $(line sales_in_db sales_in_db "$work/pgout")
sales, but on PostgreSQL $pg_version on this machine, over its Unix socket (a private cluster in the
benchmark's cache folder, started by \`demo/private-postgres.sh ... durable\`: $server_line).
The café is $template; each run makes a fresh database from it (\`CREATE DATABASE ... TEMPLATE\`, then a
CHECKPOINT). Each sale's write takes the café's write lock first (\`pg_advisory_xact_lock\` and the
transaction's id, one round trip), as every write on a server does (issue 14). The bare insert here is one
row into a one-table database on the same server, autocommitted.

| measure (ms) | SQLite p50 | SQLite p99 | PostgreSQL p50 | PostgreSQL p99 |
|---|---|---|---|---|
$(both pay_to_frame_ms "Pay tap → durable → next frame")
$(both commit_ms "of which the commit (Pay tap → complete() returned)")
$(both frame_ms "of which the frame (complete() returned → frameSwapped)")
$(both bare_insert_ms "bare insert on the same database engine")
$(both start_check_ms "the till's start check (IntegrityGate, 21 runs)")
$(both pay_to_frame_signed_ms "Pay tap → next frame, the signed half (RSA-SHA1)")
$(both pay_to_frame_unsigned_ms "Pay tap → next frame, the unsigned half")

Target on PostgreSQL: p99 under ${target_ms} ms — **${pg_verdict}** (p99 ${pg_p99} ms; SQLite's ${p99} ms).
$(line missed_frames missed_frames "$work/pgout") frame(s) missed. The whole \`journal verify\` took $(line full_verify s "$work/pgout") s on the server
($(line full_verify s) s on SQLite).
<!-- bench:sales-postgres:end -->
MD
)
    echo "$pg_section" | sed -n '/^| /p;/^Target/p'
    write_section sales-postgres "$doc" "$pg_section"
    if [[ ${AK_BENCH_STRICT:-0} == 1 && $pg_verdict != met ]]; then exit 1; fi
fi

if [[ ${AK_BENCH_STRICT:-0} == 1 && $verdict != met ]]; then exit 1; fi
