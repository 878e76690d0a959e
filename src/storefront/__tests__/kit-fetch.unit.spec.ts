import { AffiliateApiError, createAffiliateClient, type FetchLike, type RequestInitLike } from "../kit/client"
import { affiliateMiddleware, attachAffiliateToCart, reportAffiliateSignup } from "../kit/next"
import type { AffiliateCookieOptions } from "../kit/cookies"

const CLICK = "affclk_01JABCDEFGHJKMNPQRSTVWXYZ0"
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
const BASE = { baseUrl: "https://api.example.com/", publishableKey: "pk_test", storefrontSecret: "storefront-server-secret" }

type Answer = { status: number; body?: unknown; headers?: Record<string, string> }

/** A fetch that records every call and answers from a queue. */
function fakeFetch(...answers: (Answer | Error)[]) {
  const calls: { url: string; init: RequestInitLike; body: Record<string, unknown> }[] = []
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, init, body: JSON.parse(init.body ?? "null") })
    const answer = answers.shift() ?? { status: 500, body: { message: "no answer queued" } }
    if (answer instanceof Error) throw answer
    return {
      ok: answer.status >= 200 && answer.status < 300,
      status: answer.status,
      statusText: "",
      headers: { get: (name: string) => answer.headers?.[name.toLowerCase()] ?? null },
      text: async () => (answer.body === undefined ? "" : JSON.stringify(answer.body)),
    }
  }
  return { fetch, calls }
}

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name.toLowerCase()] ?? null })

/** Cookies as next/headers and NextResponse keep them: reads see earlier writes. */
function cookieJar(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial))
  const writes: { name: string; value: string; options?: AffiliateCookieOptions }[] = []
  return {
    writes,
    get: (name: string) => (values.has(name) ? { name, value: values.get(name)! } : undefined),
    set: (name: string, value: string, options?: AffiliateCookieOptions) => {
      writes.push({ name, value, options })
      if (options?.maxAge === 0) values.delete(name)
      else values.set(name, value)
    },
  }
}

// Thirty days from when the suite loads: the cookie's lifetime is measured from it.
const EXPIRES_AT = new Date(Date.now() + 30 * 86400 * 1000).toISOString()
const click = (over: Record<string, unknown> = {}) => ({
  click: {
    click_id: CLICK,
    visitor_id: "vVisitor123",
    is_unique: true,
    is_bot: false,
    attributing: true,
    referral: "anna",
    site: null,
    utm: {},
    window_days: 30,
    expires_at: EXPIRES_AT,
    ...over,
  },
})

describe("createAffiliateClient", () => {
  it("posts with the publishable key, the secret and JSON, to the base URL without a double slash", async () => {
    const { fetch, calls } = fakeFetch({ status: 201, body: click() })
    const client = createAffiliateClient({ ...BASE, fetch })
    expect(client.proven).toBe(true)
    expect(await client.recordClick({ referral: "anna", user_agent: BROWSER })).toEqual(click())
    expect(calls[0].url).toBe("https://api.example.com/affiliate/clicks")
    expect(calls[0].init).toMatchObject({
      method: "POST",
      cache: "no-store",
      headers: { "content-type": "application/json", "x-publishable-api-key": "pk_test", "x-affiliate-storefront-secret": "storefront-server-secret" },
    })
    expect(calls[0].body).toEqual({ referral: "anna", user_agent: BROWSER })
  })

  it("sends no secret header without a secret, and the customer's token on signups", async () => {
    const { fetch, calls } = fakeFetch({ status: 201, body: { created: true, attribution: null } })
    const client = createAffiliateClient({ baseUrl: BASE.baseUrl, publishableKey: "pk_test", fetch })
    expect(client.proven).toBe(false)
    await client.reportSignup({ click_id: CLICK }, "jwt-token")
    expect(calls[0].url).toBe("https://api.example.com/store/affiliate/signup-attribution")
    expect(calls[0].init.headers).toEqual({ "content-type": "application/json", "x-publishable-api-key": "pk_test", authorization: "Bearer jwt-token" })
  })

  it("encodes the cart id and posts invitation tokens in the body", async () => {
    const { fetch, calls } = fakeFetch({ status: 200, body: {} }, { status: 200, body: {} })
    const client = createAffiliateClient({ ...BASE, fetch })
    await client.attachToCart("cart/../x", { code: "ANNA10" })
    await client.lookupInvitation("tok")
    expect(calls.map((c) => c.url)).toEqual([
      "https://api.example.com/store/affiliate/carts/cart%2F..%2Fx/attribution",
      "https://api.example.com/store/affiliate/invitations/lookup",
    ])
    expect(calls[1].body).toEqual({ token: "tok" })
  })

  it("rejects with AffiliateApiError: the server's message and type, Retry-After, status 0 for the network", async () => {
    const { fetch } = fakeFetch(
      { status: 429, body: { type: "too_many_requests", message: "Too many clicks" }, headers: { "retry-after": "42" } },
      { status: 502 },
      new Error("ECONNREFUSED")
    )
    const client = createAffiliateClient({ ...BASE, fetch })
    const limited = await client.recordClick({ referral: "anna" }).catch((e) => e)
    expect(limited).toBeInstanceOf(AffiliateApiError)
    expect(limited).toMatchObject({ status: 429, message: "Too many clicks", type: "too_many_requests", retryAfter: 42 })
    expect(await client.recordClick({ referral: "anna" }).catch((e) => e)).toMatchObject({ status: 502, message: "Request failed" })
    expect(await client.recordClick({ referral: "anna" }).catch((e) => e)).toMatchObject({ status: 0, message: "Network error: ECONNREFUSED" })
  })
})

