import { landingDecision, landingSignature, readLanding, referrerOrigin, shortHash } from "../kit/landing"
import { normalizeShopperIp, shopperIp } from "../kit/ip"
import { AFFILIATE_COOKIES, cartMark, clickCookieMaxAge, cookieOptions, landingCookies, touchFromCookies } from "../kit/cookies"
import { retryAfterSeconds } from "../kit/client"
import type { PublicClick } from "../kit/types"

const CLICK = "affclk_01JABCDEFGHJKMNPQRSTVWXYZ0"
const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name.toLowerCase()] ?? null })
const jar = (values: Record<string, string>) => ({ get: (name: string) => (name in values ? { value: values[name] } : undefined) })

describe("readLanding", () => {
  it("reads referral, code, coupon and UTM tags, keeps only origin and path", () => {
    expect(readLanding("https://shop.example.com/products/tee?ref=anna-ig&utm_source=Instagram&utm_campaign=+spring+&email=a@b.c#top")).toEqual({
      click_id: null,
      visitor_id: null,
      referral: "anna-ig",
      code: null,
      utm: { utm_source: "Instagram", utm_campaign: "spring" },
      landing_url: "https://shop.example.com/products/tee",
    })
    expect(readLanding("https://shop.example.com/?coupon=ANNA10")?.code).toBe("ANNA10")
    expect(readLanding("https://shop.example.com/?code=ANNA10&coupon=OTHER")?.code).toBe("ANNA10")
  })

  it("takes aff_click and aff_vid only in the shapes the plugin issues", () => {
    expect(readLanding(`https://shop.example.com/?aff_click=${CLICK}&aff_vid=vAbc123_-xyz`)).toMatchObject({ click_id: CLICK, visitor_id: "vAbc123_-xyz" })
    expect(readLanding("https://shop.example.com/?aff_click=evil&aff_vid=short")).toMatchObject({ click_id: null, visitor_id: null })
  })

  it("bounds values and gives null for what does not parse", () => {
    expect(readLanding(`https://shop.example.com/?ref=${"x".repeat(300)}`)?.referral).toHaveLength(100)
    expect(readLanding(`https://shop.example.com/?utm_source=${"s".repeat(300)}`)?.utm.utm_source).toHaveLength(200)
    expect(readLanding("not a url")).toBeNull()
  })
})

describe("landingDecision", () => {
  const landing = (url: string) => readLanding(url)

  it.each([
    { label: "a plain page", url: "https://shop.example.com/store", kind: "nothing" },
    { label: "only utm_medium", url: "https://shop.example.com/?utm_medium=social", kind: "nothing" },
    { label: "a referral", url: "https://shop.example.com/?ref=anna", kind: "record" },
    { label: "a code", url: "https://shop.example.com/?code=ANNA10", kind: "record" },
    { label: "a campaign", url: "https://shop.example.com/?utm_campaign=spring", kind: "record" },
    { label: "a /r/ link's ids", url: `https://shop.example.com/?aff_click=${CLICK}&ref=anna`, kind: "from-link" },
  ])("$label: $kind", ({ url, kind }) => {
    expect(landingDecision(landing(url), null).kind).toBe(kind)
  })

  it("builds the click body: a code wins over a referral, tags and landing URL go along", () => {
    expect(landingDecision(landing("https://shop.example.com/p?ref=anna&code=ANNA10&utm_source=ig"), null)).toEqual({
      kind: "record",
      signature: expect.any(String),
      click: { code: "ANNA10", utm_source: "ig", landing_url: "https://shop.example.com/p" },
    })
  })

  it("does not record the same landing twice in a session, but does a different one", () => {
    const first = landing("https://shop.example.com/a?ref=anna")!
    const seen = landingSignature(first)
    expect(landingDecision(landing("https://shop.example.com/b?ref=anna"), seen).kind).toBe("seen")
    expect(landingDecision(landing("https://shop.example.com/b?ref=bert"), seen).kind).toBe("record")
    expect(landingDecision(null, seen).kind).toBe("nothing")
  })
})

describe("referrerOrigin and shortHash", () => {
  it("keeps only an http(s) referrer's origin", () => {
    expect(referrerOrigin("https://www.instagram.com/p/xyz?igsh=1")).toBe("https://www.instagram.com")
    expect(referrerOrigin("android-app://com.google")).toBeUndefined()
    expect(referrerOrigin(null)).toBeUndefined()
  })
  it("hashes to 8 stable hex digits", () => {
    expect(shortHash("")).toBe("811c9dc5")
    expect(shortHash("a")).toBe("e40c292c")
  })
})

