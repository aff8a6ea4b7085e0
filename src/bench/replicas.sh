#!/usr/bin/env bash
# Two hub replicas behind nginx (src/deploy/nginx.conf) on 127.0.0.1, and the checks that they serve as one:
# one line per check ending in "ok" or "FAILED"; exits non-zero on any failure. Then a table of cache hits
# through nginx against the hub's own answers, in requests per second.
#
#   bash src/bench/replicas.sh [SECONDS=5]
#
# Installs nginx and wrk from Debian's packages where missing (as root). Builds the jar first if target/ has
# none. The replicas read a copy of index-data with live reload on, and answers stay fresh for MAX_AGE (2) s.
# All load comes from 127.0.0.1, one client address to nginx: its limit per address is raised to RATE (100000)
# requests a second, so that it measures the proxy and the replicas rather than the limit.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-5}"
max_age="${MAX_AGE:-2}"
rate="${RATE:-100000}"
proxy=18180
replica_a=18181
replica_b=18182

for tool in nginx:nginx wrk:wrk; do
  command -v "${tool%%:*}" >/dev/null || { apt-get update -q && apt-get install -y -q --no-install-recommends "${tool#*:}"; } \
    || { echo "replicas: cannot install ${tool#*:}" >&2; exit 3; }
done
# shellcheck source=src/bench/packaged-hub.sh
source src/bench/packaged-hub.sh

work="$(mktemp -d)"
chmod 755 "$work"
cp -r index-data "$work/content"
mkdir -p "$work/nginx/logs" "$work/cache"
chmod 777 "$work/cache" "$work/nginx"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

start_replica() {
  # shellcheck disable=SC2086
  "$java" ${JAVA_OPTS:--Xmx256m -XX:+ExitOnOutOfMemoryError} -jar "$jar" --server.address=127.0.0.1 --server.port="$1" \
    --hub.content.location="$work/content" --hub.content.watch=true --hub.http.max-age="$max_age" \
    > "$work/replica-$1.log" 2>&1 &
  pids+=($!)
  echo $!
}
pid_a="$(start_replica $replica_a)"
pid_b="$(start_replica $replica_b)"
pids=("$pid_a" "$pid_b")

sed -e "s|127.0.0.1:8081|127.0.0.1:$replica_a|; s|127.0.0.1:8082|127.0.0.1:$replica_b|" \
    -e "s|listen 127.0.0.1:8080|listen 127.0.0.1:$proxy|" \
    -e "s|/var/cache/nginx/hub|$work/cache|" -e "s|/var/log/nginx/hub-access.log|$work/nginx/logs/access.log|" \
    -e "/^ *limit_req_zone /s|rate=[0-9]*r/s|rate=${rate}r/s|" \
    src/deploy/nginx.conf > "$work/nginx/nginx.conf"
for port in $replica_a $replica_b; do
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && break; sleep 0.1; done
done
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g "pid $work/nginx/nginx.pid; error_log $work/nginx/logs/error.log;"

failed=0
check() { if [ "$2" = true ]; then echo "$1 ok"; else echo "$1 FAILED${3:+ ($3)}"; failed=1; fi; }
url() { echo "http://127.0.0.1:$1/graphql?query=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$2")"; }
cache_status() { curl -s -o /dev/null -D - "$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-cache-status" {print $2}'; }

permits="$(url $proxy '{ permits { id name } }')"
cache_status "$permits" > /dev/null
check "repeated GETs are answered by nginx (X-Cache-Status: HIT)" "$([ "$(cache_status "$permits")" = HIT ] && echo true)"
sleep $((max_age + 1))
cache_status "$permits" > /dev/null
sleep 0.5
revalidated="$(grep -c 'permits.* upstream=304' "$work/nginx/logs/access.log" || true)"
check "after max-age nginx revalidates with a replica (304 in its log)" "$([ "$revalidated" -ge 1 ] && echo true)" \
  "$(tail -n 3 "$work/nginx/logs/access.log" | tr '\n' ' ')"

charyn="$(url $proxy '{ destination(id: "charyn-canyon") { name } }')"
curl -s "$charyn" > /dev/null
sed -i 's/name: Charyn Canyon/name: Sharyn Canyon/' "$work/content/destinations.yaml"
seen=false
for _ in $(seq 1 $(((max_age + 10) * 4))); do
  if curl -s "$charyn" | grep -q 'Sharyn Canyon'; then seen=true; break; fi
  sleep 0.25
done
check "a content edit reaches clients through nginx after max-age" "$seen"

search() {
  curl -s "http://127.0.0.1:$1/graphql" -H 'Content-Type: application/json' -d "{\"query\":\"query(\$after: String) { search(query: \\\"kazakhstan\\\", first: $2, after: \$after) { edges { node { ... on Node { id } } } pageInfo { endCursor } } }\",\"variables\":{\"after\":${3:-null}}}"
}
all="$(search $replica_a 100 | python3 -c 'import json,sys; print(" ".join(e["node"]["id"] for e in json.load(sys.stdin)["data"]["search"]["edges"]))')"
first="$(search $replica_a 5)"
cursor="$(echo "$first" | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["data"]["search"]["pageInfo"]["endCursor"]))')"
second="$(search $replica_b 100 "$cursor")"
paged="$( (echo "$first"; echo "$second") | python3 -c 'import json,sys; print(" ".join(e["node"]["id"] for l in sys.stdin for e in json.loads(l)["data"]["search"]["edges"]))')"
check "a search cursor from replica A pages on replica B, no hit repeated or lost" "$([ "$paged" = "$all" ] && echo true)"

# Every request different, so each goes through to a replica; one replica stops in the middle.
cat > "$work/distinct.lua" <<'LUA'
counter = 0
bad = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/graphql?query=%7Bpermit(id%3A%22temporary-residence-permit%22)%7Bid%7D%7D&n=" .. counter .. math.random(1e9))
end
response = function(status) if status ~= 200 then bad = bad + 1 end end
done = function(summary)
  io.write(string.format("STOP_SUMMARY requests=%d non200=%d errors=%d\n", summary.requests, bad,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
(sleep 2; kill "$pid_b") &
stop="$(wrk -t2 -c16 -d5s -s "$work/distinct.lua" "http://127.0.0.1:$proxy" | grep STOP_SUMMARY)"
wait
ok="$(echo "$stop" | awk '{ if ($3 == "non200=0" && $4 == "errors=0") print "true" }')"
check "stopping one replica under load loses no request" "$ok" "$stop"

rate() { wrk -t2 -c32 -d"${seconds}s" "$1" | awk '/^Requests\/sec/ {printf "%.0f", $2}'; }
lookup_proxy="$(url $proxy '{ permit(id: "temporary-residence-permit") { id name } }')"
lookup_hub="$(url $replica_a '{ permit(id: "temporary-residence-permit") { id name } }')"
curl -s "$lookup_proxy" > /dev/null
echo
echo "| ${seconds} s at 32 connections, GET of one permit | requests/s |"
echo "| --- | --- |"
echo "| through nginx (cache hits) | $(rate "$lookup_proxy") |"
echo "| the hub itself (replica A) | $(rate "$lookup_hub") |"
exit "$failed"
