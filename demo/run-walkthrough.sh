#!/usr/bin/env bash
# Runs the demo's scripted walkthrough headless through the real apps and checks what it left:
# a screenshot for every 'shot' step and the simulated printer's print-outs (text and PNG).
#
# Usage: demo/run-walkthrough.sh BIN_DIR OUT_DIR [DATABASE]
#   Without DATABASE a fresh demo café is created in OUT_DIR. DATABASE may be a postgresql:// URL
#   (scripts/demo --postgres); the register's key is then kept in OUT_DIR/keys. Steps are demo/walkthrough/*.walk
#   in file-name order; the word after the number names the app: NN-kiosk-… or NN-till-….
#   AK_WALK_DIR: run the .walk files of that folder instead; AK_WALK_CONFIG: one more configuration file
#   laid over the demo's (docs/manual/make-screenshots.sh: the demo's steps and the manual's, in English).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$1 out=$2 db=${3:-}
walks=${AK_WALK_DIR:-$root/demo/walkthrough}
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -rf "$out/screens" "$out/printouts"
mkdir -p "$out/screens"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR=$(mktemp -d /tmp/aktivkafe-runtime.XXXXXX)
fi

if [ -z "$db" ]; then
  db="$out/aktivkafe.sqlite"
  # A new café gets a new key: the last run's key file is not registered in the new database, and a
  # till whose key is unregistered refuses to sell (the second run in the same folder stopped there).
  rm -rf "$db" "$db-wal" "$db-shm" "$out/keys"
  "$bin/aktivkafe" init --db "$db" --seed "$root/config/demo-seed.toml" > "$out/demo-staff.txt"
fi
# Sales are signed (the overlay's [compliance]): the register's key, made once per demo café.
case "$db" in
  postgresql:*|postgres:*) key="$out/keys/till.key" ;;
  *) key="$(dirname "$db")/keys/till.key" ;;
esac
"$root/demo/write-overlay.sh" "$db" "$out/printouts" "$out/demo-overlay.toml" "$key"
config=(--config "$root/config/aktivkafe.toml" --config "$out/demo-overlay.toml" ${AK_WALK_CONFIG:+--config "$AK_WALK_CONFIG"})
[ -f "$key" ] || { mkdir -p "$(dirname "$key")"; "$bin/aktivkafe" keys create "${config[@]}" > "$out/demo-key.txt"; }

expected=0
for walk in "$walks"/*.walk; do
  name=$(basename "$walk" .walk)
  app=${name#*-}; app=${app%%-*}
  case "$app" in
    kiosk) exe="$bin/aktivkafe-kiosk" ;;
    till) exe="$bin/aktivkafe-pos" ;;
    *) echo "walkthrough: $walk: the name must be NN-kiosk-… or NN-till-…" >&2; exit 1 ;;
  esac
  expected=$((expected + $(grep -cE '^\s*shot\s' "$walk")))
  echo "walkthrough: $name"
  if grep -q '{{printed-card}}' "$walk"; then
    # A visitor holds the newest printed coffee card under the scanner: what the scanner reads is
    # what zbarimg reads from the QR code on that print-out's image.
    card=$(grep -l '^ *AK1-' "$out"/printouts/job-*.txt 2>/dev/null | sort | tail -n 1 || true)
    if [ -z "$card" ]; then echo "walkthrough: $name needs a printed coffee card, and none was printed" >&2; exit 1; fi
    code=$(zbarimg --raw -q "${card%.txt}.png" | head -n 1)
    if [ -z "$code" ]; then echo "walkthrough: the QR code on ${card%.txt}.png could not be read" >&2; exit 1; fi
    sed "s|{{printed-card}}|$code|g" "$walk" > "$out/$name.walk"
    walk="$out/$name.walk"
  fi
  "$exe" "${config[@]}" --walkthrough "$walk" --out "$out/screens"
done

# After Kari's Z: the month so far as a SAF-T Cash Register file, checked against the official schema
# (xmllint) and its signature chain re-verified with the register's public key.
mkdir -p "$out/saft"
saft="$out/saft/SAF-T_Cash_Register_$(date -u +%Y%m%d%H%M%S).xml"
"$bin/aktivkafe" saft export "${config[@]}" -o "$saft" | tee "$out/saft/export.txt"
xmllint --noout --schema "$root/config/saft/Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd" "$saft"
"$bin/aktivkafe" saft verify "$saft" --public-key "$key.pub.pem" | tee "$out/saft/verify.txt"

shots=$(find "$out/screens" -name '*.png' | wc -l)
prints=$(find "$out/printouts" -name 'job-*.txt' 2>/dev/null | wc -l)
pngs=$(find "$out/printouts" -name 'job-*.png' 2>/dev/null | wc -l)
if [ "$shots" -ne "$expected" ]; then
  echo "walkthrough: $shots screenshots, expected $expected" >&2; exit 1
fi
if [ "$prints" -lt 1 ] || [ "$prints" -ne "$pngs" ]; then
  echo "walkthrough: $prints text and $pngs PNG print-outs; expected at least one of each" >&2; exit 1
fi
echo "walkthrough: $shots screenshots, $prints print-outs (text and PNG) and the SAF-T file $(basename "$saft") in $out"
