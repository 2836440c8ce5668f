#!/usr/bin/env bash
# Builds the Debian package from the Linux product archive, installs it (as root, with apt-get),
# and checks it as a user would: pdca --help from the PATH, the desktop entry, the message when no
# Java 21 is found, and the workbench started from the PATH under Xvfb by an unprivileged user
# (its window appears, the sample plans are copied into the new workspace). Removes the package
# afterwards unless PDCA_KEEP_DEB=1. PDCA_SCREENSHOT=FILE keeps a screenshot of the workbench.
# Run by .ci/run after ./run-tests. Needs root (dpkg) and a JDK 21+ under /usr/lib/jvm or JAVA_HOME.
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$PDCA_ROOT/releng/scripts/lib.sh"
[ "$(id -u)" -eq 0 ] || pdca_die "installing the package needs root (sudo $0)"
pdca_select_jdk
pdca_install_packages xvfb xauth xdotool desktop-file-utils

step() { echo "== deb: $*" >&2; }
check() { # MESSAGE COMMAND... : fails the run with MESSAGE when COMMAND fails
  local message=$1
  shift
  "$@" || { echo "FAILED: $message" >&2; exit 1; }
}

deb=$("$PDCA_ROOT/releng/deb/build-deb.sh")
step "built $deb"
desktop-file-validate "$PDCA_ROOT/releng/deb/pdca.desktop"

work=$(mktemp -d)
chmod 0755 "$work"
display=""
xvfb_pid=""
cleanup() {
  [ -n "${workbench_pid:-}" ] && kill "$workbench_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if [ "${PDCA_KEEP_DEB:-0}" != 1 ] && dpkg -s pdca >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq pdca >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step "installing with apt-get"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
check "pdca is on the PATH as /usr/bin/pdca" test "$(command -v pdca)" = /usr/bin/pdca
check "the desktop entry is installed" test -f /usr/share/applications/pdca.desktop
check "the icon is installed" test -f /usr/share/icons/hicolor/scalable/apps/pdca.svg
check "the desktop entry starts pdca-workbench from the PATH" grep -qx 'Exec=pdca-workbench' /usr/share/applications/pdca.desktop
check "pdca-workbench is on the PATH" test -x "$(command -v pdca-workbench)"

# an unprivileged user (uid 65534) with a home of its own: the installation is read-only for it
home="$work/home"
mkdir -p "$home"
chown 65534:65534 "$home"
as_user() {
  setpriv --reuid=65534 --regid=65534 --clear-groups \
    env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$home" LANG=C.UTF-8 JAVA_HOME="$JAVA_HOME" \
    PDCA_JAVA_OPTS="-Duser.home=$home" "$@"
}

step "pdca --help from the PATH (root, then the unprivileged user)"
out=$(PDCA_LANG=en pdca --help)
check "pdca --help lists the commands" grep -q validate <<<"$out"
out=$(as_user PDCA_LANG=en pdca --help)
check "pdca --help lists the commands for a user" grep -q validate <<<"$out"
plan=/opt/pdca/samples/plans/106/tainan-motor-vehicle-station.pdca
out=$(as_user PDCA_LANG=en pdca validate "$plan" 2>&1)
check "pdca validate on a sample plan: $(tail -n 3 <<<"$out")" grep -q "1 file(s): 0 error(s)" <<<"$out"

step "the message when no Java 21 or newer is found"
# every JDK 21+ under /usr/lib/jvm hidden in a private mount namespace, JAVA_HOME unset
hide=""
for jdk in /usr/lib/jvm/*/; do
  [ -x "$jdk/bin/java" ] && [ "$(pdca_java_major "$jdk/bin/java")" -ge 21 ] 2>/dev/null && hide="$hide mount --bind $work/empty ${jdk%/};"
done
mkdir -p "$work/empty"
if unshare -m true 2>/dev/null; then
  set +e
  out=$(unshare -m sh -c "$hide env -u JAVA_HOME PATH=/usr/bin:/bin pdca --help" 2>&1)
  rc=$?
  set -e
  check "exit code 2 without Java 21 (was $rc): $out" test "$rc" -eq 2
  check "the message names Java 21: $out" grep -q "PDCA needs Java 21 or newer" <<<"$out"
else
  echo "note: unshare is not allowed here; the message without Java 21 was not checked" >&2
fi

step "the workbench from the PATH under Xvfb, as the unprivileged user"
pdca_start_xvfb 1920x1080 90
display=$pdca_display
xvfb_pid=$pdca_xvfb_pid
as_user DISPLAY="$display" pdca-workbench >"$work/workbench.log" 2>&1 &
workbench_pid=$!
window=$(pdca_wait_for_window "$workbench_pid" "$work/workbench.log")
check "the workbench window appears within 2 minutes (log: $(tail -5 "$work/workbench.log"))" test -n "$window"
title=$(DISPLAY="$display" xdotool getwindowname "$window")
step "window: $title"
check "the new workspace has the sample plans" test -f "$home/pdca-workspace/plans/106/tainan-motor-vehicle-station.pdca"
check "the installation stays unchanged by a user's start" test ! -e /opt/pdca/configuration/org.eclipse.osgi
sleep 5
if [ -n "${PDCA_SCREENSHOT:-}" ] && command -v import >/dev/null; then
  DISPLAY="$display" import -window root "$PDCA_SCREENSHOT"
  step "screenshot: $PDCA_SCREENSHOT"
fi
kill "$workbench_pid" 2>/dev/null || true
wait "$workbench_pid" 2>/dev/null || true
workbench_pid=""
echo "deb: installed, pdca --help, validate, no-Java message and the workbench under Xvfb checked" >&2
