#!/usr/bin/env bash
# The Debian package as a café would install it (issue 15): built from this build folder with cpack,
# checked by lintian, then installed with `apt install ./aktivkafe_*.deb` into a clean Debian 12 root
# (mmdebstrap, Debian's packages only), and looked at there:
#   files in place, the user and group aktivkafe, /var/lib/aktivkafe theirs alone (2770);
#   `aktivkafe --help` and `aktivkafe init` run as that user; the kiosk and the till start and pass
#   their self-test there (every QML module and font they load came with the package's dependencies);
#   the units pass `systemd-analyze verify`, and the backup unit's own command line, run as its
#   User=, writes a checked backup; udev rules pass `udevadm verify` where the tool has it (systemd 253+);
#   removal leaves /var/lib/aktivkafe and the configuration; purge removes the configuration and
#   still leaves the café's data.
#   an upgrade from the version before keeps every sale (made by the installed till) and the journal,
#   with a backup first; a database of a newer schema refuses the older package.
# Usage: check-package-install.sh BUILD_DIR SOURCE_DIR OUT_DIR   (root only: chroot; exits 77 without mmdebstrap)
set -euo pipefail
build=$1 src=$2 out=$3
[ "$(id -u)" = 0 ] || { echo "skipped: installing into a Debian root needs root (chroot)"; exit 77; }
command -v mmdebstrap >/dev/null || { echo "skipped: mmdebstrap is not installed"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d /tmp/aktivkafe-package.XXXXXX)
root=$work/root
cleanup() {
  for m in proc dev/pts dev; do mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"; done
  rm -rf "$work"
}
trap cleanup EXIT

# 1. The package, from this build (as scripts/package makes it), and lintian.
(cd "$build" && cpack -G DEB -B "$work/package" > "$out/cpack.log" 2>&1) || fail "cpack: $(tail -n 20 "$out/cpack.log")"
deb=$(ls "$work"/package/aktivkafe_*.deb)
# The version before it, for the upgrade: the same build numbered 0.0.9 (see "Upgrade" below).
(cd "$build" && cpack -G DEB -B "$work/previous" -D CPACK_PACKAGE_VERSION=0.0.9 > "$out/cpack-previous.log" 2>&1) ||
  fail "cpack (previous version): $(tail -n 20 "$out/cpack-previous.log")"
previous=$(ls "$work"/previous/aktivkafe_0.0.9-*.deb)
if command -v lintian >/dev/null; then
  lintian --fail-on error "$deb" > "$out/lintian.log" 2>&1 || fail "lintian found errors: $(grep '^E:' "$out/lintian.log")"
fi

# 2. A clean Debian 12 root (minbase), made once and kept in the cache as a tarball.
cache=${AK_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/aktivkafe}
base=$cache/bookworm-minbase.tar
if [ ! -f "$base" ]; then
  mkdir -p "$cache"
  mmdebstrap --variant=minbase --mode=root --format=tar bookworm "$base.partial" http://deb.debian.org/debian \
    > "$out/mmdebstrap.log" 2>&1 || fail "mmdebstrap: $(tail -n 20 "$out/mmdebstrap.log")"
  mv "$base.partial" "$base"
