#!/usr/bin/env bash
# The speed comparison of issue 7 in one run on one machine: the hub and the peer (a Node.js GraphQL server with a
# MiniSearch index, from the peer benchmark folder) side by side, then one table with the ratios.
#
#   bash src/bench/compare.sh PEER_BENCH_DIR [DURATION_S=10]
#
# Every measured load follows an unmeasured warm-up of WARMUP_S (30) seconds with the same request (twice that
# for the hub with its answer caches off and for the query log). The pairs that give a ratio (hub and peer, permit
# and constant) are then measured in ROUNDS (3) alternating rounds, and the table shows each side's median: on a
# shared machine the load of other tenants drifts within a minute, and a single pair of runs swung the ratio by a
# fifth.
# PEER_BENCH_DIR holds peer-node/, load.sh, wrk-post.lua, gen-corpus.py, scale.sh and queries/ (it is copied to a
# temporary folder first, as npm ci and the corpus generator write beside it). Needs java 21+, node 20+, npm,
# python3, curl, wrk. Only 127.0.0.1 is ever loaded.
set -euo pipefail
cd "$(dirname "$0")/../.."
peer_src="${1:?usage: compare.sh PEER_BENCH_DIR [DURATION_S]}"
duration="${2:-10}"
warmup="${WARMUP_S:-30}"
rounds="${ROUNDS:-3}"
connections=64
work="$(mktemp -d)"
cp -r "$peer_src"/. "$work/peer"
peer="$work/peer"
java="$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*-2[1-9]* 2>/dev/null | head -n 1)/bin/java"
[ -x "$java" ] || java=java
for tool in node npm python3 curl wrk; do command -v "$tool" >/dev/null || { echo "compare: $tool not found" >&2; exit 3; }; done
# A server left on one of these ports would answer in place of the one the script starts, and be measured.
for port in 4000 18090 18091 18099; do
  if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "compare: 127.0.0.1:$port is in use; stop what listens there" >&2; exit 2; fi
done

mvn -B -q -DskipTests package
jar="$(ls "$PWD"/target/kazakhstan-hub-*.jar | grep -v original | head -n 1)"
(cd "$peer/peer-node" && npm ci --no-audit --no-fund --silent)

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

search_body="$work/search.json"
cat > "$search_body" <<'JSON'
{"query":"query($q:String!,$n:Int){search(query:$q,first:$n){totalCount edges{score highlights{field snippet} node{__typename ... on Node{id}}}}}","variables":{"q":"lake","n":10}}
JSON
permit_body="$work/permit.json"
echo '{"query":"{permit(id:\"temporary-residence-permit\"){id name kind}}"}' > "$permit_body"

