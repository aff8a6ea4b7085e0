#!/usr/bin/env bash
# Pages for people: what a reader's browser downloads and waits for on the hub's server-rendered pages.
#
#   bash src/bench/pages.sh            # from the repository root (or anywhere: it moves there)
#
# Packages the hub (or reuses target/'s jar, see packaged-hub.sh), starts it on a free port of 127.0.0.1, and
# measures, for four page types (a search with results, a destination, a permit, a guide):
#   1. Weight of a first visit: the HTML plus every asset it loads (stylesheets, icons and preloads from <link>,
#      scripts from <script src>, the modules those scripts import, url()s in the CSS), each as served with
#      `Accept-Encoding: gzip` (curl --compressed, %{size_download}: bytes on the wire, headers excluded).
#      Target: at most 150 KB a page.
#   2. Typing (search page only): time from the last keystroke in #q to the swapped #results-region in headless
#      Chromium, p50 and p95 over 50 queries drawn from src/bench/querylog/queries.txt by Zipf's law
#      (kz.hub.pages.TypingBenchmark, Selenium + /usr/bin/chromedriver, through the pom's benchmark profile).
#      Nothing is subtracted: search.js waits for a pause in typing (PAUSE_MS) before it fetches. Target: p95 < 150 ms.
#   3. Lighthouse 12.2.3 scores for accessibility, best-practices and SEO, with every audit that did not pass.
#      Targets: 100, >= 95, >= 95. Lighthouse comes through npx (the npm registry, once; then npm's cache).
# Prints one table at the end; the raw files are kept in target/pages-bench/.
#
# env: PORT (a free port from 18090 up), TYPING_N (50), SKIP_TYPING=1, SKIP_LIGHTHOUSE=1, JAVA_OPTS (-Xmx256m).
# Bounded: each step runs under `timeout` (start-up 60 s, typing 600 s, each Lighthouse run 180 s).
# Needs java 21+ (mvn with toolchains), curl, node 20 + npx, /usr/bin/chromium and /usr/bin/chromedriver.
# Only 127.0.0.1 is measured; the browsers are told that every other host does not resolve.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/pages-bench
mkdir -p "$out"

# shellcheck source=src/bench/packaged-hub.sh
source src/bench/packaged-hub.sh

free_port() {
  local p
  for p in $(seq 18090 18190); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo "pages: no free port in 18090..18190" >&2; exit 1
}
port="${PORT:-$(free_port)}"
base="http://127.0.0.1:$port"

# shellcheck disable=SC2086
"$java" ${JAVA_OPTS:--Xmx256m -XX:+ExitOnOutOfMemoryError} -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
  > "$out/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "$base/actuator/health" && break
  kill -0 "$pid" 2>/dev/null || { cat "$out/server.log" >&2; exit 1; }
  sleep 0.1
done
curl -sf -o /dev/null "$base/actuator/health" || { echo "pages: the hub did not start in 60 s" >&2; exit 1; }
echo "pages: hub on $base ($jar)"

names=(search destination permit guide)
paths=(
  "/ru/search?q=%D0%B0%D0%BB%D0%BC%D0%B0%D1%82%D1%8B"
  "/en/destinations/almaty"
  "/kk/permits/temporary-residence-permit?purpose=WORK"
  "/en/guides/residence-permit-guide"
)
shown=(
  "/ru/search?q=алматы"
  "/en/destinations/almaty"
  "/kk/permits/temporary-residence-permit?purpose=WORK"
  "/en/guides/residence-permit-guide"
)

# Bytes on the wire of one URL, gzip accepted; the body goes to $2, the headers to $2.headers.
fetch() {
  curl -sS --compressed -H 'Accept-Encoding: gzip' --max-time 10 -D "$2.headers" -o "$2" -w '%{size_download}' "$1"
}
# The Content-Encoding in a headers file, or nothing.
encoding() { tr -d '\r' < "$1" | awk -F': *' 'tolower($1) == "content-encoding" {print $2}'; }
# Resolves a reference found in the document at $2 against it (absolute paths and ./ or bare relative ones).
resolve() {
  local ref="$1" doc="$2"
  ref="${ref%%#*}"
  case "$ref" in
    http://127.0.0.1:"$port"/*) echo "$ref" ;;
    http://* | https://* | //* | data:*) echo "pages: not loaded from 127.0.0.1: $ref" >&2 ;;
    /*) echo "$base$ref" ;;
    *) local dir="${doc%\?*}"; dir="${dir%/*}"; ref="${ref#./}"; echo "$dir/$ref" ;;
  esac
}
# The assets the body at file $1 (from URL $2) loads, one URL a line.
assets_of() {
  local file="$1" url="$2"
  case "$url" in
    *.css) grep -oE "url\(['\"]?[^'\")]+|@import ['\"][^'\"]+" "$file" | sed -E "s/^url\(['\"]?//; s/^@import ['\"]//" ;;
    *.js | *.mjs) grep -oE "(import|from)[[:space:]]*['\"][^'\"]+['\"]|import\(['\"][^'\"]+['\"]" "$file" \
      | sed -E "s/.*['\"]([^'\"]+)['\"].*/\1/" ;;
    *) { grep -oE '<link[^>]*>' "$file" | grep -E 'rel="?(stylesheet|icon|shortcut icon|modulepreload|preload|manifest|apple-touch-icon)' \
           | grep -oE 'href="[^"]+"' | sed -E 's/^href="//; s/"$//'
         grep -oE '<script[^>]*src="[^"]+"' "$file" | sed -E 's/.*src="([^"]+)"/\1/'
         grep -oE '<img[^>]*src="[^"]+"' "$file" | sed -E 's/.*src="([^"]+)"/\1/'; } ;;
  esac | sed 's/&amp;/\&/g' | while read -r ref; do [ -n "$ref" ] && resolve "$ref" "$url"; done
}

