#!/usr/bin/env bash
# Checks that the Linux package really runs, not only that it was built (issue #9):
# unpacks the .deb into a temporary root with `dpkg -x` and runs the installed launcher, with no
# display, and
#   1. --version                      prints "SRO Desk <the package's version>", exit 0
#   2. --self-check --db <tmp>/…      exit 0, database created and migrated
#   3. arguments pass through the launcher unchanged (a --db path with spaces; an unknown option
#      reaches the app's own parser: exit 2 and its message)
# and prints the package size, the installed size and the modules of the bundled runtime.
# With --gui (needs Xvfb and xwininfo) it also opens the window on a private virtual display and
# waits until the "SRO Desk" window is mapped — proof that JavaFX starts on the trimmed runtime.
# (The GUI run leaves what any first start leaves in the user's home: the JavaFX native library
# cache ~/.openjfx and the window placement in ~/.java/.userPrefs/org/srodesk.)
#
# Usage: installer/smoke-test.sh [--gui] [PACKAGE.deb]   (default: target/installer/dist/*.deb)
set -euo pipefail
cd "$(dirname "$0")/.."

gui=no
deb=""
for arg in "$@"; do
    case "$arg" in
        --gui) gui=yes ;;
        -*) echo "usage: installer/smoke-test.sh [--gui] [PACKAGE.deb]" >&2; exit 2 ;;
        *) deb="$arg" ;;
    esac
done
if [[ -z "$deb" ]]; then
    shopt -s nullglob
    debs=(target/installer/dist/*.deb)
    [[ ${#debs[@]} -eq 1 ]] || { echo "smoke-test: expected one .deb in target/installer/dist (run installer/build.sh)" >&2; exit 1; }
    deb="${debs[0]}"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/sro-desk-smoke.XXXXXX")"
app_pid=""
xvfb_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

failures=0
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }

started=$SECONDS
package_version="$(dpkg-deb -f "$deb" Version)"
expected="SRO Desk ${package_version%-*}"        # 0.1.0-1 -> 0.1.0 (drop the package release)
dpkg -x "$deb" "$work/root"
launcher="$work/root/opt/sro-desk/bin/SRO Desk"
[[ -x "$launcher" ]] || { echo "smoke-test: no launcher at /opt/sro-desk/bin/SRO Desk in $deb" >&2; exit 1; }
echo "package:   $deb ($package_version)"
echo "unpacked:  $work/root"

# Headless: no display at all, as on a server or in CI.
headless() { env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" "$@"; }

# 1. --version
set +e
out="$(headless --version 2>&1)"; rc=$?
set -e
echo "\$ '/opt/sro-desk/bin/SRO Desk' --version"; echo "$out"
if [[ $rc -eq 0 && "$out" == "$expected" ]]; then pass "--version: exit 0, \"$out\""
else fail "--version: exit $rc, expected \"$expected\""; fi

# 2. --self-check on a new database
db="$work/check.mv.db"
set +e
out="$(headless --self-check --db "$db" 2>&1)"; rc=$?
set -e
echo "\$ '/opt/sro-desk/bin/SRO Desk' --self-check --db <tmp>/check.mv.db"; echo "$out"
if [[ $rc -eq 0 && -s "$db" && "$out" == *"opens and is up to date"* ]]; then
    pass "--self-check: exit 0, $(stat -c %s "$db") byte database created and migrated"
else
    fail "--self-check: exit $rc, database file $( [[ -s "$db" ]] && echo present || echo missing)"
fi

# 3. arguments pass through the launcher
mkdir -p "$work/a folder"
spaced="$work/a folder/check two.mv.db"
set +e
headless --self-check --db "$spaced" >/dev/null 2>&1; rc=$?
set -e
if [[ $rc -eq 0 && -s "$spaced" ]]; then pass "arguments: a --db path with spaces reaches the app intact"
else fail "arguments: --db with spaces, exit $rc"; fi
set +e
out="$(headless --no-such-option 2>&1)"; rc=$?
set -e
if [[ $rc -eq 2 && "$out" == *'Unknown option "--no-such-option"'* ]]; then pass "arguments: unknown option reaches the app's parser (exit 2)"
else fail "arguments: unknown option gave exit $rc: $out"; fi

# Optional: the window opens (JavaFX on the trimmed runtime).
if [[ $gui == yes ]]; then
    command -v Xvfb >/dev/null && command -v xwininfo >/dev/null \
        || { echo "smoke-test: --gui needs Xvfb and xwininfo (x11-utils)" >&2; exit 1; }
    exec 3> "$work/display"
    Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    exec 3>&-
    for _ in $(seq 50); do [[ -s "$work/display" ]] && break; sleep 0.2; done
    display=":$(head -n 1 "$work/display")"
    DISPLAY="$display" "$launcher" --db "$work/gui.mv.db" >"$work/gui.log" 2>&1 &
    app_pid=$!
    gui_start=$SECONDS
    window=no
    while (( SECONDS - gui_start < 60 )) && kill -0 "$app_pid" 2>/dev/null; do
        # The main window: title "SRO Desk — <database>", WM_CLASS of the JavaFX application class
        # (GTK also maps a 10x10 "SRO Desk" leader window at start-up: not enough).
        if DISPLAY="$display" xwininfo -root -tree 2>/dev/null \
                | grep -q -E '"SRO Desk[^"]*": \("org\.srodesk\.app\.SroDeskApp"'; then
            window=yes; break
        fi
        sleep 1
    done
    if [[ $window == yes ]] && kill -0 "$app_pid" 2>/dev/null; then
        pass "window: the SRO Desk main window is mapped on $display after $((SECONDS - gui_start)) s"
    else
        fail "window: did not appear within 60 s; the app said:"; sed 's/^/      /' "$work/gui.log"
    fi
    if grep -q -E 'Exception|Error' "$work/gui.log"; then
        fail "window: the app logged an exception:"; sed 's/^/      /' "$work/gui.log"
    fi
    kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""
    kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""
fi

echo
echo "package size:   $(stat -c %s "$deb") bytes ($(du -h --apparent-size "$deb" | cut -f1))"
echo "installed size: $(du -sk "$work/root" | cut -f1) KiB ($(du -sh "$work/root" | cut -f1)) (du of the unpacked tree)"
echo "runtime:        $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$work/root/opt/sro-desk/lib/runtime/release")"
echo "took:           $((SECONDS - started)) s"
if [[ $failures -gt 0 ]]; then
    echo "smoke-test: $failures check(s) FAILED"; exit 1
fi
echo "smoke-test: all checks passed"
