/**
 * A candidate for the Redis limiter's script (`DECIDE_LUA` in src/ratelimit/redis-limiter.ts) whose cost
 * does not grow with the limit: instead of `LRANGE key 0 maxLimit-1` and converting every entry, it reads
 * only the entries the decision needs with `LINDEX` (the L-th newest per rule, plus a binary search per
 * rule for `remaining`): O(rules × log L) reads instead of O(L). Same arguments, same reply, same writes.
 * Timed and checked against the current script by `bench/micro/redis-limiter.ts`.
 */
export const DECIDE_LINDEX_LUA = `
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
local size = math.min(redis.call('LLEN', key), maxLimit)
local function at(k) return tonumber(redis.call('LINDEX', key, k - 1)) end
if size > 0 then
  local newest = at(1)
  if newest > now then now = newest end
end
local violated, longest = 0, 0
for i = 1, n do
  if size >= limits[i] then
    local wait = at(limits[i]) + windows[i] - now
    if wait > longest then longest = wait; violated = i end
  end
end
if violated == 0 and record and maxLimit > 0 then
  redis.call('LPUSH', key, string.format('%.0f', now))
  redis.call('LTRIM', key, 0, maxLimit - 1)
  redis.call('PEXPIRE', key, math.ceil(maxWindow))
  size = size + 1
end
local out = { violated == 0 and 1 or 0, violated, math.ceil(longest) }
for i = 1, n do
  local lo, hi = 0, math.min(size, limits[i])
  local since = now - windows[i]
  while lo < hi do
    local mid = math.floor((lo + hi + 1) / 2)
    if at(mid) > since then lo = mid else hi = mid - 1 end
  end
  local reset = 0
  if lo >= limits[i] then reset = math.ceil(at(limits[i]) + windows[i] - now)
  elseif lo > 0 then reset = math.ceil(at(lo) + windows[i] - now) end
  out[#out + 1] = limits[i] - lo
  out[#out + 1] = reset
end
return out
`;