declare -A weight html_bytes asset_list
for i in "${!names[@]}"; do
  name="${names[$i]}"
  url="$base${paths[$i]}"
  status="$(curl -s -o /dev/null -w '%{http_code}' "$url")"
  [ "$status" = 200 ] || { echo "pages: $url answered $status" >&2; exit 1; }
  bytes="$(fetch "$url" "$out/$name.html")"
  html_bytes[$name]=$bytes
  total=$bytes
  queue=("$url")
  declare -A seen=(["$url"]=1)
  list=""
  while [ "${#queue[@]}" -gt 0 ]; do
    current="${queue[0]}"; queue=("${queue[@]:1}")
    file="$out/$name.html"
    [ "$current" = "$url" ] || file="$out/$name.asset.$(echo "$current" | md5sum | cut -c1-8)"
    while read -r asset; do
      [ -n "$asset" ] && [ -z "${seen[$asset]:-}" ] || continue
      seen[$asset]=1
      afile="$out/$name.asset.$(echo "$asset" | md5sum | cut -c1-8)"
      abytes="$(fetch "$asset" "$afile")"
      enc="$(encoding "$afile.headers")"
      total=$((total + abytes))
      list="$list ${asset#"$base"}=${abytes}${enc:+($enc)}"
      queue+=("$asset")
    done < <(assets_of "$file" "$current")
  done
  unset seen
  weight[$name]=$total
  asset_list[$name]="$list"
  henc="$(encoding "$out/$name.html.headers")"
  echo "pages: $name ${shown[$i]}: html=${bytes}${henc:+($henc)}${list} total=$total"
done

typing="not run (SKIP_TYPING=1)"
if [ "${SKIP_TYPING:-0}" != 1 ]; then
  echo "pages: typing benchmark (TypingBenchmark, ${TYPING_N:-50} queries)"
  if BENCH_URL="$base" BENCH_N="${TYPING_N:-50}" BENCH_QUERIES="$PWD/src/bench/querylog/queries.txt" \
      timeout --kill-after=10 600 mvn -B -q -Pbenchmark test-compile exec:exec -Dbenchmark=kz.hub.pages.TypingBenchmark \
      > "$out/typing.txt" 2>&1; then
    typing="$(grep '^TYPING ' "$out/typing.txt" | sed 's/^TYPING //')"
  else
    typing="failed (exit $?; see $out/typing.txt)"
  fi
  grep -E '^query ' "$out/typing.txt" || tail -n 20 "$out/typing.txt"
fi

declare -A lighthouse
if [ "${SKIP_LIGHTHOUSE:-0}" != 1 ]; then
  for i in "${!names[@]}"; do
    name="${names[$i]}"
    echo "pages: lighthouse $name"
    if CHROME_PATH=/usr/bin/chromium timeout --kill-after=10 180 npx -y lighthouse@12.2.3 "$base${paths[$i]}" \
        --only-categories=accessibility,best-practices,seo --output=json --output-path="$out/lighthouse-$name.json" \
        --quiet --chrome-flags="--headless=new --no-sandbox --disable-gpu --host-resolver-rules='MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'" \
        > "$out/lighthouse-$name.log" 2>&1; then
      lighthouse[$name]="$(node -e '
        const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const c = r.categories;
        const s = (k) => c[k] && c[k].score !== null ? Math.round(c[k].score * 100) : "n/a";
        console.log(`${s("accessibility")} / ${s("best-practices")} / ${s("seo")}`);
        for (const [k, cat] of Object.entries(c)) for (const ref of cat.auditRefs) {
          const a = r.audits[ref.id];
          if (!(ref.weight > 0 && a.score !== null && a.score < 1)) continue;
          const items = ((a.details && a.details.items) || []).map((item) => (item.sourceLocation && item.sourceLocation.url)
            || (item.subItems && item.subItems.items[0] && item.subItems.items[0].reason) || item.url || "").filter(Boolean);
          const what = [...new Set(items)].slice(0, 2).join("; ");
          console.error(`  ${k}: ${a.id} (${a.title})${what ? ": " + what : ""}`);
        }' "$out/lighthouse-$name.json" 2> "$out/lighthouse-$name.failed.txt")"
      cat "$out/lighthouse-$name.failed.txt"
    else
      lighthouse[$name]="failed (see $out/lighthouse-$name.log)"
      tail -n 5 "$out/lighthouse-$name.log"
    fi
  done
fi

echo
echo "pages: $(date -u +%F), $(nproc) cores, $("$java" -version 2>&1 | head -n 1)"
echo "| page | path | first visit, bytes on the wire | Lighthouse a11y / BP / SEO |"
echo "|---|---|---|---|"
for i in "${!names[@]}"; do
  name="${names[$i]}"
  printf '| %s | %s | %s (%.1f KB) | %s |\n' "$name" "${shown[$i]}" "${weight[$name]}" "$(awk -v b="${weight[$name]}" 'BEGIN {print b / 1024}')" \
    "${lighthouse[$name]:-not run}"
done
echo "typing (last key to results, /ru/search): $typing"
over=0
for name in "${names[@]}"; do [ "${weight[$name]}" -le 153600 ] || { echo "pages: $name weighs over 150 KB" >&2; over=1; }; done
exit "$over"