describe("affiliateMiddleware", () => {
  const request = (url: string, extra: { headers?: Record<string, string>; cookies?: Record<string, string>; ip?: string } = {}) => ({
    url,
    method: "GET",
    headers: headers({ "user-agent": BROWSER, "x-forwarded-for": "203.0.113.9, 10.0.0.1", referer: "https://www.instagram.com/p/1?x=y", ...extra.headers }),
    cookies: cookieJar(extra.cookies),
    ...(extra.ip ? { ip: extra.ip } : {}),
  })
  const silent = () => {}

  it("records a ?ref= landing with the shopper's ip, user agent, visitor and referrer, and keeps the ids in httpOnly cookies", async () => {
    const { fetch, calls } = fakeFetch({ status: 201, body: click() })
    const response = { cookies: cookieJar() }
    const req = request("https://shop.example.com/p/tee?ref=anna&utm_source=ig&email=x@y.z", { cookies: { aff_vid: "vOldVisitor1" } })
    const result = await affiliateMiddleware(req, response, { ...BASE, fetch, log: silent })
    expect(result.action).toBe("recorded")
    expect(calls).toHaveLength(1)
    expect(calls[0].init.headers["x-affiliate-storefront-secret"]).toBe("storefront-server-secret")
    expect(calls[0].body).toEqual({
      referral: "anna",
      utm_source: "ig",
      landing_url: "https://shop.example.com/p/tee",
      visitor_id: "vOldVisitor1",
      referrer: "https://www.instagram.com",
      ip: "203.0.113.9",
      user_agent: BROWSER,
    })
    const set = Object.fromEntries(response.cookies.writes.map((w) => [w.name, w]))
    expect(Object.keys(set).sort()).toEqual(["aff_click", "aff_landing", "aff_vid"])
    expect(set.aff_click).toMatchObject({ value: CLICK, options: { httpOnly: true, sameSite: "lax", secure: true, path: "/" } })
    expect(set.aff_click.options!.maxAge).toBeGreaterThan(29 * 86400)
    expect(set.aff_landing.options!.maxAge).toBeUndefined()
  })

  it("records a landing once per session: the same tags on the next page ask nothing", async () => {
    const { fetch, calls } = fakeFetch({ status: 201, body: click() })
    const response = { cookies: cookieJar() }
    await affiliateMiddleware(request("https://shop.example.com/?code=ANNA10"), response, { ...BASE, fetch, log: silent })
    const landing = response.cookies.get("aff_landing")!.value
    const again = await affiliateMiddleware(request("https://shop.example.com/other?code=ANNA10", { cookies: { aff_landing: landing } }), response, { ...BASE, fetch, log: silent })
    expect(again.action).toBe("seen")
    expect(calls).toHaveLength(1)
    expect(calls[0].body).toMatchObject({ code: "ANNA10" })
    expect(response.cookies.get("aff_code")!.value).toBe("ANNA10")
  })

  it("records nothing for a /r/ landing (the link did) and keeps its ids", async () => {
    const { fetch, calls } = fakeFetch()
    const response = { cookies: cookieJar() }
    const result = await affiliateMiddleware(request(`https://shop.example.com/?aff_click=${CLICK}&aff_vid=vLinkVisitor1&utm_source=ig`), response, { ...BASE, fetch, log: silent })
    expect(result.action).toBe("from-link")
    expect(calls).toEqual([])
    expect(response.cookies.get("aff_click")!.value).toBe(CLICK)
    expect(response.cookies.get("aff_vid")!.value).toBe("vLinkVisitor1")
  })

  it("does nothing for plain pages, prefetches, HEAD and POST", async () => {
    const { fetch, calls } = fakeFetch()
    const options = { ...BASE, fetch, log: silent }
    expect((await affiliateMiddleware(request("https://shop.example.com/store"), undefined, options)).action).toBe("nothing")
    expect((await affiliateMiddleware(request("https://shop.example.com/?ref=anna", { headers: { "next-router-prefetch": "1" } }), undefined, options)).action).toBe("skipped")
    for (const method of ["POST", "HEAD"]) {
      expect((await affiliateMiddleware({ ...request("https://shop.example.com/?ref=anna"), method }, undefined, options)).action).toBe("skipped")
    }
    expect(calls).toEqual([])
  })

  it("records nothing without the storefront secret, and says so", async () => {
    const { fetch, calls } = fakeFetch()
    const log = jest.fn()
    const result = await affiliateMiddleware(request("https://shop.example.com/?ref=anna"), undefined, { baseUrl: BASE.baseUrl, publishableKey: "pk", fetch, log })
    expect(result.action).toBe("skipped")
    expect(calls).toEqual([])
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/storefrontSecret/))
  })

  it("never throws: a refusal is logged, remembered for the session, and the page renders", async () => {
    const { fetch } = fakeFetch({ status: 404, body: { message: 'No referral link "nope" exists.' } }, new Error("socket hang up"))
    const log = jest.fn()
    const response = { cookies: cookieJar() }
    const refused = await affiliateMiddleware(request("https://shop.example.com/?ref=nope"), response, { ...BASE, fetch, log })
    expect(refused).toMatchObject({ action: "failed", error: { status: 404 } })
    expect(response.cookies.writes.map((w) => w.name)).toEqual(["aff_landing"])
    // A network failure is not remembered: the next page tries again.
    const down = await affiliateMiddleware(request("https://shop.example.com/?ref=other"), { cookies: cookieJar() }, { ...BASE, fetch, log })
    expect(down).toMatchObject({ action: "failed", error: { status: 0 }, cookies: [] })
    expect(log).toHaveBeenCalledTimes(2)
    const broken = { ...request("https://shop.example.com/?ref=x"), cookies: { get: () => { throw new Error("boom") } } }
    expect((await affiliateMiddleware(broken, undefined, { ...BASE, fetch, log })).action).toBe("failed")
  })
})

