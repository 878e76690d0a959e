import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type AffiliateModuleService from "../../src/modules/affiliate/service"
import { attempt, createAdminUser, createPublishableKey, Headers } from "../helpers/actors"
import { signUp } from "../helpers/store"

jest.setTimeout(240 * 1000)

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
const SECRET = "storefront-server-secret-for-tests"
const LIMITS = { clicks: 300, redirects: 8, codeLookups: 5, signups: 3 }

// The runner reads medusa-config before it applies its `env` option, so the
// plugin options this suite needs are set here, for this test file's process.env only.
Object.assign(process.env, {
  AFFILIATE_STOREFRONT_SECRET: SECRET,
  AFFILIATE_RATE_LIMIT_WINDOW_SECONDS: "3600",
  AFFILIATE_RATE_LIMIT_CLICKS: String(LIMITS.clicks),
  AFFILIATE_RATE_LIMIT_REDIRECTS: String(LIMITS.redirects),
  AFFILIATE_RATE_LIMIT_CODE_LOOKUPS: String(LIMITS.codeLookups),
  AFFILIATE_RATE_LIMIT_SIGNUPS: String(LIMITS.signups),
})

/**
 * Public routes trust nothing the client says: forged IPs and user agents,
 * floods, fresh visitor ids per request, code probing, partners' statuses,
 * NUL bytes and broken encodings (issue findings 4, 5, 6 and the click half of 9).
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let pk: string
    const affiliate = () => getContainer().resolve("affiliate") as AffiliateModuleService

    // Each test speaks for shoppers of its own addresses (a proven storefront), so limits of one test never touch another.
    let nextIp = 1
    const freshIp = () => `198.51.100.${nextIp++}`

    beforeAll(async () => {
      admin = await createAdminUser(getContainer(), api)
      pk = await createPublishableKey(getContainer())
    })

    const site = async (name: string, domain: string) =>
      (await api.post("/admin/affiliate-sites", { name, domain, landing_url: `https://${domain}/` }, admin)).data.site
    const partner = async (name: string) => (await api.post("/admin/affiliates", { name, kind: "external" }, admin)).data.affiliate
    const authorize = (affiliateId: string, siteId: string) =>
      api.post(`/admin/affiliates/${affiliateId}/site-authorizations`, { site_id: siteId }, admin)
    const referral = async (affiliate_id: string, body: Record<string, unknown>) =>
      (await api.post("/admin/affiliate-referrals", { affiliate_id, ...body }, admin)).data.referral
    const voucher = async (referral_id: string, code: string) =>
      (await api.post("/admin/affiliate-vouchers", { referral_id, code }, admin)).data.voucher
    const suspend = (affiliateId: string) => api.post(`/admin/affiliates/${affiliateId}/status`, { status: "suspended", reason: "Review" }, admin)

    let worldCount = 0
    /** A shop, a partner approved for it with a link on it, and a second site the partner is not approved for. */
    async function world() {
      const n = ++worldCount
      const shop = await site(`Shop ${n}`, `shop${n}.example.com`)
      const outlet = await site(`Outlet ${n}`, `outlet${n}.example.com`)
      const anna = await partner(`Anna ${n}`)
      await authorize(anna.id, shop.id)
      const link = await referral(anna.id, { name: "Instagram", slug: `anna-${n}`, site_id: shop.id })
      return { shop, outlet, anna, link, slug: `anna-${n}` }
    }

    const clickRow = async (id: string) => (await affiliate().listAffiliateClicks({ id }))[0] as any
    const clickCount = async () => (await affiliate().listAndCountAffiliateClicks({}, { take: 1 }))[1]

    /** A click as a browser page reports it: no secret. */
    const browserClick = (body: Record<string, unknown>, userAgent = BROWSER) =>
      attempt(api.post("/affiliate/clicks", body, { headers: { "x-publishable-api-key": pk, "user-agent": userAgent } }))
    /** A click as the storefront's server reports it for a shopper, with the secret. */
    const serverClick = (body: Record<string, unknown>, secret = SECRET) =>
      attempt(
        api.post("/affiliate/clicks", { user_agent: BROWSER, ...body }, {
          headers: { "x-publishable-api-key": pk, "user-agent": "storefront-server/1.0 node", "x-affiliate-storefront-secret": secret },
        })
      )

    // Link visits and signup reports come from this test process's own address (no proxy in front): counted against its limits.
    let linkVisitsFromHere = 0
    let signupsFromHere = 0

    /** A raw request, for targets and bodies an HTTP client would clean up. */
    function raw(method: string, target: string, headers: Record<string, string> = {}, body?: string | Buffer) {
      const base = new URL(api.defaults.baseURL)
      return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
        const req = http.request(
          { host: base.hostname, port: base.port, method, path: target, headers: { "user-agent": BROWSER, ...headers } },
          (res) => {
            let text = ""
            res.setEncoding("utf8")
            res.on("data", (c) => (text += c))
            res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
          }
        )
        req.on("error", reject)
        if (body !== undefined) req.write(body)
        req.end()
      })
    }

    describe("forged ip and user agent (finding 4)", () => {
      it("ignores ip and user_agent in the body without the storefront secret, honours them with it, refuses a wrong one", async () => {
        const { link, slug, shop } = await world()
        // Without the secret, the request's own User-Agent (a crawler here) decides, whatever the body says.
        const forged = await browserClick({ referral: slug, user_agent: BROWSER, ip: "203.0.113.77" }, GOOGLEBOT)
        expect(forged.status).toBe(201)
        expect(forged.data.click).toMatchObject({ is_bot: true, attributing: false })
        const honest = await browserClick({ referral: slug }, GOOGLEBOT)
        // ... and the request's own address: the same IP hash as a click without any ip.
        expect((await clickRow(forged.data.click.click_id)).ip_hash).toBe((await clickRow(honest.data.click.click_id)).ip_hash)

        const proven = await serverClick({ referral: slug, ip: "203.0.113.77" })
        expect(proven.status).toBe(201)
        expect(proven.data.click).toMatchObject({ is_bot: false, attributing: true, site: { id: shop.id } })
        const row = await clickRow(proven.data.click.click_id)
        expect(row).toMatchObject({ referral_id: link.id })
        expect(row.ip_hash).not.toBe((await clickRow(honest.data.click.click_id)).ip_hash)

        const before = await clickCount()
        const wrong = await serverClick({ referral: slug, ip: "203.0.113.77" }, "not-the-secret")
        expect([wrong.status, wrong.data.message]).toEqual([
          401,
          "The x-affiliate-storefront-secret header does not match the plugin's storefrontSecret option.",
        ])
        expect(await clickCount()).toBe(before)
      })
    })

    it("refuses a proven storefront report without the shopper's user_agent (400) and stores nothing", async () => {
      const { slug } = await world()
      const before = await clickCount()
      const headers = { "x-publishable-api-key": pk, "user-agent": "node", "x-affiliate-storefront-secret": SECRET }
      const missing = await attempt(api.post("/affiliate/clicks", { referral: slug, ip: freshIp() }, { headers }))
      expect([missing.status, missing.data.message]).toEqual([400, "user_agent: required when a storefront server reports for a shopper"])
      expect(await clickCount()).toBe(before)
      // An empty user_agent says the shopper sent none: accepted.
      expect((await attempt(api.post("/affiliate/clicks", { referral: slug, ip: freshIp(), user_agent: "" }, { headers }))).status).toBe(201)
    })

    describe("unique visits (finding 4)", () => {
      it("300 clicks with fresh visitor ids from one IP and user agent are one unique visit, in rows and in reports", async () => {
        const { anna, slug } = await world()
        const ip = freshIp()
        const clicks = []
        for (let batch = 0; batch < 10; batch++) {
          clicks.push(
            ...(await Promise.all(
              Array.from({ length: 30 }, (_, i) => serverClick({ referral: slug, ip, visitor_id: `visitor-${batch}-${i}-abcdef` }))
            ))
          )
        }
        expect(clicks.map((c) => c.status)).toEqual(Array(300).fill(201))
        expect(clicks.filter((c) => c.data.click.is_unique)).toHaveLength(1)
        const rows = await affiliate().listAffiliateClicks({ affiliate_id: anna.id }, { take: 1000 })
        expect([rows.length, rows.filter((r: any) => r.is_unique).length]).toEqual([300, 1])
        const totals = (await api.get(`/admin/affiliate-reports?by=&affiliate_id=${anna.id}`, admin)).data.totals
        expect(totals).toMatchObject({ clicks: 300, unique_clicks: 1, bot_clicks: 0 })

        // Another shopper (address) of the same storefront is a visit of its own.
        const other = await serverClick({ referral: slug, ip: freshIp(), visitor_id: "visitor-other-abcdef" })
        expect(other.data.click.is_unique).toBe(true)
      })
    })

    describe("NUL bytes, broken encodings and cookies (finding 6)", () => {
      it("answers 400 with a message on public, partner and admin routes, and writes nothing", async () => {
        const { anna, slug } = await world()
        const partnerAccount = await signUp(api, pk, { email: "nul-partner@example.com" })
        const before = { clicks: await clickCount(), anna: (await api.get(`/admin/affiliates/${anna.id}`, admin)).data.affiliate }
        const json = { "content-type": "application/json" }
        const key = { "x-publishable-api-key": pk }
        const adminAuth = admin.headers as Record<string, string>

        const cases: [string, Promise<{ status: number; text: string }>, RegExp][] = [
          ["click body NUL", raw("POST", "/affiliate/clicks", { ...json, ...key }, JSON.stringify({ referral: slug, utm_source: "a\u0000b" })), /^Invalid request: utm_source contains a NUL byte\.$/],
          ["partner body invalid UTF-8", raw("POST", "/store/affiliate/apply", { ...json, ...(partnerAccount.headers.headers as Record<string, string>) }, Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])), /name is not valid UTF-8/],
          ["click body lone surrogate", raw("POST", "/affiliate/clicks", { ...json, ...key }, `{"referral":"${slug}","utm_campaign":"\\ud800"}`), /utm_campaign is not valid Unicode/],
          ["link query NUL", raw("GET", `/r/${slug}?utm_source=%00`), /query parameter "utm_source" contains a NUL byte/],
          ["link path NUL", raw("GET", `/r/${slug}%00`), /URL path contains a NUL byte/],
          ["link query bad percent", raw("GET", `/r/${slug}?utm_source=%zz`), /malformed percent-encoding/],
          ["store query NUL", raw("GET", "/store/affiliate/program?x=%00", key), /NUL byte/],
          ["partner body NUL", raw("POST", "/store/affiliate/apply", { ...json, ...(partnerAccount.headers.headers as Record<string, string>) }, JSON.stringify({ name: "Evil\u0000Corp" })), /name contains a NUL byte/],
          ["admin body NUL", raw("POST", `/admin/affiliates/${anna.id}`, { ...json, ...adminAuth }, JSON.stringify({ payout_details: { iban: "DE89370400440532013000\u0000" } })), /payout_details\.iban contains a NUL byte/],
          ["admin query NUL", raw("GET", "/admin/affiliates?q=%00", adminAuth), /query parameter "q" contains a NUL byte/],
          ["admin query bad percent", raw("GET", "/admin/affiliate-referrals?q=%E0%A4%A", adminAuth), /malformed percent-encoding/],
          ["portal page NUL", raw("GET", "/affiliate-portal?x=%00"), /NUL byte/],
        ]
        for (const [label, call, message] of cases) {
          const res = await call
          expect([label, res.status]).toEqual([label, 400])
          const body = JSON.parse(res.text)
          expect([label, body.type]).toEqual([label, "invalid_data"])
          expect([label, message.test(body.message)]).toEqual([label, true])
        }
        expect(await clickCount()).toBe(before.clicks)
        expect((await api.get(`/admin/affiliates/${anna.id}`, admin)).data.affiliate).toEqual(before.anna)
      })

      it("treats a malformed visitor cookie on a referral link as no cookie", async () => {
        const { slug } = await world()
        for (const cookie of ["aff_vid=%", "aff_vid=%zz", "aff_vid=%00", "other=1; aff_vid=%E0%A4%A"]) {
          const res = await raw("GET", `/r/${slug}`, { cookie })
          expect([cookie, res.status]).toEqual([cookie, 302])
          linkVisitsFromHere++
          const location = new URL(String(res.headers.location))
          expect(location.searchParams.get("aff_vid")).toMatch(/^v[A-Za-z0-9_-]{22}$/)
        }
      })

      it("a failed query does not carry the values it tried to write into the error (and so the log)", async () => {
        const { anna } = await world()
        const iban = "DE89370400440532013000"
        let error: any
        try {
          // Past the HTTP guard, straight to the database: PostgreSQL refuses \u0000 in JSON.
          await affiliate().updateAffiliates({ id: anna.id, payout_method: "bank_transfer", payout_details: { iban: `${iban}\u0000`, paypal_email: "anna-pay@example.com" } })
        } catch (e) {
          error = e
        }
        expect(error).toBeDefined()
        const logged = `${error.message}\n${error.stack}`
        expect(logged).not.toContain(iban)
        expect(logged).not.toContain("anna-pay@example.com")
        expect(error.message).toMatch(/\[values hidden\]/)
      })
    })
    describe("signups reported by the storefront's server", () => {
      it("count the shopper's address toward the registration caps only with the secret", async () => {
        const { slug } = await world()
        const signupIpHash = async (email: string, extra: Record<string, unknown>, headers: Record<string, string> = {}) => {
          const shopper = await signUp(api, pk, { email })
          const { click_id } = (await serverClick({ referral: slug, ip: freshIp() })).data.click
          const res = await attempt(
            api.post("/store/affiliate/signup-attribution", { click_id, ...extra }, { headers: { ...shopper.headers.headers, ...headers } })
          )
          expect([email, res.status]).toEqual([email, 201])
          return ((await affiliate().listAffiliateAttributions({ customer_id: shopper.customer.id }))[0] as any).ip_hash
        }
        const proven = { "x-affiliate-storefront-secret": SECRET }
        const first = await signupIpHash("server-1@example.com", { ip: "203.0.113.7", user_agent: BROWSER }, proven)
        const second = await signupIpHash("server-2@example.com", { ip: "203.0.113.8", user_agent: BROWSER }, proven)
        const forged = await signupIpHash("forged@example.com", { ip: "203.0.113.7" })
        const plain = await signupIpHash("plain@example.com", {})
        signupsFromHere += 2
        // Two shoppers behind one storefront server are two addresses; a forged body is the caller's own address.
        expect(first).not.toBe(second)
        expect(forged).toBe(plain)
        expect(forged).not.toBe(first)
        // A wrong secret is refused and stores nothing.
        const shopper = await signUp(api, pk, { email: "wrong-secret@example.com" })
        const refused = await attempt(
          api.post("/store/affiliate/signup-attribution", { code: "ANY", ip: "203.0.113.9" }, { headers: { ...shopper.headers.headers, "x-affiliate-storefront-secret": "nope" } })
        )
        expect(refused.status).toBe(401)
        expect(await affiliate().listAffiliateAttributions({ customer_id: shopper.customer.id })).toEqual([])
      })
    })

    describe("rate limits (finding 4)", () => {
      const expect429 = (res: { status: number; headers: any; data: any }, message: RegExp) => {
        expect(res.status).toBe(429)
        expect(Number(res.headers["retry-after"])).toBeGreaterThanOrEqual(1)
        expect(res.data).toMatchObject({ type: "too_many_requests" })
        expect(res.data.message).toMatch(message)
      }

      it("answers 429 with Retry-After on clicks past the limit, per shopper address, and stores nothing", async () => {
        const { slug } = await world()
        const ip = freshIp()
        for (let batch = 0; batch < 10; batch++) {
          const answers = await Promise.all(Array.from({ length: 30 }, () => serverClick({ referral: slug, ip })))
          expect(answers.every((a) => a.status === 201)).toBe(true)
        }
        const before = await clickCount()
        expect429(await serverClick({ referral: slug, ip }), /^Too many clicks from this address: at most 300 per 3600 s\. Try again in \d+ s\.$/)
        expect(await clickCount()).toBe(before)
        // Another shopper is not held back by the first one.
        expect((await serverClick({ referral: slug, ip: freshIp() })).status).toBe(201)
      })

      it("limits referral link visits and code look-ups (clicks with a code, codes on carts) per address", async () => {
        const { slug, link } = await world()
        const left = LIMITS.redirects - linkVisitsFromHere
        expect(left).toBeGreaterThan(0)
        const visits = []
        for (let i = 0; i <= left; i++) {
          visits.push(await attempt(api.get(`/r/${slug}`, { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": BROWSER } })))
        }
        expect(visits.slice(0, left).map((v) => v.status)).toEqual(Array(left).fill(302))
        expect429(visits[left], /^Too many link visits from this address/)

        await voucher(link.id, "TRUST-CODE")
        const ip = freshIp()
        const codeClicks = []
        for (let i = 0; i <= LIMITS.codeLookups; i++) codeClicks.push(await serverClick({ code: i % 2 ? "TRUST-CODE" : "NO-SUCH-CODE", ip }))
        expect(codeClicks.slice(0, LIMITS.codeLookups).map((c) => c.status)).toEqual([404, 201, 404, 201, 404])
        expect429(codeClicks[LIMITS.codeLookups], /^Too many code look-ups from this address/)
        // Clicks without a code from that address still go through.
        expect((await serverClick({ referral: slug, ip })).status).toBe(201)

        // Codes typed on carts count as look-ups of the caller's own address.
        const carts = []
        for (let i = 0; i <= LIMITS.codeLookups; i++) {
          carts.push(await attempt(api.post("/store/affiliate/carts/cart_missing/attribution", { code: "TRUST-CODE" }, { headers: { "x-publishable-api-key": pk } })))
        }
        expect(carts.slice(0, LIMITS.codeLookups).every((c) => c.status === 404)).toBe(true)
        expect429(carts[LIMITS.codeLookups], /^Too many code look-ups from this address/)
      })

      it("limits signup reports per address", async () => {
        const { headers } = await signUp(api, pk, { email: "flood@example.com" })
        const left = LIMITS.signups - signupsFromHere
        expect(left).toBeGreaterThan(0)
        const answers = []
        for (let i = 0; i <= left; i++) {
          answers.push(await attempt(api.post("/store/affiliate/signup-attribution", { click_id: "affclk_00000000000000000000000000" }, headers)))
        }
        expect(answers.slice(0, left).every((a) => a.status !== 429)).toBe(true)
        expect429(answers[left], /^Too many signup reports from this address/)
      })
    })

    describe("what public answers tell (finding 5, 9)", () => {
      it("answers attributing false without the partner's status, and keeps the reason stored", async () => {
        const { anna, slug } = await world()
        await suspend(anna.id)
        const res = await serverClick({ referral: slug, ip: freshIp() })
        expect(res.status).toBe(201)
        expect(res.data.click.attributing).toBe(false)
        expect(res.data.click).not.toHaveProperty("blocked_reason")
        expect(JSON.stringify(res.data)).not.toMatch(/suspended/)
        expect(await clickRow(res.data.click.click_id)).toMatchObject({ blocked_reason: "affiliate_suspended" })
      })

      it("answers a blocked code exactly as an unknown one", async () => {
        const { anna, link } = await world()
        await voucher(link.id, "BLOCKED-CODE")
        await suspend(anna.id)
        const ip = freshIp()
        const before = await clickCount()
        const blocked = await serverClick({ code: "BLOCKED-CODE", ip })
        const unknown = await serverClick({ code: "UNKNOWN-CODE", ip })
        expect(blocked.status).toBe(404)
        expect(unknown.status).toBe(404)
        expect(Object.keys(blocked.data).sort()).toEqual(Object.keys(unknown.data).sort())
        expect(blocked.data.message.replace("BLOCKED-CODE", "X")).toBe(unknown.data.message.replace("UNKNOWN-CODE", "X"))
        expect(blocked.data.type).toBe(unknown.data.type)
        // Refused alike, stored alike: not at all.
        expect(await clickCount()).toBe(before)
      })

      it("a click on a link on a site the partner is not approved for does not attribute, and says why internally", async () => {
        const { outlet, shop, anna } = await world()
        // A link without a site of its own, clicked on the outlet, where Anna is not approved.
        const general = await referral(anna.id, { name: "Blog", slug: `anna-blog-${worldCount}` })
        const res = await serverClick({ referral: general.slug, site: outlet.domain, ip: freshIp() })
        expect(res.status).toBe(201)
        expect(res.data.click).toMatchObject({ attributing: false, site: { id: outlet.id } })
        expect(res.data.click).not.toHaveProperty("blocked_reason")
        expect(await clickRow(res.data.click.click_id)).toMatchObject({ blocked_reason: "site_not_authorized" })
        // On the shop, where she is approved, the same link attributes.
        const onShop = await serverClick({ referral: general.slug, site: shop.domain, ip: freshIp() })
        expect(onShop.data.click).toMatchObject({ attributing: true, site: { id: shop.id } })
      })
    })

  },
})
