#!/usr/bin/env bash
# The apps never make a café (issue 10, item 9): a mistyped --db is refused with a sentence that says
# how a café is made, no folder or file appears, and another program's SQLite file is left as it was.
# Usage: check-no-cafe.sh APP_BINARY CONFIG...
set -euo pipefail
app=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

run() { # run DB: exit code in $code, stderr in $work/err
  code=0
  "$app" --self-test --db "$1" "${configs[@]}" >/dev/null 2>"$work/err" || code=$?
}
configs=("$@")

run "$work/cafee/cafe.sqlite"
[ "$code" -eq 2 ] || fail "a missing folder: exit $code, expected 2"
grep -q "does not exist" "$work/err" || fail "a missing folder is not named: $(cat "$work/err")"
[ ! -e "$work/cafee" ] || fail "the app made the folder $work/cafee"

run "$work/cafe.sqlite"
[ "$code" -eq 2 ] || fail "a missing database: exit $code, expected 2"
grep -q "aktivkafe init --db $work/cafe.sqlite" "$work/err" || fail "no word of aktivkafe init: $(cat "$work/err")"
[ ! -e "$work/cafe.sqlite" ] || fail "the app made a database"

sqlite3 "$work/notes.sqlite" "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('shopping');"
before=$(sha256sum < "$work/notes.sqlite")
run "$work/notes.sqlite"
[ "$code" -eq 2 ] || fail "another program's database: exit $code, expected 2"
grep -q "another program" "$work/err" || fail "another program's database is not named: $(cat "$work/err")"
[ "$(sha256sum < "$work/notes.sqlite")" = "$before" ] || fail "the app changed another program's database"
[ ! -e "$work/notes.sqlite-wal" ] || fail "the app switched another program's database to WAL"
echo "$(basename "$app"): no café made, nothing foreign changed"