fi
mkdir -p "$root"
tar -C "$root" -xf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
# Packages this machine has downloaded already are offered to the root's apt (hard links: no copy).
cp -l /var/cache/apt/archives/*.deb "$root/var/cache/apt/archives/" 2>/dev/null || true
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
as_cafe() { in_root runuser -u aktivkafe -- env HOME=/var/lib/aktivkafe XDG_RUNTIME_DIR=/tmp/xdg-aktivkafe "$@"; }

# 3. apt install ./aktivkafe_*.deb, as the README says (with what it recommends: cage for the
# sessions), on a machine that boots with systemd (minbase has no init).
in_root apt-get update -qq > "$out/apt.log" 2>&1 || fail "apt-get update in the root: $(tail -n 5 "$out/apt.log")"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends systemd-sysv >> "$out/apt.log" 2>&1 ||
  fail "installing systemd in the root: $(tail -n 20 "$out/apt.log")"
apt_install() {  # apt_install DEB [apt options]: apt install ./DEB, as the README says
  local file=$1
  shift
  cp "$file" "$root/tmp/"
  in_root sh -c "cd /tmp && DEBIAN_FRONTEND=noninteractive apt-get install -y $* ./$(basename "$file")" >> "$out/apt.log" 2>&1
}
apt_install "$deb" || fail "apt install: $(tail -n 20 "$out/apt.log")"

for f in /usr/bin/aktivkafe /usr/bin/aktivkafe-kiosk /usr/bin/aktivkafe-pos /usr/lib/aktivkafe/aktivkafe-cups.so \
         /etc/aktivkafe/aktivkafe.toml /lib/udev/rules.d/70-aktivkafe.rules /usr/share/doc/aktivkafe/copyright \
         /lib/systemd/system/aktivkafe-kiosk.service /lib/systemd/system/aktivkafe-till.service \
         /lib/systemd/system/aktivkafe-backup.service /lib/systemd/system/aktivkafe-backup.timer \
         /usr/share/aktivkafe/saft/Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd; do
  [ -e "$root$f" ] || fail "$f is not installed"
done
grep -qx '/etc/aktivkafe/aktivkafe.toml' "$root/var/lib/dpkg/info/aktivkafe.conffiles" || fail "the configuration is not a conffile"
user=$(in_root getent passwd aktivkafe) || fail "no user aktivkafe"
[ "$(echo "$user" | cut -d: -f6,7)" = "/var/lib/aktivkafe:/usr/sbin/nologin" ] || fail "the user aktivkafe is $user"
in_root getent group aktivkafe > /dev/null || fail "no group aktivkafe"
[ "$(in_root stat -c '%U:%G %a' /var/lib/aktivkafe)" = "aktivkafe:aktivkafe 2770" ] ||
  fail "/var/lib/aktivkafe is $(in_root stat -c '%U:%G %a' /var/lib/aktivkafe)"
[ -L "$root/etc/systemd/system/timers.target.wants/aktivkafe-backup.timer" ] || fail "the backup timer is not enabled"

# 4. The programs, as the user aktivkafe.
in_root mkdir -p -m 700 /tmp/xdg-aktivkafe
in_root chown aktivkafe:aktivkafe /tmp/xdg-aktivkafe
as_cafe aktivkafe --help > "$out/help.txt" 2>&1 || fail "aktivkafe --help: $(cat "$out/help.txt")"
# No café yet: the till opens its first-start wizard (shown page by page in its self-test).
as_cafe env QT_QPA_PLATFORM=offscreen aktivkafe-pos --self-test --config /etc/aktivkafe/aktivkafe.toml > "$out/first-start.txt" 2>&1 ||
  fail "the till's first start in the installed root: $(tail -n 20 "$out/first-start.txt")"
grep -q "till-first-start self-test OK" "$out/first-start.txt" || fail "the till did not open its first-start wizard: $(tail -n 5 "$out/first-start.txt")"
as_cafe aktivkafe init --db /var/lib/aktivkafe/aktivkafe.sqlite > "$out/init.txt" 2>&1 || fail "aktivkafe init: $(cat "$out/init.txt")"
for app in aktivkafe-kiosk aktivkafe-pos; do
  as_cafe env QT_QPA_PLATFORM=offscreen "$app" --self-test --config /etc/aktivkafe/aktivkafe.toml > "$out/$app.txt" 2>&1 ||
    fail "$app --self-test in the installed root: $(tail -n 20 "$out/$app.txt")"
done
# The kiosk's session: the unit's ExecStart (cage, then the kiosk) with its Environment=, as the
# unit's User=, on cage's headless backend; the kiosk saves its screens from inside (--screenshot).
unit=$root/lib/systemd/system/aktivkafe-kiosk.service
[ "$(sed -n 's/^User=//p' "$unit")" = aktivkafe ] || fail "the kiosk session does not run as aktivkafe"
kiosk_start=$(sed -n 's/^ExecStart=//p' "$unit")
read -r -a kiosk_env <<< "$(sed -n 's/^Environment=//p' "$unit")"
# shellcheck disable=SC2086
as_cafe env "${kiosk_env[@]}" WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
  timeout 120 $kiosk_start --screenshot /tmp/cage-screens > "$out/cage.txt" 2>&1 || fail "the kiosk in cage: $(tail -n 20 "$out/cage.txt")"
grep -q "WAYLAND_DISPLAY\|wayland" "$out/cage.txt" || true
rm -rf "$out/cage-screens"
cp -r "$root/tmp/cage-screens" "$out/cage-screens" || fail "the kiosk in cage saved no screens: $(tail -n 20 "$out/cage.txt")"
ls "$out"/cage-screens/*welcome*.png > /dev/null 2>&1 || fail "no welcome screen from the kiosk in cage: $(ls "$out/cage-screens")"
# The nightly backup: the unit's ExecStart, run as its User=.
exec_start=$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/aktivkafe-backup.service")
[ "$(sed -n 's/^User=//p' "$root/lib/systemd/system/aktivkafe-backup.service")" = aktivkafe ] || fail "the backup does not run as aktivkafe"
# shellcheck disable=SC2086
as_cafe $exec_start > "$out/backup.txt" 2>&1 || fail "the backup unit's command: $(cat "$out/backup.txt")"
ls "$root"/var/lib/aktivkafe/backups/aktivkafe-manual-*.sqlite > /dev/null 2>&1 || fail "no backup in /var/lib/aktivkafe/backups"

# 5. The units and the rules, checked by systemd's own tools (the host's, on the root's files).
if command -v systemd-analyze >/dev/null; then
  (cd "$root" && systemd-analyze verify --root="$root" --man=no \
     lib/systemd/system/aktivkafe-{kiosk,till,backup}.service lib/systemd/system/aktivkafe-backup.timer) \
     > "$out/systemd-analyze.txt" 2>&1 || fail "systemd-analyze verify: $(cat "$out/systemd-analyze.txt")"
fi
if command -v udevadm >/dev/null && udevadm verify --help > /dev/null 2>&1; then
  udevadm verify "$root/lib/udev/rules.d/70-aktivkafe.rules" > "$out/udevadm.txt" 2>&1 || fail "udevadm verify: $(cat "$out/udevadm.txt")"
else
  echo "udevadm verify is not available here (systemd 253+): the rules are checked by config_udev_rules instead"
fi

# 6. Upgrade: a café that has sold, on the version before (0.0.9, as installed now by downgrading),
# upgraded to this one with apt: the older version's backup first (preinst), the database brought up
# once (postinst), every sale kept, the journal whole. The same build numbered lower: what is tested
# is the package's path, not a schema step (core_storage tests those; a real previous release takes
# its place once there is one).
cafe_db=$root/var/lib/aktivkafe/aktivkafe.sqlite
apt_install "$previous" --allow-downgrades || fail "installing the previous version: $(tail -n 20 "$out/apt.log")"
cp "$src/config/demo-seed.toml" "$src/tests/packaging/sell.walk" "$root/tmp/"
rm -f "$cafe_db" "$cafe_db"-wal "$cafe_db"-shm
as_cafe aktivkafe init --db /var/lib/aktivkafe/aktivkafe.sqlite --seed /tmp/demo-seed.toml > "$out/init-demo.txt" 2>&1 ||
  fail "aktivkafe init --seed: $(cat "$out/init-demo.txt")"
as_cafe env QT_QPA_PLATFORM=offscreen aktivkafe-pos --config /etc/aktivkafe/aktivkafe.toml --walkthrough /tmp/sell.walk \
  --out /tmp/sell-screens > "$out/sell.txt" 2>&1 || fail "selling on the previous version: $(tail -n 20 "$out/sell.txt")"
sales_before=$(sqlite3 "$cafe_db" "SELECT count(*) || ' ' || sum(total_minor) FROM sales")
[ "${sales_before%% *}" -ge 2 ] || fail "the previous version sold ${sales_before%% *} sales; expected 2"
backups_before=$(ls "$root"/var/lib/aktivkafe/backups/ | wc -l)
apt_install "$deb" || fail "the upgrade: $(tail -n 20 "$out/apt.log")"
[ "$(in_root dpkg-query -W -f '${Version}' aktivkafe)" = "$(dpkg-deb -f "$deb" Version)" ] || fail "the upgrade did not install $(basename "$deb")"
[ "$(ls "$root"/var/lib/aktivkafe/backups/ | wc -l)" -gt "$backups_before" ] || fail "no backup was made before the upgrade"
[ "$(sqlite3 "$cafe_db" "SELECT count(*) || ' ' || sum(total_minor) FROM sales")" = "$sales_before" ] ||
  fail "the sales changed in the upgrade: $sales_before before"
as_cafe aktivkafe journal verify --db /var/lib/aktivkafe/aktivkafe.sqlite > "$out/verify.txt" 2>&1 ||
  fail "the journal after the upgrade: $(cat "$out/verify.txt")"
# A database of a newer schema than the package knows (a downgrade): refused, and left as it is.
version=$(sqlite3 "$cafe_db" "SELECT version FROM schema_version")
sqlite3 "$cafe_db" "UPDATE schema_version SET version = $((version + 1))"
if apt_install "$previous" --allow-downgrades; then fail "the older package took a database of a newer schema"; fi
grep -q "has schema version" "$out/apt.log" || fail "the refused downgrade does not say why: $(tail -n 10 "$out/apt.log")"
[ "$(sqlite3 "$cafe_db" "SELECT version FROM schema_version")" = $((version + 1)) ] || fail "the refused downgrade changed the database"
sqlite3 "$cafe_db" "UPDATE schema_version SET version = $version"
apt_install "$deb" || fail "this version after the refused downgrade: $(tail -n 20 "$out/apt.log")"

# 7. Removal keeps the café's data and configuration; purge removes the configuration only.
in_root apt-get remove -y aktivkafe >> "$out/apt.log" 2>&1 || fail "apt-get remove: $(tail -n 20 "$out/apt.log")"
[ ! -e "$root/usr/bin/aktivkafe-kiosk" ] || fail "the kiosk is still there after removal"
[ -f "$root/var/lib/aktivkafe/aktivkafe.sqlite" ] || fail "removal took the café's database"
[ -f "$root/etc/aktivkafe/aktivkafe.toml" ] || fail "removal took the configuration"
in_root apt-get purge -y aktivkafe >> "$out/apt.log" 2>&1 || fail "apt-get purge: $(tail -n 20 "$out/apt.log")"
[ ! -e "$root/etc/aktivkafe" ] || fail "purge left /etc/aktivkafe"
[ -f "$root/var/lib/aktivkafe/aktivkafe.sqlite" ] || fail "purge took the café's database"
echo "package: $(basename "$deb") installed into a clean Debian 12 root, ran there as aktivkafe, removed and purged; logs in $out"
