-- wrk script for GETs: the URL carries the request (GET /graphql?query=...), and one machine-readable summary
-- line ends the run, in the format of the peer folder's wrk-post.lua, so compare.sh reads both alike.
wrk.method = "GET"
wrk.headers["Accept"] = "application/json"

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_SUMMARY requests=%.0f duration_us=%.0f p50_us=%.0f p99_us=%.0f status=%.0f connect=%.0f read=%.0f " ..
    "write=%.0f timeout=%.0f\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect, e.read, e.write, e.timeout))
end
