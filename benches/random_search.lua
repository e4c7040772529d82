-- wrk script for benches/load.sh: the search page with a random word of five languages each
-- time (twenty common words of the generated corpus, each matching 11,000 to 100,000 case
-- studies at 100,000). Search pages are not kept in the page cache: each request ranks,
-- reads and renders its page; after a word's first request its counts (matches and facets)
-- are kept until the index changes. random_search_wide.lua asks words not asked before.
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
