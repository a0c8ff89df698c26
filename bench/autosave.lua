-- wrk script for the practice autosave endpoint. Every request saves the notes of one of
-- the prepared attempts (round robin) with a new, globally increasing revision, so the
-- revision alone says which attempt it was for (revision % #attempts). The notes text is
-- derived from the revision, so the check afterwards can tell which save is stored.
--
-- Environment: AUTOSAVE_ATTEMPTS (file: one attempt id per line), AUTOSAVE_COOKIE (the
-- Cookie header: CSRF cookie and profile), AUTOSAVE_CSRF (the form's _csrf value),
-- AUTOSAVE_ACKS (where done() writes "attempt-index max-acknowledged-revision" lines),
-- AUTOSAVE_BASE (the first revision).
local attempts = {}
for line in io.lines(os.getenv("AUTOSAVE_ATTEMPTS")) do
  if #line > 0 then attempts[#attempts + 1] = line end
end
local cookie = os.getenv("AUTOSAVE_COOKIE")
local csrf = os.getenv("AUTOSAVE_CSRF")
-- Revisions start above everything an earlier run (the warm-up) saved.
local counter = tonumber(os.getenv("AUTOSAVE_BASE") or "0")
acked = 0
refused = 0
maxAcked = {}

local function notes(revision)
  return "Benchmark notes, revision " .. revision .. ". " .. string.rep("Partition by key, then compact. ", 8)
end

local function urlencode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  counter = counter + 1
  local revision = counter + #attempts
  local attempt = attempts[(revision % #attempts) + 1]
  local body = "stage=CLARIFY&revision=" .. revision .. "&notes=" .. urlencode(notes(revision)) ..
    "&_csrf=" .. urlencode(csrf)
  return wrk.format("POST", "/practice/attempts/" .. attempt .. "/autosave", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/json",
    ["Cookie"] = cookie,
  }, body)
end

response = function(status, headers, body)
  if status == 200 then
    local revision = tonumber(string.match(body, '"revision":(%d+)'))
    if revision then
      acked = acked + 1
      local index = revision % #attempts
      if (maxAcked[index] or 0) < revision then maxAcked[index] = revision end
    end
  else
    refused = refused + 1
  end
end

-- done() runs in the main Lua state: read the counters from each thread.
local threads = {}

setup = function(thread)
  threads[#threads + 1] = thread
end

done = function(summary, latency, requests)
  local out = io.open(os.getenv("AUTOSAVE_ACKS"), "w")
  local totalAcked, totalRefused = 0, 0
  for _, thread in ipairs(threads) do
    totalAcked = totalAcked + thread:get("acked")
    totalRefused = totalRefused + thread:get("refused")
    for index, revision in pairs(thread:get("maxAcked")) do
      out:write(index, " ", revision, "\n")
    end
  end
  out:close()
  io.write(string.format("autosave: %d acknowledged, %d refused\n", totalAcked, totalRefused))
end
