-- wrk script for benches/load.sh: searches shaped like the outside evaluation's (issue 22):
-- random words of five languages (the twenty of random_search.lua), alone or in pairs, as a
-- quoted phrase of two, with a word excluded, with a country filter, or on a later page — so
-- that about 2,000 different searches are asked, more than a generation keeps pages of (512):
-- most requests rank, read and find snippets afresh, and only the most asked are kept.
local words = {"negotiation", "checkpoint", "water", "evacuation", "convoy", "fuel", "donor",
  "переговори", "блокпост", "евакуація", "переговоры", "negocieri", "ewakuacja", "punkt",
  "commander", "access", "medical", "school", "bridge", "ceasefire"}
local countries = {"UA", "MD", "PL", "RO"}
math.randomseed(os.time())
local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
local function word() return words[math.random(#words)] end
request = function()
  local shape = math.random(6)
  local q, page = word(), ""
  if shape == 2 then q = q .. " " .. word()
  elseif shape == 3 then q = '"' .. q .. " " .. word() .. '"'
  elseif shape == 4 then q = q .. " -" .. word()
  elseif shape == 5 then q = q .. " country:" .. countries[math.random(#countries)]
  elseif shape == 6 then page = "&page=" .. math.random(2, 5)
  end
  return wrk.format("GET", "/search?q=" .. encode(q) .. page)
end
