# Shared by the benchmark scripts that drive flowlog-cli and an official SDK against a fresh
# flowlog-emulator on loopback. Sourced, not executed; expects $root and $build to be set.
#
#   bench_prepare           checks the executables, installs the SDKs of tests/interop if missing,
#                           makes $work (removed on exit, with the emulator) and exports the
#                           sandbox's credentials, a history file in $work and NODE_PATH
#   start_emulator [ARGS…]  (re)starts the emulator with ARGS; sets $endpoint

cli=$build/bin/flowlog-cli
emulator=$build/bin/flowlog-emulator

bench_prepare() {
    local program
    for program in "$cli" "$emulator"; do
        [ -x "$program" ] || { echo "missing $program: build the flowlog-cli and flowlog-emulator targets" >&2; exit 2; }
    done
    if [ ! -d "$build/interop/node_modules/@alicloud/pop-core" ]; then
        cmake -DSOURCE_DIR="$root/tests/interop" -DWORK_DIR="$build/interop" -DNODE="$(command -v node)" \
            -DNPM="$(command -v npm)" -P "$root/tests/interop/npm_install.cmake"
    fi
    work=$(mktemp -d)
    emulator_pid=
    trap bench_cleanup EXIT
    export ALIBABA_CLOUD_ACCESS_KEY_ID=sandbox-access-key-id
    export ALIBABA_CLOUD_ACCESS_KEY_SECRET=sandbox-access-key-secret
    unset ALIBABA_CLOUD_SECURITY_TOKEN
    export FLOWLOG_HISTORY=$work/history.sqlite
    export NODE_PATH=$build/interop/node_modules
}

bench_cleanup() {
    [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null && wait "$emulator_pid" 2>/dev/null
    rm -rf "$work"
}

start_emulator() {
    [ -n "$emulator_pid" ] && kill "$emulator_pid" && wait "$emulator_pid" 2>/dev/null || true
    rm -f "$work/emulator.out"
    "$emulator" --listen 127.0.0.1:0 --activation-delay 0 "$@" >"$work/emulator.out" 2>"$work/emulator.err" &
    emulator_pid=$!
    for _ in $(seq 100); do
        endpoint=$(sed -n 's/^listening on //p' "$work/emulator.out" 2>/dev/null | head -1)
        [ -n "$endpoint" ] && return 0
        sleep 0.05
    done
    echo "flowlog-emulator did not start: $(cat "$work/emulator.err")" >&2
    exit 1
}
