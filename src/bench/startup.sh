#!/usr/bin/env bash
# Start-up of a packaged hub to its first answered search, in ms, and its resident memory then:
#   bash src/bench/startup.sh JAR PORT
# Compare two jars (e.g. two commits, each `mvn -B -q -DskipTests package`) in alternating rounds.
set -u
java="$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*-2[1-9]* 2>/dev/null | head -n 1)/bin/java"
jar=$1; port=$2
start=$(date +%s%N)
$java -Xmx256m -jar "$jar" --server.port=$port > /tmp/startup-$port.log 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
    -d '{"query":"{search(query:\"almaty\"){totalCount}}"}' "localhost:$port/graphql" && break
  sleep 0.05
done
end=$(date +%s%N)
rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
kill $pid; wait $pid 2>/dev/null
echo "$(( (end-start)/1000000 )) ms, RSS ${rss} kB"
