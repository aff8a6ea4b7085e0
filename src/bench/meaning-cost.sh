#!/usr/bin/env bash
# What search by meaning (hub.search.meaning.enabled=true) costs, against the same hub with it off, in one run:
#
#   bash src/bench/meaning-cost.sh
#
# 1. In-process search at DOCS (100,000) documents in three languages (SearchBenchmark's generated corpus), words
#    alone against words + meaning (the query's embedding, the kNN search and the fusion included), the same 12
#    queries x 150 rounds per side and search mode, in ROUNDS (3) alternating rounds, java INPROCESS_HEAP (-Xmx2g:
#    the corpus, both indexes and the vectors of 100,000 documents peak at about 1 GB). Target: p99 with meaning
#    under 25 ms.
# 2. The background embedding of a large edition (MeaningEmbedBenchmark): while the edition by words is held, one
#    thread loads the model, embeds every English text and builds the index again with the vectors, as the hub
#    does after start-up. Time, heap (in use, committed, live after GC) and resident memory (/proc/self/status
#    VmRSS, VmHWM) for each of EMBED_SIZES ("10000 20000") documents, each in a JVM of its own under EMBED_HEAP
#    (-Xmx256m, the README's deployment). A size that runs out of heap is reported as such. EMBED_SIZES_BIG
#    ("100000") run the same under EMBED_BIG_HEAP (-Xmx1g): 100,000 documents do not fit in 256 MB even by words.
# 3. The jar with and without the meaning dependencies (langchain4j, ONNX Runtime, DJL's tokenizers and what they
#    bring alone: the jar is rebuilt without them with zip -d), and the hub's resident memory at rest: java
#    -Xmx256m -jar with --hub.search.meaning.enabled=false | true, in ROUNDS alternating starts, read after health
#    says content.meaning is off | ready and 20 searches.
# 4. Uncached searches over HTTP (MeaningHttpBenchmark), both hubs of the last start up: HTTP_PER_ROUND (4,000)
#    distinct queries of src/bench/querylog/queries.txt per round at HTTP_CONNECTIONS (32), in ROUNDS alternating
#    rounds after HTTP_WARMUP (6,000) other queries of the log; no query is sent twice to a hub, so neither answer
#    cache serves one. The client runs on the same cores. Target: with meaning, at least 0.8 of the rate without.
#
# Prints one table at the end; raw output stays in target/meaning-cost/. SKIP_INPROCESS=1, SKIP_EMBED=1 and
# SKIP_HTTP=1 leave out part 1, 2, and 3 with 4. Ports: the first two free from PORT (18500).
# Takes 25 minutes on 2 shared cores in a quiet hour, 40 in a busy one: embedding 100,000 documents (36,667 English
# texts) twice (parts 1 and 2) is most of it; SKIP_EMBED=1 takes 13 minutes, EMBED_SIZES_BIG= (empty) with
# DOCS=10000 about 8. Needs java 21+, mvn, curl, jq, zip, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
docs="${DOCS:-100000}"
rounds="${ROUNDS:-3}"
embed_sizes="${EMBED_SIZES:-10000 20000}"
embed_heap="${EMBED_HEAP:--Xmx256m}"
embed_sizes_big="${EMBED_SIZES_BIG-100000}"
embed_big_heap="${EMBED_BIG_HEAP:--Xmx1g}"
inprocess_heap="${INPROCESS_HEAP:--Xmx2g}"
http_connections="${HTTP_CONNECTIONS:-32}"
http_warmup="${HTTP_WARMUP:-6000}"
http_per_round="${HTTP_PER_ROUND:-4000}"
out="$PWD/target/meaning-cost"
queries="$PWD/src/bench/querylog/queries.txt"
for tool in mvn curl jq zip unzip; do command -v "$tool" >/dev/null || { echo "meaning-cost: $tool not found" >&2; exit 3; }; done
java="$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*-2[1-9]* 2>/dev/null | head -n 1)/bin/java"
[ -x "$java" ] || java=java
rm -rf "$out"
mkdir -p "$out"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

echo "== build (jar, test classes, classpath)"
mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/test-cp.txt" > /dev/null
cp="$PWD/target/test-classes:$PWD/target/classes:$(cat "$out/test-cp.txt")"
jar="$(ls "$PWD"/target/kazakhstan-hub-*.jar | grep -v original | head -n 1)"
row() { printf '| %s | %s | %s |\n' "$1" "$2" "$3" >> "$out/table.md"; }
kv() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
: > "$out/table.md"

if [ "${SKIP_INPROCESS:-0}" != 1 ]; then
  echo "== 1. in-process search at $docs documents, words alone against words + meaning ($rounds alternating rounds)"
  BENCH_MEANING=1 BENCH_ROUNDS="$rounds" timeout 3600 "$java" "$inprocess_heap" -cp "$cp" kz.hub.search.SearchBenchmark "$docs" \
    > "$out/inprocess.log" 2>&1 || { tail -n 20 "$out/inprocess.log" >&2; exit 1; }
  sed -n '/^Search benchmark/,$p' "$out/inprocess.log" | tee "$out/inprocess.md"
  while IFS='|' read -r _ size search words meaning latin _; do
    search="$(echo "$search" | xargs)"
    row "in-process p50 / p99 ms at $(echo "$size" | xargs) documents, $search" "$(echo "$words" | xargs)" \
      "$(echo "$meaning" | xargs) (Latin-letter queries p99 $(echo "$latin" | xargs))"
  done < <(grep -E '^\| [0-9,]+ \| (relevance|filtered|by rank|near)' "$out/inprocess.md")
