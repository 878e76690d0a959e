import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type AffiliateModuleService from "../../src/modules/affiliate/service"
import { localDate, localMidnight } from "../../src/domain/track/report-range"
import { attempt, createAdminUser, createPublishableKey, Headers, registerCustomer } from "../helpers/actors"
import { buildStore, completeCart, createCart, eventually, signUp, storeHeaders, TestStore } from "../helpers/store"
import { parseCsv } from "../helpers/csv"

jest.setTimeout(300 * 1000)

const SHOP = "shop.example.com"
/** Anna's days start at :30 UTC: a day boundary cuts an hour of the rollup in two. */
const TZ = "Asia/Kolkata"
const DAY = 24 * 3600 * 1000
/** A referral name a spreadsheet would run as a formula if the CSV did not guard it. */
const INJECTION = '=HYPERLINK("http://evil.example","Video")'
const browser = (n: number) => `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.${n} Safari/537.36`
const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)

/** The CSV's lines as objects keyed by the header. */
const records = (text: string) => {
  const [header, ...lines] = parseCsv(text)
  return { header, rows: lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]]))) }
}
/** What a cell reads for a JSON value: numbers as numbers, nothing for null. */
const cellOf = (v: unknown) => (v === null || v === undefined ? "" : String(v))

/**
 * The partner dashboard and downloads over HTTP against a real Medusa app.
 * One world for every test (seeded once, restored before each): Anna
 * (Asia/Kolkata) with two links and two UTM campaigns, orders placed through
 * the store API and earning 10 %, one paid in a payout and later half
 * refunded (a clawback), one canceled (a reversal); her previous-period
 * traffic moved 30 days back around a local midnight; Ben with his own link.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let pk: string
    let store: TestStore
    let w: Awaited<ReturnType<typeof seed>>

    const affiliate = () => getContainer().resolve("affiliate") as AffiliateModuleService
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
    const ledger = async (query: string) => (await api.get(`/admin/affiliate-commissions?${query}`, admin)).data
    const commissionsOf = (order_id: string, count: number) =>
      eventually(async () => {
        const rows = (await ledger(`order_id=${order_id}&limit=50`)).commissions
        return rows.length >= count ? rows : null
      }, `${count} ledger entries of ${order_id}`)

    /** Follows a referral link as a browser; answers the click id the storefront would keep. */
    async function follow(slug: string, ua: number, query = "") {
      const res = await api.get(`/r/${slug}${query}`, { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": browser(ua) } })
      expect(res.status).toBe(302)
      return new URL(res.headers.location).searchParams.get("aff_click")!
    }
    /** A shopper's order of one €40 item (plus shipping) with the click on the cart. */
    async function order(click_id: string, email: string) {
      const cart = await createCart(api, pk, store, { email })
      await api.post(`/store/affiliate/carts/${cart.id}/attribution`, { click_id }, storeHeaders(pk))
      const placed = await completeCart(api, pk, store, cart.id)
      await commissionsOf(placed.id, 1)
      return placed
    }
    async function refundHalf(order_id: string, total: number) {
      const query = getContainer().resolve("query") as any
      const { data: [o] } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order_id } })
      const paymentId = o.payment_collections[0].payments[0].id
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      await api.post(`/admin/payments/${paymentId}/refund`, { amount: total / 2 }, admin)
    }
    async function partner(name: string, email: string, extra: Record<string, unknown> = {}) {
      const login = await registerCustomer(api, pk, { email })
      const created = (await api.post("/admin/affiliates", { name, kind: "external", status: "active", email, customer_id: login.customer.id, ...extra }, admin)).data.affiliate
      return { ...created, login: login.headers }
    }

    async function seed() {
      await api.post("/admin/affiliate-programs/affprog_default", { hold_days: 0, payout_minimums: { eur: 1 } }, admin)
      const shop = (await api.post("/admin/affiliate-sites", { name: "Shop", domain: SHOP, landing_url: `https://${SHOP}/`, sales_channel_id: store.channels.main }, admin)).data.site
      await api.post("/admin/affiliate-commission-rules", { name: "Standard 10 %", type: "percentage", percentage: 10, event: "order" }, admin)
      const anna = await partner("Anna Outdoors", "anna@partner.example", { timezone: TZ, payout_method: "paypal", payout_details: { paypal_email: "anna-pay@example.com" } })
      const ben = await partner("Ben Bikes", "ben@partner.example", { payout_method: "paypal", payout_details: { paypal_email: "ben-pay@example.com" } })
      for (const p of [anna, ben]) await api.post(`/admin/affiliates/${p.id}/site-authorizations`, { site_id: shop.id }, admin)
      const link = async (affiliate_id: string, name: string, slug: string) =>
        (await api.post("/admin/affiliate-referrals", { affiliate_id, name, slug, site_id: shop.id }, admin)).data.referral
      const blog = await link(anna.id, "Blog", "anna-blog")
      const video = await link(anna.id, INJECTION, "anna-video")
      const benBlog = await link(ben.id, "Ben's blog", "ben-blog")
      // The day the world is made, in Anna's zone: her previous period ends 30 days before.
      const seedDay = localDate(new Date(), TZ)

      // Previous period, soon moved back: P1 and its in-hour repeat P3 (blog, spring), P2 (video, autumn); P1 ordered (O1).
      const p1 = await follow("anna-blog", 1, "?utm_campaign=spring")
      const p3 = await follow("anna-blog", 1, "?utm_campaign=spring")
      const p2 = await follow("anna-video", 2, "?utm_campaign=autumn")
      const o1 = await order(p1, "shopper1@private.example")
      // Current period: O4 (video, autumn), paid below with O1, then half refunded.
      const o4 = await order(await follow("anna-video", 5, "?utm_campaign=autumn"), "shopper4@private.example")
      await api.post("/admin/affiliate-commissions/approve-due", {}, admin)
      const run = (await api.post("/admin/affiliate-payouts", {}, admin)).data
      const payout = run.payouts[0]
      await api.post(`/admin/affiliate-payouts/${payout.id}/status`, { status: "paid", reference: "TX-1" }, admin)

      // Held for 30 days from here: O2 (blog, spring) stays pending; O3 (video, autumn) is canceled.
      await api.post("/admin/affiliate-programs/affprog_default", { hold_days: 30 }, admin)
      const o2 = await order(await follow("anna-blog", 3, "?utm_campaign=spring"), "shopper2@private.example")
      const o3 = await order(await follow("anna-video", 4, "?utm_campaign=autumn"), "shopper3@private.example")
      const benOrder = await order(await follow("ben-blog", 8), "shopper5@private.example")
      // A registration through the blog (spring), and a plain visit of the blog.
      const signupClick = await follow("anna-blog", 6, "?utm_campaign=spring")
      const referred = await signUp(api, pk, { email: "referred@private.example" })
      expect((await api.post("/store/affiliate/signup-attribution", { click_id: signupClick }, referred.headers)).status).toBe(201)
      await follow("anna-blog", 7)

      await api.post(`/admin/orders/${o3.id}/cancel`, {}, admin)
      await commissionsOf(o3.id, 2)
      await refundHalf(o4.id, Number(o4.total))
      await commissionsOf(o4.id, 2)

      // Time travel: the previous period's rows go 30 days back, around Anna's local midnight,
      // inside one UTC hour (18:00-19:00): P2 on the day before it, P1, P3 and O1 on the day it starts.
      const midnight = localMidnight(shiftDate(seedDay, -30), TZ).getTime()
      const move = (table: "affiliate_click" | "affiliate_attribution", column: string, id: string, at: number) =>
        pg().raw(`update ${table} set ${column} = ?::timestamptz where id = ?`, [new Date(at).toISOString(), id])
      await move("affiliate_click", "created_at", p2, midnight - 10 * 60_000)
      await move("affiliate_click", "created_at", p1, midnight + 5 * 60_000)
      await move("affiliate_click", "created_at", p3, midnight + 6 * 60_000)
      const [o1Attribution] = await affiliate().listAffiliateAttributions({ order_id: o1.id })
      await move("affiliate_attribution", "attributed_at", o1Attribution.id, midnight + 10 * 60_000)
      await affiliate().rebuildStats({ from: new Date(midnight - 2 * DAY), to: new Date(Date.now() + 3600_000) })

      return { shop, anna, ben, blog, video, benBlog, seedDay, payout, orders: { o1, o2, o3, o4, benOrder }, total: Number(o1.total), referred }
    }

    beforeAll(async () => {
      admin = await createAdminUser(getContainer(), api)
      pk = await createPublishableKey(getContainer())
      store = await buildStore(getContainer(), pk)
      w = await seed()
    })

    const overview = async (who: Headers, query = "") => (await api.get(`/store/affiliate/me/overview?${query}`, who)).data
    const mine = async (who: Headers, query: string) => (await api.get(`/store/affiliate/me/reports?${query}`, who)).data
    /** Every day the world has: 40 days back to tomorrow in Anna's zone. */
    const everything = () => `from=${shiftDate(w.seedDay, -40)}&to=${shiftDate(w.seedDay, 1)}`

    describe("the dashboard", () => {
      it("compares the last 30 days in the partner's zone with the 30 before, with exact changes and a daily series", async () => {
        const o = await overview(w.anna.login)
        expect(Object.keys(o)[0]).toBe("action_items")
        // The zone as the runtime names it (Asia/Kolkata or its older name Asia/Calcutta).
        expect(o.timezone).toBe(new Intl.DateTimeFormat("en-US", { timeZone: TZ }).resolvedOptions().timeZone)
        const today = localDate(new Date(), TZ)
        expect(o.period).toEqual({ from: shiftDate(today, -29), to: today, days: 30 })
        expect(o.previous_period).toEqual({ from: shiftDate(today, -59), to: shiftDate(today, -30), days: 30 })

        // Current: C1..C5 (5 visitors), O2, O3, O4, one registration. Previous: P1, its repeat P3, P2; O1.
        expect(o.metrics.clicks).toEqual({ current: 5, previous: 3, change: 2, change_percent: 66.7, direction: "up" })
        expect(o.metrics.unique_visits).toEqual({ current: 5, previous: 2, change: 3, change_percent: 150, direction: "up" })
        expect(o.metrics.registrations).toEqual({ current: 1, previous: 0, change: 1, change_percent: null, direction: "up" })
        expect(o.metrics.orders).toEqual({ current: 3, previous: 1, change: 2, change_percent: 200, direction: "up" })
        const revenue = o.metrics.revenue.eur
        expect([Number(revenue.current), Number(revenue.previous), Number(revenue.change), revenue.change_percent, revenue.direction]).toEqual([3 * w.total, w.total, 2 * w.total, 200, "up"])
        // Earned now: O2 4 pending + O3 4 - 4 reversed + O4 4 paid - 2 clawed back = 6; before: O1 4 paid.
        const commission = o.metrics.commission.eur
        expect([Number(commission.current), Number(commission.previous), Number(commission.change), commission.change_percent, commission.direction]).toEqual([6, 4, 2, 50, "up"])
        expect(Object.keys(o.metrics.commission)).toEqual(["eur"])

        // One entry per day of the period; the days' figures add up to the period's.
        expect(o.series.map((d: any) => d.day)).toEqual(Array.from({ length: 30 }, (_, i) => shiftDate(today, i - 29)))
        const sum = (f: (d: any) => number) => o.series.reduce((t: number, d: any) => t + f(d), 0)
        expect([sum((d) => d.clicks), sum((d) => d.registrations), sum((d) => d.orders), sum((d) => Number(d.commission.eur ?? 0))]).toEqual([5, 1, 3, 6])
        expect(Object.keys(o.series[0]).sort()).toEqual(["clicks", "commission", "day", "orders", "registrations"])
      })

      it("counts days exactly in a half-hour zone, and compares any period with the one before it", async () => {
        const start = shiftDate(w.seedDay, -30)
        // P2 came at 23:50 on the day before Anna's period starts, P1, P3 and O1 just after midnight: one UTC hour.
        const days = await mine(w.anna.login, `from=${shiftDate(start, -1)}&to=${start}`)
        expect(days.rows.map((r: any) => [r.day, r.clicks, r.orders, r.commission_paid])).toEqual([
          [shiftDate(start, -1), 1, 0, {}],
          [start, 2, 1, { eur: expect.any(String) }],
        ])
        expect(Number(days.rows[1].commission_paid.eur)).toBe(4)
        // In UTC all four are on one day.
        const utc = await mine(w.anna.login, `from=${shiftDate(start, -1)}&to=${start}&timezone=UTC`)
        expect(utc.rows.map((r: any) => [r.clicks, r.orders])).toEqual([[3, 1], [0, 0]])

        // The first day of the old period against the day before: 2 clicks against 1, an order against none.
        const one = await overview(w.anna.login, `from=${start}&to=${start}`)
        expect(one.previous_period).toEqual({ from: shiftDate(start, -1), to: shiftDate(start, -1), days: 1 })
        expect(one.metrics.clicks).toEqual({ current: 2, previous: 1, change: 1, change_percent: 100, direction: "up" })
        expect(one.metrics.orders).toMatchObject({ current: 1, previous: 0, change_percent: null, direction: "up" })
        // The same day in UTC holds nothing: every figure flat at zero.
        const quiet = await overview(w.anna.login, `from=${start}&to=${start}&timezone=UTC`)
        expect(quiet.metrics.clicks).toEqual({ current: 0, previous: 3, change: -3, change_percent: -100, direction: "down" })
        expect(quiet.metrics.commission.eur).toMatchObject({ current: "0", direction: "down", change_percent: -100 })

        for (const bad of ["from=2026-13-01", "from=2026-11-10&to=2026-11-01", "timezone=Mars/Olympus", "from=2024-01-01&to=2026-01-01", "by=day", "affiliate_id=x"]) {
          const res = await attempt(api.get(`/store/affiliate/me/overview?${bad}`, w.anna.login))
          expect([bad, res.status]).toEqual([bad, 400])
        }
        expect((await attempt(api.get("/store/affiliate/me/overview", storeHeaders(pk)))).status).toBe(401)
        const stranger = await registerCustomer(api, pk, { email: "stranger@example.com" })
        expect((await attempt(api.get("/store/affiliate/me/overview", stranger.headers))).status).toBe(404)
      })

      it("shows partner B only B's figures, and A none of B's", async () => {
        const ben = await overview(w.ben.login)
        expect(ben.timezone).toBe("UTC")
        expect(ben.metrics.clicks).toMatchObject({ current: 1, previous: 0 })
        expect(ben.metrics.orders).toMatchObject({ current: 1, previous: 0 })
        expect(ben.metrics.registrations).toMatchObject({ current: 0, previous: 0, direction: "flat", change_percent: null })
        expect(Number(ben.metrics.commission.eur.current)).toBe(4)
        expect(Number(ben.metrics.revenue.eur.current)).toBe(w.total)
        const text = JSON.stringify(ben)
        for (const secret of [w.anna.id, w.blog.id, w.video.id, "anna-blog", "shopper", "private.example", w.orders.o1.id]) {
          expect([secret, text.includes(secret)]).toEqual([secret, false])
        }
        // Anna's report filtered by Ben's link: no traffic and no commission.
        const cross = await mine(w.anna.login, `${everything()}&by=&referral_id=${w.benBlog.id}`)
        expect(cross.totals).toMatchObject({ clicks: 0, orders: 0, commission_pending: {}, commission_approved: {}, commission_paid: {} })
        expect((await overview(w.anna.login)).metrics.clicks.current).toBe(5)
      })
    })

    describe("action items", () => {
      it("appear and disappear as the partner's facts change", async () => {
        await api.post("/admin/affiliate-programs/affprog_default", { hold_days: 0 }, admin)
        const cara = await partner("Cara Climbs", "cara@partner.example")
        const items = async () => (await overview(cara.login)).action_items as { code: string; severity: string; params: Record<string, unknown> }[]
        const codes = async () => (await items()).map((i) => i.code)

        const accept = (version: string) => affiliate().updateAffiliates({ id: cara.id, agreement_version: version, agreement_accepted_at: new Date() } as any)

        // Created by the operator: the program's agreement (version 1) is not accepted yet.
        expect(await items()).toEqual([
          { code: "agreement_not_accepted", severity: "blocking", params: { version: "1", accepted_version: null } },
          { code: "payout_details_missing", severity: "warning", params: {} },
          { code: "no_site_authorized", severity: "warning", params: {} },
          { code: "no_referral_link", severity: "warning", params: {} },
        ])
        await accept("1")
        expect(await codes()).toEqual(["payout_details_missing", "no_site_authorized", "no_referral_link"])

        // Asking for the site: the request waits for the operator; approved, it leaves the list.
        await api.post("/store/affiliate/me/site-authorizations", { site_id: w.shop.id }, cara.login)
        expect(await items()).toContainEqual({ code: "site_authorizations_pending", severity: "info", params: { count: 1 } })
        expect(await codes()).not.toContain("no_site_authorized")
        await api.post(`/admin/affiliates/${cara.id}/site-authorizations`, { site_id: w.shop.id }, admin)
        const link = (await api.post("/admin/affiliate-referrals", { affiliate_id: cara.id, name: "Wall", slug: "cara-wall", site_id: w.shop.id }, admin)).data.referral
        expect(await codes()).toEqual(["payout_details_missing"])

        // A new agreement version until the partner accepts it.
        await api.post("/admin/affiliate-programs/affprog_default", { agreement_version: "2" }, admin)
        expect((await items())[0]).toEqual({ code: "agreement_not_accepted", severity: "blocking", params: { version: "2", accepted_version: "1" } })
        await accept("2")
        expect(await codes()).toEqual(["payout_details_missing"])

        // Money above the minimum (1 EUR) and nowhere to send it: blocking, instead of the reminder.
        await order(await follow(link.slug, 21), "climber@private.example")
        await api.post("/admin/affiliate-commissions/approve-due", {}, admin)
        expect(await items()).toEqual([{ code: "payout_method_missing_for_balance", severity: "blocking", params: { currency_code: "eur", approved: "4.00", minimum: "1.00" } }])
        await api.post("/store/affiliate/me", { payout_method: "paypal", payout_details: { paypal_email: "cara-pay@example.com" } }, cara.login)
        expect(await items()).toEqual([])

        // Verified details changed by the partner wait for the operator's check.
        await api.post(`/admin/affiliates/${cara.id}/verify`, {}, admin)
        await api.post("/store/affiliate/me", { payout_details: { paypal_email: "cara-new@example.com" } }, cara.login)
        expect(await items()).toEqual([{ code: "payout_details_changed", severity: "info", params: { changed_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) } }])
        await api.post(`/admin/affiliates/${cara.id}/verify`, {}, admin)
        expect(await items()).toEqual([])

        // Suspended: nothing the partner can fix but the status; the dashboard still reads.
        await api.post(`/admin/affiliates/${cara.id}/status`, { status: "suspended", reason: "Review" }, admin)
        expect(await items()).toEqual([{ code: "account_not_active", severity: "blocking", params: { status: "suspended" } }])
        expect((await overview(cara.login)).metrics.orders.current).toBe(1)
      })
    })

    describe("commission per campaign", () => {
      it("reports each link's and campaign's commission per status, equal to the raw ledger summed by hand", async () => {
        const byReferral = await mine(w.anna.login, `${everything()}&by=referral`)
        const row = (id: string) => byReferral.rows.find((r: any) => r.referral === id)
        const num = (figure: Record<string, string>) => Object.fromEntries(Object.entries(figure).map(([c, v]) => [c, Number(v)]))
        const money = (r: any) => ({ pending: num(r.commission_pending), approved: num(r.commission_approved), paid: num(r.commission_paid) })
        // Blog: O1 paid 4, O2 pending 4. Video: O4 paid 4 and clawed back 2 (approved -2), O3 pending 4 reversed -4 (nets out).
        expect(money(row(w.blog.id))).toEqual({ pending: { eur: 4 }, approved: {}, paid: { eur: 4 } })
        expect(money(row(w.video.id))).toEqual({ pending: {}, approved: { eur: -2 }, paid: { eur: 4 } })
        expect(row(w.blog.id)).toMatchObject({ clicks: 5, registrations: 1, orders: 2 })
        expect(row(w.video.id)).toMatchObject({ clicks: 3, orders: 2, referral_name: INJECTION })
        expect(money(byReferral.totals)).toEqual({ pending: { eur: 4 }, approved: { eur: -2 }, paid: { eur: 8 } })

        const byCampaign = await mine(w.anna.login, `${everything()}&by=utm_campaign`)
        const campaign = (name: string | null) => byCampaign.rows.find((r: any) => r.utm_campaign === name)
        expect(money(campaign("spring"))).toEqual({ pending: { eur: 4 }, approved: {}, paid: { eur: 4 } })
        expect(money(campaign("autumn"))).toEqual({ pending: {}, approved: { eur: -2 }, paid: { eur: 4 } })
        expect(money(campaign(null))).toEqual({ pending: {}, approved: {}, paid: {} })
        expect([campaign("spring").clicks, campaign("autumn").clicks, campaign(null).clicks]).toEqual([4, 3, 1])

        // By hand: every ledger entry of Anna's, with the campaign of the attribution that earned it.
        const entries = await affiliate().listAffiliateCommissions({ affiliate_id: w.anna.id }, { take: 100 })
        expect(entries).toHaveLength(6)
        const attributions = await affiliate().listAffiliateAttributions({ id: entries.map((e: any) => e.attribution_id) }, { take: 100 })
        const campaignOf = new Map(attributions.map((a: any) => [a.id, a.utm_campaign]))
        const sums: Record<string, number> = {}
        for (const e of entries as any[]) {
          for (const key of [`referral:${e.referral_id}:${e.status}`, `campaign:${campaignOf.get(e.attribution_id)}:${e.status}`]) sums[key] = (sums[key] ?? 0) + Number(e.amount)
        }
        const reported = (prefix: string, r: any) =>
          Object.fromEntries((["pending", "approved", "paid"] as const).map((s) => [`${prefix}:${s}`, Number(r[`commission_${s}`].eur ?? 0)]))
        const byHand = (prefix: string) => Object.fromEntries((["pending", "approved", "paid"] as const).map((s) => [`${prefix}:${s}`, sums[`${prefix}:${s}`] ?? 0]))
        expect(reported(`referral:${w.blog.id}`, row(w.blog.id))).toEqual(byHand(`referral:${w.blog.id}`))
        expect(reported(`referral:${w.video.id}`, row(w.video.id))).toEqual(byHand(`referral:${w.video.id}`))
        for (const name of ["spring", "autumn"]) expect(reported(`campaign:${name}`, campaign(name))).toEqual(byHand(`campaign:${name}`))

        // By day: O1's commission on the day its attribution was moved to, the rest on the days they happened.
        const byDay = await mine(w.anna.login, `${everything()}&by=day`)
        const dayTotal = byDay.rows.reduce((t: number, r: any) => t + (["pending", "approved", "paid"] as const).reduce((s, k) => s + Number(r[`commission_${k}`].eur ?? 0), 0), 0)
        expect(dayTotal).toBe(10)
        expect(Number(byDay.rows.find((r: any) => r.day === shiftDate(w.seedDay, -30)).commission_paid.eur)).toBe(4)

        // The operator's report: the same figures, Ben's beside them.
        const admin_ = (await api.get(`/admin/affiliate-reports?${everything()}&timezone=${TZ}&by=affiliate,referral&commission=true`, admin)).data
        const adminRow = (id: string) => admin_.rows.find((r: any) => r.referral === id)
        expect(money(adminRow(w.video.id))).toEqual({ pending: {}, approved: { eur: -2 }, paid: { eur: 4 } })
        expect(money(adminRow(w.benBlog.id))).toEqual({ pending: { eur: 4 }, approved: {}, paid: {} })
        expect(money(admin_.totals)).toEqual({ pending: { eur: 8 }, approved: { eur: -2 }, paid: { eur: 8 } })
        // Without commission=true the operator's report reads the rollup alone and carries no commission fields.
        const trafficOnly = (await api.get(`/admin/affiliate-reports?${everything()}&timezone=${TZ}&by=affiliate,referral`, admin)).data
        expect(trafficOnly.rows.length).toBeGreaterThan(0)
        expect(trafficOnly.rows.some((r: any) => "commission_paid" in r)).toBe(false)
        expect("commission_paid" in trafficOnly.totals).toBe(false)
      })
    })

    describe("CSV downloads", () => {
      const download = async (path: string, who: Headers) => {
        const res = await api.get(path, { ...who, responseType: "text", transformResponse: (x: unknown) => x })
        expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8")
        expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="[\w.-]+\.csv"$/)
        return res.data as string
      }
      const NO_PERSONAL_DATA = () => ["shopper", "private.example", "referred", w.referred.customer.id, ...Object.values(w.orders).flatMap((o: any) => [o.id, o.customer_id]), "anna-pay@example.com"]

      it("the report, cell by cell like the JSON rows, with a formula in a link name disarmed", async () => {
        const query = `${everything()}&by=referral,utm_campaign`
        const json = await mine(w.anna.login, query)
        const text = await download(`/store/affiliate/me/reports/export?${query}`, w.anna.login)
        const { header, rows } = records(text)
        expect(header).toEqual([
          "referral_id", "referral_name", "referral_slug", "utm_campaign",
          "clicks", "unique_clicks", "bot_clicks", "registrations", "orders", "rejected_registrations", "rejected_orders", "conversion_rate",
          "revenue_eur", "commission_pending_eur", "commission_approved_eur", "commission_paid_eur",
        ])
        expect(rows).toHaveLength(json.rows.length)
        json.rows.forEach((r: any, i: number) => {
          const line = rows[i]
          const guarded = (v: string | null) => (v && /^[=+\-@]/.test(v) ? `'${v}` : cellOf(v))
          expect(line).toEqual({
            referral_id: cellOf(r.referral),
            referral_name: guarded(r.referral_name),
            referral_slug: cellOf(r.referral_slug),
            utm_campaign: cellOf(r.utm_campaign),
            clicks: String(r.clicks),
            unique_clicks: String(r.unique_clicks),
            bot_clicks: String(r.bot_clicks),
            registrations: String(r.registrations),
            orders: String(r.orders),
            rejected_registrations: String(r.rejected_registrations),
            rejected_orders: String(r.rejected_orders),
            conversion_rate: cellOf(r.conversion_rate),
            revenue_eur: String(Number(r.revenue.eur ?? 0)),
            commission_pending_eur: String(Number(r.commission_pending.eur ?? 0)),
            commission_approved_eur: String(Number(r.commission_approved.eur ?? 0)),
            commission_paid_eur: String(Number(r.commission_paid.eur ?? 0)),
          })
        })
        // The link named like a formula: text with a leading quote mark, quoted because of its commas and quotes.
        const video = rows.find((r) => r.referral_id === w.video.id)!
        expect(video).toMatchObject({ referral_name: `'${INJECTION}`, utm_campaign: "autumn", commission_approved_eur: "-2", commission_paid_eur: "4" })
        expect(text).toContain(`,"'=HYPERLINK(""http://evil.example"",""Video"")",anna-video,autumn,`)
        for (const secret of NO_PERSONAL_DATA()) expect([secret, text.includes(secret)]).toEqual([secret, false])

        // Ben's download of Anna's link: the header and nothing else.
        expect(await download(`/store/affiliate/me/reports/export?${everything()}&by=referral&referral_id=${w.blog.id}`, w.ben.login)).toBe(`${header.slice(0, 3).join(",")},clicks,unique_clicks,bot_clicks,registrations,orders,rejected_registrations,rejected_orders,conversion_rate\r\n`)
        for (const bad of ["by=affiliate", `affiliate_id=${w.ben.id}`, "from=soon"]) {
          expect([bad, (await attempt(api.get(`/store/affiliate/me/reports/export?${bad}`, w.anna.login))).status]).toEqual([bad, 400])
        }
      })

      it("the ledger, line by line like the JSON ledger, and only the caller's", async () => {
        const json = (await api.get("/store/affiliate/me/commissions?limit=200", w.anna.login)).data.commissions
        const text = await download("/store/affiliate/me/commissions/export", w.anna.login)
        const { header, rows } = records(text)
        expect(header).toEqual([
          "id", "created_at", "entry_type", "event", "status", "currency", "amount", "basis_amount", "rate_percent",
          "referral", "referral_slug", "site", "customer", "summary", "reverses_id", "hold_until", "approved_at", "paid_at", "payout_id",
        ])
        expect(rows.map((r) => r.id).sort()).toEqual(json.map((c: any) => c.id).sort())
        // In the order the entries were written.
        expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort())
        for (const c of json) {
          const line = rows.find((r) => r.id === c.id)!
          expect(line).toEqual({
            id: c.id,
            created_at: c.created_at,
            entry_type: c.entry_type,
            event: cellOf(c.event),
            status: c.status,
            currency: "EUR",
            amount: String(c.amount),
            basis_amount: cellOf(c.basis_amount),
            rate_percent: cellOf(c.rate),
            referral: c.referral.name === INJECTION ? `'${INJECTION}` : c.referral.name,
            referral_slug: c.referral.slug,
            site: "Shop",
            customer: c.customer,
            summary: cellOf(c.summary),
            reverses_id: cellOf(c.reverses_id),
            hold_until: cellOf(c.hold_until),
            approved_at: cellOf(c.approved_at),
            paid_at: cellOf(c.paid_at),
            payout_id: cellOf(c.payout_id),
          })
          expect(line.customer).toMatch(/^Customer [0-9A-F]{4}-[0-9A-F]{4}$/)
        }
        expect(rows.map((r) => Number(r.amount)).reduce((a, b) => a + b, 0)).toBe(10)
        for (const secret of NO_PERSONAL_DATA()) expect([secret, text.includes(secret)]).toEqual([secret, false])

        const paid = records(await download("/store/affiliate/me/commissions/export?status=paid", w.anna.login)).rows
        expect(paid.map((r) => [r.status, r.amount])).toEqual([["paid", "4"], ["paid", "4"]])
        const bens = records(await download("/store/affiliate/me/commissions/export", w.ben.login)).rows
        expect(bens.map((r) => [r.referral, r.amount, r.status])).toEqual([["Ben's blog", "4", "pending"]])
        expect((await attempt(api.get("/store/affiliate/me/commissions/export?limit=5", w.anna.login))).status).toBe(400)
      })

      it("a payout statement: each commission the payout paid, adding up to it; another partner's is not found", async () => {
        const text = await download(`/store/affiliate/me/payouts/${w.payout.id}/export`, w.anna.login)
        const { header, rows } = records(text)
        expect(header.slice(0, 8)).toEqual(["payout_id", "payout_status", "payout_reference", "payout_created_at", "payout_paid_at", "payout_amount", "payout_currency", "commission_id"])
        expect(header).not.toContain("payout_account")
        const detail = (await api.get(`/store/affiliate/me/payouts/${w.payout.id}`, w.anna.login)).data
        expect(rows.map((r) => r.commission_id).sort()).toEqual(detail.items.map((c: any) => c.id).sort())
        for (const r of rows) {
          expect(r).toMatchObject({ payout_id: w.payout.id, payout_status: "paid", payout_reference: "TX-1", payout_amount: "8", payout_currency: "EUR", status: "paid", amount: "4", entry_type: "commission" })
        }
        expect(rows.map((r) => r.referral).sort()).toEqual([`'${INJECTION}`, "Blog"])
        expect(rows.reduce((t, r) => t + Number(r.amount), 0)).toBe(Number(detail.payout.amount))
        for (const secret of NO_PERSONAL_DATA()) expect([secret, text.includes(secret)]).toEqual([secret, false])

        expect((await attempt(api.get(`/store/affiliate/me/payouts/${w.payout.id}/export`, w.ben.login))).status).toBe(404)
        expect((await attempt(api.get("/store/affiliate/me/payouts/affpay_missing/export", w.anna.login))).status).toBe(404)
        expect((await attempt(api.get(`/store/affiliate/me/payouts/${w.payout.id}/export`, storeHeaders(pk)))).status).toBe(401)
      })
    })
  },
})
