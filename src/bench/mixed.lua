-- wrk script for load-check.sh: a mixed workload of the hub's operations, round robin, counting every answer
-- that is not HTTP 200 or carries GraphQL errors.
local bodies = {
  [[{"query":"query($q:String!){search(query:$q,first:10){totalCount correctedQuery edges{score highlights{field snippet} node{__typename ... on Node{id}}} facets{field values{value count}}}}","variables":{"q":"lake"}}]],
  [[{"query":"query($p:String!){suggest(prefix:$p,limit:5){text node{... on Node{id}}}}","variables":{"p":"alm"}}]],
  [[{"query":"{permits{id name kind validity{initialMonths maxTotalMonths indefinite} requirements{id title} documents{id name condition} steps{order id title} guide{id}}}"}]],
  [[{"query":"query($q:String!){search(query:$q,first:10){totalCount correctedQuery edges{score highlights{field snippet} node{__typename ... on Node{id}}}}}","variables":{"q":"Almati"}}]],
  [[{"query":"{destinations(first:10,filter:{activity:\"hiking\"}){totalCount edges{cursor node{id name kind rank}} pageInfo{hasNextPage endCursor}}}"}]],
  [[{"query":"{checklist(permit:\"temporary-residence-permit\",purpose:WORK){permit{id} requirements{id} documents{id name condition} steps{order id title} maxProcessingDays}}"}]],
  [[{"query":"query($q:String!){search(query:$q,first:10){totalCount edges{node{__typename ... on Node{id}}}}}","variables":{"q":"skiing near Almaty"}}]],
  [[{"query":"{destination(id:\"almaty\"){id name nearby(radiusKm:150){distanceKm destination{id}} guide{id}}}"}]],
}
local threads = {}
local index = 0
bad = 0
shed = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  index = math.random(#bodies)
end

request = function()
  index = index % #bodies + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[index])
end

-- A 503 is the hub shedding load on purpose (hub.limits.max-concurrent-requests): counted apart from errors.
response = function(status, headers, body)
  if status == 503 then
    shed = shed + 1
  elseif status ~= 200 or string.find(body, '"errors"', 1, true) then
    bad = bad + 1
  end
end

done = function(summary, latency, requests)
  local graphql_bad = 0
  local graphql_shed = 0
  for _, thread in ipairs(threads) do
    graphql_bad = graphql_bad + thread:get("bad")
    graphql_shed = graphql_shed + thread:get("shed")
  end
  local e = summary.errors
  io.write(string.format(
    "LOAD_SUMMARY requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f shed_503=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, graphql_shed,
    graphql_bad + e.connect + e.read + e.write + e.timeout + e.status - graphql_shed))
end