fi

embed() {
  local size="$1" heap="$2" log="$out/embed-$1.log"
  echo "-- $size documents, $heap"
  if timeout 3600 "$java" "$heap" -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$out/embed-$size-gc.log" -cp "$cp" \
      kz.hub.search.MeaningEmbedBenchmark "$size" > "$log" 2>&1; then
    grep -E '^(Documents|model|heap|RSS)' "$log"
    local e; e="$(grep '^EMBED ' "$log")"
    # What the background work needed at once: the most heap left after a young or full collection (one whose
    # evacuation failed leaves garbage behind and is not counted), and after a compaction the heap forced.
    local after_gc compacted
    after_gc="$(grep -E 'Pause (Young|Full)' "$out/embed-$size-gc.log" | grep -v 'Evacuation Failure' \
      | sed -n 's/.*->\([0-9]*\)M(.*/\1/p' | sort -n | tail -n 1)"
    compacted="$(grep 'Pause Full (G1 Compaction' "$out/embed-$size-gc.log" | sed -n 's/.*->\([0-9]*\)M(.*/\1/p' | sort -n | tail -n 1)"
    compacted="${compacted:+, after a compaction under pressure ${compacted} MB}"
    row "embed $size documents ($(kv "$e" texts) English texts) in the background, $heap" \
      "words edition: heap live $(kv "$e" heap_before_mb) MB, RSS $(kv "$e" rss_before_mb) MB" \
      "$(kv "$e" embed_s) s ($(kv "$e" ms_per_text) ms a text) after a $(kv "$e" model_s) s model load; heap peak used $(kv "$e" heap_peak_mb) MB, most after a GC ${after_gc} MB${compacted}, live with both editions $(kv "$e" heap_both_mb) MB, after $(kv "$e" heap_after_mb) MB; RSS after model $(kv "$e" rss_model_mb) MB, peak $(kv "$e" rss_peak_mb) MB, after the words edition retired $(kv "$e" rss_retired_mb) MB"
  else
    grep -m1 -E 'OutOfMemoryError|Exception' "$log" || tail -n 5 "$log"
    row "embed $size documents in the background, $heap" "" "failed: $(grep -m1 -oE 'OutOfMemoryError[^ ]*( [A-Za-z ]*)?' "$log" || echo 'see embed log')"
  fi
}
if [ "${SKIP_EMBED:-0}" != 1 ]; then
  echo "== 2. background embedding"
  for size in $embed_sizes; do embed "$size" "$embed_heap"; done
  for size in $embed_sizes_big; do embed "$size" "$embed_big_heap"; done
fi

if [ "${SKIP_HTTP:-0}" != 1 ]; then
  echo "== 3. jar and memory at rest"
  # The jars only the meaning dependencies bring: the runtime classpath against that of the pom without them.
  python3 - "$PWD/pom.xml" "$out/pom-without-meaning.xml" <<'PY'
