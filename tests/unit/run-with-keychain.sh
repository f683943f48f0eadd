#!/bin/sh
# Runs a test inside a private D-Bus session with a gnome-keyring of its own (in a temporary
# directory, never the user's login keyring), so that the real keychain code path is exercised
# headless. Exits 77 (CTest's "skipped") when no secret service can be started here at all; once
# one runs, the test's own verdict counts.
# Usage: run-with-keychain.sh TEST_EXECUTABLE [TEST_FUNCTIONS...]
home=$(mktemp -d) || exit 77
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/data" "$home/run" && chmod 700 "$home/run" || exit 77
XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" dbus-run-session -- sh -c '
    if ! printf %s flowlog-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
        echo "gnome-keyring-daemon could not be started: skipped" >&2
        exit 77
    fi
    "$@"' sh "$@"
status=$?
# dbus-run-session itself failing to start a bus is the same kind of absence.
[ $status -eq 127 ] && exit 77
exit $status
