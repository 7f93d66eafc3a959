#!/usr/bin/env bash
# The manual (docs/manual) must not go out of date. Fails when a page shows a picture that is not in
# docs/manual/images, a picture there is shown by no page, the Norwegian and the English pages show
# different pictures, a page links to a file that is not there, or the apps no longer make every
# picture the pages show (docs/manual/make-screenshots.sh is run into WORK_DIR: a screen or a
# walkthrough shot that was renamed or removed stops it, and its picture is then missing).
# The pictures themselves are not compared: their dates, times and codes change with every run.
# Usage: check-manual.sh BIN_DIR WORK_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
manual=$root/docs/manual
bin=$1 work=$2
rm -rf "$work"
mkdir -p "$work"
failed=0
problem() { echo "docs_manual: $*" >&2; failed=1; }

# Every link and picture of the manual's pages (and the README's link to it), as "page<TAB>target".
links() {
  local page
  for page in "$manual"/README.md "$manual"/*/*.md "$root"/README.md; do
    { grep -oE '\]\([^)#[:space:]]+' "$page" || true; } | sed 's/^](//' | while read -r target; do
      case "$target" in *://*|mailto:*) continue ;; esac
      printf '%s\t%s\n' "${page#"$root"/}" "$(realpath -m --relative-to="$root" "$(dirname "$page")/$target")"
    done
  done
}
links > "$work/links.txt"

grep -q $'^README.md\tdocs/manual/README.md$' "$work/links.txt" || problem "README.md does not link to docs/manual/README.md"
while IFS=$'\t' read -r page target; do
  [ -e "$root/$target" ] || problem "$page links to $target, which is not there"
done < "$work/links.txt"

# The pictures the pages show, and the pictures in docs/manual/images.
awk -F'\t' '$2 ~ /^docs\/manual\/images\/.*\.png$/ { print $2 }' "$work/links.txt" | sort -u > "$work/shown.txt"
(cd "$root" && find docs/manual/images -name '*.png' | sort) > "$work/committed.txt"
[ -s "$work/shown.txt" ] || problem "no page of docs/manual shows a picture"
while read -r f; do
  problem "$f is shown by no page: take it out of make-screenshots.sh's table and delete it"
done < <(comm -13 "$work/shown.txt" "$work/committed.txt")
# The Norwegian and the English pages show the same screens.
sed -n 's|^docs/manual/images/nb/||p' "$work/shown.txt" > "$work/shown-nb.txt"
sed -n 's|^docs/manual/images/en/||p' "$work/shown.txt" > "$work/shown-en.txt"
while read -r f; do
  problem "only one language's pages show $f (images/nb/ and images/en/ should match)"
done < <(comm -3 "$work/shown-nb.txt" "$work/shown-en.txt" | tr -d '\t')

# What the apps make today.
if ! "$manual/make-screenshots.sh" "$bin" "$work/images" > "$work/make-screenshots.log" 2>&1; then
  cat "$work/make-screenshots.log" >&2
  problem "make-screenshots.sh failed (above)"
fi
(cd "$work/images" 2>/dev/null && find . -name '*.png' | sed 's|^\./|docs/manual/images/|' | sort) > "$work/made.txt" || true
while read -r f; do
  problem "$f is shown in the manual, but the apps no longer make it"
done < <(comm -23 "$work/shown.txt" "$work/made.txt")
while read -r f; do
  problem "the apps make $f, but it is not committed: run docs/manual/make-screenshots.sh"
done < <(comm -13 "$work/committed.txt" "$work/made.txt")

if [ "$failed" -ne 0 ]; then
  echo "docs_manual: FAILED" >&2
  exit 1
fi
echo "docs_manual: $(wc -l < "$work/shown.txt") pictures shown, all made by the apps; $(wc -l < "$work/links.txt") links checked"
