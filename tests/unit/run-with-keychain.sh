#!/bin/sh
# Runs a test inside a private D-Bus session with a gnome-keyring of its own (in a temporary
# directory, never the user's login keyring), so that the real keychain code path is exercised
# headless. Usage: run-with-keychain.sh TEST_EXECUTABLE [TEST_FUNCTIONS...]
home=$(mktemp -d) || exit 1
trap 'rm -rf "$home"' EXIT
XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run" dbus-run-session -- sh -c '
    mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    printf %s flowlog-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    "$@"' sh "$@"
