-- wrk script for bench/load.sh: a mix of what colleagues do all day, with one signed-in session.
--   30 % Mijn werk · 35 % a dilemma page · 25 % a search · 10 % a comment posted on a dilemma
-- Environment: LOAD_COOKIE (Cookie header), LOAD_TOKEN (antiforgery token of that session),
-- LOAD_NUMBERS (file with one dilemma number per line that may be commented on).
local cookie = os.getenv("LOAD_COOKIE")
local token = os.getenv("LOAD_TOKEN")
local numbers = {}
for line in io.lines(os.getenv("LOAD_NUMBERS")) do
  numbers[#numbers + 1] = line
end

local words = { "bijstand", "uitkering", "boete", "jeugdhulp", "terugvordering", "hennep", "schulden", "samenwonen",
  "fraude", "woonadres", "\"inkomsten niet gemeld\"", "bijstand jeugdhulp", "wmo", "zwart werk", "vermogen" }

local function urlencode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local counter = 0

request = function()
  counter = counter + 1
  local roll = math.random(100)
  local number = numbers[math.random(#numbers)]
  local headers = { ["Cookie"] = cookie }
  if roll <= 30 then
    return wrk.format("GET", "/", headers)
  elseif roll <= 65 then
    return wrk.format("GET", "/dilemmas/" .. number, headers)
  elseif roll <= 90 then
    local query = "/zoeken?q=" .. urlencode(words[math.random(#words)])
    if math.random(4) == 1 then
      query = query .. "&sort=nieuwste"
    end
    return wrk.format("GET", query, headers)
  end
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  local body = "Kind=Remark&Body=" .. urlencode("Belastingproef: is de afspraak met de jeugdhulpverlener al nagekomen? (" .. counter .. ")")
    .. "&__RequestVerificationToken=" .. urlencode(token)
  return wrk.format("POST", "/dilemmas/" .. number .. "/reacties", headers, body)
end
