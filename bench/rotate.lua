-- wrk script: send each request to the next host of the list, so that every request
-- resolves a different mission site. BENCH_HOSTS is a comma-separated list of Host
-- headers, BENCH_PATH the path requested on each. Optionally, BENCH_PATHS gives one path
-- per host (newline-separated, in the order of the hosts) and BENCH_ETAGS one
-- If-None-Match value per host (newline-separated), for revalidation.
local function split(value, separator)
  local items = {}
  for item in string.gmatch(value or "", "[^" .. separator .. "]+") do
    items[#items + 1] = item
  end
  return items
end

local hosts = split(os.getenv("BENCH_HOSTS") or "localhost", ",")
local path = os.getenv("BENCH_PATH") or "/"
local paths = split(os.getenv("BENCH_PATHS"), "\n")
local etags = split(os.getenv("BENCH_ETAGS"), "\n")
local counter = 0

request = function()
  counter = counter + 1
  local n = (counter % #hosts) + 1
  local headers = { ["Host"] = hosts[n] }
  if #etags > 0 then
    headers["If-None-Match"] = etags[n]
  end
  return wrk.format("GET", paths[n] or path, headers)
end