import re, sys
pom = open(sys.argv[1], encoding="utf-8").read()
pom = re.sub(r"\s*<dependency>\s*(<!--(?:(?!-->).)*-->\s*)?<groupId>dev\.langchain4j</groupId>.*?</dependency>", "", pom, flags=re.S)
open(sys.argv[2], "w", encoding="utf-8").write(pom)
PY
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$out/cp-with.txt" > /dev/null
  mvn -B -q -f "$out/pom-without-meaning.xml" dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$out/cp-without.txt" > /dev/null
  tr ':' '\n' < "$out/cp-with.txt" | xargs -n1 basename | sort > "$out/libs-with.txt"
  tr ':' '\n' < "$out/cp-without.txt" | xargs -n1 basename | sort > "$out/libs-without.txt"
  comm -23 "$out/libs-with.txt" "$out/libs-without.txt" > "$out/libs-meaning.txt"
  cp "$jar" "$out/without-meaning.jar"
  while read -r lib; do zip -q -d "$out/without-meaning.jar" "BOOT-INF/lib/$lib"; done < "$out/libs-meaning.txt"
  jar_mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }
  libs="$(unzip -l "$jar" | awk 'NR == FNR { want["BOOT-INF/lib/" $1] = 1; next } ($4 in want) { sub("BOOT-INF/lib/", "", $4); printf "%s%s %.1f MB", sep, $4, $1 / 1048576; sep = ", " }' "$out/libs-meaning.txt" -)"
  echo "meaning's jars: $libs"
  row "jar MB" "$(jar_mb "$out/without-meaning.jar") (the same jar without the meaning's jars)" "$(jar_mb "$jar") ($libs)"

  port="${PORT:-18500}"
  free_port() {
    local p="$1"
    while (exec 3<> "/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
    echo "$p"
  }
  hub_pid=""
  # Starts the jar with meaning on or off and waits until health says content.meaning is off or ready.
  start_hub() {
    local meaning="$1" port="$2" want; want="$([ "$meaning" = true ] && echo ready || echo off)"
    "$java" -Xmx256m -XX:+ExitOnOutOfMemoryError -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
      --hub.search.meaning.enabled="$meaning" > "$out/hub-$meaning-$port.log" 2>&1 &
    hub_pid=$!
    pids+=("$hub_pid")
    for _ in $(seq 1 1200); do
      [ "$(curl -s "http://127.0.0.1:$port/actuator/health" | jq -r '.components.content.details.meaning' 2>/dev/null)" = "$want" ] && return 0
      kill -0 "$hub_pid" 2>/dev/null || { tail -n 30 "$out/hub-$meaning-$port.log" >&2; exit 1; }
      sleep 0.25
    done
    echo "meaning-cost: the hub on $port never said meaning $want" >&2; exit 1
  }
  # 20 searches from a part of the log the HTTP rounds and their warm-up do not use.
  some_searches() {
    sed -n '12001,12020p' "$queries" | while IFS= read -r q; do
      curl -s -o /dev/null -H 'Content-Type: application/json' \
        --data-binary "$(jq -cn --arg q "$q" '{query: "query($q:String!){search(query:$q,first:10){totalCount edges{score highlights{field snippet} node{__typename ... on Node{id}}}}}", variables: {q: $q}}')" \
        "http://127.0.0.1:$1/graphql"
    done
  }
  rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
  rest_off=(); rest_on=()
  for round in $(seq 1 "$rounds"); do
    port_off="$(free_port "$port")"; start_hub false "$port_off"; pid_off="$hub_pid"
    some_searches "$port_off"; sleep 2; rest_off+=("$(rss_mb "$pid_off")")
    port_on="$(free_port $((port_off + 1)))"; start_hub true "$port_on"; pid_on="$hub_pid"
    some_searches "$port_on"; sleep 2; rest_on+=("$(rss_mb "$pid_on")")
    echo "round $round: RSS at rest, meaning off ${rest_off[-1]} MB, on ${rest_on[-1]} MB"
    if [ "$round" -lt "$rounds" ]; then
      kill "$pid_off" "$pid_on"; wait "$pid_off" "$pid_on" 2>/dev/null || true
    fi
  done
  model_line="$(grep -ho 'Sentence model loaded in [0-9]* ms' "$out/hub-true-$port_on.log" | head -n 1)"
  ready_line="$(grep -ho 'searches by meaning too, ready in [0-9]* ms' "$out/hub-true-$port_on.log" | head -n 1)"
  median_of() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
  join() { local IFS=/; echo "$*"; }
  row "RSS at rest MB, -Xmx256m, after start-up and 20 searches (median; rounds)" \
    "$(median_of "${rest_off[@]}") ($(join "${rest_off[@]}"))" \
    "$(median_of "${rest_on[@]}") ($(join "${rest_on[@]}")); ${model_line}, ${ready_line#searches by meaning too, }"

  echo "== 4. uncached searches over HTTP ($rounds alternating rounds of $http_per_round distinct queries)"
  BENCH_URLS="off=http://127.0.0.1:$port_off/graphql,on=http://127.0.0.1:$port_on/graphql" BENCH_QUERIES="$queries" \
    BENCH_CONNECTIONS="$http_connections" BENCH_WARMUP="$http_warmup" BENCH_PER_ROUND="$http_per_round" \
    BENCH_ROUNDS="$rounds" timeout 3600 "$java" -cp "$cp" kz.hub.search.MeaningHttpBenchmark | tee "$out/http.log"
  off="$(grep '^HTTP label=off ' "$out/http.log")"; on="$(grep '^HTTP label=on ' "$out/http.log")"
  ratio="$(awk -v a="$(kv "$on" rps)" -v b="$(kv "$off" rps)" 'BEGIN { printf "%.2f", a / b }')"
  row "uncached search over HTTP, req/s of the median round (p50 / p99 ms; rounds; errors)" \
    "$(kv "$off" rps) ($(kv "$off" p50_ms) / $(kv "$off" p99_ms); $(kv "$off" rounds); $(kv "$off" errors))" \
    "$(kv "$on" rps) ($(kv "$on" p50_ms) / $(kv "$on" p99_ms); $(kv "$on" rounds); $(kv "$on" errors)); ratio $ratio"
  row "RSS MB after the HTTP rounds" "$(rss_mb "$pid_off")" "$(rss_mb "$pid_on")"
fi

echo
echo "Search by meaning, cost: $(date -u +%F), $(nproc) cores, $("$java" -version 2>&1 | head -n 1), commit $(git rev-parse --short HEAD)"
echo "| measure | meaning off | meaning on |"
echo "| --- | --- | --- |"
cat "$out/table.md"
