#!/usr/bin/env bash
# Makes the manual's pictures from the apps themselves, so that they show what the apps show today:
# docs/manual/images/nb/*.png and docs/manual/images/en/*.png, the same pictures in Norwegian and in
# English. Single screens come from the apps' --screenshot mode; screens in the middle of a task come
# from the demo's scripted walkthrough (demo/walkthrough/*.walk) followed by the manual's own steps
# (docs/manual/walkthrough/*.walk), run once with the screens in Norwegian and once in English.
# Only the pictures in the table below are kept, made smaller with pngquant.
#
# Usage: docs/manual/make-screenshots.sh [BIN_DIR] [OUT_DIR]
#   BIN_DIR  the folder with aktivkafe, aktivkafe-kiosk and aktivkafe-pos (default: build/main/bin)
#   OUT_DIR  where the pictures go (default: docs/manual/images); the test docs_manual writes into a
#            temporary folder and compares (tests/docs/check-manual.sh)
# Takes about three minutes. Commit the changed pictures with the text that needs them.
set -euo pipefail
manual=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$manual/../.." && pwd)
bin=$(cd "${1:-$root/build/main/bin}" && pwd)
out=${2:-$manual/images}
langs=(nb en)

# picture name              made from: shots/FILE (--screenshot; LANG is the picture's language) or
#                             walk/SHOT (a 'shot' of the walkthrough run in the picture's language)
pictures=(
  "kiosk-welcome            shots/kiosk-welcome-LANG"
  "kiosk-checked-in         walk/25-kiosk-checked-in"
  "kiosk-coffee             walk/21-kiosk-enjoy"
  "kiosk-signed-up          walk/28-kiosk-signed-up"
  "kiosk-ask-a-volunteer    walk/90-kiosk-ask-a-volunteer"
  "till-login               walk/04-till-who-is-on-shift"
  "till-float               walk/05b-till-float-counted"
  "till-sale                walk/07-till-coffee-and-waffle"
  "till-payment             walk/09-till-paid-with-50"
  "till-from-the-kiosk      walk/22-till-from-the-kiosk"
  "till-count               walk/37-till-count-difference-explained"
  "till-training            walk/91-till-training"
  "manager-day-close        walk/39-till-day-close-x-preview"
  "manager-statistics       walk/33-till-statistics"
)

command -v pngquant > /dev/null || { echo "make-screenshots: pngquant is missing (scripts/setup installs it)" >&2; exit 1; }
for app in aktivkafe aktivkafe-kiosk aktivkafe-pos; do
  [ -x "$bin/$app" ] || { echo "make-screenshots: no $bin/$app: build first (scripts/build)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/aktivkafe-manual.XXXXXX)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR=$work/runtime
  mkdir -m 700 "$XDG_RUNTIME_DIR"
fi
started=$SECONDS

# 1. Every screen of the kiosk in every language, on a fresh demo café (as apps_kiosk_screenshots).
mkdir -p "$work/shots"
"$bin/aktivkafe" init --db "$work/shots/cafe.sqlite" --seed "$root/config/demo-seed.toml" > /dev/null
"$bin/aktivkafe-kiosk" --screenshot "$work/shots" --config "$root/config/aktivkafe.toml" \
  --config "$root/tests/apps/selftest-overlay.toml" --db "$work/shots/cafe.sqlite" > "$work/shots.log" 2>&1 ||
  { cat "$work/shots.log" >&2; echo "make-screenshots: the kiosk's --screenshot failed" >&2; exit 1; }

# 2. The walkthrough, once per language, both at once (they mostly wait for the screens). In
# Norwegian the demo's steps run as they are. In English the café offers English first, so every
# screen starts in English; the demo's steps check Norwegian words on the screens ('expect') and on
# the print-outs ('printed'; a test page is printed in the screen's language), so there they only
# wait for the item, or for any print-out, and a moment.
pids=()
for lang in "${langs[@]}"; do
  walks=$work/walks-$lang
  mkdir -p "$walks"
  overlay=
  if [ "$lang" = nb ]; then
    cp "$root"/demo/walkthrough/*.walk "$manual"/walkthrough/*.walk "$walks/"
  else
    for walk in "$root"/demo/walkthrough/*.walk "$manual"/walkthrough/*.walk; do
      sed -E -e 's/^([[:space:]]*)expect[[:space:]]+([^[:space:]]+).*/\1wait \2\n\1sleep 300/' \
        -e 's/^([[:space:]]*)printed([[:space:]].*)?$/\1printed\n\1sleep 300/' "$walk" > "$walks/$(basename "$walk")"
    done
    overlay=$work/overlay-$lang.toml
    printf '[cafe]\nlanguages = ["%s", "nb", "da"]\n[kiosk]\nlanguages = ["%s", "nb", "da"]\n' "$lang" "$lang" > "$overlay"
  fi
  AK_WALK_DIR=$walks AK_WALK_CONFIG=$overlay "$root/demo/run-walkthrough.sh" "$bin" "$work/walk-$lang" \
    > "$work/walk-$lang.log" 2>&1 &
  pids+=($!)
done
stopped=0
for i in "${!langs[@]}"; do
  if ! wait "${pids[$i]}"; then
    tail -n 30 "$work/walk-${langs[$i]}.log" >&2
    echo "make-screenshots: the walkthrough in ${langs[$i]} stopped (above)" >&2
    stopped=1
  fi
done
[ "$stopped" -eq 0 ] || exit 1

# 3. The pictures the manual shows, smaller (pngquant: 256 colours are plenty for these screens).
missing=0
for lang in "${langs[@]}"; do
  mkdir -p "$out/$lang"
  rm -f "$out/$lang"/*.png
  for row in "${pictures[@]}"; do
    read -r name from <<< "$row"
    case "$from" in
      shots/*) from=${from//LANG/$lang}; src=$work/shots/${from#shots/}.png ;;
      walk/*) src=$work/walk-$lang/screens/${from#walk/}.png ;;
      *) echo "make-screenshots: '$from' is neither shots/… nor walk/…" >&2; exit 1 ;;
    esac
    if [ ! -f "$src" ]; then
      echo "make-screenshots: $lang/$name.png: the apps made no $(basename "$src") (was the screen or the shot renamed?)" >&2
      missing=1
      continue
    fi
    pngquant --quality=60-90 --speed 1 --strip --force --output "$out/$lang/$name.png" "$src" ||
      cp "$src" "$out/$lang/$name.png"
  done
done
[ "$missing" -eq 0 ] || exit 1
echo "make-screenshots: $(find "$out" -name '*.png' | wc -l) pictures in $out ($((SECONDS - started)) s)"
