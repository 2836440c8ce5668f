#!/usr/bin/env bash
# The update of an installed workbench from one build to the next, through p2, as an agency would
# do it: the Linux archive of this build is unpacked and used (a plan is saved with it), the next
# build (the same sources with a later build qualifier) is made in a copy of the source tree, and
# its p2 repository is the update site. Checked:
#   - the installation finds no update on its own build's site, and names a site that is not one;
#   - pdca-update.sh --check finds the next build (exit 1), pdca-update.sh installs it (exit 0);
#   - after the restart the installation runs the next build (its version, its bundles), the plan
#     saved before the update and the samples still validate, and the workbench starts (Xvfb);
#   - an installation the user may not write to is not changed and says who updates it.
# Run by .ci/run after ./run-tests (which leaves the archive and the repository of this build).
# PDCA_NEXT_SITE=DIR takes an already built next repository instead of building one; PDCA_KEEP=1
# keeps the work folder; PDCA_SCREENSHOT=FILE keeps a screenshot of the updated workbench.
set -euo pipefail
PDCA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$PDCA_ROOT/releng/scripts/lib.sh"
pdca_select_jdk
pdca_install_packages xvfb xauth xdotool

step() { echo "== update: $*" >&2; }
check() { # MESSAGE COMMAND... : fails the run with MESSAGE when COMMAND fails
  local message=$1
  shift
  "$@" || { echo "FAILED: $message" >&2; exit 1; }
}

