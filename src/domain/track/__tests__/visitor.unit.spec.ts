import { createHash } from "node:crypto"
import fc from "fast-check"
import { encodeUlid, hashIp, isClickId, isVisitorId, newVisitorId, normalizeIp } from "../visitor"

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex")

describe("hashIp", () => {
  it("is the hex SHA-256 of salt:ip, never the address itself", () => {
    const hash = hashIp("203.0.113.7", "pepper")
    expect(hash).toBe(sha256("pepper:203.0.113.7"))
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain("203.0.113.7")
  })

  it("gives the same hash for the same address, so repeats can be spotted", () => {
    expect(hashIp("203.0.113.7", "s")).toBe(hashIp("203.0.113.7", "s"))
  })

  it("depends on the salt: without it a hash cannot be matched to an address", () => {
    expect(hashIp("203.0.113.7", "salt-a")).not.toBe(hashIp("203.0.113.7", "salt-b"))
  })

  it("treats an IPv4 client seen through a dual-stack socket as the same IPv4 address", () => {
    expect(hashIp("::ffff:203.0.113.7", "s")).toBe(hashIp("203.0.113.7", "s"))
    expect(hashIp("::FFFF:203.0.113.7", "s")).toBe(hashIp("203.0.113.7", "s"))
  })

  it("compares IPv6 addresses case-insensitively", () => {
    expect(hashIp("2001:DB8::1", "s")).toBe(hashIp("2001:db8::1", "s"))
    expect(hashIp("2001:DB8::1", "s")).toBe(sha256("s:2001:db8::1"))
  })

  it("ignores surrounding spaces and URL brackets around IPv6", () => {
    expect(hashIp(" 203.0.113.7 ", "s")).toBe(hashIp("203.0.113.7", "s"))
    expect(hashIp("[2001:db8::1]", "s")).toBe(hashIp("2001:db8::1", "s"))
  })

  it("tells different addresses apart", () => {
    expect(hashIp("203.0.113.7", "s")).not.toBe(hashIp("203.0.113.8", "s"))
    expect(hashIp("::ffff:203.0.113.7", "s")).not.toBe(hashIp("::ffff:203.0.113.8", "s"))
  })

  it.each([[null], [undefined], [""], ["   "]])("has nothing to hash for %j (null)", (ip) => {
    expect(hashIp(ip as string | null | undefined, "s")).toBeNull()
  })
})

describe("normalizeIp", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["2001:DB8::AB", "2001:db8::ab"],
    ["::1", "::1"],
    // Only the IPv4-mapped prefix is unwrapped; other IPv6 forms stay as they are.
    ["64:ff9b::203.0.113.7", "64:ff9b::203.0.113.7"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeIp(input)).toBe(expected)
  })
})

describe("visitor ids", () => {
  it("a new id is 'v' and 22 base64url characters", () => {
    const id = newVisitorId()
    expect(id).toMatch(/^v[A-Za-z0-9_-]{22}$/)
  })

  it("new ids are accepted back when the cookie returns", () => {
    for (let i = 0; i < 200; i++) expect(isVisitorId(newVisitorId())).toBe(true)
  })

  it("new ids do not repeat", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newVisitorId()))
    expect(ids.size).toBe(1000)
  })

  it.each(["abcdefgh", "A".repeat(64), "v0123456789_-abcdefghij", "legacy-visitor_42"])("accepts %j", (id) => {
    expect(isVisitorId(id)).toBe(true)
  })

  it.each([
    ["too short", "abcdefg"],
    ["too long", "A".repeat(65)],
    ["a space", "abcd efgh"],
    ["a dot", "abcd.efgh"],
    ["markup", "<script>alert(1)</script>"],
    ["a newline", "abcdefgh\n"],
    ["empty", ""],
  ])("refuses a cookie value with %s", (_name, id) => {
    expect(isVisitorId(id)).toBe(false)
  })

  it.each([[null], [undefined], [12345678], [{}], [["abcdefgh"]]])("refuses a non-string %j", (value) => {
    expect(isVisitorId(value)).toBe(false)
  })

  it("accepts exactly the strings of 8 to 64 url-safe characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        expect(isVisitorId(s)).toBe(/^[A-Za-z0-9_-]{8,64}$/.test(s))
      })
    )
  })
})

describe("isClickId", () => {
  it("accepts a Medusa click id: affclk_ and an upper-case ULID", () => {
    expect(isClickId("affclk_01JD3Z9K4W8M2N6P0Q1R5S7T9V")).toBe(true)
  })

  it.each([
    ["a lower-case ULID", "affclk_01jd3z9k4w8m2n6p0q1r5s7t9v"],
    ["another prefix", "affattr_01JD3Z9K4W8M2N6P0Q1R5S7T9V"],
    ["an upper-case prefix", "AFFCLK_01JD3Z9K4W8M2N6P0Q1R5S7T9V"],
    ["25 characters", "affclk_01JD3Z9K4W8M2N6P0Q1R5S7T9"],
    ["27 characters", "affclk_01JD3Z9K4W8M2N6P0Q1R5S7T9VX"],
    ["no underscore", "affclk01JD3Z9K4W8M2N6P0Q1R5S7T9V"],
    ["trailing text", "affclk_01JD3Z9K4W8M2N6P0Q1R5S7T9V&x=1"],
    ["leading space", " affclk_01JD3Z9K4W8M2N6P0Q1R5S7T9V"],
    ["empty", ""],
  ])("refuses %s", (_name, id) => {
    expect(isClickId(id)).toBe(false)
  })

  it.each([[null], [undefined], [42], [{ id: "affclk_01JD3Z9K4W8M2N6P0Q1R5S7T9V" }]])("refuses a non-string %j", (v) => {
    expect(isClickId(v)).toBe(false)
  })
})

describe("ULIDs for click ids", () => {
  const zeros = new Uint8Array(10)
  const ones = new Uint8Array(10).fill(255)

  it("encodes the time like the ULID spec and the randomness in 16 characters", () => {
    expect(encodeUlid(1469918176385, zeros)).toBe("01ARYZ6S41" + "0".repeat(16))
    expect(encodeUlid(0, ones)).toBe("0".repeat(10) + "Z".repeat(16))
    expect(encodeUlid(2 ** 48 - 1, zeros)).toBe("7ZZZZZZZZZ" + "0".repeat(16))
    // 0x01 then zeros in each 40-bit half: 2^32 = 4 x 32^6.
    expect(encodeUlid(0, Uint8Array.from([1, 0, 0, 0, 0, 1, 0, 0, 0, 0])).slice(10)).toBe("04000000" + "04000000")
  })

  it("sorts by time, whatever the random part", () => {
    const earlier = encodeUlid(1_700_000_000_000, ones)
    const later = encodeUlid(1_700_000_000_001, zeros)
    expect(earlier < later).toBe(true)
  })

  it("refuses times and randomness a ULID cannot hold", () => {
    expect(() => encodeUlid(-1, zeros)).toThrow(RangeError)
    expect(() => encodeUlid(2 ** 48, zeros)).toThrow(RangeError)
    expect(() => encodeUlid(1.5, zeros)).toThrow(RangeError)
    expect(() => encodeUlid(0, new Uint8Array(9))).toThrow(RangeError)
  })
})
