import fc from "fast-check"
import { hostOf, landingPathOf, MAX_LANDING_PATH, referrerHost } from "../landing"

describe("referrerHost", () => {
  it.each([
    ["https://www.instagram.com/p/xyz?igsh=1", "www.instagram.com"],
    ["https://WWW.Instagram.COM/", "www.instagram.com"],
    ["http://blog.example.org:8080/post#c", "blog.example.org"],
    ["https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example.com", "l.facebook.com"],
    ["https://example.org./path", "example.org"],
    ["  https://t.co/abc  ", "t.co"],
  ])("%j -> %j", (input, host) => {
    expect(referrerHost(input)).toBe(host)
  })

  it("keeps www. (it is what the referrer sent)", () => {
    expect(referrerHost("https://www.example.org/")).toBe("www.example.org")
  })

  it.each([
    [null],
    [undefined],
    [""],
    ["   "],
    ["not a url"],
    ["www.example.org"],
    ["/relative/path"],
    ["android-app://com.google.android.gm/"],
    ["ftp://files.example.org/"],
    ["javascript:alert(1)"],
    ["data:text/html,hi"],
  ])("%j gives no host (null)", (input) => {
    expect(referrerHost(input as string | null | undefined)).toBeNull()
  })

  it("never throws, whatever the header holds", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const host = referrerHost(s)
        expect(host === null || (host === host.toLowerCase() && !host.includes("/"))).toBe(true)
      })
    )
  })
})

describe("hostOf", () => {
  it.each([
    ["https://Shop.Example.com/summer?x=1", "shop.example.com"],
    ["https://shop.example.com:443/", "shop.example.com"],
    ["http://shop.example.com:80/", "shop.example.com"],
    ["http://localhost:8000/products", "localhost:8000"],
    ["https://shop.example.com:8443/", "shop.example.com:8443"],
    ["https://shop.example.com./", "shop.example.com"],
  ])("%j is on %j, written as sites are registered", (url, host) => {
    expect(hostOf(url)).toBe(host)
  })

  it.each([[null], [undefined], [""], ["/summer"], ["shop.example.com"], ["mailto:a@b.c"], ["::"]])("%j has no host", (url) => {
    expect(hostOf(url as string | null | undefined)).toBeNull()
  })
})

// URLs built from parts that matter here (fc.webUrl is slow to generate).
const urlArb = fc
  .tuple(
    fc.constantFrom("https://", "http://", "HTTPS://", "ftp://"),
    fc.constantFrom("shop.example.com", "a.b", "shop.example.com:8443", "xn--bcher-kva.example"),
    fc.array(fc.constantFrom("/", "//", "a", "..", "%2F", "\\", "?", "#", "=", "&", " "), { maxLength: 10 }),
    fc.string({ maxLength: 20 })
  )
  .map(([scheme, host, parts, tail]) => `${scheme}${host}${parts.join("")}${tail}`)

describe("landingPathOf", () => {
  it.each([
    ["https://shop.example.com/summer", "/summer"],
    ["https://shop.example.com/summer?utm_source=x&email=a@b.c#top", "/summer"],
    ["https://shop.example.com", "/"],
    ["http://shop.example.com/de/products/shoe-1", "/de/products/shoe-1"],
    ["/summer", "/summer"],
    ["/summer?aff_click=affclk_1#x", "/summer"],
    ["/", "/"],
    ["/a b", "/a%20b"],
    ["/a/../b", "/b"],
    ["https://shop.example.com//evil.com/x", "/evil.com/x"],
  ])("%j landed on %j", (url, path) => {
    expect(landingPathOf(url)).toBe(path)
  })

  it("drops the query and fragment, which carry tracking ids and personal data", () => {
    const path = landingPathOf("https://shop.example.com/checkout?email=anna%40example.com&token=secret#pay")
    expect(path).toBe("/checkout")
  })

  it(`is at most ${MAX_LANDING_PATH} characters`, () => {
    expect(landingPathOf(`/${"a".repeat(2000)}`)).toBe(`/${"a".repeat(MAX_LANDING_PATH - 1)}`)
    expect(landingPathOf(`https://shop.example.com/${"b".repeat(2000)}`)).toHaveLength(MAX_LANDING_PATH)
  })

  it.each([
    ["nothing", null],
    ["empty", ""],
    ["a path of another host", "//evil.com/summer"],
    ["a backslash path of another host", "/\\evil.com/summer"],
    ["a tab hiding a second slash", "/\t/evil.com"],
    ["a relative path", "summer"],
    ["a query only", "?utm_source=x"],
    ["another scheme", "javascript:alert(1)"],
    ["ftp", "ftp://shop.example.com/x"],
  ])("%s gives no landing path", (_name, url) => {
    expect(landingPathOf(url)).toBeNull()
  })

  it("always starts with a single '/' and never carries a query, fragment or more than 512 characters", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), urlArb, fc.string().map((s) => `/${s}`)), (s) => {
        const path = landingPathOf(s)
        if (path === null) return
        expect(path.startsWith("/")).toBe(true)
        expect(path.startsWith("//")).toBe(false)
        expect(path).not.toMatch(/[?#]/)
        expect(path.length).toBeLessThanOrEqual(MAX_LANDING_PATH)
      })
    )
  })
})
