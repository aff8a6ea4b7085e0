#!/usr/bin/env bash
# Load check: the packaged hub on 127.0.0.1 under a mixed workload (search, suggest, permits, destinations,
# checklist) at 64 connections for a bounded time, then at OVERLOAD_CONNECTIONS (1000) for the same time, with wrk.
# Prints requests per second, p50/p99 latency, requests shed with 503 (expected only past what the hub serves),
# errors (must be 0) and resident memory at the start and the end.
#
#   bash src/bench/load-check.sh [DURATION_S=30] [CONNECTIONS=64]
#
# The hub runs with the memory settings of the README's deploying section (JAVA_OPTS, default -Xmx256m).
# A warm-up of WARMUP_S (20) seconds runs first and is not measured; the resident memory at the start is read
# before it. OVERLOAD_CONNECTIONS=0 skips the second phase.
# Needs wrk (apt-get install -y wrk). Builds the jar first if target/ has none.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-30}"
connections="${2:-64}"
port="${PORT:-18080}"
command -v wrk >/dev/null || { echo "load-check: wrk not found; apt-get install -y wrk" >&2; exit 3; }
[[ "$duration" =~ ^[0-9]+$ && "$duration" -ge 1 && "$duration" -le 600 ]] || { echo "DURATION_S must be 1..600" >&2; exit 2; }

# shellcheck source=src/bench/packaged-hub.sh
source src/bench/packaged-hub.sh

# shellcheck disable=SC2086
"$java" ${JAVA_OPTS:--Xmx256m -XX:+ExitOnOutOfMemoryError} -jar "$jar" --server.address=127.0.0.1 --server.port="$port" > target/load-check-server.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && break
  kill -0 "$pid" 2>/dev/null || { cat target/load-check-server.log >&2; exit 1; }
  sleep 0.1
done
rss() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }
rss_start="$(rss)"
# The JIT compiles the hot paths in the first seconds under load; measure the hub as it serves, not as it warms.
warmup="${WARMUP_S:-20}"
echo "load-check: warming up for ${warmup}s"
# Its figures are not the hub's, but a request that fails while it warms failed for a reader too: say so.
warm="$(wrk -t2 -c"$connections" -d"${warmup}s" --timeout 5s -s src/bench/mixed.lua "http://127.0.0.1:$port/graphql" \
  | grep '^LOAD_SUMMARY' | sed 's/^LOAD_SUMMARY //')"
echo "load-check: warm-up $warm"
measure() {
  local conns="$1" out summary errors
  out="$(timeout --signal=INT --kill-after=10 $((duration + 30)) \
    wrk -t2 -c"$conns" -d"${duration}s" --timeout 5s --latency -s src/bench/mixed.lua "http://127.0.0.1:$port/graphql")"
  echo "$out" | grep -v '^LOAD_SUMMARY'
  summary="$(echo "$out" | grep '^LOAD_SUMMARY' | sed 's/^LOAD_SUMMARY //')"
  echo
  echo "load-check: ${duration}s, ${conns} connections, mixed workload of 8 operations, $(nproc) cores"
  echo "$summary rss_start_mb=$rss_start rss_now_mb=$(rss)"
  errors="$(echo "$summary" | sed -n 's/.*errors=\([0-9]*\).*/\1/p')"
  [ "$errors" = 0 ] || { echo "load-check: $errors requests failed at $conns connections" >&2; failed=1; }
}
failed=0
measure "$connections"
overload="${OVERLOAD_CONNECTIONS:-1000}"
if [ "$overload" -gt 0 ]; then
  ulimit -n 4096 2>/dev/null || true
  measure "$overload"
fi
[ "$failed" = 0 ] || exit 1
