#!/usr/bin/env bash
# CPU cost per CreateFlowLog: `flowlog-cli batch` against the official @alicloud/pop-core, both
# sending the same rows (a generated CSV) at the same concurrency to a fresh flowlog-emulator on
# loopback. Prints wall time and CPU time (user+sys of the client process and its children) of each,
# and the CPU ratio; the bar (at most 0.6) is for the V3, POST line without history, the other lines
# are reported without one. Not part of ctest: run it by hand on an idle machine.
#
# Usage: tests/bench/compare_cpu.sh [BUILD_DIR=build] [ROWS=2000] [CONCURRENCY=8] [REPEAT=3]
# Each client runs REPEAT times, each time against a fresh emulator; the run with the least CPU is
# shown (the least disturbed by other work on the machine).
# Needs BUILD_DIR/bin/flowlog-cli and flowlog-emulator, and the SDKs of tests/interop installed into
# BUILD_DIR/interop (ctest -R interop_npm_install does it; so does this script if they are missing).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
rows=${2:-2000}
concurrency=${3:-8}
repeat=${4:-3}
source "$root/tests/bench/emulator_common.sh"
bench_prepare

csv=$work/rows.csv
{
    echo 'RegionId,ResourceType,ResourceId,TrafficType,ProjectName,LogStoreName,FlowLogName,Description'
    for ((i = 1; i <= rows; i++)); do
        printf -v n '%06d' "$i"
        echo "cn-hangzhou,NetworkInterface,eni-bench00000$n,All,bench-project,bench-logstore,流日志-压测_$n,中文 批量压测 $n"
    done
} >"$csv"


# measure LABEL CHECK COMMAND...: runs COMMAND against a fresh emulator, REPEAT times; bash's `time`
# reports the rusage of the finished child (user+sys include its threads). CHECK counts the
# successes in its output.
declare -A wall cpu
measure() {
    local label=$1 check=$2
    shift 2
    local best_cpu= best_real= best_user= best_sys= best_ok=
    for ((run = 1; run <= repeat; run++)); do
        start_emulator
        rm -f "$work"/history.sqlite*
        local args=("${@//@ENDPOINT@/$endpoint}")
        local TIMEFORMAT='%R %U %S'
        { time "${args[@]}" >"$work/out" 2>"$work/err"; } 2>"$work/time" || true
        local ok real user sys total
        ok=$($check "$work/out")
        read -r real user sys <"$work/time"
        total=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')
        if [ "$ok" -ne "$rows" ]; then
            echo "  $label: $ok of $rows requests succeeded; first lines of stderr/stdout:" >&2
            head -3 "$work/err" "$work/out" >&2
        fi
        if [ -z "$best_cpu" ] || awk -v a="$total" -v b="$best_cpu" 'BEGIN { exit !(a < b) }'; then
            best_cpu=$total best_real=$real best_user=$user best_sys=$sys best_ok=$ok
        fi
    done
    wall[$label]=$best_real
    cpu[$label]=$best_cpu
    printf '%-40s %5d/%d ok   wall %6.2f s   cpu %6.2f s (user %s, sys %s)   %6.1f µs cpu/request\n' \
        "$label" "$best_ok" "$rows" "$best_real" "$best_cpu" "$best_user" "$best_sys" \
        "$(awk -v c="$best_cpu" -v n="$rows" 'BEGIN { print c * 1e6 / n }')"
}
count_cli_ok() { grep -c '"ok": *true' "$1" || true; }
count_popcore_ok() { sed -n 's/.*"ok":\([0-9]*\).*/\1/p' "$1" | head -1; }

echo "$rows CreateFlowLog requests at concurrency $concurrency, best of $repeat, $(nproc) cores, node $(node --version)"
measure "flowlog-cli batch (V3, POST)" count_cli_ok \
    "$cli" batch "$csv" --endpoint @ENDPOINT@ --concurrency "$concurrency" --no-history
measure "flowlog-cli batch (v1, POST)" count_cli_ok \
    "$cli" batch "$csv" --endpoint @ENDPOINT@ --signature v1 --method POST --concurrency "$concurrency" --no-history
measure "flowlog-cli batch (V3, POST, history on)" count_cli_ok \
    "$cli" batch "$csv" --endpoint @ENDPOINT@ --concurrency "$concurrency"
measure "@alicloud/pop-core (v1, POST)" count_popcore_ok \
    node "$root/tests/bench/popcore_batch.js" @ENDPOINT@ "$rows" "$concurrency" --csv "$csv" --method POST

popcore="@alicloud/pop-core (v1, POST)"
bar_label="flowlog-cli batch (V3, POST)"
for label in "$bar_label" "flowlog-cli batch (v1, POST)" "flowlog-cli batch (V3, POST, history on)"; do
    bar="(no bar)"
    [ "$label" = "$bar_label" ] && bar="(target <= 0.6)"
    printf 'CPU ratio %-40s / pop-core = %.3f   %s\n' "$label" \
        "$(awk -v a="${cpu[$label]}" -v b="${cpu[$popcore]}" 'BEGIN { print a / b }')" "$bar"
done
