#!/usr/bin/env bash
# Starts the PDCA workbench of this installation (Linux, and macOS inside PDCA.app).
#   pdca.sh [WORKSPACE_FOLDER]        the workbench (default folder: ~/pdca-workspace)
#   pdca-cli.sh COMMAND ...           the headless pdca command (pdca-cli.sh --help)
#   pdca-update.sh [--check] [--site ADDRESS]   update this installation from the update site
# Needs Java 21 or newer, looked for in this order: the folder jre/ of the installation,
# PDCA_JAVA_HOME, JAVA_HOME, (macOS) /usr/libexec/java_home, java on the PATH, (Linux) /usr/lib/jvm.
# PDCA_LANG=en for English; PDCA_WORKSPACE names the workspace folder; PDCA_JAVA_OPTS adds JVM options.
set -euo pipefail

# this script's folder, through symbolic links (a link on the PATH to an installed copy)
source="${BASH_SOURCE[0]}"
while [ -L "$source" ]; do
  dir=$(cd -P "$(dirname "$source")" && pwd)
  source=$(readlink "$source")
  case "$source" in /*) ;; *) source="$dir/$source" ;; esac
done
here=$(cd -P "$(dirname "$source")" && pwd)
mode="${PDCA_MODE:-workbench}"
os=$(uname -s)

# the product: beside this script, or in Contents/Eclipse of a macOS app bundle
if [ -d "$here/plugins" ]; then
  product="$here"
elif [ -d "$here/../Eclipse/plugins" ]; then
  product=$(cd "$here/../Eclipse" && pwd)
else
  echo "error: no PDCA product (plugins folder) beside $here" >&2
  exit 2
fi
# the starter's own files (logging settings, samples): beside it, or in Contents/Resources of the app
dist="$here"
[ -f "$dist/logging.properties" ] || dist=$(cd "$here/../Resources" 2>/dev/null && pwd) || dist="$here"

fail() {
  echo "error: $*" >&2
  if [ "$mode" = workbench ] && [ ! -t 2 ]; then
    # started from a desktop entry or the Finder: say it where the user looks
    if [ "$os" = Darwin ]; then
      osascript -e "display alert \"PDCA\" message \"$*\"" >/dev/null 2>&1 || true
    elif command -v zenity >/dev/null 2>&1; then
      zenity --error --title=PDCA --text="$*" >/dev/null 2>&1 || true
    fi
  fi
  exit 2
}

# Java major version of a java binary, or 0: from the runtime's release file when there is one
# (cheaper than starting a JVM), else asked from the JVM.
java_major() {
  local v="" release
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release")
    [ "$v" = 1 ] && v=""
  fi
  [ -n "$v" ] || v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  case "$v" in
    1.*) v=${v#1.} ;;
  esac
  echo "${v:-0}"
}

find_java() {
  local candidates=() c major seen=""
  candidates+=("$product/jre/bin/java" "$product/jre/Contents/Home/bin/java")
  [ -n "${PDCA_JAVA_HOME:-}" ] && candidates+=("$PDCA_JAVA_HOME/bin/java")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  if [ "$os" = Darwin ] && [ -x /usr/libexec/java_home ]; then
    c=$(/usr/libexec/java_home -v 21+ 2>/dev/null || true)
    [ -n "$c" ] && candidates+=("$c/bin/java")
  fi
  c=$(command -v java 2>/dev/null || true)
  [ -n "$c" ] && candidates+=("$c")
  if [ "$os" = Linux ]; then
    for c in /usr/lib/jvm/*/bin/java; do
      [ -x "$c" ] && candidates+=("$c")
    done
  fi
  for c in "${candidates[@]}"; do
    [ -x "$c" ] && [ ! -d "$c" ] || continue
    major=$(java_major "$c")
    if [ "$major" -ge 21 ] 2>/dev/null; then
      echo "$c"
      return 0
    fi
    seen="$seen${seen:+,} $c (Java $major)"
  done
  fail "PDCA needs Java 21 or newer (a JRE is enough, e.g. Eclipse Temurin 21 or 25).${seen:+ Found only:$seen.} Install one and set JAVA_HOME (or PDCA_JAVA_HOME), or unpack it into $product/jre."
}

# Java takes the character set of file names and arguments from the locale: without a UTF-8 one
# it cannot name a file called 計畫.pdca.
utf8_locale() {
  case "$(locale charmap 2>/dev/null)" in
    UTF-8|utf8) return 0 ;;
  esac
  local c
  for c in C.UTF-8 C.utf8 en_US.UTF-8 en_US.utf8; do
    if [ "$(LC_ALL=$c locale charmap 2>/dev/null)" = "UTF-8" ]; then
      export LC_ALL=$c
      return 0
    fi
  done
}

nl() {
  case "${PDCA_LANG:-zh_TW}" in
    en*|EN*) echo en ;;
    *) echo zh_TW ;;
  esac
}

java=$(find_java)
utf8_locale
launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
[ -n "$launcher" ] || fail "the product in $product has no launcher jar (plugins/org.eclipse.equinox.launcher_*.jar)"
if [ "$os" = Darwin ]; then
  cache="$HOME/Library/Caches/pdca"
else
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/pdca"
fi
# one cache folder per installation, so that two versions side by side share nothing
cache="$cache/$(printf %s "$product" | cksum | cut -d' ' -f1)"
mkdir -p "$cache"
vm_opts=()
[ "$os" = Darwin ] && vm_opts+=(-XstartOnFirstThread -Xdock:name=PDCA)