target="$PDCA_ROOT/releng/pdca.product/target"
archive=$(ls -t "$target"/pdca-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1 || true)
[ -n "$archive" ] && [ -d "$target/repository" ] || pdca_die "no product archive and repository in $target: build first (./run-tests or ./mvnw -B -DskipTests verify)"
version=$(basename "$archive" | sed -n 's/^pdca-\(.*\)-linux\.gtk\.x86_64\.tar\.gz$/\1/p')
qualifier=${version##*.}
[[ "$qualifier" =~ ^[0-9]{12}$ ]] || pdca_die "the archive's version $version has no timestamp qualifier"
next_qualifier=$((qualifier + 1))
next_version="${version%.*}.$next_qualifier"

work=$(mktemp -d)
chmod 0755 "$work"
xvfb_pid=""
workbench_pid=""
cleanup() {
  [ -n "$workbench_pid" ] && kill "$workbench_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  if [ "${PDCA_KEEP:-0}" = 1 ]; then echo "work folder kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

step "installing this build ($version) from $(basename "$archive")"
mkdir -p "$work/this"
tar xzf "$archive" -C "$work/this"
installed="$work/this/pdca"
cp -R "$target/repository" "$work/site-this"

if [ -n "${PDCA_NEXT_SITE:-}" ]; then
  next_site="$PDCA_NEXT_SITE"
  next_version=$(ls "$next_site/plugins" | sed -n 's/^pdca\.model_\(.*\)\.jar$/\1/p' | sort | tail -n 1)
  step "the next build's update site: $next_site ($next_version)"
else
  step "building the next build ($next_version) in a copy of the source tree"
  mkdir -p "$work/next"
  (cd "$PDCA_ROOT" && git ls-files -co --exclude-standard -z | tar --null -cf - -T -) | tar -xf - -C "$work/next"
  (cd "$work/next" && ./mvnw -B -q -o -DskipTests -DforceContextQualifier="$next_qualifier" verify >"$work/next-build.log" 2>&1) \
    || { tail -40 "$work/next-build.log" >&2; pdca_die "the next build failed (log above)"; }
  next_site="$work/next/releng/pdca.product/target/repository"
fi
check "the next build's site holds the product in version $next_version" \
  test -f "$next_site/plugins/pdca.model_$next_version.jar"

# a plan saved by this build, before the update
mkdir -p "$work/plans"
PDCA_LANG=en "$installed/pdca-cli.sh" new -t county-planning-department -a 彰化縣政府計畫處 -y 116 \
  -o "$work/plans/saved-before.pdca" >/dev/null
check "this build saved a plan" test -s "$work/plans/saved-before.pdca"

update() { # ARGS... : pdca-update.sh of the installation, output in $out, exit status in $rc
  rc=0
  out=$(PDCA_LANG=en "$installed/pdca-update.sh" "$@" 2>&1) || rc=$?
  printf '%s\n' "$out" | sed 's/^/   | /' >&2
}

step "its own build's site: nothing to update"
update --check --site "$work/site-this"
check "exit 0 when the installed build is the newest (was $rc)" test "$rc" = 0
check "it names the installed version" grep -q "installed: $version" <<<"$out"
check "it says it is the newest" grep -q "is the newest build" <<<"$out"

step "a folder that is no update site"
mkdir -p "$work/empty"
update --check --site "$work/empty"
check "exit 2 for a folder that is no update site (was $rc)" test "$rc" = 2
check "the message names the address and what to do" grep -q "No update site could be read at file://$work/empty.*Check the address" <<<"$out"

step "no update site set"
update --check
check "exit 2 without an update site (was $rc)" test "$rc" = 2
check "the message says where to set one" grep -q "No update site is set.*update-site.txt" <<<"$out"

step "the site the IT unit wrote into update-site.txt, checked"
printf '# the agency update site\n%s\n' "$next_site" >"$installed/update-site.txt"
update --check
check "exit 1 when a newer build is there (was $rc)" test "$rc" = 1
check "it names the newer build" grep -q "A newer build of the workbench is available: $next_version (this one is $version)" <<<"$out"
check "nothing is installed by --check" grep -q "plugins/pdca.model_$version.jar" "$installed/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

step "an installation the user may not write to"
home="$work/home"
mkdir -p "$home"
chown 65534:65534 "$home"
as_user() {
  setpriv --reuid=65534 --regid=65534 --clear-groups \
    env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$home" LANG=C.UTF-8 JAVA_HOME="$JAVA_HOME" PDCA_LANG=en \
    PDCA_JAVA_OPTS="-Duser.home=$home" "$@"
}
if [ "$(id -u)" -eq 0 ]; then
  rc=0
  out=$(as_user "$installed/pdca-update.sh" 2>&1) || rc=$?
  printf '%s\n' "$out" | sed 's/^/   | /' >&2
  check "exit 2 for a user who may not change the installation (was $rc)" test "$rc" = 2
  check "the message says the IT unit updates it" grep -q "managed by the IT unit" <<<"$out"
  check "the installation is unchanged" grep -q "plugins/pdca.model_$version.jar" "$installed/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
else
  echo "note: not root; the read-only installation was not checked" >&2
fi

step "installing the next build"
update
check "exit 0 when the update is installed (was $rc)" test "$rc" = 0
check "it says what was installed" grep -q "Build $next_version is installed (it was $version)" <<<"$out"

step "after the restart"
update --check
check "the installation now is the next build (exit $rc)" grep -q "installed: $next_version" <<<"$out"
check "and finds nothing newer" test "$rc" = 0
bundles="$installed/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
check "the configuration starts the next build's bundles" grep -q "plugins/pdca.model_$next_version.jar" "$bundles"
check "and no longer this build's" sh -c "! grep -q 'plugins/pdca.model_$version.jar' '$bundles'"
check "the next build's jar is installed" test -f "$installed/plugins/pdca.model_$next_version.jar"
rc=0
out=$(PDCA_LANG=en "$installed/pdca-cli.sh" validate "$work/plans/saved-before.pdca" "$installed"/samples/plans/*/*.pdca 2>&1) || rc=$?
check "the plan saved before the update and the samples validate with the next build (exit $rc: $out)" test "$rc" = 0

step "the updated workbench starts"
pdca_start_xvfb 1600x1000 121
display=$pdca_display
xvfb_pid=$pdca_xvfb_pid
DISPLAY="$display" PDCA_LANG=en "$installed/pdca.sh" "$work/workspace" >"$work/workbench.log" 2>&1 &
workbench_pid=$!
window=$(pdca_wait_for_window "$workbench_pid" "$work/workbench.log")
check "the updated workbench's window appears within 2 minutes" test -n "$window"
sleep 5
if [ -n "${PDCA_SCREENSHOT:-}" ] && command -v import >/dev/null; then
  DISPLAY="$display" import -window root "$PDCA_SCREENSHOT"
  step "screenshot: $PDCA_SCREENSHOT"
fi
echo "update: $version -> $next_version installed through p2 and checked" >&2
