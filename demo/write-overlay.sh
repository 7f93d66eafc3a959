#!/usr/bin/env bash
# Writes the demo's configuration overlay (laid over config/aktivkafe.toml): the demo database,
# a simulated printer writing into a folder, all three languages, windowed apps, and sales signed
# as Norway's rules ask (the key beside the database: keys/till.key, made by the demo's scripts with
# 'aktivkafe keys create').
# Usage: demo/write-overlay.sh DATABASE PRINTOUT_DIR OVERLAY_FILE
set -euo pipefail
db=$1 printouts=$2 overlay=$3
mkdir -p "$printouts" "$(dirname "$overlay")"
cat > "$overlay" <<TOML
# Written by Aktivkafe's demo over config/aktivkafe.toml.
[cafe]
languages = ["nb", "da", "en"]
[database]
path = "$db"
[compliance]
signing = "rsa-sha1"
private_key = "$(dirname "$db")/keys/till.key"
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
