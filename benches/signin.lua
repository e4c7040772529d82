-- wrk script for benches/load.sh: sign-in attempts through POST /api/v1/auth/login, each from
-- its own (forwarded) address and for its own unknown account, so that the per-address and
-- per-account rate limits never trigger and every request pays the full password check (an
-- unknown account is checked against a dummy hash: the same work as a real one). Answers are
-- 401, by design; what is measured is how many sign-ins a second the machine can check.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
math.randomseed(os.time())

request = function()
  local n = math.random(1, 16000000)
  wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d",
    math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
  return wrk.format(nil, nil, nil, string.format(
    '{"email":"nobody%d@example.org","password":"wrong horse battery staple"}', n))
end
