/**
 * The Redis limiter's script before commit 7b22875, kept to measure the current one against
 * (bench/micro/redis-limiter.ts): it read a key's whole history (`LRANGE key 0 maxLimit-1`) and converted
 * every entry, so its cost grew with the limit, and it kept up to the largest limit of timestamps whatever
 * their age. Same arguments and reply as the current script.
 */
export const DECIDE_LRANGE_LUA = `
local key = KEYS[1]
local record = ARGV[1] == '1'
local n = (#ARGV - 1) / 2
local limits, windows = {}, {}
local maxLimit, maxWindow = 0, 0
for i = 1, n do
  limits[i] = tonumber(ARGV[2 * i])
  windows[i] = tonumber(ARGV[2 * i + 1])
  if limits[i] > maxLimit then maxLimit = limits[i] end
  if windows[i] > maxWindow then maxWindow = windows[i] end
end
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local hist = {}
if maxLimit > 0 then hist = redis.call('LRANGE', key, 0, maxLimit - 1) end
local size = #hist
for i = 1, size do hist[i] = tonumber(hist[i]) end
if size > 0 and hist[1] > now then now = hist[1] end
local violated, longest = 0, 0
for i = 1, n do
  if size >= limits[i] then
    local wait = hist[limits[i]] + windows[i] - now
    if wait > longest then longest = wait; violated = i end
  end
end
if violated == 0 and record and maxLimit > 0 then
  redis.call('LPUSH', key, string.format('%.0f', now))
  redis.call('LTRIM', key, 0, maxLimit - 1)
  redis.call('PEXPIRE', key, math.ceil(maxWindow))
  table.insert(hist, 1, now)
  size = size + 1
end
local out = { violated == 0 and 1 or 0, violated, math.ceil(longest) }
for i = 1, n do
  local lo, hi = 0, math.min(size, limits[i])
  local since = now - windows[i]
  while lo < hi do
    local mid = math.floor((lo + hi + 1) / 2)
    if hist[mid] > since then lo = mid else hi = mid - 1 end
  end
  local reset = 0
  if lo >= limits[i] then reset = math.ceil(hist[limits[i]] + windows[i] - now)
  elseif lo > 0 then reset = math.ceil(hist[lo] + windows[i] - now) end
  out[#out + 1] = limits[i] - lo
  out[#out + 1] = reset
end
return out
`;
