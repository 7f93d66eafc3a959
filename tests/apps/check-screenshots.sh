#!/usr/bin/env bash
# Runs an app with --screenshot on a freshly seeded demo café (so lists, card types and figures
# have something to show) and checks that every screen in every language became a PNG.
# Usage: check-screenshots.sh APP_BINARY APP_NAME OUT_DIR EXPECTED_COUNT AKTIVKAFE_CLI SEED CONFIG...
set -euo pipefail
app=$1 name=$2 out=$3 expected=$4 cli=$5 seed=$6
shift 6
rm -rf "$out"
mkdir -p "$out"
"$cli" init --db "$out/cafe.sqlite" --seed "$seed" > /dev/null
"$app" --screenshot "$out" "$@" --db "$out/cafe.sqlite"
count=$(find "$out" -name "$name-*.png" -size +1k | wc -l)
if [ "$count" -ne "$expected" ]; then
  echo "expected $expected screenshots of $name, found $count" >&2
  exit 1
fi
echo "$count screenshots of $name in $out"
