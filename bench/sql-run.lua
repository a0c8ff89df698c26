-- wrk script for Run on a SQL exercise: posts a query to one practice attempt in its Answer stage, as the page's
-- script does (HX-Request: the result fragment).
--
-- Environment: SQL_ATTEMPT (attempt id), SQL_COOKIE (Cookie header), SQL_CSRF (the form's _csrf value),
-- SQL_QUERY (the query), SQL_DELAY_MS (pause before each request, default 0: a person pressing Run again).
local attempt = os.getenv("SQL_ATTEMPT")
local cookie = os.getenv("SQL_COOKIE")
local csrf = os.getenv("SQL_CSRF")
local query = os.getenv("SQL_QUERY")
local pause = tonumber(os.getenv("SQL_DELAY_MS") or "0")

local function urlencode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local body = "query=" .. urlencode(query) .. "&_csrf=" .. urlencode(csrf)

request = function()
  return wrk.format("POST", "/practice/attempts/" .. attempt .. "/sql/run", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["HX-Request"] = "true",
    ["Cookie"] = cookie,
  }, body)
end

if pause > 0 then
  delay = function() return pause end
end

-- Each wrk thread counts in its own Lua state; done() runs in another and asks the threads.
local threads = {}
setup = function(thread) table.insert(threads, thread) end
busy = 0
timedout = 0
failed = 0
response = function(status, headers, body)
  if status == 503 then
    busy = busy + 1
  elseif status == 200 and string.find(body, "ran longer than", 1, true) then
    -- The time limit cancelled it: the sandbox doing its job, not a failure.
    timedout = timedout + 1
  elseif status ~= 200 or not string.find(body, "Result:", 1, true) then
    failed = failed + 1
  end
end

done = function(summary, latency, requests)
  local total_busy, total_timedout, total_failed = 0, 0, 0
  for _, thread in ipairs(threads) do
    total_busy = total_busy + (thread:get("busy") or 0)
    total_timedout = total_timedout + (thread:get("timedout") or 0)
    total_failed = total_failed + (thread:get("failed") or 0)
  end
  io.write(string.format("sql-run: %d busy\n", total_busy))
  io.write(string.format("sql-run: %d timed out\n", total_timedout))
  io.write(string.format("sql-run: %d failed\n", total_failed))
end