describe("attachAffiliateToCart", () => {
  const shopperHeaders = headers({ "user-agent": BROWSER, "x-forwarded-for": "198.51.100.4", "x-forwarded-proto": "https" })
  const attached = (over: Record<string, unknown> = {}) => ({ status: 200, body: { cart_id: "cart_1", affiliate: { click_id: CLICK, attached_at: "now", ...over }, promotion_code: null } })

  it("attaches the click and remembered code once per cart, with the shopper's ip and user agent", async () => {
    const { fetch, calls } = fakeFetch(attached({ code: "ANNA10" }), attached())
    const cookies = cookieJar({ aff_click: CLICK, aff_code: "ANNA10", aff_vid: "vVisitor123" })
    const first = await attachAffiliateToCart({ ...BASE, fetch, cartId: "cart_1", cookies, headers: shopperHeaders })
    expect(first.status).toBe("done")
    expect(calls[0].url).toBe("https://api.example.com/store/affiliate/carts/cart_1/attribution")
    expect(calls[0].init.headers["x-affiliate-storefront-secret"]).toBe("storefront-server-secret")
    expect(calls[0].body).toEqual({ click_id: CLICK, code: "ANNA10", visitor_id: "vVisitor123", ip: "198.51.100.4", user_agent: BROWSER })
    expect(cookies.writes.find((w) => w.name === "aff_cart")!.options).toMatchObject({ httpOnly: true, secure: true })
    // The same cart again: nothing sent.
    expect(await attachAffiliateToCart({ ...BASE, fetch, cartId: "cart_1", cookies, headers: shopperHeaders })).toEqual({ status: "unchanged", reason: "already" })
    expect(calls).toHaveLength(1)
    // A new cart: attached again.
    expect((await attachAffiliateToCart({ ...BASE, fetch, cartId: "cart_2", cookies, headers: shopperHeaders })).status).toBe("done")
    expect(calls).toHaveLength(2)
  })

  it("sends nothing without a click or code", async () => {
    const { fetch, calls } = fakeFetch()
    const result = await attachAffiliateToCart({ ...BASE, fetch, cartId: "cart_1", cookies: cookieJar({ aff_vid: "vVisitor123" }), headers: shopperHeaders })
    expect(result).toEqual({ status: "unchanged", reason: "nothing" })
    expect(calls).toEqual([])
  })

  it("forgets a remembered code the cart refuses and keeps the click", async () => {
    const { fetch, calls } = fakeFetch({ status: 404, body: { message: 'The code "ANNA10" is not valid in this store. Check the spelling.' } }, attached())
    const cookies = cookieJar({ aff_click: CLICK, aff_code: "ANNA10" })
    expect((await attachAffiliateToCart({ ...BASE, fetch, cartId: "cart_1", cookies, headers: shopperHeaders, log: () => {} })).status).toBe("done")
    expect(calls.map((c) => c.body.code)).toEqual(["ANNA10", undefined])
    expect(cookies.get("aff_code")).toBeUndefined()
    expect(await attachAffiliateToCart({ ...BASE, fetch, cartId: "cart_1", cookies, headers: shopperHeaders })).toEqual({ status: "unchanged", reason: "already" })
  })

  it("hands back the refusal of a typed code, with the message to show, and retries nothing", async () => {
    const message = 'The code "XYZ" is not valid in this store. Check the spelling.'
    const { fetch, calls } = fakeFetch({ status: 404, body: { type: "not_found", message } })
    const result = await attachAffiliateToCart({ ...BASE, fetch, cartId: "cart_1", code: " XYZ ", cookies: cookieJar({ aff_click: CLICK }), headers: shopperHeaders, log: () => {} })
    expect(result).toMatchObject({ status: "failed", error: { status: 404, message } })
    expect(calls).toHaveLength(1)
    expect(calls[0].body).toMatchObject({ click_id: CLICK, code: "XYZ" })
  })

  it("does not throw where cookies are read-only (a server component)", async () => {
    const { fetch } = fakeFetch(attached())
    const readOnly = { get: cookieJar({ aff_click: CLICK }).get, set: () => { throw new Error("Cookies can only be modified in a Server Action or Route Handler.") } }
    const log = jest.fn()
    expect((await attachAffiliateToCart({ ...BASE, fetch, cartId: "cart_1", cookies: readOnly, headers: shopperHeaders, log })).status).toBe("done")
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/aff_cart/))
  })
})

