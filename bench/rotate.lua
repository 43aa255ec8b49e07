-- wrk script: send each request to the next host of the list, so that every request
-- resolves a different mission site. BENCH_HOSTS is a comma-separated list of Host
-- headers, BENCH_PATH the path requested on each.
local hosts = {}
for host in string.gmatch(os.getenv("BENCH_HOSTS") or "localhost", "[^,]+") do
  hosts[#hosts + 1] = host
end
local path = os.getenv("BENCH_PATH") or "/"
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", path, { ["Host"] = hosts[(counter % #hosts) + 1] })
end