if [ "$mode" = cli ]; then
  # Bundles the headless application (pdca.cli.app) never loads, left out of the command line's
  # own OSGi configuration (whose shared parent is the product's): PDCA_CLI_EXCLUDED of the source
  # tree's releng/scripts/lib.sh, which the build copies to lib/pdca-lib.sh.
  excluded=$(sed -n "s/^PDCA_CLI_EXCLUDED='\(.*\)'\$/\1/p" "$dist/lib/pdca-lib.sh" 2>/dev/null || true)
  [ -n "$excluded" ] || fail "$dist/lib/pdca-lib.sh has no PDCA_CLI_EXCLUDED"
  config="$cache/cli-configuration"
  product_list="$product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  list="$config/cli-bundles.info"
  # made again whenever the product's bundle list or the exclusions differ from what it was made
  # from (an update, or another build installed in the same folder, whatever the files' times)
  source_now="$cache/cli-source.now"
  { printf '%s\n' "$excluded"; cat "$product_list"; } >"$source_now" 2>/dev/null || fail "cannot read $product_list"
  if [ ! -f "$list" ] || [ ! -f "$config/config.ini" ] || ! cmp -s "$source_now" "$config/source"; then
    rm -rf "$config"
    mkdir -p "$config"
    grep -Ev "$excluded" "$product_list" >"$list.tmp" || fail "cannot read $product_list"
    printf 'org.eclipse.equinox.simpleconfigurator.configUrl=%s\n' "file:$list" >"$config/config.ini"
    mv "$source_now" "$config/source"
    mv "$list.tmp" "$list"
  fi
  case "${1:-}" in
    [a-z]*) archive="$config/cli-${1//[^a-z]/}.jsa" ;;
    *) archive="$config/cli.jsa" ;;
  esac
  # shellcheck disable=SC2086
  exec "$java" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Xmx1g \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -XX:SharedArchiveFile="$archive" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Djava.awt.headless=true ${PDCA_JAVA_OPTS:-} \
    -Djava.util.logging.config.file="$dist/logging.properties" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -Dosgi.configuration.area="$config" -Dosgi.sharedConfiguration.area="$product/configuration" \
    -jar "$launcher" -nosplash -application pdca.cli.app -data @none -nl "$(nl)" "$@"
fi

if [ "$mode" = update ]; then
  # The update runs in the installation's own OSGi configuration and p2 profile: it changes the
  # installation, so only who may write there can run it.
  case "${1:-}" in
    -h|--help) ;;
    *)
      if [ ! -w "$product/configuration" ] || [ ! -w "$product/plugins" ] || [ ! -w "$product/p2" ]; then
        echo "error: this installation ($product) is managed by the IT unit and you may not change it: ask the IT unit to update it (a new package or archive), or run pdca-update.sh as the account that installed it" >&2
        exit 2
      fi
      ;;
  esac
  # shellcheck disable=SC2086
  exec "$java" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Xmx1g -Djava.awt.headless=true ${PDCA_JAVA_OPTS:-} \
    -Djava.util.logging.config.file="$dist/logging.properties" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -jar "$launcher" -nosplash -application pdca.update.app -data @none -nl "$(nl)" "$@"
fi

# The workbench. Its workspace: the argument, PDCA_WORKSPACE or ~/pdca-workspace; a folder that
# does not exist yet is made and given the sample projects (the five seed plans, the tracking
# samples and the illustrative county portfolio), unless PDCA_NO_SAMPLES=1.
workspace="${1:-${PDCA_WORKSPACE:-$HOME/pdca-workspace}}"
if [ ! -e "$workspace" ]; then
  mkdir -p "$workspace"
  samples="$dist/samples"
  if [ "${PDCA_NO_SAMPLES:-0}" != 1 ] && [ -d "$samples" ]; then
    cp -R "$samples"/. "$workspace"/
    echo "The sample projects were copied into the new workspace $workspace" >&2
  fi
fi
[ -d "$workspace" ] || fail "the workspace $workspace is not a folder"
workspace=$(cd "$workspace" && pwd)
if [ "$os" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  fail "no display: start the workbench on a desktop (the headless commands are pdca-cli.sh / pdca)"
fi
# The OSGi configuration stays in the installation when the user may write there (an unpacked
# archive: updates then go into the installation). An installation the user cannot write to (/opt,
# a package, /Applications) is the shared parent of a configuration of the user's own in the cache
# folder (Equinox's own fallback, ~/.eclipse, goes by the account's home, not by HOME).
if [ ! -w "$product/configuration" ]; then
  vm_opts+=("-Dosgi.configuration.area=$cache/configuration" "-Dosgi.sharedConfiguration.area=$product/configuration")
fi
# The class-data archive of the first start spares later starts parsing the same classes again.
# Exit status 23 (or 24) is the workbench asking to be started again, e.g. after installing an
# update (File › Restart, Help › Check for Updates): the native Eclipse launcher would do that, so
# without one the starter does. The class-data archive is made afresh after an update.
while :; do
  rc=0
  # shellcheck disable=SC2086
  "$java" -Dfile.encoding=UTF-8 -Xmx2g -Dpdca.restart=loop ${vm_opts[@]+"${vm_opts[@]}"} \
    -XX:SharedArchiveFile="$cache/workbench.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off \
    ${PDCA_JAVA_OPTS:-} \
    -Djava.util.logging.config.file="$dist/logging.properties" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -jar "$launcher" -nosplash -data "$workspace" -nl "$(nl)" || rc=$?
  case "$rc" in
    23|24) echo "Restarting the workbench" >&2 ;;
    *) exit "$rc" ;;
  esac
done
