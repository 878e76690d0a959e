import fc from "fast-check"
import { isSitePath, REDIRECT_REFUSED, redirectTarget, RedirectRequest } from "../redirect"

const CLICK = "affclk_01JD3Z9K4W8M2N6P0Q1R5S7T9V"
const base: RedirectRequest = {
  site: { domain: "shop.example.com" },
  landingPath: "/summer",
  registeredDomains: ["shop.example.com", "outlet.example.com", "localhost:8000"],
}
const go = (extra: Partial<RedirectRequest>) => redirectTarget({ ...base, ...extra })
const urlOf = (extra: Partial<RedirectRequest>) => {
  const r = go(extra)
  if (!r.ok) throw new Error(`refused: ${r.message}`)
  return r.url
}

describe("isSitePath", () => {
  it.each(["/", "/summer", "/de/products/shoe-1?size=42#reviews", "/%2F%2Fevil.com", "/@evil.com", "/a:b"])("%j is a path on the site", (p) => {
    expect(isSitePath(p)).toBe(true)
  })

  it.each([
    ["empty", ""],
    ["relative", "summer"],
    ["protocol-relative", "//evil.com"],
    ["a backslash after the slash", "/\\evil.com"],
    ["a backslash later", "/a\\b"],
    ["a space", "/a b"],
    ["a tab", "/\t/evil.com"],
    ["a newline", "/a\nb"],
    ["a NUL", "/a\u0000"],
    ["a C1 control", "/a\u0085"],
    ["a no-break space", "/a\u00a0b"],
    ["an absolute URL", "https://evil.com"],
    ["513 characters", `/${"a".repeat(512)}`],
  ])("refuses %s", (_name, p) => {
    expect(isSitePath(p)).toBe(false)
  })

  it("allows exactly 512 characters", () => {
    expect(isSitePath(`/${"a".repeat(511)}`)).toBe(true)
  })
})

