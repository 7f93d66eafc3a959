#!/usr/bin/env bash
# Writes the demo's configuration overlay (laid over config/aktivkafe.toml): the demo database,
# a simulated printer writing into a folder, all three languages, windowed apps, and sales signed
# as Norway's rules ask (the key beside the database: keys/till.key, made by the demo's scripts with
# 'aktivkafe keys create').
# Usage: demo/write-overlay.sh DATABASE PRINTOUT_DIR OVERLAY_FILE [KEY_FILE]
#   DATABASE: the SQLite file, or a postgresql:// URL (then KEY_FILE says where the key goes).
set -euo pipefail
db=$1 printouts=$2 overlay=$3 key=${4:-$(dirname "$1")/keys/till.key}
case "$db" in
  postgresql:*|postgres:*) where="url = \"$db\"" ;;
  *) where="path = \"$db\"" ;;
esac
mkdir -p "$printouts" "$(dirname "$overlay")"
cat > "$overlay" <<TOML
# Written by Aktivkafe's demo over config/aktivkafe.toml.
[cafe]
languages = ["nb", "da", "en"]
[database]
$where
[compliance]
signing = "rsa-sha1"
private_key = "$key"
[kiosk]
languages = ["nb", "da", "en"]
fullscreen = false
[devices.printer]
kind = "simulated"
output_directory = "$printouts"
[devices.scanner]
kind = "simulated"
# A person at the demo is the scanner: type (or paste with Ctrl+V) a card's code, then Enter.
typing = true
TOML
