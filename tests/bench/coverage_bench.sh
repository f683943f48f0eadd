#!/usr/bin/env bash
# Coverage at scale: `flowlog-cli coverage --all-regions` against the official SDKs computing the same
# answer the straightforward way (coverage_sdk.mjs: regions, then pages, one after another), both
# against one flowlog-emulator with a generated account and 20 ms latency per call. Checks that both
# give every VPC the same state, and prints wall time, client CPU (user+sys) and peak RSS of each
# (/usr/bin/time -v). Targets: our wall <= 0.5 x the script's, our peak RSS <= 150 MB. Not part of
# ctest: run it by hand.
#
# Usage: tests/bench/coverage_bench.sh [BUILD_DIR=build] [SPEC] [LATENCY=20ms]
#   SPEC defaults to regions=20,vpcs=2000,vswitches=20000,enis=200000,flowlogs=5000,seed=1
# Needs BUILD_DIR/bin/flowlog-cli and flowlog-emulator; the SDKs are installed into
# BUILD_DIR/bench-node unless NODE_PATH already names a node_modules that has them.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
spec=${2:-regions=20,vpcs=2000,vswitches=20000,enis=200000,flowlogs=5000,seed=1}
latency=${3:-20ms}
cli=$build/bin/flowlog-cli
emulator=$build/bin/flowlog-emulator
for program in "$cli" "$emulator" /usr/bin/time; do
    [ -x "$program" ] || { echo "missing $program" >&2; exit 2; }
done
if [ -z "${NODE_PATH:-}" ] || [ ! -d "${NODE_PATH%%:*}/@alicloud/ecs20140526" ]; then
    export NODE_PATH=$build/bench-node/node_modules
    if [ ! -d "$NODE_PATH/@alicloud/ecs20140526" ]; then
        npm install --silent --no-audit --no-fund --prefix "$build/bench-node" \
            @alicloud/vpc20160428@7.3.2 @alicloud/ecs20140526@7.11.6 @alicloud/openapi-core@1.0.8 >&2
    fi
fi

work=$(mktemp -d)
emulator_pid=
cleanup() {
    [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null && wait "$emulator_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

"$emulator" --listen 127.0.0.1:0 --activation-delay 0 --generate-inventory "$spec" --faults "latency=$latency" \
    >"$work/emulator.out" 2>"$work/emulator.err" &
emulator_pid=$!
endpoint=
for _ in $(seq 600); do
    endpoint=$(sed -n 's/^listening on //p' "$work/emulator.out" 2>/dev/null | head -1)
    [ -n "$endpoint" ] && break
    sleep 0.1
done
[ -n "$endpoint" ] || { echo "flowlog-emulator did not start: $(cat "$work/emulator.err")" >&2; exit 1; }

export ALIBABA_CLOUD_ACCESS_KEY_ID=sandbox-access-key-id
export ALIBABA_CLOUD_ACCESS_KEY_SECRET=sandbox-access-key-secret
unset ALIBABA_CLOUD_SECURITY_TOKEN

# measure LABEL OUTPUT COMMAND...: one run; /usr/bin/time -v gives wall, user, sys and peak RSS.
declare -A wall cpu rss
measure() {
    local label=$1 output=$2
    shift 2
    /usr/bin/time -v "$@" >"$output" 2>"$work/$label.time" || true
    wall[$label]=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
        for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/$label.time")
    cpu[$label]=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$work/$label.time")
    rss[$label]=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$work/$label.time")
    printf '%-34s wall %7.2f s   cpu %6.2f s   peak RSS %7.1f MB\n' "$label" "${wall[$label]}" "${cpu[$label]}" "${rss[$label]}"
}

echo "coverage of $spec, latency $latency, $(nproc) cores, node $(node --version)"
measure flowlog-cli "$work/cli.json" "$cli" coverage --all-regions --endpoint "$endpoint" --retries 8 --output json
measure sdk-script "$work/sdk.json" node "$root/tests/bench/coverage_sdk.mjs" "$endpoint"

agree=0
node - "$work/cli.json" "$work/sdk.json" <<'JS' || agree=1
const fs = require('node:fs');
const [cliFile, sdkFile] = process.argv.slice(2);
const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const cli = read(cliFile), sdk = read(sdkFile);
const states = (answer) => new Map(answer.vpcs.map((v) => [`${v.regionId}/${v.id}`, v.state]));
const a = states(cli), b = states(sdk);
let differ = 0;
for (const [key, state] of b) if (a.get(key) !== state) { if (differ++ < 5) console.log(`differs: ${key} cli=${a.get(key)} sdk=${state}`); }
for (const key of a.keys()) if (!b.has(key)) differ++;
console.log(`VPCs: flowlog-cli ${a.size}, sdk ${b.size}; counts flowlog-cli ${JSON.stringify(cli.counts)}, sdk ${JSON.stringify(sdk.counts)}; sdk calls ${sdk.calls}`);
console.log(differ ? `answers DIFFER for ${differ} VPCs` : 'answers agree: the same state for every VPC');
process.exitCode = differ ? 1 : 0;
JS
ratio=$(awk -v a="${wall[flowlog-cli]}" -v b="${wall[sdk-script]}" 'BEGIN { printf "%.3f", a / b }')
echo "wall ratio flowlog-cli / sdk = $ratio (target <= 0.5); flowlog-cli peak RSS ${rss[flowlog-cli]} MB (target <= 150)"
exit $agree