describe("redirectTarget: where the link leads", () => {
  it("leads to the referral's landing path on its site over https", () => {
    expect(go({})).toEqual({ ok: true, url: "https://shop.example.com/summer" })
  })

  it("sends an empty or blank ?to= to the landing path", () => {
    expect(urlOf({ to: "" })).toBe("https://shop.example.com/summer")
    expect(urlOf({ to: "   " })).toBe("https://shop.example.com/summer")
    expect(urlOf({ to: null })).toBe("https://shop.example.com/summer")
  })

  it("falls back to the home page when a stored landing path is broken", () => {
    expect(urlOf({ landingPath: "//evil.com" })).toBe("https://shop.example.com/")
    expect(urlOf({ landingPath: "" })).toBe("https://shop.example.com/")
  })

  it("accepts the site domain as pasted (case, scheme, trailing dot)", () => {
    expect(urlOf({ site: { domain: "HTTPS://Shop.Example.com./" } })).toBe("https://shop.example.com/summer")
    expect(urlOf({ registeredDomains: ["Shop.Example.COM"] })).toBe("https://shop.example.com/summer")
  })

  it("?to= with a site path stays on the referral's site", () => {
    expect(urlOf({ to: "/products/shoe-1" })).toBe("https://shop.example.com/products/shoe-1")
    expect(urlOf({ to: "/products?color=red#reviews" })).toBe("https://shop.example.com/products?color=red#reviews")
  })

  it("encoded slashes are path text and stay on the site", () => {
    const url = urlOf({ to: "/%2F%2Fevil.com" })
    expect(new URL(url).hostname).toBe("shop.example.com")
    expect(new URL(url).pathname).toBe("/%2F%2Fevil.com")
  })

  it("?to= may name another registered site of the program", () => {
    expect(urlOf({ to: "https://outlet.example.com/sale" })).toBe("https://outlet.example.com/sale")
    expect(urlOf({ to: "http://outlet.example.com/sale" })).toBe("http://outlet.example.com/sale")
    // The trailing dot is dropped: cookies of the site are not sent to "outlet.example.com.".
    expect(urlOf({ to: "https://OUTLET.Example.com./sale" })).toBe("https://outlet.example.com/sale")
    expect(urlOf({ to: "https://outlet.example.com:443/sale" })).toBe("https://outlet.example.com/sale")
  })

  it("a development storefront with its own port is a registered site of its own", () => {
    expect(urlOf({ to: "http://localhost:8000/x" })).toBe("http://localhost:8000/x")
  })

  it("keeps the target's own query, adds aff_click and the link's UTM tags", () => {
    const url = new URL(
      urlOf({
        to: "/products?color=red&utm_source=old",
        clickId: CLICK,
        utm: { utm_source: "instagram", utm_medium: "social", utm_campaign: "summer_sale", utm_term: null, utm_content: "" },
      })
    )
    expect(url.searchParams.get("color")).toBe("red")
    expect(url.searchParams.get("aff_click")).toBe(CLICK)
    expect(url.searchParams.get("utm_source")).toBe("instagram")
    expect(url.searchParams.getAll("utm_source")).toEqual(["instagram"])
    expect(url.searchParams.get("utm_medium")).toBe("social")
    expect(url.searchParams.get("utm_campaign")).toBe("summer_sale")
    // Empty tags are not sent: they would overwrite nothing with nothing.
    expect(url.searchParams.has("utm_term")).toBe(false)
    expect(url.searchParams.has("utm_content")).toBe(false)
  })

  it("overwrites an aff_click smuggled into the target", () => {
    const url = new URL(urlOf({ to: "/x?aff_click=affclk_FORGED&aff_click=2", clickId: CLICK }))
    expect(url.searchParams.getAll("aff_click")).toEqual([CLICK])
  })

  it("normalizes UTM values like everywhere else", () => {
    const url = new URL(urlOf({ utm: { utm_campaign: " Summer Sale " } }))
    expect(url.searchParams.get("utm_campaign")).toBe("summer_sale")
  })

  it("keeps the fragment after the added parameters", () => {
    expect(urlOf({ to: "/p#reviews", clickId: CLICK })).toBe(`https://shop.example.com/p?aff_click=${CLICK}#reviews`)
  })

  it("leaves the target untouched when there is nothing to add", () => {
    expect(urlOf({ to: "/search?q=a+b%20c" })).toBe("https://shop.example.com/search?q=a+b%20c")
  })
})

