#!/usr/bin/env bash
# Makes the Debian package of the workbench from the Linux product archive that the build made
# (releng/pdca.product/target/pdca-VERSION-linux.gtk.x86_64.tar.gz):
#   /opt/pdca                  the archive's content (product, starters, samples, README)
#   /usr/bin/pdca              the headless command (pdca --help)
#   /usr/bin/pdca-workbench    the workbench (pdca-workbench [WORKSPACE_FOLDER])
#   /usr/share/applications/pdca.desktop and the icon in the hicolor theme
# Usage: releng/deb/build-deb.sh [ARCHIVE] [OUT_FOLDER]   Prints the path of the .deb it made.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$root/releng/deb"
archive="${1:-$(ls -t "$root"/releng/pdca.product/target/pdca-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1)}"
out="${2:-$root/releng/pdca.product/target}"
[ -n "$archive" ] && [ -f "$archive" ] || { echo "error: no Linux product archive; build it first: ./mvnw -B verify -DskipTests" >&2; exit 2; }
command -v dpkg-deb >/dev/null || { echo "error: dpkg-deb is needed (Debian package dpkg)" >&2; exit 2; }

# pdca-0.1.0.202611301901-linux.gtk.x86_64.tar.gz -> 0.1.0.202611301901 (a newer build, a higher version)
version=$(basename "$archive" | sed -n 's/^pdca-\(.*\)-linux\.gtk\.x86_64\.tar\.gz$/\1/p')
[ -n "$version" ] || { echo "error: cannot read the version from $archive" >&2; exit 2; }

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
pkg="$staging/pdca"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
  "$pkg/usr/share/icons/hicolor/scalable/apps" "$pkg/usr/share/icons/hicolor/256x256/apps" \
  "$pkg/usr/share/doc/pdca"
tar xzf "$archive" -C "$pkg/opt"
[ -x "$pkg/opt/pdca/pdca.sh" ] || { echo "error: $archive has no pdca/pdca.sh" >&2; exit 2; }
# no run-time leftovers of the build (locks) in the package
find "$pkg/opt/pdca" -name .lock -delete

cat >"$pkg/usr/bin/pdca" <<'SH'
#!/bin/sh
# The headless command of the PDCA workbench (package pdca): pdca --help
exec /opt/pdca/pdca-cli.sh "$@"
SH
cat >"$pkg/usr/bin/pdca-workbench" <<'SH'
#!/bin/sh
# Starts the PDCA workbench (package pdca): pdca-workbench [WORKSPACE_FOLDER]
exec /opt/pdca/pdca.sh "$@"
SH
chmod 0755 "$pkg/usr/bin/pdca" "$pkg/usr/bin/pdca-workbench"
install -m 0644 "$here/pdca.desktop" "$pkg/usr/share/applications/pdca.desktop"
install -m 0644 "$pkg/opt/pdca/pdca.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/pdca.svg"
install -m 0644 "$pkg/opt/pdca/pdca.png" "$pkg/usr/share/icons/hicolor/256x256/apps/pdca.png"
ln -s /opt/pdca/README.txt "$pkg/usr/share/doc/pdca/README.txt"

size=$(du -sk "$pkg" | cut -f1)
cat >"$pkg/DEBIAN/control" <<CONTROL
Package: pdca
Version: $version
Architecture: amd64
Maintainer: PDCA Workbench <pdca@localhost>
Section: misc
Priority: optional
Installed-Size: $size
Depends: libgtk-3-0 | libgtk-3-0t64, fonts-noto-cjk
Description: PDCA plan governance workbench (PDCA 計畫管考工作台)
 An Eclipse RCP workbench for the yearly service-quality plans of Taiwanese
 government agencies: write a plan from an agency template, track it quarter
 by quarter, and export the year-end packet. The command pdca runs the same
 checks and exports headless.
 .
 Needs a Java runtime 21 or newer (e.g. Eclipse Temurin 21 or 25), found
 through JAVA_HOME, PDCA_JAVA_HOME, java on the PATH or /usr/lib/jvm.
CONTROL
# the OSGi configuration and p2 data that running the product as root wrote into /opt/pdca
cat >"$pkg/DEBIAN/postrm" <<'SH'
#!/bin/sh
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
  rm -rf /opt/pdca
fi
SH
chmod 0755 "$pkg/DEBIAN/postrm"

mkdir -p "$out"
deb="$out/pdca_${version}_amd64.deb"
# the jars are compressed already: a quick gzip (xz took over a minute for 2 % less)
dpkg-deb --root-owner-group -Zgzip -z1 --build "$pkg" "$deb" >/dev/null
echo "$deb"
