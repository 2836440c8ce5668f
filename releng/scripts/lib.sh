# Shared functions of the project's scripts (sourced, not run).
# PDCA_ROOT must be set to the repository root before sourcing.

PDCA_PRODUCT="$PDCA_ROOT/releng/pdca.product/target/products/pdca.product/linux/gtk/x86_64"

pdca_die() {
  echo "error: $*" >&2
  exit 2
}

# Java major version of a java binary, or 0. Read from the JDK's release file when it has one
# (starting a JVM only to ask costs a tenth of a second on every ./pdca).
pdca_java_major() {
  local v="" release
  release="$(dirname "$(dirname "$1")")/release"
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$release")
    [ "$v" = 1 ] && v="" # 1.8 and older: ask the JVM
  fi
  [ -n "$v" ] || v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  echo "${v:-0}"
}

# Sets JAVA_HOME to a JDK >= 21: JAVA_HOME if it qualifies, else a JDK under /usr/lib/jvm.
pdca_select_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] \
        && [ "$(pdca_java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  pdca_die "no JDK 21 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm has: $(ls /usr/lib/jvm 2>/dev/null | tr '\n' ' ')). Eclipse 4.39 needs Java 21+: install one and set JAVA_HOME."
}

# Installs the Debian packages the workbench and the UI tests need, when missing and possible.
pdca_install_desktop_packages() {
  local wanted=(xvfb xauth libgtk-3-0 fonts-noto-cjk python3-fonttools)
  local missing=()
  local p
  for p in "${wanted[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} ..." >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || pdca_die "could not install ${missing[*]} with apt-get"
  else
    pdca_die "missing Debian packages: ${missing[*]}. Install them: sudo apt-get install ${missing[*]}"
  fi
}

# Installs the given Debian packages when missing (as root), or says what to install.
pdca_install_packages() {
  local missing=()
  local p
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} ..." >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || pdca_die "could not install ${missing[*]} with apt-get"
  else
    pdca_die "missing Debian packages: ${missing[*]}. Install them: sudo apt-get install ${missing[*]}"
  fi
}

# Debian packages the build needs: the fonts shipped in pdca.fonts are made from fonts-noto-cjk
# with python3-fonttools.
pdca_install_build_packages() {
  pdca_install_packages fonts-noto-cjk python3-fonttools
}

# Debian packages some tests use when present: LibreOffice Calc converts the check-in forms to XLSX and
# CSV and back (pdca.forms.tests, LibreOfficeRoundTripTest). Installed as root; otherwise the test says it
# was skipped, and this says what to install.
pdca_install_test_packages() {
  local missing=()
  local p
  for p in libreoffice-calc-nogui; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} ..." >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || pdca_die "could not install ${missing[*]} with apt-get"
  else
    echo "note: ${missing[*]} is not installed, so the LibreOffice round trip of the check-in forms will be skipped (sudo apt-get install ${missing[*]})" >&2
  fi
}

# Debian packages of the independent packet checks (releng/checks/check-packets.sh): pdftotext,
# LibreOffice headless for text and spreadsheets, Python for reading plan files.
pdca_install_check_packages() {
  pdca_install_packages poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui python3
}

# True when the materialised product is missing or older than any source of it.
pdca_product_stale() {
  local stamp="$PDCA_PRODUCT/.built"
  [ -f "$stamp" ] || return 0
  [ -n "$(cd "$PDCA_ROOT" && find pom.xml bundles features releng/pdca.product releng/pdca.target \
      -path '*/target' -prune -o -path '*/bin' -prune -o -type f -newer "$stamp" -print -quit 2>/dev/null)" ]
}

# Builds the product (tests are run by ./run-tests, not here) when it is missing or stale.
pdca_ensure_product() {
  if pdca_product_stale; then
    pdca_install_build_packages
    echo "Building the product (first time: several minutes) ..." >&2
    (cd "$PDCA_ROOT" && ./mvnw -B -q verify -DskipTests) >&2 || pdca_die "the build failed; see the output above"
    touch "$PDCA_PRODUCT/.built"
  fi
}

