#!/usr/bin/env bash
# Runs an app with --screenshot and checks that every screen in every language became a PNG.
# Usage: check-screenshots.sh APP_BINARY APP_NAME OUT_DIR EXPECTED_COUNT CONFIG...
set -euo pipefail
app=$1 name=$2 out=$3 expected=$4
shift 4
rm -rf "$out"
"$app" --screenshot "$out" "$@"
count=$(find "$out" -name "$name-*.png" -size +1k | wc -l)
if [ "$count" -ne "$expected" ]; then
  echo "expected $expected screenshots of $name, found $count" >&2
  exit 1
fi
echo "$count screenshots of $name in $out"
