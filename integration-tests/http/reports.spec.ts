import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { generateEntityId } from "@medusajs/framework/utils"
import type AffiliateModuleService from "../../src/modules/affiliate/service"
import type { ClickRow } from "../../src/modules/affiliate/track/clicks"
import type { AttributionRow } from "../../src/modules/affiliate/track/conversions"
import { attempt, createAdminUser, createPublishableKey, registerCustomer, Headers } from "../helpers/actors"

jest.setTimeout(180 * 1000)

const PROGRAM = "affprog_default"
const at = (iso: string) => new Date(iso)

function click(data: Partial<ClickRow>): ClickRow {
  return {
    id: generateEntityId(undefined, "affclk"),
    program_id: PROGRAM,
    affiliate_id: null,
    referral_id: null,
    voucher_id: null,
    site_id: null,
    visitor_id: `visitor-${Math.random().toString(36).slice(2, 10)}`,
    ip_hash: null,
    is_bot: false,
    blocked_reason: null,
    landing_path: "/",
    referrer_host: null,
    utm_source: null,
    utm_medium: null,
    utm_campaign: null,
    utm_term: null,
    utm_content: null,
    created_at: at("2026-10-01T12:00:00Z"),
    ...data,
  }
}

function attribution(data: Partial<AttributionRow>): AttributionRow {
  return {
    id: generateEntityId(undefined, "affattr"),
    program_id: PROGRAM,
    conversion: "order",
    status: "attributed",
    customer_id: null,
    order_id: null,
    affiliate_id: null,
    referral_id: null,
    voucher_id: null,
    voucher_code: null,
    click_id: null,
    site_id: null,
    source: "link",
    utm_source: null,
    utm_medium: null,
    utm_campaign: null,
    utm_term: null,
    utm_content: null,
    attributed_at: at("2026-10-01T12:00:00Z"),
    window_ends_at: null,
    order_total: null,
    currency_code: null,
    explanation: { summary: "Attributed." },
    idempotency_key: `test:${Math.random()}`,
    ...data,
  }
}

