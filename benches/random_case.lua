-- wrk script for benches/load.sh: each request asks for a different case page, chosen at random
-- among the generated ids (PARLEY_BENCH_FIRST..PARLEY_BENCH_LAST), so that no per-case cache
-- (related case studies) is warm: the cold cost of a case page under load.
math.randomseed(os.time())
local first = tonumber(os.getenv("PARLEY_BENCH_FIRST"))
local last = tonumber(os.getenv("PARLEY_BENCH_LAST"))

request = function()
  return wrk.format("GET", string.format("/cases/%d", math.random(first, last)))
end
