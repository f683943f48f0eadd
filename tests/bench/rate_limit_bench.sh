#!/usr/bin/env bash
# How fast a batch goes against a rate limit it is not told: ROWS CreateFlowLog calls against a
# fresh flowlog-emulator with --rate-limit RATE/s, from `flowlog-cli batch` (the adaptive pacer,
# no --rate) and from the official @alicloud/pop-core the straightforward way (a loop at
# concurrency 8 that retries a throttled call after its x-acs-retry-after). For each: wall time
# against the floor ((ROWS − RATE) / RATE: the bucket's one second of burst, then RATE a second),
# throttled answers, failures, and duplicates (two flow logs on one ENI, read back with
# `flowlog-cli describe --all-pages`). The GUI's figures come from
# `FLOWLOG_BENCH=1 tst_batchwindow benchmarkOneThousandAtTwentyPerSecond`.
# Not part of ctest (about three minutes): run it by hand on an idle machine.
#
# Usage: tests/bench/rate_limit_bench.sh [BUILD_DIR=build] [ROWS=1000] [RATE=20]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
rows=${2:-1000}
rate=${3:-20}
source "$root/tests/bench/emulator_common.sh"
bench_prepare

csv=$work/rows.csv
{
    echo 'RegionId,ResourceType,ResourceId,TrafficType,ProjectName,LogStoreName,FlowLogName'
    for ((i = 1; i <= rows; i++)); do
        printf -v n '%06d' "$i"
        echo "cn-hangzhou,NetworkInterface,eni-bench00000$n,All,bench-project,bench-logstore,batch-$n"
    done
} >"$csv"

export LC_ALL=C.UTF-8

# The flow logs the emulator holds, and how many ENIs have more than one.
count_flow_logs() {
    "$cli" describe --endpoint "$endpoint" --region cn-hangzhou --all-pages --output json >"$work/described"
    python3 - "$work/described" <<'EOF'
import json, sys, collections
logs = json.load(open(sys.argv[1]))["flowLogs"]
per = collections.Counter(log["resourceId"] for log in logs)
print(len(logs), sum(1 for n in per.values() if n > 1))
EOF
}

report() {
    local label=$1 wall_ms=$2 ok=$3 failed=$4 throttled=$5
    local flow_logs duplicates
    read -r flow_logs duplicates < <(count_flow_logs)
    awk -v l="$label" -v w="$wall_ms" -v n="$rows" -v r="$rate" -v ok="$ok" -v f="$failed" -v t="$throttled" \
        -v fl="$flow_logs" -v d="$duplicates" 'BEGIN {
        floor = (n - r) / r
        printf "%-34s wall %6.2f s  floor %5.1f s  %5.3fx  throttled %4d (%4.1f %%)  ok %4d  failed %d  flow logs %d  duplicates %d\n",
            l, w / 1000, floor, w / 1000 / floor, t, t * 100 / n, ok, f, fl, d }'
}

now_ms() { date +%s%3N; }

echo "$rows CreateFlowLog calls against --rate-limit $rate/s, $(nproc) cores, node $(node --version)"

start_emulator --rate-limit "$rate/s"
started=$(now_ms)
"$cli" batch "$csv" --endpoint "$endpoint" --concurrency 8 --no-history >"$work/cli.out" 2>"$work/cli.err" || true
finished=$(now_ms)
read -r ok failed throttled < <(python3 - "$work/cli.out" <<'EOF'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
print(sum(l["ok"] for l in lines), sum(not l["ok"] for l in lines), sum(l.get("throttledAnswers", 0) for l in lines))
EOF
)
report "flowlog-cli batch (pacer)" $((finished - started)) "$ok" "$failed" "$throttled"

start_emulator --rate-limit "$rate/s"
started=$(now_ms)
node "$root/tests/bench/popcore_batch.js" "$endpoint" "$rows" 8 --csv "$csv" --method POST >"$work/pop.out" 2>"$work/pop.err" || true
finished=$(now_ms)
read -r ok failed throttled < <(python3 - "$work/pop.out" <<'EOF'
import json, sys
line = json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])
print(line["ok"], line["failed"], line["throttled"])
EOF
)
report "@alicloud/pop-core, concurrency 8" $((finished - started)) "$ok" "$failed" "$throttled"
