-- wrk script for benches/reply_flood.sh: the search page with a random word of five
-- languages each time (the words of the generated corpus), so that no cache answers for it.
local words = {"negotiation", "checkpoint", "water", "evacuation", "convoy", "fuel", "donor",
  "переговори", "блокпост", "евакуація", "переговоры", "negocieri", "ewakuacja", "punkt",
  "commander", "access", "medical", "school", "bridge", "ceasefire"}
math.randomseed(os.time())
local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  return wrk.format("GET", "/search?q=" .. encode(words[math.random(#words)]))
end