# The Equinox launcher jar of the product.
pdca_launcher() {
  local jar
  jar=$(ls "$PDCA_PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
  [ -n "$jar" ] || pdca_die "the product in $PDCA_PRODUCT has no launcher; rebuild with ./mvnw verify"
  echo "$jar"
}

# Runs Java in a UTF-8 locale. Java takes the character set of file names and command-line
# arguments from the locale (sun.jnu.encoding, which cannot be set with -D): under LANG=C, POSIX
# or no LANG it cannot even name a file called 計畫.pdca. When the locale's character set is not
# UTF-8, LC_ALL becomes C.UTF-8 (always there on Debian) or another UTF-8 locale. The language of
# the messages is PDCA_LANG's (-nl), not the locale's.
pdca_utf8_locale() {
  case "$(locale charmap 2>/dev/null)" in
    UTF-8|utf8) return 0 ;;
  esac
  local candidate
  for candidate in C.UTF-8 C.utf8 en_US.UTF-8 en_US.utf8; do
    if [ "$(LC_ALL=$candidate locale charmap 2>/dev/null)" = "UTF-8" ]; then
      export LC_ALL=$candidate
      return 0
    fi
  done
  echo "warning: no UTF-8 locale is installed; file names with Chinese characters cannot be used (install one, e.g. apt-get install locales)" >&2
}

# -nl argument from PDCA_LANG (zh_TW unless set to en).
pdca_nl() {
  case "${PDCA_LANG:-zh_TW}" in
    en*|EN*) echo en ;;
    *) echo zh_TW ;;
  esac
}

# Bundles the headless application (pdca.cli.app) never loads: the workbench, SWT and its
# languages, NatTable and Eclipse Collections (with its fragment pdca.serviceloader.collections),
# the IDE parts, p2. Matched against the symbolic names of the product's bundles.info; see
# pdca_cli_configuration.
PDCA_CLI_EXCLUDED='^(org\.eclipse\.(swt|jface|ui|e4|nebula|collections|compare|team|ltk|help|text|core\.filebuffers|core\.databinding|core\.commands|core\.resources|core\.filesystem|core\.expressions|urischeme|equinox\.bidi|equinox\.p2|equinox\.frameworkadmin|equinox\.simpleconfigurator\.manipulator|ecf|osgi\.compatibility)|com\.github\.weisj\.jsvg|org\.apache\.batik|com\.sun\.jna|pdca\.(update|ui|tracker\.ui|export\.ui|importer\.ui|samples|serviceloader\.collections)|pdca\.nl\.zh_TW\.org\.eclipse\.(ui|jface|compare|team|ltk|e4|core\.resources))(\.[^,]*)?,'

# Prints the OSGi configuration area of the command line for this product, and (re)makes it when
# it is missing or older than the product: a config.ini that points the simple configurator at
# the product's bundle list without the bundles the command line never uses (the framework then
# resolves, and declarative services look at, well under half of the product's bundles). The area
# also holds the JVM's class-data archives of the command line (cli-COMMAND.jsa, made by each
# command's first run with -XX:+AutoCreateSharedArchive), dropped here when the product changes.
# It also holds a copy of the framework jar (org.eclipse.osgi) without its signature, which its
# config.ini names: the launcher loads the framework with a URLClassLoader, and from the signed jar
# the JDK verified the digest of every framework class it loaded, at every start (about 0.2 s of a
# `pdca validate`, see docs/benchmarks.md). One area per product folder, so that checkouts side by
# side do not share one.
pdca_cli_configuration() {
  local config list product_list framework configurator
  config="${XDG_CACHE_HOME:-$HOME/.cache}/pdca/cli-configuration-$(printf %s "$PDCA_PRODUCT" | cksum | cut -d' ' -f1)"
  product_list="$PDCA_PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
  list="$config/cli-bundles.info"
  # made again whenever the product's bundle list or the exclusions differ from what it was made from
  mkdir -p "$(dirname "$config")"
  { printf '%s\n' "$PDCA_CLI_EXCLUDED"; cat "$product_list"; } >"$config.source" 2>/dev/null || pdca_die "cannot read $product_list"
  if [ ! -f "$list" ] || [ ! -f "$config/config.ini" ] || ! cmp -s "$config.source" "$config/source"; then
    rm -rf "$config"
    mkdir -p "$config"
    mv "$config.source" "$config/source"
    grep -Ev "$PDCA_CLI_EXCLUDED" "$product_list" >"$list.tmp" || pdca_die "cannot read $product_list"
    printf 'org.eclipse.equinox.simpleconfigurator.configUrl=%s\n' "file:$list" >"$config/config.ini"
    framework=$(ls "$PDCA_PRODUCT"/plugins/org.eclipse.osgi_*.jar 2>/dev/null | head -n 1)
    configurator=$(ls "$PDCA_PRODUCT"/plugins/org.eclipse.equinox.simpleconfigurator_*.jar 2>/dev/null | head -n 1)
    if [ -n "$framework" ] && [ -n "$configurator" ] \
        && "$JAVA_HOME/bin/java" "$PDCA_ROOT/releng/scripts/UnsignedJar.java" "$framework" "$config/org.eclipse.osgi.jar"; then
      # the simple configurator by its full path: a relative one is taken from the framework's folder
      printf 'osgi.framework=file:%s\nosgi.bundles=reference:file:%s@1:start\n' \
        "$config/org.eclipse.osgi.jar" "$configurator" >>"$config/config.ini"
    fi
    mv "$list.tmp" "$list"
  fi
  echo "$config"
}

