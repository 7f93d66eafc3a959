#!/bin/sh
# Checks config/udev/70-aktivkafe.rules (ctest: config_udev_rules): every rule line is made of
# KEY{attr}OP"value" pairs with keys and operators udev knows, every GOTO has its LABEL, nodes go to
# the group aktivkafe with mode 0660, and the installer's templates still parse once filled in.
# Where udev's own parser can run it checks too: "udevadm verify" (systemd 253 and later), else,
# as root with unshare, "udevadm test" on a private /run/udev/rules.d (systemd 252, Debian 12,
# has no verify; its rule loader reports the same errors while loading). Neither is needed for
# the test to pass: without them it says so and relies on the check written here.
#   udev-rules-check.sh RULES_FILE     (UDEVADM=/path/to/udevadm to use another udevadm)
set -eu

rules=${1:?usage: udev-rules-check.sh RULES_FILE}
[ -r "$rules" ] || { echo "FAIL: cannot read $rules"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

# The templates filled in as an installer would (example IDs), so their syntax is checked too.
sed -e 's/^#\(ENV{ID_VENDOR_ID}=="\)VVVV\(", ENV{ID_MODEL_ID}=="\)PPPP/\105e0\21200/' \
    -e 's/^#\(ATTR{idVendor}=="\)VVVV\(", ATTR{idProduct}=="\)PPPP/\10519\20003/' \
    "$rules" > "$work/71-filled.rules"
[ "$(grep -c 'VVVV' "$work/71-filled.rules")" = 0 ] || { echo "FAIL: a VVVV/PPPP template line was not filled in"; exit 1; }

fail=0
lint() {  # $1: file. Prints problems, returns 1 if any.
    awk -v file="$1" '
    function problem(msg) { printf "FAIL: %s:%d: %s\n", file, NR, msg; bad = 1 }
    BEGIN {
        split("ACTION DEVPATH KERNEL KERNELS NAME SYMLINK SUBSYSTEM SUBSYSTEMS DRIVER DRIVERS ATTR ATTRS " \
              "SYSCTL ENV TAG TAGS TEST PROGRAM RESULT CONST OWNER GROUP MODE SECLABEL RUN LABEL GOTO " \
              "IMPORT OPTIONS DEVTYPE", k, " ")
        for (i in k) known[k[i]] = 1
    }
    /^[ \t]*(#|$)/ { next }
    {
        line = $0; n = 0
        while (length(line) > 0) {
            if (!match(line, /^[ \t]*[A-Z_]+(\{[^}]*\})?[ \t]*(==|!=|\+=|-=|:=|=)[ \t]*"[^"]*"[ \t]*(,|$)/)) {
                problem("not a KEY{attr}OP\"value\" list near: " line); next
            }
            pair = substr(line, 1, RLENGTH); line = substr(line, RLENGTH + 1); n++
            key = pair; sub(/^[ \t]*/, "", key); sub(/[{ \t=!+:-].*/, "", key)
            value = pair; sub(/^[^"]*"/, "", value); sub(/".*/, "", value)
            op = pair; sub(/^[^=!+:-]*(\{[^}]*\})?[ \t]*/, "", op); sub(/[ \t]*".*/, "", op)
            if (!(key in known)) problem("unknown key " key)
            if (key == "LABEL") labels[value] = 1
            if (key == "GOTO") { gotos[value] = NR }
            if (key == "GROUP" && value != "aktivkafe" && value != "pcscd") problem("group " value)
            if (key == "MODE" && value != "0660") problem("mode " value " (want 0660: root and the group only)")
            if ((key == "GROUP" || key == "MODE" || key == "GOTO" || key == "LABEL") && op != "=") problem(key " with " op)
        }
        if (n == 0) problem("empty rule")
    }
    END {
        for (g in gotos) if (!(g in labels)) { printf "FAIL: %s:%d: GOTO=\"%s\" has no LABEL\n", file, gotos[g], g; bad = 1 }
        exit bad
    }' "$1"
}
lint "$rules" || fail=1
lint "$work/71-filled.rules" || fail=1

# The group that the README tells the installer to create is the one the rules name.
grep -q '^[^#]*GROUP="aktivkafe"' "$rules" || { echo "FAIL: no active rule gives the group aktivkafe"; fail=1; }
grep -q '^[^#]*ATTR{idVendor}=="04b8", ATTR{idProduct}=="0202"' "$rules" || { echo "FAIL: Epson 04b8:0202 missing"; fail=1; }
grep -q '^[^#]*ID_USB_INTERFACES}=="\*:07????:\*"' "$rules" || { echo "FAIL: printer class 07 missing"; fail=1; }
grep -q 'SYMLINK+="aktivkafe/scanner-%k"' "$work/71-filled.rules" || { echo "FAIL: scanner symlink missing"; fail=1; }

# udev's own parser, where it can run.
udevadm=${UDEVADM:-$(command -v udevadm || true)}
if [ -n "$udevadm" ] && "$udevadm" verify --help >/dev/null 2>&1; then
    "$udevadm" verify --resolve-names=never "$rules" "$work/71-filled.rules" || fail=1
    echo "checked with udevadm verify"
elif [ -n "$udevadm" ] && [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 &&
     unshare -m true 2>/dev/null; then
    # A private mount namespace: /run is a fresh tmpfs holding only these rules, the system's rule
    # directories are hidden, /etc/group gains the groups; nothing outside the namespace changes.
    mkdir -p "$work/empty"
    cp "$rules" "$work/70-aktivkafe.rules"
    { cat /etc/group; echo "aktivkafe:x:64990:"; echo "pcscd:x:64991:"; } > "$work/group"
    dev=$(ls -d /sys/class/net/lo /sys/devices/virtual/mem/null 2>/dev/null | head -n 1)
    unshare -m sh -c '
        set -e
        mount -t tmpfs tmpfs /run
        mkdir -p /run/udev/rules.d
        cp "$1/70-aktivkafe.rules" "$1/71-filled.rules" /run/udev/rules.d/
        for d in /etc/udev/rules.d /usr/lib/udev/rules.d /lib/udev/rules.d /usr/local/lib/udev/rules.d; do
            if [ -d "$d" ] && [ ! -L "$d" ]; then mount --bind "$1/empty" "$d"; fi
        done
        mount --bind "$1/group" /etc/group
        "$2" test --action=add "$3"' sh "$work" "$udevadm" "$dev" > "$work/test.log" 2>&1 || true
    if ! grep -q 'Reading rules file: /run/udev/rules.d/71-filled.rules' "$work/test.log"; then
        echo "FAIL: udevadm test did not read the rules:"; cat "$work/test.log"; fail=1
    elif grep -E 'rules:[0-9]+' "$work/test.log"; then
        echo "FAIL: udevadm reported the lines above"; fail=1
    else
        echo "checked with udevadm test ($("$udevadm" --version)) in a private mount namespace"
    fi
else
    echo "udevadm verify/test not available here: checked with this script's parser only"
fi

[ "$fail" = 0 ] && echo "PASS: $rules"
exit "$fail"