describe("shopperIp", () => {
  it.each([
    { label: "IPv4", value: "203.0.113.9", ip: "203.0.113.9" },
    { label: "IPv4 with port", value: "203.0.113.9:5678", ip: "203.0.113.9" },
    { label: "IPv6 in brackets with port", value: "[2001:DB8::1]:443", ip: "2001:db8::1" },
    { label: "IPv4-mapped IPv6", value: "::ffff:203.0.113.9", ip: "203.0.113.9" },
    { label: "garbage", value: "unknown", ip: null },
    { label: "an out-of-range octet", value: "256.1.1.1", ip: null },
  ])("$label", ({ value, ip }) => {
    expect(normalizeShopperIp(value)).toBe(ip)
  })

  it("prefers the platform's ip, then the first valid X-Forwarded-For entry, then X-Real-IP", () => {
    const forwarded = headers({ "x-forwarded-for": "unknown, 198.51.100.7, 10.0.0.1", "x-real-ip": "192.0.2.1" })
    expect(shopperIp(forwarded, "203.0.113.1")).toBe("203.0.113.1")
    expect(shopperIp(forwarded)).toBe("198.51.100.7")
    expect(shopperIp(headers({ "x-real-ip": "192.0.2.1" }))).toBe("192.0.2.1")
    expect(shopperIp(headers({}))).toBeNull()
  })
})

describe("cookies", () => {
  const click = (over: Partial<PublicClick> = {}): PublicClick => ({
    click_id: CLICK,
    visitor_id: "vVisitor123",
    is_unique: true,
    is_bot: false,
    attributing: true,
    referral: "anna",
    site: null,
    utm: {},
    window_days: 30,
    expires_at: "2026-01-31T00:00:00.000Z",
    ...over,
  })
  const now = new Date("2026-01-01T00:00:00.000Z")

  it("lives until the click expires, else its window, else 30 days", () => {
    expect(clickCookieMaxAge(click(), now)).toBe(30 * 86400)
    expect(clickCookieMaxAge(click({ expires_at: "bad", window_days: 60 }), now)).toBe(60 * 86400)
    expect(clickCookieMaxAge(click({ expires_at: "bad", window_days: 0 }), now)).toBe(30 * 86400)
  })

  it("are first-party, httpOnly and lax; a domain and Secure when asked", () => {
    expect(cookieOptions(60, { secure: true, domain: ".example.com" })).toEqual({ path: "/", httpOnly: true, sameSite: "lax", secure: true, maxAge: 60, domain: ".example.com" })
    expect(cookieOptions(undefined, { secure: false, httpOnly: false })).toEqual({ path: "/", httpOnly: false, sameSite: "lax", secure: false })
  })

  it("after a recorded click: the visitor for a year, the click and a URL code for its window, the landing for the session", () => {
    const cookies = landingCookies({ kind: "recorded", click: click(), code: "ANNA10", signature: "sig" }, { secure: true }, now)
    expect(cookies.map((c) => [c.name, c.value, c.options.maxAge])).toEqual([
      [AFFILIATE_COOKIES.landing, "sig", undefined],
      [AFFILIATE_COOKIES.visitor, "vVisitor123", 365 * 86400],
      [AFFILIATE_COOKIES.click, CLICK, 30 * 86400],
      [AFFILIATE_COOKIES.code, "ANNA10", 30 * 86400],
    ])
  })

  it("keeps no click id for a click that cannot attribute", () => {
    const names = landingCookies({ kind: "recorded", click: click({ attributing: false }), signature: "s" }, { secure: false }, now).map((c) => c.name)
    expect(names).toEqual([AFFILIATE_COOKIES.landing, AFFILIATE_COOKIES.visitor])
  })

  it("keeps a /r/ link's ids, and only the landing after a refusal", () => {
    const link = landingCookies({ kind: "from-link", click_id: CLICK, visitor_id: "vVisitor123", signature: "s" }, { secure: false }, now)
    expect(link.map((c) => [c.name, c.options.maxAge])).toEqual([
      [AFFILIATE_COOKIES.landing, undefined],
      [AFFILIATE_COOKIES.click, 30 * 86400],
      [AFFILIATE_COOKIES.visitor, 365 * 86400],
    ])
    expect(landingCookies({ kind: "refused", signature: "s" }, { secure: false }, now).map((c) => c.name)).toEqual([AFFILIATE_COOKIES.landing])
  })

  it("reads back only well-formed ids", () => {
    expect(touchFromCookies(jar({ aff_click: CLICK, aff_vid: "vVisitor123", aff_code: " ANNA10 " }))).toEqual({ click_id: CLICK, visitor_id: "vVisitor123", code: "ANNA10" })
    expect(touchFromCookies(jar({ aff_click: "x", aff_vid: "<script>" }))).toEqual({})
  })

  it("marks a cart by its id and touch; a code in another case is the same code", () => {
    expect(cartMark("cart_1", { click_id: CLICK, code: "anna10" })).toBe(cartMark("cart_1", { click_id: CLICK, code: "ANNA10" }))
    expect(cartMark("cart_1", { click_id: CLICK })).not.toBe(cartMark("cart_2", { click_id: CLICK }))
    expect(cartMark("cart_1", { click_id: CLICK })).not.toBe(cartMark("cart_1", { click_id: CLICK, code: "ANNA10" }))
  })
})

describe("retryAfterSeconds", () => {
  it("reads seconds or an HTTP date", () => {
    expect(retryAfterSeconds("17")).toBe(17)
    expect(retryAfterSeconds("Thu, 01 Jan 2026 00:00:30 GMT", new Date("2026-01-01T00:00:00Z"))).toBe(30)
    expect(retryAfterSeconds("soon")).toBeUndefined()
    expect(retryAfterSeconds(null)).toBeUndefined()
  })
})
