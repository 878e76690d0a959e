import { agentHash, hashIp } from "../visitor"

const UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
const salt = "a-salt-of-sixteen-chars"

describe("agentHash", () => {
  it("is the same for the same IP hash and user agent, whatever visitor id the client sends", () => {
    const ip = hashIp("203.0.113.7", salt)
    expect(agentHash(ip, UA)).toBe(agentHash(hashIp("::ffff:203.0.113.7", salt), ` ${UA} `))
    expect(agentHash(ip, UA)).toMatch(/^[0-9a-f]{32}$/)
  })

  it.each([
    { label: "another address", ip: "203.0.113.8", ua: UA },
    { label: "another browser", ip: "203.0.113.7", ua: UA.replace("126", "127") },
    { label: "no user agent", ip: "203.0.113.7", ua: null },
  ])("differs for $label", ({ ip, ua }) => {
    expect(agentHash(hashIp(ip, salt), ua)).not.toBe(agentHash(hashIp("203.0.113.7", salt), UA))
  })

  it("is null without an IP hash (nothing to tie the visit to)", () => {
    expect(agentHash(null, UA)).toBeNull()
  })
})