now_ms() { date +%s%3N; }
server_pid=""
started_at=0
# Starts a server in the background; ready_after then waits for its first answer.
start_server() {
  started_at="$(now_ms)"
  "$@" > "$work/server.log" 2>&1 &
  server_pid=$!
  pids+=("$server_pid")
}
# Prints the milliseconds from start_server until the server answered the body with HTTP 200.
ready_after() {
  local url="$1" body="$2"
  until curl -sf -o /dev/null -H 'Content-Type: application/json' --data-binary @"$body" "$url"; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.01
  done
  echo $(( $(now_ms) - started_at ))
}
# Stops the server started last, or the one whose pid is given.
stop_server() { local pid="${1:-$server_pid}"; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
load() { "$peer/load.sh" "$1" "$2" "$duration" "$connections" | tail -n 1; }
# Both servers get the same unmeasured warm-up under the same load: the JVM compiles its hot paths in it.
warm_up() { "$peer/load.sh" "$1" "$2" "$warmup" "$connections" > /dev/null; }
val() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
# Errors summed over all the given result lines: the median hides none of them.
errors_in() { printf '%s\n' "$@" | sed -n 's/.*errors=\([0-9]*\).*/\1/p' | awk '{ sum += $1 } END { print sum + 0 }'; }
# The round whose requests/s is the median of the given result lines.
median() { printf '%s\n' "$@" | awk '{ split($1, kv, "="); print kv[2] "\t" $0 }' | sort -n | cut -f2- | sed -n "$(( ($# + 1) / 2 ))p"; }

echo "== start-up (java -jar to the first answered search)"
hub_url=http://127.0.0.1:18090/graphql
start_server "$java" -jar "$jar" --server.address=127.0.0.1 --server.port=18090
cold_ms="$(ready_after "$hub_url" "$search_body")"; stop_server
# Java 25's AOT cache, trained by one start that stops once the context is refreshed (Spring Boot's documented way).
(cd "$work" && "$java" -Djarmode=tools -jar "$jar" extract --destination app > /dev/null)
app_jar="$(ls "$work"/app/*.jar | head -n 1)"
(cd "$work/app" && "$java" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "$app_jar" > "$work/train.log" 2>&1 || true)
start_server "$java" -XX:AOTCache="$work/app/app.aot" -jar "$app_jar" --server.address=127.0.0.1 --server.port=18090
aot_ms="$(ready_after "$hub_url" "$search_body")"; stop_server
echo "== start-up against a minimal Spring Boot + Spring for GraphQL app (src/bench/minimal-app: one schema, one"
echo "   controller), java -jar to the first answer, ${rounds} alternating rounds"
mvn -B -q -f src/bench/minimal-app/pom.xml -DskipTests package
minimal_jar="$(ls "$PWD"/src/bench/minimal-app/target/minimal-graphql-app-*.jar | grep -v original | head -n 1)"
minimal_body="$work/greeting.json"
echo '{"query":"{ greeting }"}' > "$minimal_body"
hub_start_rounds=(); minimal_start_rounds=()
for _ in $(seq "$rounds"); do
  start_server "$java" -jar "$jar" --server.address=127.0.0.1 --server.port=18090
  hub_start_rounds+=("rps=$(ready_after "$hub_url" "$search_body")"); stop_server
  start_server "$java" -jar "$minimal_jar" --server.address=127.0.0.1 --server.port=18099
  minimal_start_rounds+=("rps=$(ready_after http://127.0.0.1:18099/graphql "$minimal_body")"); stop_server
done
printf 'hub start ms:     %s\n' "${hub_start_rounds[@]}"; printf 'minimal start ms: %s\n' "${minimal_start_rounds[@]}"
# median() sorts on the first field, named rps= here for it; the values are milliseconds.
hub_start="$(val "$(median "${hub_start_rounds[@]}")" rps)"; minimal_start="$(val "$(median "${minimal_start_rounds[@]}")" rps)"

peer_body="$peer/queries/search-lake.json"
start_server env NODE_ENV=production PORT=4000 node "$peer/peer-node/server.js"
peer_start_ms="$(ready_after http://127.0.0.1:4000/graphql "$peer_body")"
echo "hub ${cold_ms} ms, hub with AOT cache ${aot_ms} ms, peer ${peer_start_ms} ms"

echo "== search \"lake\", first 10, ${connections} connections: the peer, the hub, and the hub with both answer caches off"
echo "   (every request then searches the index), ${rounds} alternating rounds of ${duration}s after ${warmup}s of warm-up"
peer_pid="$server_pid"
uncached_url=http://127.0.0.1:18091/graphql
start_server "$java" -jar "$jar" --server.address=127.0.0.1 --server.port=18091 --hub.search.result-cache-bytes=0 --hub.http.answer-cache-bytes=0
uncached_pid="$server_pid"
ready_after "$uncached_url" "$search_body" > /dev/null
start_server "$java" -jar "$jar" --server.address=127.0.0.1 --server.port=18090 --hub.benchmark.baseline=true
ready_after "$hub_url" "$search_body" > /dev/null
warm_up http://127.0.0.1:4000/graphql "$peer_body"
warm_up "$hub_url" "$search_body"
# Twice the usual warm-up: every uncached search runs the whole of Lucene, highlighting and GraphQL, which the JIT
# takes about a minute to compile on two cores (after 30 s the hub's first round still lagged its later ones).
warm_up "$uncached_url" "$search_body"
warm_up "$uncached_url" "$search_body"
peer_rounds=(); hub_rounds=(); uncached_rounds=()
for _ in $(seq "$rounds"); do
  peer_rounds+=("$(load http://127.0.0.1:4000/graphql "$peer_body")")
  hub_rounds+=("$(load "$hub_url" "$search_body")")
  uncached_rounds+=("$(load "$uncached_url" "$search_body")")
done
stop_server "$uncached_pid"
printf 'peer:          %s\n' "${peer_rounds[@]}"; printf 'hub:           %s\n' "${hub_rounds[@]}"
printf 'hub, no cache: %s\n' "${uncached_rounds[@]}"
peer_search="$(median "${peer_rounds[@]}")"; hub_search="$(median "${hub_rounds[@]}")"
hub_uncached="$(median "${uncached_rounds[@]}")"

echo "== search from a query log: 20,000 distinct queries drawn by Zipf's law (a few often, most rarely), as real"
echo "   traffic looks (src/bench/querylog, copied from the peer folder), ${rounds} alternating rounds"
query_log=src/bench/querylog/queries.txt
log_load() { bash src/bench/querylog/load-log.sh "$1" "$2" "$3" "$connections" "$query_log" | tail -n 1; }
# Twice the usual warm-up: a hub that has served for a minute has the popular answers in its cache, as one that
# has served for a day does; the peer has no cache to fill.
log_load http://127.0.0.1:4000/graphql "$peer/querylog/peer-search.json" "$((2 * warmup))" > /dev/null
log_load "$hub_url" src/bench/querylog/hub-search.json "$((2 * warmup))" > /dev/null
peer_log_rounds=(); hub_log_rounds=()
for _ in $(seq "$rounds"); do
  peer_log_rounds+=("$(log_load http://127.0.0.1:4000/graphql "$peer/querylog/peer-search.json" "$duration")")
  hub_log_rounds+=("$(log_load "$hub_url" src/bench/querylog/hub-search.json "$duration")")
done
stop_server "$peer_pid"
printf 'peer, log: %s\n' "${peer_log_rounds[@]}"; printf 'hub, log:  %s\n' "${hub_log_rounds[@]}"
peer_log="$(median "${peer_log_rounds[@]}")"; hub_log="$(median "${hub_log_rounds[@]}")"

echo "== permit by id against a constant JSON answer of the same server, ${rounds} alternating rounds"
warm_up "$hub_url" "$permit_body"
warm_up http://127.0.0.1:18090/benchmark/constant "$permit_body"
permit_rounds=(); constant_rounds=()
for _ in $(seq "$rounds"); do
  permit_rounds+=("$(load "$hub_url" "$permit_body")")
  constant_rounds+=("$(load http://127.0.0.1:18090/benchmark/constant "$permit_body")")
done
printf 'permit:   %s\n' "${permit_rounds[@]}"; printf 'constant: %s\n' "${constant_rounds[@]}"
hub_permit="$(median "${permit_rounds[@]}")"; baseline="$(median "${constant_rounds[@]}")"

echo "== the same by GET, as browsers and CDNs send it: permit by id against the constant answer, ${rounds} alternating rounds"
# Prints rps=… p50_ms=… p99_ms=… errors=…, as load.sh does.
get_load() {
  wrk -t1 -c"$connections" -d"$2s" --timeout 5s --latency -s src/bench/get.lua "$1" | grep '^WRK_SUMMARY ' | awk '{
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
    printf "rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d\n", v["requests"] / (v["duration_us"] / 1e6), v["p50_us"] / 1000,
      v["p99_us"] / 1000, v["status"] + v["connect"] + v["read"] + v["write"] + v["timeout"] }'
}
permit_get_url="$hub_url?query=%7Bpermit(id:%22temporary-residence-permit%22)%7Bid%20name%20kind%7D%7D"
get_load "$permit_get_url" "$warmup" > /dev/null
get_load http://127.0.0.1:18090/benchmark/constant "$warmup" > /dev/null
permit_get_rounds=(); constant_get_rounds=()
for _ in $(seq "$rounds"); do
  permit_get_rounds+=("$(get_load "$permit_get_url" "$duration")")
  constant_get_rounds+=("$(get_load http://127.0.0.1:18090/benchmark/constant "$duration")")
