-- wrk script for benches/load.sh: the case list with random filters — country, context,
-- outcome and year each present or not, as members combine them — so that few requests
-- share an address (and the page cache answers only for the common ones).
local countries = {"UA", "MD", "PL", "RO"}
local contexts = {"humanitarian_access", "checkpoint_movement", "local_authorities",
  "armed_actors", "national_government", "donors", "un_ingo_coordination",
  "community_leaders", "internal_organisational", "protection_gbv", "detention",
  "evacuation", "other"}
local outcomes = {"agreement", "partial", "no_agreement", "ongoing"}
math.randomseed(os.time())
local function maybe(list)
  if math.random(2) == 1 then return "" end
  return list[math.random(#list)]
end
request = function()
  local year = ""
  if math.random(2) == 1 then year = tostring(2015 + math.random(0, 10)) end
  local path = "/cases?country=" .. maybe(countries) .. "&context=" .. maybe(contexts) ..
    "&counterpart=&outcome=" .. maybe(outcomes) .. "&year=" .. year
  return wrk.format("GET", path)
end