describe("redirectTarget: never an open redirect", () => {
  it.each([
    ["a foreign host", "https://evil.com/"],
    ["a look-alike suffix", "https://evil-shop.example.com/"],
    ["a registered domain as a subdomain of another", "https://shop.example.com.evil.com/"],
    ["a subdomain of a registered site", "https://www.shop.example.com/"],
    ["a parent domain of a registered site", "https://example.com/"],
    ["userinfo that hides a foreign host", "https://shop.example.com@evil.com/"],
    ["userinfo on a registered host", "https://evil.com@shop.example.com/"],
    ["a password on a registered host", "https://user:pass@shop.example.com/"],
    ["a non-default port", "https://shop.example.com:8443/"],
    ["the https port over http", "http://shop.example.com:443/"],
    ["a protocol-relative URL", "//evil.com"],
    ["a protocol-relative URL to a registered host", "//shop.example.com/x"],
    ["a backslash after the slash", "/\\evil.com"],
    ["backslashes only", "\\\\evil.com"],
    ["a scheme with backslashes", "https:\\\\evil.com"],
    ["a scheme without slashes", "https:evil.com"],
    ["a scheme without slashes to a registered host", "https:shop.example.com/x"],
    ["a scheme with one slash", "https:/evil.com"],
    ["a tab hiding a second slash", "/\t/evil.com"],
    ["a newline hiding a second slash", "/\n/evil.com"],
    ["leading spaces before a foreign URL", "  https://evil.com"],
    ["javascript", "javascript:alert(document.cookie)"],
    ["javascript in upper case", "JavaScript:alert(1)"],
    ["data", "data:text/html,<script>alert(1)</script>"],
    ["ftp to a registered host", "ftp://shop.example.com/"],
    ["a relative path", "summer"],
    ["a bare host", "shop.example.com/summer"],
    ["a query only", "?x=1"],
    ["an IP address", "https://127.0.0.1/"],
    ["a path too long", `/${"a".repeat(600)}`],
  ])("refuses %s", (_name, to) => {
    const result = go({ to })
    expect(result).toEqual({ ok: false, message: REDIRECT_REFUSED })
  })

  it("says that links only lead to the program's registered sites", () => {
    expect(REDIRECT_REFUSED).toMatch(/only lead to the program's registered sites/)
  })

  it("does not repeat the refused target in its message", () => {
    const result = go({ to: "https://evil.com/<script>" })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).not.toContain("evil")
  })

  it("refuses when the referral's own site is not a registered domain", () => {
    expect(go({ site: { domain: "old-shop.example.com" } }).ok).toBe(false)
    expect(go({ registeredDomains: [] }).ok).toBe(false)
  })

  it("refuses a site path when the site's domain is not a host name", () => {
    expect(go({ site: { domain: "not a host" }, to: "/x" }).ok).toBe(false)
  })

  it("ignores registered domains that are not host names", () => {
    expect(go({ registeredDomains: ["shop.example.com", "not a host", ""], to: "https://not a host/" }).ok).toBe(false)
  })

  const REGISTERED = ["shop.example.com", "outlet.example.com"]
  const hostIsRegistered = (url: string) => {
    const parsed = new URL(url)
    return REGISTERED.includes(parsed.hostname.replace(/\.$/, "")) && parsed.port === "" && parsed.username === "" && parsed.password === ""
  }

  it("for any ?to=, the visitor is refused or lands on a registered site", () => {
    const tricky = fc.constantFrom(
      "/", "//", "\\", "/\\", "https:", "http://", "https://", "@", ":", "%2F", "%5C", "\t", "\n", " ", ".",
      "evil.com", "shop.example.com", "outlet.example.com", "#", "?", "javascript:", "data:", ":443", ":8080", "\u0000", "\u3002"
    )
    const to = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.tuple(fc.constantFrom("https://", "http://"), fc.constantFrom(...REGISTERED, "evil.com", "shop.example.com.evil.com"), fc.string({ maxLength: 20 })).map(
        ([scheme, host, rest]) => scheme + host + rest
      ),
      fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join("")),
      fc.tuple(fc.constantFrom("https://", "http://", "//", "/", "https:"), fc.array(tricky, { maxLength: 6 })).map(([a, b]) => a + b.join(""))
    )
    fc.assert(
      fc.property(to, fc.option(fc.constant(CLICK)), (target, clickId) => {
        const result = redirectTarget({ site: { domain: "shop.example.com" }, landingPath: "/summer", registeredDomains: REGISTERED, to: target, clickId })
        if (result.ok) expect(hostIsRegistered(result.url)).toBe(true)
        else expect(result.message).toBe(REDIRECT_REFUSED)
      }),
      { numRuns: 1500 }
    )
  })

  it("for any site path, the visitor stays on the referral's own site", () => {
    fc.assert(
      fc.property(fc.string(), (rest) => {
        const result = go({ to: `/${rest}` })
        if (result.ok) expect(new URL(result.url).host).toBe("shop.example.com")
      }),
      { numRuns: 1000 }
    )
  })
})

describe("the scheme of a site's links", () => {
  it("follows the site's landing URL: http only for a site that is served over http", () => {
    const http = redirectTarget({ site: { domain: "localhost:8000", landing_url: "http://localhost:8000/" }, landingPath: "/spring", registeredDomains: ["localhost:8000"] })
    expect(http).toEqual({ ok: true, url: "http://localhost:8000/spring" })
    const https = redirectTarget({ site: { domain: "shop.example.com", landing_url: "https://shop.example.com/" }, landingPath: "/", registeredDomains: ["shop.example.com"] })
    expect(https).toEqual({ ok: true, url: "https://shop.example.com/" })
    const unknown = redirectTarget({ site: { domain: "shop.example.com" }, landingPath: "/", registeredDomains: ["shop.example.com"] })
    expect(unknown).toEqual({ ok: true, url: "https://shop.example.com/" })
  })
})