/**
 * The read side of Track over HTTP: the operator's reports (by day in any
 * time zone, by referral, partner, site and campaign) and attributions with
 * their explanations; a partner's own figures and anonymised conversions.
 * Traffic and conversions are written straight through the module's writers.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let pk: string

    beforeAll(async () => {
      admin = await createAdminUser(getContainer(), api)
      pk = await createPublishableKey(getContainer())
    })

    const affiliate = () => getContainer().resolve("affiliate") as AffiliateModuleService
    const site = async (name: string, domain: string) =>
      (await api.post("/admin/affiliate-sites", { name, domain, landing_url: `https://${domain}/` }, admin)).data.site
    const partner = async (name: string, extra: Record<string, unknown> = {}) =>
      (await api.post("/admin/affiliates", { name, kind: "external", status: "active", ...extra }, admin)).data.affiliate
    const referral = async (affiliate_id: string, name: string, slug: string, extra: Record<string, unknown> = {}) =>
      (await api.post("/admin/affiliate-referrals", { affiliate_id, name, slug, ...extra }, admin)).data.referral
    const report = async (query: string, headers: Headers = admin) => (await api.get(`/admin/affiliate-reports?${query}`, headers)).data

    /** Two sites, two partners with a referral each, traffic and conversions in October 2026. */
    async function seedTraffic() {
      const acme = await site("Acme Shop", "acme-shop.com")
      const outlet = await site("Acme Outlet", "outlet.acme-shop.com")
      const anna = await partner("Anna Outdoors")
      const ben = await partner("Ben Bikes")
      const annaInsta = await referral(anna.id, "Instagram", "anna-insta", { site_id: acme.id })
      const benBlog = await referral(ben.id, "Blog", "ben-blog")
      const annaClick = { affiliate_id: anna.id, referral_id: annaInsta.id, site_id: acme.id, utm_source: "instagram", utm_medium: "social", utm_campaign: "spring" }
      const benClick = { affiliate_id: ben.id, referral_id: benBlog.id, site_id: outlet.id, utm_source: "blog", utm_medium: "referral", utm_campaign: "autumn" }
      await affiliate().insertClicks([
        // 23:30 UTC on Oct 1 is Oct 2 in Berlin and still Oct 1 in New York.
        click({ ...annaClick, visitor_id: "v-late", created_at: at("2026-10-01T23:30:00Z") }),
        click({ ...annaClick, visitor_id: "v-a", created_at: at("2026-10-03T10:00:00Z") }),
        click({ ...annaClick, visitor_id: "v-a", created_at: at("2026-10-03T10:05:00Z") }), // a repeat within the hour
        click({ ...annaClick, visitor_id: "v-b", created_at: at("2026-10-03T11:00:00Z") }),
        click({ ...annaClick, visitor_id: "v-bot", is_bot: true, created_at: at("2026-10-03T12:00:00Z") }),
        click({ ...benClick, visitor_id: "v-c", created_at: at("2026-10-03T09:00:00Z") }),
        click({ ...benClick, visitor_id: "v-d", created_at: at("2026-10-04T09:00:00Z") }),
        // The store's own campaign: no partner.
        click({ site_id: acme.id, utm_source: "newsletter", utm_medium: "email", utm_campaign: "spring", visitor_id: "v-e", created_at: at("2026-10-03T08:00:00Z") }),
      ])
      await affiliate().insertAttributions([
        attribution({ ...annaClick, conversion: "registration", customer_id: "cus_reg_1", attributed_at: at("2026-10-03T10:30:00Z") }),
        attribution({ ...annaClick, customer_id: "cus_reg_1", order_id: "order_1", order_total: "49.90", currency_code: "eur", attributed_at: at("2026-10-03T11:30:00Z") }),
        attribution({ ...annaClick, customer_id: "cus_2", order_id: "order_2", order_total: "0.20", currency_code: "eur", attributed_at: at("2026-10-03T13:00:00Z") }),
        attribution({ ...benClick, customer_id: "cus_3", order_id: "order_3", order_total: "15", currency_code: "usd", attributed_at: at("2026-10-04T10:00:00Z") }),
        attribution({ ...benClick, status: "rejected", customer_id: "cus_4", order_id: "order_4", order_total: "99", currency_code: "eur", attributed_at: at("2026-10-04T11:00:00Z") }),
      ])
      return { acme, outlet, anna, ben, annaInsta, benBlog }
    }

    describe("admin report", () => {
      it("counts traffic by day in the requested time zone, with every day of the range", async () => {
        await seedTraffic()
        const berlin = await report("from=2026-10-01&to=2026-10-06&timezone=Europe/Berlin")
        expect(berlin).toMatchObject({ timezone: "Europe/Berlin", from: "2026-10-01", to: "2026-10-06", by: ["day"] })
        // Quiet days are rows of zeros, so a chart has no gaps.
        expect(berlin.rows.map((r: any) => [r.day, r.clicks])).toEqual([
          ["2026-10-01", 0],
          ["2026-10-02", 1],
          ["2026-10-03", 5],
          ["2026-10-04", 1],
          ["2026-10-05", 0],
          ["2026-10-06", 0],
        ])
        expect(berlin.rows[0]).toMatchObject({ unique_clicks: 0, orders: 0, revenue: {}, conversion_rate: null })
        expect(berlin.rows[2]).toMatchObject({ unique_clicks: 4, bot_clicks: 1, registrations: 1, orders: 2, revenue: { eur: "50.10" } })
        expect(berlin.totals).toMatchObject({
          clicks: 7,
          unique_clicks: 6,
          bot_clicks: 1,
          registrations: 1,
          orders: 3,
          rejected_orders: 1,
          revenue: { eur: "50.10", usd: "15" },
        })
        expect(berlin.totals.conversion_rate).toBeCloseTo(3 / 6)

        const newYork = await report("from=2026-10-01&to=2026-10-06&timezone=America/New_York")
        expect(newYork.rows.map((r: any) => r.clicks)).toEqual([1, 0, 5, 1, 0, 0])
        expect(newYork.totals.clicks).toBe(7)

        // Without dates: the last 30 days up to today, in UTC.
        const recent = await report("")
        expect(recent.timezone).toBe("UTC")
        expect(recent.rows).toHaveLength(30)
        expect(recent.rows[29].day).toBe(new Date().toISOString().slice(0, 10))
      })

      it("breaks figures down by referral, partner, site and campaign, with names", async () => {
        const { acme, outlet, anna, ben, annaInsta, benBlog } = await seedTraffic()
        const range = "from=2026-10-01&to=2026-10-31&timezone=UTC"

        const byReferral = await report(`${range}&by=referral`)
        expect(byReferral.by).toEqual(["referral"])
        const insta = byReferral.rows.find((r: any) => r.referral === annaInsta.id)
        expect(insta).toMatchObject({ referral_name: "Instagram", referral_slug: "anna-insta", clicks: 4, unique_clicks: 3, orders: 2, revenue: { eur: "50.10" } })
        expect(byReferral.rows.find((r: any) => r.referral === benBlog.id)).toMatchObject({ referral_name: "Blog", referral_slug: "ben-blog", clicks: 2 })
        // Traffic without a referral is a row of its own.
        expect(byReferral.rows.find((r: any) => r.referral === null)).toMatchObject({ clicks: 1, referral_name: null })

        const byPartner = await report(`${range}&by=affiliate,referral`)
        expect(byPartner.rows.find((r: any) => r.affiliate === anna.id)).toMatchObject({ affiliate_name: "Anna Outdoors", referral_name: "Instagram" })
        expect(byPartner.rows.find((r: any) => r.affiliate === ben.id)).toMatchObject({ affiliate_name: "Ben Bikes", referral_slug: "ben-blog" })

        const bySite = await report(`${range}&by=site`)
        expect(bySite.rows.map((r: any) => [r.site_name, r.site_domain, r.clicks]).sort()).toEqual([
          ["Acme Outlet", "outlet.acme-shop.com", 2],
          ["Acme Shop", "acme-shop.com", 5],
        ])
        expect(bySite.rows.find((r: any) => r.site === outlet.id)).toMatchObject({ orders: 1, rejected_orders: 1, revenue: { usd: "15" } })

        const campaigns = await report(`${range}&by=utm_source,utm_medium,utm_campaign`)
        expect(campaigns.rows.map((r: any) => [r.utm_source, r.utm_medium, r.utm_campaign, r.clicks, r.orders]).sort()).toEqual([
          ["blog", "referral", "autumn", 2, 1],
          ["instagram", "social", "spring", 4, 2],
          ["newsletter", "email", "spring", 1, 0],
        ])

        // Filters narrow every figure.
        expect((await report(`${range}&by=&site_id=${acme.id}`).then((r) => r.totals))).toMatchObject({ clicks: 5, orders: 2 })
        expect((await report(`${range}&by=&affiliate_id=${ben.id}`)).totals).toMatchObject({ clicks: 2, orders: 1, revenue: { usd: "15" } })
        expect((await report(`${range}&by=&utm_campaign=spring`)).totals).toMatchObject({ clicks: 5 })
        expect((await report(`${range}&by=&utm_source=newsletter&utm_medium=email`)).totals).toMatchObject({ clicks: 1, orders: 0 })
        expect((await report(`${range}&by=&referral_id=${annaInsta.id}`)).totals).toMatchObject({ clicks: 4 })
        expect((await report(`${range}&by=&program_id=affprog_other`)).totals).toMatchObject({ clicks: 0, revenue: {} })
        // by= with no dimension: totals only.
        expect((await report(`${range}&by=`)).rows).toHaveLength(1)
        // The same dimensions by repeated parameters.
        expect((await report(`${range}&by=day&by=site`)).by).toEqual(["day", "site"])
      })

      it("refuses bad periods, time zones, dimensions and fields with a 400 that says why", async () => {
        const cases: [string, string][] = [
          ["from=2026-13-01", "from"],
          ["from=2026-02-30&to=2026-03-02", "2026-02-30"],
          ["from=yesterday", "from"],
          ["from=2026-10-10&to=2026-10-01", "must not be after"],
          ["from=2020-01-01&to=2026-01-01", "days"],
          ["timezone=Mars/Olympus", "timezone"],
          ["by=weekday", "weekday"],
          ["by=day,day", "once"],
          ["by=day,site,referral,affiliate", "at most 3"],
          ["foo=bar", "foo"],
          ["limit=5", "limit"],
        ]
        for (const [query, text] of cases) {
          const res = await attempt(api.get(`/admin/affiliate-reports?${query}`, admin))
          expect([query, res.status]).toEqual([query, 400])
          expect(res.data.message).toContain(text)
        }
        expect((await attempt(api.get("/admin/affiliate-reports"))).status).toBe(401)
      })
    })

    describe("attributions", () => {
      it("lists attributions with filters and names, and reads one with its explanation", async () => {
        const { acme, anna, ben, annaInsta } = await seedTraffic()
        const explanation = {
          conversion: "order",
          decided_at: "2026-10-05T09:00:00.000Z",
          model: "last_touch",
          precedence: ["code", "click", "registration"],
          window_days: 30,
          site_id: acme.id,
          considered: [
            { kind: "click", ref: "affclk_x", at: "2026-10-04T09:00:00.000Z", affiliate_id: anna.id, affiliate_name: "Anna Outdoors", referral_id: annaInsta.id, outcome: "chosen", detail: "The click of 2026-10-04 is the last valid touch of the highest-ranked kind." },
            { kind: "click", ref: "affclk_y", at: "2026-08-01T09:00:00.000Z", affiliate_id: ben.id, affiliate_name: "Ben Bikes", referral_id: null, outcome: "rejected", reason: "window_expired", detail: "The click of 2026-08-01 is outside the 30-day window." },
          ],
          summary: "Attributed to Anna Outdoors (link, click of 2026-10-04, last touch, window ends 2026-11-03).",
        }
        const [id] = await affiliate().insertAttributions([
          attribution({ affiliate_id: anna.id, referral_id: annaInsta.id, site_id: acme.id, customer_id: "cus_9", order_id: "order_9", order_total: "12.30", currency_code: "eur", attributed_at: at("2026-10-05T09:00:00Z"), explanation }),
        ])

        const all = (await api.get("/admin/affiliate-attributions", admin)).data
        expect(all).toMatchObject({ count: 6, limit: 20, offset: 0 })
        // Newest first.
        expect(all.attributions[0]).toMatchObject({
          id,
          order_id: "order_9",
          affiliate: { id: anna.id, name: "Anna Outdoors" },
          referral: { id: annaInsta.id, name: "Instagram", slug: "anna-insta" },
          site: { id: acme.id, name: "Acme Shop", domain: "acme-shop.com" },
        })
        const times = all.attributions.map((a: any) => a.attributed_at)
        expect([...times].sort().reverse()).toEqual(times)

        const list = async (query: string) => (await api.get(`/admin/affiliate-attributions?${query}`, admin)).data
        expect((await list(`affiliate_id=${ben.id}`)).count).toBe(2)
        expect((await list(`affiliate_id=${ben.id}&status=rejected`)).attributions.map((a: any) => a.order_id)).toEqual(["order_4"])
        expect((await list("conversion=registration")).count).toBe(1)
        expect((await list(`site_id=${acme.id}&conversion=order`)).count).toBe(3)
        expect((await list("order_id=order_2")).attributions[0].customer_id).toBe("cus_2")
        expect((await list("customer_id=cus_reg_1")).count).toBe(2)
        expect((await list("source=code")).count).toBe(0)
        expect((await list("status=attributed&status=rejected")).count).toBe(6)
        expect((await list("attributed_from=2026-10-04&attributed_to=2026-10-04")).count).toBe(2)
        expect((await list("attributed_from=2026-10-04T10:30:00Z")).count).toBe(2)
        expect((await list("order=attributed_at&limit=2")).attributions.map((a: any) => a.conversion)).toEqual(["registration", "order"])
        expect((await list("limit=2&offset=4")).attributions).toHaveLength(2)

        const one = (await api.get(`/admin/affiliate-attributions/${id}`, admin)).data.attribution
        expect(one).toMatchObject({ id, status: "attributed", affiliate: { name: "Anna Outdoors" }, explanation })

        const missing = await attempt(api.get("/admin/affiliate-attributions/affattr_missing", admin))
        expect(missing.status).toBe(404)
        expect(missing.data.message).toContain("affattr_missing")
        for (const bad of ["status=maybe", "conversion=visit", "attributed_from=soon", "order=customer_id", "limit=500", "q=anna", "email=x"]) {
          const res = await attempt(api.get(`/admin/affiliate-attributions?${bad}`, admin))
          expect([bad, res.status]).toEqual([bad, 400])
        }
        expect((await attempt(api.get("/admin/affiliate-attributions"))).status).toBe(401)
      })
    })

    describe("partner", () => {
      /** Two partners who sign in with customer accounts, and one shopper both referred. */
      async function seedPartners() {
        const seeded = await seedTraffic()
        const annaLogin = await registerCustomer(api, pk, { email: "anna@partner.example" })
        const benLogin = await registerCustomer(api, pk, { email: "ben@partner.example" })
        const shopper = await registerCustomer(api, pk, { email: "shopper@private.example", first_name: "Sam", last_name: "Shopper" })
        await api.post(`/admin/affiliates/${seeded.anna.id}`, { timezone: "Europe/Berlin" }, admin)
        // Link the partner accounts to their logins.
        await affiliate().updateAffiliates([
          { id: seeded.anna.id, customer_id: annaLogin.customer.id },
          { id: seeded.ben.id, customer_id: benLogin.customer.id },
        ] as any)
        return { ...seeded, anna: { ...seeded.anna, login: annaLogin.headers }, ben: { ...seeded.ben, login: benLogin.headers }, shopper: shopper.customer }
      }

      it("shows a partner only their own figures, whatever they ask for", async () => {
        const { anna, ben, annaInsta, benBlog, outlet } = await seedPartners()
        const mine = async (who: Headers, query: string) => (await api.get(`/store/affiliate/me/reports?${query}`, who)).data
        const range = "from=2026-10-01&to=2026-10-31"

        const annaTotals = (await mine(anna.login, `${range}&by=`)).totals
        expect(annaTotals).toMatchObject({ clicks: 4, unique_clicks: 3, bot_clicks: 1, registrations: 1, orders: 2, revenue: { eur: "50.10" } })
        const benTotals = (await mine(ben.login, `${range}&by=`)).totals
        expect(benTotals).toMatchObject({ clicks: 2, orders: 1, rejected_orders: 1, revenue: { usd: "15" } })

        // Anna's days follow her account's time zone (Berlin): the late click is on Oct 2.
        const annaDays = await mine(anna.login, "from=2026-10-01&to=2026-10-04")
        expect(annaDays.timezone).toBe("Europe/Berlin")
        expect(annaDays.rows.map((r: any) => r.clicks)).toEqual([0, 1, 3, 0])
        expect((await mine(anna.login, "from=2026-10-01&to=2026-10-04&timezone=UTC")).rows.map((r: any) => r.clicks)).toEqual([1, 0, 3, 0])

        const byReferral = await mine(anna.login, `${range}&by=referral`)
        expect(byReferral.rows).toEqual([expect.objectContaining({ referral: annaInsta.id, referral_name: "Instagram", clicks: 4 })])
        const bySite = await mine(ben.login, `${range}&by=site,utm_campaign`)
        expect(bySite.rows).toEqual([expect.objectContaining({ site: outlet.id, site_domain: "outlet.acme-shop.com", utm_campaign: "autumn", clicks: 2 })])

        // Someone else's referral or site yields nothing, not their figures.
        expect((await mine(anna.login, `${range}&by=&referral_id=${benBlog.id}`)).totals).toMatchObject({ clicks: 0, orders: 0, revenue: {} })
        expect((await mine(anna.login, `${range}&by=referral&site_id=${outlet.id}`)).rows).toEqual([])
        expect((await mine(anna.login, `${range}&by=&utm_campaign=autumn`)).totals.clicks).toBe(0)

        // No way to name another partner or break down by partner.
        for (const bad of [`affiliate_id=${ben.id}`, "by=affiliate", "program_id=affprog_default&affiliate_id=x", "from=2026-10-10&to=2026-10-01", "timezone=Nowhere/Land"]) {
          const res = await attempt(api.get(`/store/affiliate/me/reports?${bad}`, anna.login))
          expect([bad, res.status]).toEqual([bad, 400])
        }
        // A customer without a partner account, and no login at all.
        const stranger = await registerCustomer(api, pk, { email: "stranger@example.com" })
        expect((await attempt(api.get("/store/affiliate/me/reports", stranger.headers))).status).toBe(404)
        expect((await attempt(api.get("/store/affiliate/me/reports", { headers: { "x-publishable-api-key": pk } }))).status).toBe(401)
      })

      it("lists a partner's conversions anonymised, with pseudonyms no other partner shares", async () => {
        const { anna, ben, annaInsta, benBlog, acme, outlet, shopper } = await seedPartners()
        const rejected = {
          conversion: "order",
          model: "first_touch",
          precedence: ["code", "click", "registration"],
          window_days: 30,
          considered: [
            { kind: "code", ref: "BEN10", at: "2026-10-06T09:00:00.000Z", affiliate_id: ben.id, affiliate_name: "Ben Bikes", outcome: "rejected", reason: "site_not_authorized", detail: "Ben Bikes is not authorized for this site." },
            { kind: "click", ref: "affclk_1", at: "2026-10-06T08:00:00.000Z", affiliate_id: ben.id, affiliate_name: "Ben Bikes", outcome: "rejected", reason: "self_referral", detail: "Ben Bikes cannot earn from their own order." },
            { kind: "click", ref: "affclk_2", at: "2026-10-06T07:00:00.000Z", affiliate_id: anna.id, affiliate_name: "Anna Outdoors", outcome: "rejected", reason: "bot", detail: "The click came from a bot." },
          ],
          summary: "Not attributed: Ben Bikes is not authorized for this site. 2 other touches were not valid either.",
        }
        // The same shopper converted for both partners.
        await affiliate().insertAttributions([
          attribution({ affiliate_id: anna.id, referral_id: annaInsta.id, site_id: acme.id, source: "code", voucher_code: "ANNA10", customer_id: shopper.id, order_id: "order_shared_1", order_total: "80.00", currency_code: "eur", utm_campaign: "spring", attributed_at: at("2026-10-07T09:00:00Z"), explanation: { summary: "Attributed to Anna Outdoors (code, code ANNA10, first touch)." } }),
          attribution({ affiliate_id: ben.id, referral_id: benBlog.id, site_id: outlet.id, status: "rejected", source: "code", voucher_code: "BEN10", customer_id: shopper.id, order_id: "order_shared_2", order_total: "30.00", currency_code: "eur", attributed_at: at("2026-10-06T09:00:00Z"), explanation: rejected }),
        ])

        const annaRes = await api.get("/store/affiliate/me/conversions", anna.login)
        const benRes = await api.get("/store/affiliate/me/conversions?limit=50", ben.login)
        expect(annaRes.data).toMatchObject({ count: 4, limit: 20, offset: 0 })
        expect(benRes.data.count).toBe(3)

        // Nothing that identifies a customer or an order, in any form.
        for (const res of [annaRes, benRes]) {
          const text = JSON.stringify(res.data)
          for (const secret of ["customer_id", "order_id", "email", "shopper@private.example", "Sam", "Shopper", shopper.id, "cus_reg_1", "cus_2", "cus_3", "cus_4", "order_shared", "order_1", "idempotency", "click_id", "explanation", "considered", "affiliate_name"]) {
            expect([secret, text.includes(secret)]).toEqual([secret, false])
          }
        }

        const annaLatest = annaRes.data.conversions[0]
        expect(Object.keys(annaLatest).sort()).toEqual(
          ["attributed_at", "commission", "conversion", "currency_code", "customer", "id", "order_total", "reasons", "referral", "site", "source", "status", "summary", "utm_campaign", "utm_content", "utm_medium", "utm_source", "utm_term", "voucher_code"].sort()
        )
        // What it earned or why not: the outcome's own fields only.
        if (annaLatest.commission) expect(Object.keys(annaLatest.commission).sort()).toEqual(["detail", "reason", "reason_label", "status"])
        expect(annaLatest).toMatchObject({
          conversion: "order",
          status: "attributed",
          attributed_at: "2026-10-07T09:00:00.000Z",
          site: { id: acme.id, name: "Acme Shop", domain: "acme-shop.com" },
          referral: { id: annaInsta.id, name: "Instagram", slug: "anna-insta" },
          source: "code",
          voucher_code: "ANNA10",
          order_total: "80.00",
          currency_code: "eur",
          summary: "Attributed to Anna Outdoors (code, code ANNA10, first touch).",
          reasons: [],
        })
        expect(annaLatest.customer).toMatch(/^Customer [0-9A-F]{4}-[0-9A-F]{4}$/)
        // Newest first; a registration and an order of one customer share a pseudonym.
        const annaTimes = annaRes.data.conversions.map((c: any) => c.attributed_at)
        expect([...annaTimes].sort().reverse()).toEqual(annaTimes)
        const reg = annaRes.data.conversions.find((c: any) => c.conversion === "registration")
        const regOrder = annaRes.data.conversions.find((c: any) => c.order_total === "49.90")
        expect(reg.customer).toBe(regOrder.customer)
        expect(reg).toMatchObject({ order_total: null, currency_code: null })

        // One shopper, two partners, two unrelated pseudonyms.
        const benShared = benRes.data.conversions.find((c: any) => c.voucher_code === "BEN10")
        expect(benShared.customer).toMatch(/^Customer /)
        expect(benShared.customer).not.toBe(annaLatest.customer)
        const annaNames = new Set(annaRes.data.conversions.map((c: any) => c.customer))
        for (const c of benRes.data.conversions) expect(annaNames.has(c.customer)).toBe(false)

        // A refused conversion says why, with Ben's own reasons only.
        expect(benShared).toMatchObject({
          status: "rejected",
          summary: rejected.summary,
          reasons: ["site_not_authorized", "self_referral"],
        })

        expect((await api.get("/store/affiliate/me/conversions?status=rejected", ben.login)).data.count).toBe(2)
        expect((await api.get("/store/affiliate/me/conversions?conversion=registration", anna.login)).data.count).toBe(1)
        expect((await api.get("/store/affiliate/me/conversions?limit=1&offset=1", anna.login)).data.conversions).toHaveLength(1)
        for (const bad of [`affiliate_id=${ben.id}`, "customer_id=x", "limit=0", "status=maybe"]) {
          const res = await attempt(api.get(`/store/affiliate/me/conversions?${bad}`, anna.login))
          expect([bad, res.status]).toEqual([bad, 400])
        }
        expect((await attempt(api.get("/store/affiliate/me/conversions", { headers: { "x-publishable-api-key": pk } }))).status).toBe(401)
      })
    })
  },
})
