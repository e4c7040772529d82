-- wrk script for benches/load.sh: the search page with words of the generated corpus's whole
-- vocabulary (read from src/demo/synthetic.rs, five languages, common and rare words alike),
-- one word or two, so that almost every request is a search not asked before: its counts are
-- worked out afresh, as for a member's own words (random_search.lua's twenty words are asked
-- again and again; their counts are kept per index generation).
local words = {}
local file = io.open("src/demo/synthetic.rs")
if file then
  for line in file:lines() do
    local word = line:match('^%s*"([^"]+)",%s*$')
    if word and #word >= 4 then words[#words + 1] = word end
  end
  file:close()
end
assert(#words > 100, "benches/random_search_wide.lua: run from the repository's root")
math.randomseed(os.time())
local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  local q = words[math.random(#words)]
  if math.random() < 0.5 then q = q .. " " .. words[math.random(#words)] end
  return wrk.format("GET", "/search?q=" .. encode(q))
end
