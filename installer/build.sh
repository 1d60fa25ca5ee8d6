#!/usr/bin/env bash
# Builds SRO Desk's native installer for the OS it runs on (issue #9):
#   Linux   -> target/installer/dist/sro-desk_<version>-1_<arch>.deb
#   Windows -> target/installer/dist/SRO Desk-<version>.msi   (Git Bash; needs the WiX Toolset 3.x)
#   macOS   -> target/installer/dist/SRO Desk-<version>.dmg
#
# Steps: 1. mvn -Pinstaller package (app jar + runtime dependency jars into target/installer/input,
#           name/version/description/main class from the pom into target/installer/build.env)
#        2. jdeps check: every module the jars need is listed in installer/jlink-modules.txt
#        3. jlink a trimmed Java runtime (target/installer/runtime)
#        4. jpackage with installer/jpackage/common.args + the OS's .args file
#
# Usage: installer/build.sh [--with-tests]    (tests are skipped by default: CI runs them)
# Needs JDK 17+ (jlink, jpackage, jdeps) — JAVA_HOME, or the javac on the PATH — and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

skip_tests=-DskipTests
case "${1:-}" in
    --with-tests) skip_tests= ;;
    "") ;;
    *) echo "usage: installer/build.sh [--with-tests]" >&2; exit 2 ;;
esac

if [[ -z "${JAVA_HOME:-}" ]]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
jdk_bin="$JAVA_HOME/bin"
for tool in jdeps jlink jpackage; do
    [[ -x "$jdk_bin/$tool" || -x "$jdk_bin/$tool.exe" ]] || { echo "build.sh: $jdk_bin/$tool not found (JDK 17+ needed)" >&2; exit 1; }
done

case "$(uname -s)" in
    Linux*) os=linux; cp_sep=: ;;
    Darwin*) os=macos; cp_sep=: ;;
    MINGW*|MSYS*|CYGWIN*) os=windows; cp_sep=';' ;;
    *) echo "build.sh: unsupported OS $(uname -s)" >&2; exit 1 ;;
esac

started=$SECONDS
step() { printf '\n== [%3ss] %s\n' "$((SECONDS - started))" "$*"; }

step "1/4 mvn -Pinstaller package"
rm -rf target/installer
mvn -B -q -Dstyle.color=never -Pinstaller $skip_tests package

# build.env: KEY=VALUE lines written by the pom's installer profile (not sourced: values may hold
# quotes; no associative arrays: macOS ships bash 3.2).
while IFS="=" read -r key value || [[ -n "$key" ]]; do
    case "$key" in
        APP_NAME) app_name="$value" ;;
        APP_VERSION) pom_version="$value" ;;
        APP_DESCRIPTION) app_description="$value" ;;
        APP_VENDOR) app_vendor="$value" ;;
        MAIN_JAR) main_jar="$value" ;;
        MAIN_CLASS) main_class="$value" ;;
    esac
done < target/installer/build.env
version="$pom_version"
if [[ "$version" == *-SNAPSHOT ]]; then
    version="${version%-SNAPSHOT}"
    echo "build.sh: the pom version is a SNAPSHOT; the package is versioned $version"
fi
if [[ ! "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
    echo "build.sh: jpackage needs a numeric version (1 to 3 numbers), the pom says $pom_version" >&2
    exit 1
fi
if [[ $os == macos && "$version" == 0* ]]; then
    # jpackage on macOS: "The first number in an app-version cannot be zero or negative."
    echo "build.sh: macOS bundles need a version >= 1.0 (CFBundleVersion); the pom says $version." >&2
    echo "          Set SRO_DESK_MAC_VERSION (e.g. 1.$version) to build a .dmg anyway." >&2
    version="${SRO_DESK_MAC_VERSION:?}"
fi

step "2/4 jdeps: modules needed by the app and its dependencies"
input=target/installer/input
classpath="$(cd "$input" && ls -1 *.jar | sed "s|^|$input/|" | paste -sd "$cp_sep" -)"
needed="$("$jdk_bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "$classpath" "$input"/*.jar 2>/dev/null | tail -n 1)"
listed="$(grep -v '^[[:space:]]*#' installer/jlink-modules.txt | grep -v '^[[:space:]]*$' | paste -sd, -)"
echo "jdeps:  $needed"
echo "listed: $listed"
missing=""
for module in ${needed//,/ }; do
    [[ ",$listed," == *",$module,"* ]] || missing="$missing $module"
done
if [[ -n "$missing" ]]; then
    echo "build.sh: add these modules to installer/jlink-modules.txt:$missing" >&2
    exit 1
fi

step "3/4 jlink: trimmed runtime"
"$jdk_bin/jlink" \
    --add-modules "$listed" \
    --include-locales en \
    --strip-debug --strip-native-commands --no-header-files --no-man-pages --compress=2 \
    --output target/installer/runtime
du -sh target/installer/runtime

step "4/4 jpackage ($os)"
mkdir -p target/installer/dist
"$jdk_bin/jpackage" \
    @installer/jpackage/common.args \
    "@installer/jpackage/$os.args" \
    --name "$app_name" \
    --app-version "$version" \
    --description "$app_description" \
    --vendor "$app_vendor" \
    --main-jar "$main_jar" \
    --main-class "$main_class"

step "done"
ls -l target/installer/dist