# The JVM options of the workbench, one a line (./workbench; releng/benchmarks/ratios.sh starts its
# bare RCP baseline with the same). $1 is the JVM's class-data archive: made at the end of the
# first start (-XX:+AutoCreateSharedArchive), it spares later starts parsing and verifying the
# same few thousand classes again; the JVM makes a new one when the JDK or the launcher changes.
pdca_workbench_java_options() {
  printf '%s\n' -Dfile.encoding=UTF-8 -Xmx2g \
    "-XX:SharedArchiveFile=$1" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off \
    "-Djava.util.logging.config.file=$PDCA_ROOT/releng/scripts/logging.properties" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
}

# Starts a private Xvfb of SIZE (e.g. 1920x1080) on the first free display from FIRST on; sets
# pdca_display and pdca_xvfb_pid (the caller kills it).
pdca_start_xvfb() {
  local size=$1 first=$2 n
  pdca_display=""
  for n in $(seq "$first" $((first + 30))); do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then pdca_display=":$n"; break; fi
  done
  [ -n "$pdca_display" ] || pdca_die "no free X display number from :$first on"
  Xvfb "$pdca_display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  pdca_xvfb_pid=$!
  sleep 2
}

# Waits up to two minutes for a visible window named PDCA of the workbench process PID on
# pdca_display; prints its id, or nothing when the process ended first (its LOG is shown) or the time ran out.
pdca_wait_for_window() {
  local pid=$1 log=$2 window=""
  for _ in $(seq 1 120); do
    window=$(DISPLAY="$pdca_display" xdotool search --onlyvisible --name 'PDCA' 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$log" >&2
      echo "the workbench ended before showing its window" >&2
      return 0
    fi
    sleep 1
  done
  echo "$window"
}

# The Maven modules a UI test fragment needs to run on the product's bundles, for `./mvnw -pl`: every bundle the
# runtime, core, UI and templates features list (by artifact id, :pdca.model), those features, pdca.feature and
# the test support; read from the features, so that a bundle added to them is not missing. Usage:
#   pdca_ui_test_modules bundles/tests/pdca.ui.tests
pdca_ui_test_modules() {
  local features="features/pdca.runtime.feature features/pdca.core.feature features/pdca.ui.feature features/pdca.templates.feature"
  local modules f
  modules=$(for f in $features; do sed -n 's/.*<plugin id="\(pdca\.[^"]*\)".*/:\1/p' "$PDCA_ROOT/$f/feature.xml"; done | paste -sd, -)
  [ -n "$modules" ] || pdca_die "no pdca bundles found in $features"
  echo "$modules,${features// /,},features/pdca.feature,:pdca.test.support,$1"
}

# The Maven modules of a narrow headless test build, for `./mvnw -pl`: the runtime feature and the pdca bundles it
# lists (read from it), the test support every test fragment requires, the bundles named (by artifact id or path) and
# the test fragment, so that a requirement added to all test runtimes is not missing from one script. Usage:
#   pdca_headless_test_modules bundles/tests/pdca.team.tests :pdca.model :pdca.edit :pdca.samples :pdca.team
pdca_headless_test_modules() {
  local test=$1
  shift
  local runtime modules
  runtime=$(sed -n 's/.*<plugin id="\(pdca\.[^"]*\)".*/:\1/p' "$PDCA_ROOT/features/pdca.runtime.feature/feature.xml" | paste -sd, -)
  [ -n "$runtime" ] || pdca_die "no pdca bundles found in features/pdca.runtime.feature"
  modules=$(printf '%s\n' "$@" | paste -sd, -)
  echo "$runtime,features/pdca.runtime.feature,:pdca.test.support${modules:+,$modules},$test"
}