done
stop_server
printf 'permit GET:   %s\n' "${permit_get_rounds[@]}"; printf 'constant GET: %s\n' "${constant_get_rounds[@]}"
hub_permit_get="$(median "${permit_get_rounds[@]}")"; baseline_get="$(median "${constant_get_rounds[@]}")"

echo "== scale: index build and in-process search at 1k, 10k, 100k documents"
hub_scale="$(mvn -B -q -Pbenchmark test-compile exec:exec 2>/dev/null | grep '^| [0-9]')"
peer_scale="$(cd "$peer" && DURATION_S=3 CONNECTIONS=16 ./scale.sh 1000 10000 100000 2>/dev/null | grep '^| [0-9]')"
echo "$hub_scale"; echo "$peer_scale"

ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{a / b:.2f}' if b else 'n/a')" "$1" "$2"; }
echo
echo "Comparison of $(date -u +%Y-%m-%d) on $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; java $("$java" -version 2>&1 | head -n 1 | cut -d'"' -f2), node $(node --version)"
echo "Each load: ${connections} connections, median of ${rounds} alternating rounds of ${duration} s after ${warmup} s of warm-up"
echo "| measure | hub | peer or baseline | ratio |"
echo "| --- | --- | --- | --- |"
echo "| start-up to first search, ms (hub without / with AOT cache) | ${cold_ms} / ${aot_ms} | ${peer_start_ms} (peer) | $(ratio "$peer_start_ms" "$aot_ms") |"
echo "| start-up to first answer, ms: hub against a minimal Spring Boot + GraphQL app | ${hub_start} | ${minimal_start} (minimal app) | $(ratio "$hub_start" "$minimal_start") |"
echo "| search \"lake\" requests/s | $(val "$hub_search" rps) | $(val "$peer_search" rps) (peer) | $(ratio "$(val "$hub_search" rps)" "$(val "$peer_search" rps)") |"
echo "| search \"lake\" p99 ms | $(val "$hub_search" p99_ms) | $(val "$peer_search" p99_ms) (peer) | |"
echo "| search \"lake\" requests/s, hub's answer caches off | $(val "$hub_uncached" rps) | $(val "$peer_search" rps) (peer) | $(ratio "$(val "$hub_uncached" rps)" "$(val "$peer_search" rps)") |"
echo "| search \"lake\" p99 ms, hub's answer caches off | $(val "$hub_uncached" p99_ms) | $(val "$peer_search" p99_ms) (peer) | |"
echo "| search from the query log requests/s | $(val "$hub_log" rps) | $(val "$peer_log" rps) (peer) | $(ratio "$(val "$hub_log" rps)" "$(val "$peer_log" rps)") |"
echo "| search from the query log p99 ms (ratio: hub's share of the peer's) | $(val "$hub_log" p99_ms) | $(val "$peer_log" p99_ms) (peer) | $(ratio "$(val "$hub_log" p99_ms)" "$(val "$peer_log" p99_ms)") |"
echo "| search errors, all rounds | $(errors_in "${hub_rounds[@]}" "${uncached_rounds[@]}" "${hub_log_rounds[@]}") | $(errors_in "${peer_rounds[@]}" "${peer_log_rounds[@]}") (peer) | |"
echo "| permit by id requests/s vs constant JSON | $(val "$hub_permit" rps) | $(val "$baseline" rps) (baseline) | $(ratio "$(val "$hub_permit" rps)" "$(val "$baseline" rps)") |"
echo "| permit by id requests/s vs constant JSON, by GET | $(val "$hub_permit_get" rps) | $(val "$baseline_get" rps) (baseline) | $(ratio "$(val "$hub_permit_get" rps)" "$(val "$baseline_get" rps)") |"
echo "| permit and constant errors, all rounds | $(errors_in "${permit_rounds[@]}" "${permit_get_rounds[@]}") | $(errors_in "${constant_rounds[@]}" "${constant_get_rounds[@]}") (baseline) | |"
while read -r line; do
  size="$(echo "$line" | awk -F'|' '{gsub(/[ ,]/, "", $2); print $2}')"
  build="$(echo "$line" | awk -F'|' '{gsub(/ /, "", $4); print $4}')"
  p99="$(echo "$line" | awk -F'|' '{gsub(/ /, "", $8); print $8}')"
  heap="$(echo "$line" | awk -F'|' '{gsub(/ /, "", $5); print $5}')"
  peer_line="$(echo "$peer_scale" | awk -F'|' -v OFS='|' -v s="$size" '{gsub(/ /, "", $2)} $2 == s')"
  peer_build="$(echo "$peer_line" | awk -F'|' '{gsub(/ /, "", $4); print $4}')"
  peer_p99="$(echo "$peer_line" | awk -F'|' '{gsub(/ /, "", $9); print $9}')"
  peer_rss="$(echo "$peer_line" | awk -F'|' '{gsub(/ /, "", $5); print $5}')"
  echo "| ${size} docs: index build ms | ${build} | ${peer_build} (peer) | $(ratio "${peer_build:-0}" "$build") |"
  echo "| ${size} docs: in-process search p99 ms | ${p99} | ${peer_p99} (peer) | |"
  echo "| ${size} docs: index heap MB (hub) / build peak RSS MB (peer) | ${heap} | ${peer_rss} (peer) | |"
done <<< "$(echo "$hub_scale" | grep '| relevance |')"
