#!/usr/bin/env bash
# Idle CPU of the kiosk: how much of one core the kiosk uses over a minute when nobody touches it,
# the welcome screen shown. Target: at most 0.5 % of one core.
#
#   bench/idle.sh [KIOSK_BINARY]
#
#   KIOSK_BINARY  default $BUILD_DIR/bin/aktivkafe-kiosk   (BUILD_DIR default: build/release)
#   DEVICE_RIG    default $BUILD_DIR/bin/ak-device-rig     (run 3)
#   IDLE_SECONDS  how long to measure (default 60), after 5 s to settle
#   AK_BENCH_DOC  the file to write (default docs/performance.md); AK_BENCH_DOC=- writes nothing
#
# Three runs: (1) the demo's devices (simulated printer and scanner); (2) a real kiosk's devices whose
# hardware is not there: a USB printer that is not plugged in, a keyboard-wedge scanner whose node
# is missing and an NFC reader without pcscd — the case where the kiosk keeps looking for them;
# (3) the same devices attached, emulated as the tests emulate them (`ak-device-rig serve`,
# tests/apps/rig: a USB printer and a wedge scanner through umockdev, an NFC reader through a
# private pcscd with vpcd) — the kiosk holds the printer open, asks its status every 2 s and waits
# on both readers. Without ak-device-rig (a build without libumockdev-dev) run 3 is left out.
# CPU is utime + stime of the kiosk's process from /proc/PID/stat over the measured wall time.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=bench/lib/section.sh
. "$here/lib/section.sh"
root=$(dirname "$here")
build=${BUILD_DIR:-$root/build/release}
bin=${1:-$build/bin/aktivkafe-kiosk}
seconds=${IDLE_SECONDS:-60}
doc=${AK_BENCH_DOC:-$root/docs/performance.md}
rig=${DEVICE_RIG:-$build/bin/ak-device-rig}
[[ -x $bin ]] || { echo "idle.sh: $bin is not an executable; build it first (bench/run does)" >&2; exit 2; }
[[ -x $build/bin/aktivkafe ]] || { echo "idle.sh: $build/bin/aktivkafe is needed to make the café" >&2; exit 2; }

work=$(mktemp -d)
rigpid=
trap '[[ -n $rigpid ]] && kill "$rigpid" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -m 0700 -p "$work/xdg"
XDG_RUNTIME_DIR=$work/xdg "$build/bin/aktivkafe" init --db "$work/cafe.sqlite" --seed "$root/config/demo-seed.toml" >/dev/null
hz=$(getconf CLK_TCK)

cat >"$work/simulated.toml" <<TOML
[devices.printer]
kind = "simulated"
[devices.scanner]
kind = "simulated"
TOML
cat >"$work/absent.toml" <<TOML
[devices.printer]
kind = "usb"
vendor_id = "0x04b8"
product_id = "0x0202"
[devices.scanner]
kind = "keyboard"
evdev_path = "/dev/input/by-id/usb-not-plugged-in-event-kbd"
[[devices.reader]]
id = "door-nfc"
kind = "nfc"
TOML

ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
measure() {  # measure OVERLAY [ENVIRONMENT_FILE] -> "percent"
    mkdir -m 0700 -p "$work/xdg"
    (
        [[ -n ${2:-} ]] && source "$2"  # the rig's devices: umockdev's preload library, pcscd's socket
        QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/xdg QT_LOGGING_RULES='aktivkafe.*=false' \
            exec "$bin" --config "$root/config/aktivkafe.toml" --config "$1" --db "$work/cafe.sqlite" >/dev/null 2>&1
    ) &
    local pid=$!
    sleep 5
    local t0 c0 t1 c1
    t0=$(date +%s.%N); c0=$(ticks "$pid")
    sleep "$seconds"
    t1=$(date +%s.%N); c1=$(ticks "$pid")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    awk -v c="$((c1 - c0))" -v hz="$hz" -v t0="$t0" -v t1="$t1" 'BEGIN { printf "%.2f", 100 * c / hz / (t1 - t0) }'
}
verdict() { awk -v p="$1" 'BEGIN { print (p <= 0.5) ? "met" : "NOT met" }'; }

sim=$(measure "$work/simulated.toml")
echo "idle.sh: simulated devices: $sim % of one core"
absent=$(measure "$work/absent.toml")
echo "idle.sh: devices not plugged in: $absent % of one core"
attached_row=
if [[ -x $rig ]]; then
    XDG_RUNTIME_DIR=$work/xdg "$rig" serve --env "$work/rig.env" >"$work/rig.out" 2>&1 &
    rigpid=$!
    for _ in $(seq 100); do grep -qx ready "$work/rig.out" 2>/dev/null && break; sleep 0.1; done
    grep -qx ready "$work/rig.out" || { echo "idle.sh: ak-device-rig did not start:" >&2; cat "$work/rig.out" >&2; exit 1; }
    attached=$(measure "$work/rig.env.toml" "$work/rig.env")
    kill "$rigpid"; wait "$rigpid" 2>/dev/null || true
    rigpid=
    echo "idle.sh: devices attached (emulated): $attached % of one core"
    attached_row=$'\n'"| USB printer, wedge scanner and NFC reader attached, emulated as in the tests (\`ak-device-rig serve\`: umockdev, pcscd + vpcd) | $attached | ≤ 0.5 | $(verdict "$attached") |"
else
    echo "idle.sh: $rig is not built (libumockdev-dev missing?): the kiosk with devices attached is not measured" >&2
fi
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)

section=$(cat <<MD
<!-- bench:idle:begin (written by bench/idle.sh; edits inside are replaced on the next run) -->
## Idle CPU of the kiosk

Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`bench/idle.sh\`: the kiosk on the demo café, welcome screen, nobody
touching it, \`QT_QPA_PLATFORM=offscreen\`; $seconds s measured after 5 s to settle; CPU is the process's
utime + stime (clock ticks of 1/$hz s) over the wall time. Target: at most 0.5 % of one core.

Machine: $(nproc) CPU(s), ${cpu:-unknown CPU}, Linux $(uname -r).

With the devices attached the kiosk runs its real libusb, udev, evdev and PC/SC code against the
tests' emulation: an Epson TM-T88V (04b8:0202) and a wedge scanner in a umockdev testbed, and a
private pcscd with vpcd's reader. umockdev's USB node always polls ready, so the emulated printer
answers libusb's request for finished transfers, when none has finished, after up to 50 ms (the
kernel would hold libusb's poll instead). The rig's own CPU is not counted.

| devices | CPU (% of one core) | target | result |
|---|---|---|---|
| simulated printer and scanner (the demo) | $sim | ≤ 0.5 | $(verdict "$sim") |
| USB printer, wedge scanner and NFC reader configured, none plugged in (pcscd not running) | $absent | ≤ 0.5 | $(verdict "$absent") |${attached_row}
<!-- bench:idle:end -->
MD
)
write_section idle "$doc" "$section"
