#!/usr/bin/env bash
# A café's first start (issue 15), by touch through the real till: with the configuration the Debian
# package ships (cafe_file set) and no café yet, the till opens its wizard; the walkthroughs answer it
# in Norwegian (tests/apps/first-start/nb.walk, with a missing name, a mistyped organisation number and
# two different PINs on the way) and in English (en.walk, a café in Denmark). Then `aktivkafe` reads
# the result back (the SAF-T export reads the café's name, organisation number and country from the
# configuration), and the till started again shows its login, where the new manager logs in. The
# kiosk before the café shows a calm "not ready" screen, and one left running becomes the café's
# kiosk by itself once the till has made the café.
# Usage: check-first-start.sh BIN_DIR SOURCE_DIR OUT_DIR
set -euo pipefail
bin=$1 src=$2 out=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
kiosk=
trap '[ -n "$kiosk" ] && kill "$kiosk" 2>/dev/null' EXIT
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

# A café's folder as the package has it: the shipped configuration, the data and the wizard's file beside it.
new_pc() {
  mkdir -p "$1/data"
  sed -e 's|^#cafe_file = .*|cafe_file = "data/cafe.toml"|' -e 's|^path = ""|path = "data/aktivkafe.sqlite"|' \
    "$src/config/aktivkafe.toml" > "$1/aktivkafe.toml"
  grep -q '^cafe_file = "data/cafe.toml"' "$1/aktivkafe.toml" || fail "the shipped configuration has no #cafe_file line to set"
}

for lang in nb en; do
  pc=$out/$lang
  new_pc "$pc"
  if [ "$lang" = nb ]; then
    # The kiosk before there is a café: a calm screen, not an error.
    "$bin/aktivkafe-kiosk" --config "$pc/aktivkafe.toml" --screenshot "$pc/kiosk-before" > "$pc/kiosk-before.log" 2>&1 ||
      fail "the kiosk before the café: $(tail -n 20 "$pc/kiosk-before.log")"
    [ -f "$pc/kiosk-before/kiosk-not-set-up-notSetUp-nb.png" ] || fail "the kiosk showed no 'not set up' screen: $(ls "$pc/kiosk-before")"
  else
    # A kiosk already running when the till makes the café becomes the café's kiosk by itself.
    "$bin/aktivkafe-kiosk" --config "$pc/aktivkafe.toml" > "$pc/kiosk.log" 2>&1 &
    kiosk=$!
  fi
  "$bin/aktivkafe-pos" --config "$pc/aktivkafe.toml" --walkthrough "$src/tests/apps/first-start/$lang.walk" \
    --out "$pc/screens" > "$pc/wizard.log" 2>&1 || fail "the $lang wizard: $(tail -n 20 "$pc/wizard.log")"
  [ -f "$pc/data/aktivkafe.sqlite" ] || fail "the $lang wizard made no database"
  [ -f "$pc/data/cafe.toml" ] || fail "the $lang wizard wrote no settings"
done

# The kiosk that waited is the café's kiosk now: same program (it started again as itself), holding its station.
for _ in $(seq 100); do
  [ "$(sqlite3 "$out/en/data/aktivkafe.sqlite" "SELECT count(*) FROM station_leases WHERE pid = $kiosk" 2>/dev/null)" = 1 ] && break
  kill -0 "$kiosk" 2>/dev/null || fail "the waiting kiosk stopped: $(tail -n 20 "$out/en/kiosk.log")"
  sleep 0.2
done
[ "$(sqlite3 "$out/en/data/aktivkafe.sqlite" "SELECT count(*) FROM station_leases WHERE pid = $kiosk")" = 1 ] ||
  fail "the waiting kiosk did not become the café's kiosk: $(tail -n 20 "$out/en/kiosk.log")"
kill "$kiosk"
wait "$kiosk" 2>/dev/null || true
kiosk=

# Read back by the command line: Norway's café is exported as SAF-T with its name and number ...
"$bin/aktivkafe" saft export --config "$out/nb/aktivkafe.toml" -o "$out/nb/saft.xml" > "$out/nb/saft.log" 2>&1 ||
  fail "aktivkafe saft export on the new café: $(cat "$out/nb/saft.log")"
grep -q '<companyName>Kafé Fyrtårnet</companyName>' "$out/nb/saft.xml" || fail "the SAF-T file does not name Kafé Fyrtårnet"
grep -q '<companyIdent>923609016</companyIdent>' "$out/nb/saft.xml" || fail "the SAF-T file does not carry the organisation number 923609016"
# ... and Denmark's café is known to be in Denmark.
if "$bin/aktivkafe" saft export --config "$out/en/aktivkafe.toml" -o "$out/en/saft.xml" > "$out/en/saft.log" 2>&1; then
  fail "aktivkafe exported SAF-T for the Danish café"
fi
grep -q 'this café is in Denmark' "$out/en/saft.log" || fail "the Danish café is not read as Danish: $(cat "$out/en/saft.log")"
"$bin/aktivkafe" backup --config "$out/en/aktivkafe.toml" > "$out/en/backup.log" 2>&1 ||
  fail "aktivkafe backup of the new café: $(cat "$out/en/backup.log")"

# The till again: no wizard now, its login, and the manager's PIN from the wizard.
"$bin/aktivkafe-pos" --config "$out/nb/aktivkafe.toml" --walkthrough "$src/tests/apps/first-start/login.walk" \
  --out "$out/nb/screens" > "$out/nb/login.log" 2>&1 || fail "the till after the wizard: $(tail -n 20 "$out/nb/login.log")"
echo "first start: two cafés made by touch (nb, en), read back by aktivkafe, and the new manager logged in; screens in $out"
