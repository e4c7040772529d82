-- wrk script for benches/reply_flood.sh: the attack of issue 18 (finding 6) — one member
-- posting replies as large as the server reads (just under server.max_body_bytes), as fast as
-- her connections allow. Set PARLEY_FLOOD_PATH (the replies route of a published case) and
-- PARLEY_FLOOD_TOKEN (her access token); PARLEY_FLOOD_CHARS sets the reply's length.
local chars = tonumber(os.getenv("PARLEY_FLOOD_CHARS") or "1000000")
local body = '{"body_markdown":"' .. string.rep("Oksana Kovalenko met us at Vilkhivka. ", math.floor(chars / 38)) .. '"}'
wrk.method = "POST"
wrk.path = os.getenv("PARLEY_FLOOD_PATH")
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("PARLEY_FLOOD_TOKEN")