describe("reportAffiliateSignup", () => {
  it("reports the remembered touch as the new customer, with the shopper's ip and user agent", async () => {
    const attribution = { id: "attr_1", status: "credited", source: "link", attributed_at: "now", reason: null, detail: null }
    const { fetch, calls } = fakeFetch({ status: 201, body: { created: true, attribution } })
    const result = await reportAffiliateSignup({
      ...BASE,
      fetch,
      customerToken: "jwt",
      cookies: cookieJar({ aff_click: CLICK, aff_vid: "vVisitor123" }),
      headers: headers({ "x-forwarded-for": "198.51.100.5" }),
    })
    expect(result).toEqual({ status: "done", created: true, attribution })
    expect(calls[0].init.headers).toMatchObject({ authorization: "Bearer jwt", "x-affiliate-storefront-secret": "storefront-server-secret" })
    // The shopper sent no User-Agent: "" says so (the server refuses a proven report without the field).
    expect(calls[0].body).toEqual({ click_id: CLICK, visitor_id: "vVisitor123", ip: "198.51.100.5", user_agent: "" })
  })

  it("sends nothing without a touch, and hands back a failure instead of throwing", async () => {
    const { fetch, calls } = fakeFetch({ status: 429, body: { message: "Too many signups" }, headers: { "retry-after": "60" } })
    expect(await reportAffiliateSignup({ ...BASE, fetch, customerToken: "jwt", cookies: cookieJar(), headers: headers({}) })).toEqual({ status: "unchanged", reason: "nothing" })
    expect(calls).toEqual([])
    const limited = await reportAffiliateSignup({ ...BASE, fetch, customerToken: "jwt", cookies: cookieJar({ aff_code: "ANNA10" }), headers: headers({}), log: () => {} })
    expect(limited).toMatchObject({ status: "failed", error: { status: 429, retryAfter: 60 } })
  })
})
