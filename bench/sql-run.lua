-- wrk script for Run on a SQL exercise: posts a typical query (a grouped sum over the sample data) to one
-- practice attempt in its Answer stage, as the page's script does (HX-Request: the result fragment).
--
-- Environment: SQL_ATTEMPT (attempt id), SQL_COOKIE (Cookie header), SQL_CSRF (the form's _csrf value).
local attempt = os.getenv("SQL_ATTEMPT")
local cookie = os.getenv("SQL_COOKIE")
local csrf = os.getenv("SQL_CSRF")

local function urlencode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local body = "query=" .. urlencode("SELECT customer, sum(amount) AS total FROM orders " ..
  "WHERE amount IS NOT NULL GROUP BY customer ORDER BY total DESC, customer") .. "&_csrf=" .. urlencode(csrf)

request = function()
  return wrk.format("POST", "/practice/attempts/" .. attempt .. "/sql/run", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["HX-Request"] = "true",
    ["Cookie"] = cookie,
  }, body)
end

-- Each wrk thread counts in its own Lua state; done() runs in another and asks the threads.
local threads = {}
setup = function(thread) table.insert(threads, thread) end
busy = 0
response = function(status, headers, body)
  if status == 503 then busy = busy + 1 end
end

done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + (thread:get("busy") or 0) end
  io.write(string.format("sql-run: %d busy\n", total))
end
