import { checkLandingUrl, normalizeDomain } from "../domain-name"

describe("normalizeDomain", () => {
  it.each([
    ["shop.example.com", "shop.example.com"],
    ["Shop.Example.COM", "shop.example.com"],
    ["  shop.example.com  ", "shop.example.com"],
    ["https://shop.example.com", "shop.example.com"],
    ["https://shop.example.com/", "shop.example.com"],
    ["HTTPS://Shop.Example.com/de/summer?utm_source=x#top", "shop.example.com"],
    ["http://shop.example.com?ref=1", "shop.example.com"],
    ["shop.example.com/landing", "shop.example.com"],
    ["shop.example.com.", "shop.example.com"],
    ["https://shop.example.com./", "shop.example.com"],
    ["example.com", "example.com"],
    ["xn--bcher-kva.example", "xn--bcher-kva.example"],
    ["my-shop.co.uk", "my-shop.co.uk"],
    // A non-default port is part of the site (development storefronts).
    ["localhost:8000", "localhost:8000"],
    ["http://localhost:8000/", "localhost:8000"],
    ["https://Shop.Example.com:8443/path", "shop.example.com:8443"],
    // A default port is not: browsers never show it.
    ["https://shop.example.com:443/", "shop.example.com"],
    ["http://shop.example.com:80", "shop.example.com"],
    ["shop.example.com:443", "shop.example.com"],
    ["http://shop.example.com:443", "shop.example.com:443"],
  ])("%j -> %j", (input, domain) => {
    expect(normalizeDomain(input)).toEqual({ ok: true, domain })
  })

  it("the same site pasted in different ways gives one domain", () => {
    const pasted = [
      "shop.example.com",
      "Shop.Example.com",
      "https://shop.example.com/",
      "http://SHOP.example.com/any/path",
      "shop.example.com.",
      "https://shop.example.com:443",
    ]
    expect(new Set(pasted.map((p) => (normalizeDomain(p) as { domain: string }).domain))).toEqual(
      new Set(["shop.example.com"])
    )
  })

  it("asks for a domain when given nothing", () => {
    for (const input of ["", "   ", "\n"]) {
      expect(normalizeDomain(input)).toEqual({ ok: false, message: "A domain is required (for example shop.example.com)." })
    }
  })

  it.each([
    "not a domain",
    "https://",
    "shop_example.com",
    "-shop.example.com",
    "shop-.example.com",
    "shop..example.com",
    ".example.com",
    "user@shop.example.com",
    "https://user:secret@shop.example.com/",
    "shop.example.com:abc",
    "shop.example.com:",
    "shop.example.com:0",
    "shop.example.com:99999",
    "[::1]",
    "javascript:alert(1)",
    "bücher.example",
    `${"a".repeat(64)}.example.com`,
    `${"a.".repeat(127)}com`,
    "shop.example.com\\evil.com",
  ])("rejects %j and quotes what was given", (input) => {
    expect(normalizeDomain(input)).toEqual({
      ok: false,
      message: `"${input}" is not a host name (for example shop.example.com).`,
    })
  })

  it("accepts the longest legal label (63 characters)", () => {
    const label = "a".repeat(63)
    expect(normalizeDomain(`${label}.example.com`)).toEqual({ ok: true, domain: `${label}.example.com` })
  })
})

describe("checkLandingUrl (open-redirect guard)", () => {
  const domain = "shop.example.com"
  const wrongHost = { ok: false, message: "The landing URL must be on the site's domain shop.example.com." }

  it.each([
    "https://shop.example.com/",
    "https://shop.example.com",
    "http://shop.example.com/summer?utm_source=x#top",
    "https://SHOP.Example.com/Summer",
    "https://shop.example.com:443/",
    "https://shop.example.com/redirect?to=https://evil.example.org",
  ])("accepts %j", (url) => {
    expect(checkLandingUrl(url, domain)).toEqual({ ok: true })
  })

  it.each([
    "https://evil.example.org/",
    "https://shop.example.com.evil.example.org/",
    "https://evilshop.example.com/",
    "https://www.shop.example.com/",
    "https://example.com/",
    "https://evil.example.org/shop.example.com",
    "https://evil.example.org/?next=https://shop.example.com",
    "https://shop.example.com@evil.example.org/",
    "https://shop.example.com:secret@evil.example.org/",
    "https:\\\\evil.example.org\\",
    "https://evil.example.org\\@shop.example.com/",
    "https://shop.example.com:8443/",
    "http://shop.example.com:8080/",
    "https://shop.example.com./",
  ])("refuses the foreign host in %j", (url) => {
    expect(checkLandingUrl(url, domain)).toEqual(wrongHost)
  })

  it.each([
    "javascript:alert(document.cookie)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://shop.example.com/file",
    "file:///etc/passwd",
    "mailto:someone@shop.example.com",
  ])("refuses the non-http(s) URL %j", (url) => {
    expect(checkLandingUrl(url, domain)).toEqual({ ok: false, message: "The landing URL must use http or https." })
  })

  it.each(["/summer", "shop.example.com/summer", "//evil.example.org/", "", "https://"])(
    "refuses the relative or broken URL %j",
    (url) => {
      expect(checkLandingUrl(url, domain)).toEqual({ ok: false, message: `"${url}" is not an absolute URL.` })
    }
  )

  it("a site with a port needs landing URLs on that port", () => {
    expect(checkLandingUrl("http://localhost:8000/de", "localhost:8000")).toEqual({ ok: true })
    expect(checkLandingUrl("http://localhost:9000/de", "localhost:8000").ok).toBe(false)
    expect(checkLandingUrl("http://localhost/de", "localhost:8000").ok).toBe(false)
  })

  it.each([
    ["https://shop.example.com/", "https://shop.example.com/summer"],
    ["Shop.Example.com", "https://shop.example.com/"],
    ["https://shop.example.com:443", "https://shop.example.com:443/"],
    ["https://shop.example.com:443", "https://shop.example.com/"],
    ["shop.example.com.", "https://shop.example.com/"],
    ["http://localhost:8000", "http://localhost:8000/"],
  ])("an operator's domain %j and landing URL %j fit together", (domainInput, landing) => {
    const normalized = normalizeDomain(domainInput)
    expect(normalized.ok).toBe(true)
    if (normalized.ok) expect(checkLandingUrl(landing, normalized.domain)).toEqual({ ok: true })
  })
})
