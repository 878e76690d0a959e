import { landingCountry, productLandingPath, sitePathPrefix } from "../deep-link"

describe("sitePathPrefix", () => {
  it.each([
    { landing: "https://shop.example.com/", prefix: "" },
    { landing: "https://shop.example.com", prefix: "" },
    { landing: "http://localhost:8000/de", prefix: "/de" },
    { landing: "http://localhost:8000/de/", prefix: "/de" },
    { landing: "https://shop.example.com/en/?utm_source=x#top", prefix: "/en" },
    { landing: "https://shop.example.com/store/de/index.html", prefix: "/store/de" },
    { landing: "not a url", prefix: "" },
    { landing: null, prefix: "" },
  ])("$landing -> $prefix", ({ landing, prefix }) => {
    expect(sitePathPrefix(landing)).toBe(prefix)
  })
})

describe("productLandingPath", () => {
  it.each([
    { label: "a site at the root", landing: "https://shop.example.com/", handle: "trail-backpack", path: "/products/trail-backpack" },
    { label: "a starter storefront's country route", landing: "http://localhost:8000/de", handle: "trail-backpack", path: "/de/products/trail-backpack" },
    { label: "a handle with characters a URL escapes", landing: "https://shop.example.com/", handle: "über bag/2", path: "/products/%C3%BCber%20bag%2F2" },
  ])("$label -> $path", ({ landing, handle, path }) => {
    expect(productLandingPath(landing, handle)).toBe(path)
  })

  it("is null without a handle", () => {
    expect(productLandingPath("https://shop.example.com/", "")).toBeNull()
    expect(productLandingPath("https://shop.example.com/", null)).toBeNull()
  })

  it("is null when the path would be longer than a landing path may be", () => {
    expect(productLandingPath("https://shop.example.com/", "x".repeat(600))).toBeNull()
  })

  it("always gives a path a link may land on: one leading slash, never another host", () => {
    for (const handle of ["/evil.com", "//evil.com", "\\evil.com", "..", "a b"]) {
      const path = productLandingPath("https://shop.example.com/", handle)!
      expect(path.startsWith("/products/")).toBe(true)
      expect(path).not.toMatch(/[\s\\]/)
    }
  })
})

describe("landingCountry", () => {
  it.each([
    { landing: "http://localhost:8000/de", country: "de" },
    { landing: "https://shop.example.com/US/", country: "us" },
    { landing: "https://shop.example.com/", country: null },
    { landing: "https://shop.example.com/shop", country: null },
  ])("$landing -> $country", ({ landing, country }) => {
    expect(landingCountry(landing)).toBe(country)
  })
})
