import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { generateEntityId, Modules } from "@medusajs/framework/utils"
import * as fc from "fast-check"
import type AffiliateModuleService from "../../src/modules/affiliate/service"
import { attributeOrderWorkflow } from "../../src/workflows/track/attribute"
import { normalizeUtmValue } from "../../src/domain/enable/utm"
import { attempt, createAdminUser, createPublishableKey, Headers } from "../helpers/actors"
import { buildStore, completeCart, createCart, eventually, signUp, storeHeaders, TestStore } from "../helpers/store"

jest.setTimeout(240 * 1000)

const SHOP = "shop.example.com"
const OUTLET = "outlet.example.com"
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
const GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
const DAY = 24 * 60 * 60 * 1000
const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10)

/**
 * Track over HTTP against a real Medusa app: referral links and UTM landings
 * become clicks, clicks and codes travel on carts and signups, and real
 * orders placed through the store API are attributed by the order.placed
 * subscriber, with an explanation of every touch that was considered.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let pk: string
    let store: TestStore

    beforeAll(async () => {
      admin = await createAdminUser(getContainer(), api)
      pk = await createPublishableKey(getContainer())
      // Part of the snapshot every test starts from: region, channels on the key, shipping, a product.
      store = await buildStore(getContainer(), pk)
    })

    const affiliate = () => getContainer().resolve("affiliate") as AffiliateModuleService

    // --- Enable: sites on the two sales channels, partners, referrals, vouchers ---
    const site = async (name: string, domain: string, sales_channel_id: string) =>
      (await api.post("/admin/affiliate-sites", { name, domain, landing_url: `https://${domain}/`, sales_channel_id }, admin)).data.site
    const partner = async (name: string, extra: Record<string, unknown> = {}) =>
      (await api.post("/admin/affiliates", { name, kind: "external", ...extra }, admin)).data.affiliate
    const authorize = (affiliateId: string, siteId: string) =>
      api.post(`/admin/affiliates/${affiliateId}/site-authorizations`, { site_id: siteId }, admin)
    const referral = async (affiliate_id: string, body: Record<string, unknown>) =>
      (await api.post("/admin/affiliate-referrals", { affiliate_id, ...body }, admin)).data.referral
    const voucher = async (referral_id: string, body: Record<string, unknown>) =>
      (await api.post("/admin/affiliate-vouchers", { referral_id, ...body }, admin)).data.voucher
    const setProgram = (body: Record<string, unknown>) => api.post("/admin/affiliate-programs/affprog_default", body, admin)

    /** Two sites; Anna, an external partner approved for the shop only, with an Instagram link landing on /summer. */
    async function world() {
      const shop = await site("Shop", SHOP, store.channels.main)
      const outlet = await site("Outlet", OUTLET, store.channels.outlet)
      const anna = await partner("Anna Outdoors", { email: "anna@example.com" })
      await authorize(anna.id, shop.id)
      const insta = await referral(anna.id, {
        name: "Instagram",
        slug: "anna-insta",
        site_id: shop.id,
        landing_path: "/summer",
        utm_source: "instagram",
        utm_medium: "social",
      })
      return { shop, outlet, anna, insta }
    }

    // --- Track: links, clicks, carts ---
    /** Follows nothing: the referral link's own answer. */
    const visit = (path: string, headers: Record<string, string> = {}) =>
      api.get(path, { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": BROWSER, ...headers } })
    /** A link visit that must redirect; answers the click and visitor ids from the target URL. */
    async function linkClick(path: string, headers: Record<string, string> = {}) {
      const res = await visit(path, headers)
      expect(res.status).toBe(302)
      const location = new URL(res.headers.location)
      return { location, click_id: location.searchParams.get("aff_click")!, visitor_id: location.searchParams.get("aff_vid")! }
    }
    const reportClick = (body: Record<string, unknown>, userAgent = BROWSER) =>
      api.post("/affiliate/clicks", body, { headers: { "x-publishable-api-key": pk, "user-agent": userAgent } })
    const attach = (cartId: string, body: Record<string, unknown>) =>
      api.post(`/store/affiliate/carts/${cartId}/attribution`, body, storeHeaders(pk))
    const clickRow = async (id: string) => (await affiliate().listAffiliateClicks({ id }))[0] as any
    const clickCount = async () => (await affiliate().listAndCountAffiliateClicks({}, { take: 1 }))[1]

    /** The attribution the order.placed subscriber stores, polled (it runs asynchronously). */
    const orderAttribution = (order_id: string) =>
      eventually(async () => (await affiliate().listAffiliateAttributions({ order_id }))[0] as any, `the attribution of order ${order_id}`)
    const registrationAttribution = (customer_id: string) =>
      eventually(
        async () => (await affiliate().listAffiliateAttributions({ customer_id, conversion: "registration" }))[0] as any,
        `the registration attribution of ${customer_id}`
      )

    /** A real order through the store API; `prepare` runs on the cart before checkout (attach a click, a code...). */
    async function placeOrder(
      opts: { channel?: string; email?: string; customer?: Headers; prepare?: (cartId: string) => Promise<unknown> } = {}
    ) {
      const cart = await createCart(api, pk, store, {
        salesChannelId: opts.channel ?? store.channels.main,
        email: opts.customer ? undefined : opts.email ?? "shopper@example.com",
        customer: opts.customer,
      })
      await opts.prepare?.(cart.id)
      const placed = await completeCart(api, pk, store, cart.id, opts.customer)
      return { cart, order: await readOrder(placed.id) }
    }

    /** The order as Medusa stored it (the store answer leaves out the customer). */
    async function readOrder(id: string) {
      const query = getContainer().resolve("query") as any
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "customer_id", "email", "total", "sales_channel_id", "created_at", "metadata", "promotions.code"],
        filters: { id },
      })
      return data[0]
    }

    const report = async (query: string) => (await api.get(`/admin/affiliate-reports?by=&${query}`, admin)).data.totals


    describe("link click -> signup -> order", () => {
      it("redirects with the click, attributes the signup and then the order to the link, and reports all three", async () => {
        const { shop, anna, insta } = await world()

        const res = await visit("/r/anna-insta?utm_campaign=spring")
        expect(res.status).toBe(302)
        expect(res.headers["cache-control"]).toBe("no-store")
        const target = new URL(res.headers.location)
        expect(target.origin).toBe(`https://${SHOP}`)
        expect(target.pathname).toBe("/summer")
        const clickId = target.searchParams.get("aff_click")!
        expect(clickId).toMatch(/^affclk_[0-9A-Z]{26}$/)
        expect(Object.fromEntries(["utm_source", "utm_medium", "utm_campaign"].map((k) => [k, target.searchParams.get(k)]))).toEqual({
          utm_source: "instagram",
          utm_medium: "social",
          utm_campaign: "spring",
        })
        expect(res.headers["set-cookie"]?.join(";")).toContain(`aff_vid=${target.searchParams.get("aff_vid")}`)
        const click = await clickRow(clickId)
        expect(click).toMatchObject({
          affiliate_id: anna.id,
          referral_id: insta.id,
          site_id: shop.id,
          is_bot: false,
          is_unique: true,
          blocked_reason: null,
          landing_path: "/summer",
          utm_campaign: "spring",
        })

        // The storefront passes the click when it creates the customer (customer.created subscriber).
        const { customer, headers } = await signUp(api, pk, { email: "robin@example.com", metadata: { affiliate: { click_id: clickId } } })
        const signup = await registrationAttribution(customer.id)
        expect(signup).toMatchObject({
          status: "attributed",
          conversion: "registration",
          affiliate_id: anna.id,
          referral_id: insta.id,
          source: "link",
          click_id: clickId,
          voucher_code: null,
          site_id: shop.id,
          utm_source: "instagram",
          utm_campaign: "spring",
        })
        expect(new Date(signup.window_ends_at).getTime() - new Date(signup.attributed_at).getTime()).toBe(30 * DAY)
        expect(signup.explanation).toMatchObject({
          conversion: "registration",
          considered: [{ kind: "click", ref: clickId, outcome: "chosen", affiliate_id: anna.id, referral_id: insta.id }],
        })
        expect(signup.explanation.summary).toMatch(/^Attributed to Anna Outdoors \(link, click of \d{4}-\d{2}-\d{2}, last touch, window ends/)
        // The signed-in route answers with the decision already taken, not a second one.
        const again = await api.post("/store/affiliate/signup-attribution", { click_id: clickId }, headers)
        expect(again.status).toBe(200)
        expect(again.data).toEqual({ created: false, attribution: expect.objectContaining({ id: signup.id, status: "attributed", source: "link" }) })
        expect(again.data.attribution.affiliate_id).toBeUndefined()

        // Checkout: the signed-in customer's cart carries the click.
        const { order } = await placeOrder({
          customer: headers,
          prepare: async (cartId) => {
            const attached = await attach(cartId, { click_id: clickId })
            expect(attached.data.affiliate).toMatchObject({ click_id: clickId, visitor_id: click.visitor_id })
          },
        })
        expect(order.customer_id).toBe(customer.id)
        const attribution = await orderAttribution(order.id)
        expect(attribution).toMatchObject({
          status: "attributed",
          conversion: "order",
          customer_id: customer.id,
          affiliate_id: anna.id,
          referral_id: insta.id,
          source: "link",
          click_id: clickId,
          voucher_code: null,
          site_id: shop.id,
          currency_code: "eur",
          utm_source: "instagram",
          utm_medium: "social",
          utm_campaign: "spring",
        })
        expect(Number(attribution.order_total)).toBe(store.itemPrice + store.shippingPrice)
        expect(new Date(attribution.window_ends_at).toISOString()).toBe(new Date(new Date(click.created_at).getTime() + 30 * DAY).toISOString())
        expect(attribution.explanation).toMatchObject({
          conversion: "order",
          model: "last_touch",
          precedence: ["code", "click", "registration"],
          window_days: 30,
          site_id: shop.id,
          summary: `Attributed to Anna Outdoors (link, click of ${day(click.created_at)}, last touch, window ends ${day(attribution.window_ends_at)}).`,
        })
        // The click wins; the referred registration (same partner) is valid but ranks below links.
        expect(attribution.explanation.considered).toEqual([
          expect.objectContaining({ kind: "click", ref: clickId, outcome: "chosen", affiliate_id: anna.id }),
          expect.objectContaining({ kind: "registration", ref: signup.id, outcome: "valid", reason: "outranked", detail: "A link click ranks above referred registrations." }),
        ])

        // The admin report counts the click, the registration and the order, with the revenue.
        expect(await report(`affiliate_id=${anna.id}`)).toMatchObject({
          clicks: 1,
          unique_clicks: 1,
          bot_clicks: 0,
          registrations: 1,
          orders: 1,
          rejected_orders: 0,
          revenue: { eur: String(store.itemPrice + store.shippingPrice) },
        })
      })

      it("attributes a signup reported by the signed-in route, once", async () => {
        const { anna, insta } = await world()
        const { click_id } = await linkClick("/r/anna-insta")
        const { customer, headers } = await signUp(api, pk, { email: "late@example.com" })
        const first = await api.post("/store/affiliate/signup-attribution", { click_id }, headers)
        expect(first.status).toBe(201)
        expect(first.data).toEqual({ created: true, attribution: expect.objectContaining({ status: "attributed", source: "link" }) })
        const stored = await registrationAttribution(customer.id)
        expect(stored).toMatchObject({ affiliate_id: anna.id, referral_id: insta.id, click_id, source: "link" })
        const second = await api.post("/store/affiliate/signup-attribution", { click_id }, headers)
        expect(second.status).toBe(200)
        expect(second.data.created).toBe(false)
        expect(await affiliate().listAffiliateAttributions({ customer_id: customer.id })).toHaveLength(1)

        const anonymous = await attempt(api.post("/store/affiliate/signup-attribution", { click_id }, storeHeaders(pk)))
        expect(anonymous.status).toBe(401)
        const ghost = await attempt(api.post("/store/affiliate/signup-attribution", { click_id: "affclk_00000000000000000000000000" }, headers))
        expect(ghost.status).toBe(200) // the customer's decision exists already

        // A new customer reporting a click that does not exist: 404, and no decision stored.
        const other = await signUp(api, pk, { email: "other@example.com" })
        const missing = await attempt(api.post("/store/affiliate/signup-attribution", { click_id: "affclk_00000000000000000000000000" }, other.headers))
        expect([missing.status, missing.data.message]).toEqual([404, "Click affclk_00000000000000000000000000 was not found."])
        const noCode = await attempt(api.post("/store/affiliate/signup-attribution", { code: "no-such-code" }, other.headers))
        expect([noCode.status, noCode.data.message]).toEqual([404, 'No voucher code "no-such-code" exists.'])
        expect(await affiliate().listAffiliateAttributions({ customer_id: other.customer.id })).toEqual([])
      })
      it("attributes within the click's own program: its site and its window", async () => {
        const wholesale = (await api.post("/admin/affiliate-programs", { name: "Wholesale", handle: "wholesale", attribution_window_days: 7 }, admin)).data.program
        const b2b = (
          await api.post(
            "/admin/affiliate-sites",
            { name: "B2B", domain: "b2b.example.com", landing_url: "https://b2b.example.com/", sales_channel_id: store.channels.outlet, program_id: wholesale.id },
            admin
          )
        ).data.site
        const rita = await partner("Rita Reseller", { program_id: wholesale.id, email: "rita@example.com" })
        await authorize(rita.id, b2b.id)
        const catalog = await referral(rita.id, { name: "Catalog", slug: "rita-catalog" })
        const { click_id, location } = await linkClick("/r/rita-catalog")
        expect(location.host).toBe("b2b.example.com")
        expect(await clickRow(click_id)).toMatchObject({ program_id: wholesale.id, site_id: b2b.id, referral_id: catalog.id })

        const { customer, headers } = await signUp(api, pk, { email: "buyer@example.com", metadata: { affiliate: { click_id } } })
        const signup = await registrationAttribution(customer.id)
        expect(signup).toMatchObject({ status: "attributed", program_id: wholesale.id, affiliate_id: rita.id, site_id: b2b.id, source: "link" })
        expect(signup.explanation.window_days).toBe(7)
        expect(new Date(signup.window_ends_at).getTime() - new Date(signup.attributed_at).getTime()).toBe(7 * DAY)

        const { order } = await placeOrder({ channel: store.channels.outlet, customer: headers, prepare: (cartId) => attach(cartId, { click_id }) })
        const attribution = await orderAttribution(order.id)
        expect(attribution).toMatchObject({ status: "attributed", program_id: wholesale.id, site_id: b2b.id, affiliate_id: rita.id, source: "link", click_id })
        expect(attribution.explanation.window_days).toBe(7)
        expect(new Date(attribution.window_ends_at).getTime() - new Date((await clickRow(click_id)).created_at).getTime()).toBe(7 * DAY)
      })
    })

    describe("codes at checkout", () => {
      it("attributes an alias typed in lower case to the voucher's canonical code", async () => {
        const { shop, anna, insta } = await world()
        const podcast = await voucher(insta.id, { code: "anna-podcast", aliases: ["Anna 10"] })
        const { order } = await placeOrder({
          prepare: async (cartId) => {
            const attached = await attach(cartId, { code: "anna 10" })
            expect(attached.data.promotion_code).toBeNull()
          },
        })
        const attribution = await orderAttribution(order.id)
        expect(attribution).toMatchObject({
          status: "attributed",
          affiliate_id: anna.id,
          referral_id: insta.id,
          source: "code",
          voucher_id: podcast.id,
          voucher_code: "ANNA-PODCAST",
          click_id: null,
          site_id: shop.id,
          window_ends_at: null,
          utm_source: null,
        })
        // The explanation names the alias the shopper used, in its canonical spelling.
        expect(attribution.explanation.summary).toBe("Attributed to Anna Outdoors (code, code ANNA10, last touch).")
        expect(attribution.explanation.considered).toEqual([
          expect.objectContaining({ kind: "code", ref: "ANNA10", outcome: "chosen", affiliate_id: anna.id, referral_id: insta.id }),
        ])
      })

      it("applies a voucher's incentive promotion to the cart, and attributes codes typed in Medusa's own promotion field", async () => {
        const { anna, insta } = await world()
        const hike = await voucher(insta.id, { code: "HIKE15", aliases: ["hike-anna"], incentive: { type: "percentage", value: 15 } })
        const { order, cart } = await placeOrder({
          prepare: async (cartId) => {
            const attached = await attach(cartId, { code: "hike-anna" })
            expect(attached.data.promotion_code).toBe("HIKE15")
            const { data } = await api.get(`/store/carts/${cartId}?fields=*promotions,discount_total,total,metadata`, storeHeaders(pk))
            expect(data.cart.promotions.map((p: any) => p.code)).toEqual(["HIKE15"])
            expect(data.cart.discount_total).toBeCloseTo(store.itemPrice * 0.15)
            expect(data.cart.metadata.affiliate).toMatchObject({ code: expect.any(String) })
          },
        })
        expect(cart.id).toBeTruthy()
        const viaRoute = await orderAttribution(order.id)
        expect(viaRoute).toMatchObject({ status: "attributed", source: "code", voucher_id: hike.id, voucher_code: "HIKE15", affiliate_id: anna.id })
        // The alias on the cart and the promotion it applied are one voucher: one touch.
        expect(viaRoute.explanation.considered).toEqual([expect.objectContaining({ kind: "code", ref: "HIKE-ANNA", outcome: "chosen" })])
        expect(Number(viaRoute.order_total)).toBeCloseTo(store.itemPrice * 0.85 + store.shippingPrice)

        // Without the plugin's route: the shopper types the code into Medusa's promotion field.
        const save = await voucher(insta.id, { code: "SAVE20", incentive: { type: "percentage", value: 20 } })
        const typed = await placeOrder({
          email: "typist@example.com",
          prepare: async (cartId) => {
            const { data } = await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["SAVE20"] }, storeHeaders(pk))
            expect(data.cart.promotions.map((p: any) => p.code)).toEqual(["SAVE20"])
          },
        })
        const viaMedusa = await orderAttribution(typed.order.id)
        expect(viaMedusa).toMatchObject({ status: "attributed", source: "code", voucher_id: save.id, voucher_code: "SAVE20", affiliate_id: anna.id, referral_id: insta.id })
        expect(viaMedusa.explanation.considered).toEqual([expect.objectContaining({ kind: "code", ref: "SAVE20", outcome: "chosen" })])
      })

      it("applies a linked promotion under its own code and attributes the voucher once", async () => {
        const { anna, insta } = await world()
        const welcome = (
          await api.post(
            "/admin/promotions",
            { code: "WELCOME5", type: "standard", status: "active", application_method: { type: "fixed", target_type: "order", value: 5, currency_code: "eur", allocation: "across" } },
            admin
          )
        ).data.promotion
        const linked = await voucher(insta.id, { code: "ANNA7", promotion_id: welcome.id })
        const { order } = await placeOrder({
          prepare: async (cartId) => {
            const attached = await attach(cartId, { code: "anna7" })
            expect(attached.data.promotion_code).toBe("WELCOME5")
            const { data } = await api.get(`/store/carts/${cartId}?fields=*promotions,discount_total`, storeHeaders(pk))
            expect(data.cart.promotions.map((p: any) => p.code)).toEqual(["WELCOME5"])
            expect(data.cart.discount_total).toBe(5)
          },
        })
        expect(order.promotions.map((p: any) => p.code)).toEqual(["WELCOME5"])
        const attribution = await orderAttribution(order.id)
        expect(attribution).toMatchObject({ status: "attributed", source: "code", voucher_id: linked.id, voucher_code: "ANNA7", affiliate_id: anna.id })
        // The attached code and the promotion used are the same voucher: one touch.
        expect(attribution.explanation.considered).toEqual([expect.objectContaining({ kind: "code", ref: "ANNA7", outcome: "chosen" })])
      })

      it("answers clear 4xx for unknown, inactive and foreign codes and completed carts, changing nothing", async () => {
        const { anna, insta, outlet } = await world()
        const off = await voucher(insta.id, { code: "OLD-CODE" })
        await api.post(`/admin/affiliate-vouchers/${off.id}`, { status: "inactive" }, admin)
        const live = await voucher(insta.id, { code: "LIVE-CODE", aliases: ["RETIRED1"] })
        const retired = live.codes.find((c: any) => c.normalized_code === "RETIRED1")
        await api.post(`/admin/affiliate-vouchers/${live.id}/codes/${retired.id}`, { status: "inactive" }, admin)
        // A voucher bound to the outlet (its referral's site); Anna is approved there too, the cart is on the shop.
        await authorize(anna.id, outlet.id)
        const outletLink = await referral(anna.id, { name: "Outlet blog", slug: "anna-outlet", site_id: outlet.id })
        await voucher(outletLink.id, { code: "OUTLET5" })

        const cart = await createCart(api, pk, store, { email: "careful@example.com" })
        const metadataOf = async (id: string) =>
          (await api.get(`/store/carts/${id}?fields=metadata`, storeHeaders(pk))).data.cart.metadata ?? null
        const before = await metadataOf(cart.id)

        // Unknown, inactive and other sites' codes answer alike: codes cannot be enumerated.
        for (const code of ["nope-123", "old-code", "retired1", "outlet5"]) {
          const refused = await attempt(attach(cart.id, { code }))
          expect([code, refused.status, refused.data.message]).toEqual([code, 404, `The code "${code}" is not valid in this store. Check the spelling.`])
        }
        const badClick = await attempt(attach(cart.id, { click_id: "not-a-click" }))
        expect([badClick.status, badClick.data.message]).toEqual([400, "click_id: not a click id (affclk_...)."])
        const ghostClick = await attempt(attach(cart.id, { click_id: "affclk_00000000000000000000000000" }))
        expect(ghostClick.status).toBe(404)
        const ghostCart = await attempt(attach("cart_missing", { code: "OUTLET5" }))
        expect([ghostCart.status, ghostCart.data.message]).toEqual([404, "Cart cart_missing was not found."])
        expect(await metadataOf(cart.id)).toEqual(before)

        const order = await completeCart(api, pk, store, cart.id)
        expect(order.id).toMatch(/^order_/)
        const completed = await attempt(attach(cart.id, { code: "OUTLET5" }))
        expect([completed.status, completed.data.message]).toEqual([409, "This cart is already completed; attach codes and clicks before checkout."])
        // No touch at all: nothing to attribute.
        expect(await affiliate().listAffiliateAttributions({ order_id: order.id })).toEqual([])
      })
    })

    describe("UTM landings, dedupe and bots", () => {
      it("attributes an order after a UTM-only landing to the store's campaign, with no partner", async () => {
        const { shop } = await world()
        const landed = await reportClick({ utm_source: "Newsletter", utm_campaign: "Spring Sale", landing_url: `https://${SHOP}/sale?x=1` })
        expect(landed.status).toBe(201)
        expect(landed.data.click).toMatchObject({
          is_bot: false,
          attributing: true,
          referral: null,
          site: { id: shop.id, domain: SHOP },
          utm: { utm_source: "newsletter", utm_campaign: "spring_sale" },
          window_days: 30,
        })
        const click_id = landed.data.click.click_id
        expect(await clickRow(click_id)).toMatchObject({ affiliate_id: null, referral_id: null, landing_path: "/sale" })

        const { order } = await placeOrder({ prepare: (cartId) => attach(cartId, { click_id }) })
        const attribution = await orderAttribution(order.id)
        expect(attribution).toMatchObject({
          status: "attributed",
          source: "utm",
          affiliate_id: null,
          referral_id: null,
          click_id,
          utm_source: "newsletter",
          utm_campaign: "spring_sale",
          site_id: shop.id,
        })
        expect(attribution.window_ends_at).not.toBeNull()
        expect(attribution.explanation.summary).toMatch(/^Attributed to the store's campaign newsletter \/ spring_sale \(utm, click of /)
      })

      it("counts a visitor's second click on the same link within the hour as a repeat", async () => {
        const { anna } = await world()
        const first = await linkClick("/r/anna-insta")
        const second = await linkClick("/r/anna-insta", { cookie: `aff_vid=${first.visitor_id}` })
        expect(second.visitor_id).toBe(first.visitor_id)
        expect((await clickRow(first.click_id)).is_unique).toBe(true)
        expect((await clickRow(second.click_id)).is_unique).toBe(false)
        const viaApi = await reportClick({ referral: "anna-insta", visitor_id: first.visitor_id })
        expect(viaApi.data.click).toMatchObject({ is_unique: false, visitor_id: first.visitor_id })
        expect(await report(`affiliate_id=${anna.id}`)).toMatchObject({ clicks: 3, unique_clicks: 1, bot_clicks: 0 })
      })

      it("stores bot clicks apart, never attributes them, and leaves them out of report clicks", async () => {
        const { anna, insta } = await world()
        const crawled = await reportClick({ referral: "anna-insta" }, GOOGLEBOT)
        expect(crawled.data.click).toMatchObject({ is_bot: true, attributing: false })
        const click_id = crawled.data.click.click_id
        // A link preview through the redirect is a bot too.
        const preview = await linkClick("/r/anna-insta", { "user-agent": "facebookexternalhit/1.1" })
        expect((await clickRow(preview.click_id)).is_bot).toBe(true)

        const { order } = await placeOrder({ prepare: (cartId) => attach(cartId, { click_id }) })
        const attribution = await orderAttribution(order.id)
        expect(attribution).toMatchObject({ status: "rejected", affiliate_id: anna.id, referral_id: insta.id, source: "link", click_id, window_ends_at: null })
        expect(attribution.explanation.considered).toEqual([
          expect.objectContaining({ kind: "click", ref: click_id, outcome: "rejected", reason: "bot" }),
        ])
        expect(attribution.explanation.summary).toMatch(/^Not attributed: the click of \d{4}-\d{2}-\d{2} came from a bot or automated client\.$/)
        expect(await report(`affiliate_id=${anna.id}`)).toMatchObject({ clicks: 0, unique_clicks: 0, bot_clicks: 2, orders: 0, rejected_orders: 1 })
      })
    })

    describe("rejections", () => {
      it("rejects a click older than the program's window", async () => {
        const { shop, anna, insta } = await world()
        await setProgram({ attribution_window_days: 30 })
        const old = new Date(Date.now() - 40 * DAY)
        const id = generateEntityId(undefined, "affclk")
        await affiliate().insertClicks([
          {
            id,
            program_id: "affprog_default",
            affiliate_id: anna.id,
            referral_id: insta.id,
            voucher_id: null,
            site_id: shop.id,
            visitor_id: "v-old-visitor",
            ip_hash: null,
            is_bot: false,
            blocked_reason: null,
            landing_path: "/summer",
            referrer_host: null,
            utm_source: "instagram",
            utm_medium: "social",
            utm_campaign: null,
            utm_term: null,
            utm_content: null,
            created_at: old,
          },
        ])
        const { order } = await placeOrder({ prepare: (cartId) => attach(cartId, { click_id: id }) })
        const attribution = await orderAttribution(order.id)
        expect(attribution).toMatchObject({ status: "rejected", affiliate_id: anna.id, click_id: id, source: "link", window_ends_at: null })
        const ended = day(new Date(old.getTime() + 30 * DAY))
        expect(attribution.explanation.considered).toEqual([
          expect.objectContaining({
            kind: "click",
            ref: id,
            outcome: "rejected",
            reason: "window_expired",
            detail: `The click of ${day(old)} is outside the 30-day window: it ended ${ended}, before the order of ${day(order.created_at ?? new Date())}.`,
          }),
        ])
        expect(attribution.explanation.summary).toContain("Not attributed: the click of")
      })

      it("rejects an order placed on a site the partner is not approved for", async () => {
        const { outlet, anna } = await world()
        const { click_id } = await linkClick("/r/anna-insta")
        const { order } = await placeOrder({ channel: store.channels.outlet, prepare: (cartId) => attach(cartId, { click_id }) })
        expect(order.sales_channel_id).toBe(store.channels.outlet)
        const attribution = await orderAttribution(order.id)
        expect(attribution).toMatchObject({ status: "rejected", affiliate_id: anna.id, site_id: outlet.id, click_id })
        expect(attribution.explanation.site_id).toBe(outlet.id)
        expect(attribution.explanation.considered).toEqual([
          expect.objectContaining({ outcome: "rejected", reason: "site_not_authorized", detail: "Anna Outdoors is not authorized for this site." }),
        ])
        expect(attribution.explanation.summary).toBe("Not attributed: Anna Outdoors is not authorized for this site.")
      })

      it("rejects a partner's own orders: by customer account, and by email for a guest", async () => {
        const { shop } = await world()
        const { customer, headers } = await signUp(api, pk, { email: "cleo@example.com" })
        const cleo = await partner("Cleo Creator", { customer_id: customer.id, email: "cleo@example.com" })
        await authorize(cleo.id, shop.id)
        await referral(cleo.id, { name: "Blog", slug: "cleo-blog" })
        const own = await linkClick("/r/cleo-blog")

        const { order } = await placeOrder({ customer: headers, prepare: (cartId) => attach(cartId, { click_id: own.click_id }) })
        const attribution = await orderAttribution(order.id)
        expect(attribution).toMatchObject({ status: "rejected", affiliate_id: cleo.id, customer_id: customer.id, source: "link" })
        expect(attribution.explanation.considered).toEqual([
          expect.objectContaining({ reason: "self_referral", detail: "Cleo Creator cannot earn from their own order." }),
        ])

        // Dan has no customer account: his guest order with his own email is his own too.
        const dan = await partner("Dan Deals", { email: "dan@example.com" })
        await authorize(dan.id, shop.id)
        await referral(dan.id, { name: "Deals", slug: "dan-deals" })
        const dans = await linkClick("/r/dan-deals")
        const guest = await placeOrder({ email: "dan@example.com", prepare: (cartId) => attach(cartId, { click_id: dans.click_id }) })
        const guestAttribution = await orderAttribution(guest.order.id)
        expect(guestAttribution).toMatchObject({ status: "rejected", affiliate_id: dan.id })
        expect(guestAttribution.explanation.considered[0]).toMatchObject({ reason: "self_referral" })
      })

      it("keeps a suspended partner's link working but never attributes its clicks", async () => {
        const { anna } = await world()
        const suspended = await api.post(`/admin/affiliates/${anna.id}/status`, { status: "suspended", reason: "Under review" }, admin)
        expect(suspended.data.affiliate.status).toBe("suspended")
        const { location, click_id } = await linkClick("/r/anna-insta")
        expect(location.host).toBe(SHOP)
        expect(await clickRow(click_id)).toMatchObject({ blocked_reason: "affiliate_suspended", affiliate_id: anna.id })
        const viaApi = await reportClick({ referral: "anna-insta" })
        // The public answer does not tell the partner's status.
        expect(viaApi.data.click).toMatchObject({ attributing: false })
        expect(viaApi.data.click).not.toHaveProperty("blocked_reason")

        const { order } = await placeOrder({ prepare: (cartId) => attach(cartId, { click_id }) })
        const attribution = await orderAttribution(order.id)
        expect(attribution).toMatchObject({ status: "rejected", affiliate_id: anna.id })
        expect(attribution.explanation.considered[0]).toMatchObject({
          ref: click_id,
          reason: "blocked_at_click",
          detail: expect.stringContaining("the partner's account was suspended"),
        })
      })
    })

    describe("idempotency", () => {
      it("stores one attribution however often order.placed is delivered", async () => {
        const { anna } = await world()
        const { click_id } = await linkClick("/r/anna-insta")
        const { order } = await placeOrder({ prepare: (cartId) => attach(cartId, { click_id }) })
        const first = await orderAttribution(order.id)
        const before = await report(`affiliate_id=${anna.id}`)
        expect(before.orders).toBe(1)

        const eventBus = getContainer().resolve(Modules.EVENT_BUS) as any
        await eventBus.emit({ name: "order.placed", data: { id: order.id } })
        await eventBus.emit({ name: "order.placed", data: { id: order.id } })
        const runs = await Promise.all(
          Array.from({ length: 5 }, () => attributeOrderWorkflow(getContainer()).run({ input: { order_id: order.id } }))
        )
        expect(runs.map((r) => r.result)).toEqual(Array(5).fill(expect.objectContaining({ id: first.id, created: false })))
        // Let the replayed deliveries run their course (bounded), watching the row count all along.
        const settle = Date.now() + 1500
        while (Date.now() < settle) {
          expect(await affiliate().listAffiliateAttributions({ order_id: order.id })).toHaveLength(1)
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(await report(`affiliate_id=${anna.id}`)).toEqual(before)
      })
    })

    describe("referral link targets", () => {
      it("refuses foreign hosts before storing anything and keeps site paths on the site", async () => {
        await world()
        for (const to of ["https://evil.example", "//evil.example", `https://${SHOP}@evil.example`, "/\\evil.example", "javascript:alert(1)"]) {
          const res = await visit(`/r/anna-insta?to=${encodeURIComponent(to)}`)
          expect([to, res.status]).toEqual([to, 400])
          expect(res.headers.location).toBeUndefined()
          expect(res.data).toContain("Link refused")
        }
        expect(await clickCount()).toBe(0)

        const sale = await linkClick("/r/anna-insta?to=/sale")
        expect(sale.location.origin).toBe(`https://${SHOP}`)
        expect(sale.location.pathname).toBe("/sale")
        const onSite = await linkClick(`/r/anna-insta?to=${encodeURIComponent(`https://${OUTLET}/deals`)}`)
        expect(onSite.location.host).toBe(OUTLET)
        expect(await clickCount()).toBe(2)
        expect((await visit("/r/no-such-link")).status).toBe(404)
      })
    })

    describe("precedence and first / last touch", () => {
      it("lets a code win over a click by default, and the click win when the program ranks clicks first", async () => {
        const { anna, insta } = await world()
        await voucher(insta.id, { code: "ANNA5" })
        const both = (click_id: string) => (cartId: string) => attach(cartId, { click_id, code: "anna5" })

        const clickA = await linkClick("/r/anna-insta")
        const byDefault = await orderAttribution((await placeOrder({ prepare: both(clickA.click_id) })).order.id)
        expect(byDefault).toMatchObject({ status: "attributed", source: "code", voucher_code: "ANNA5", click_id: null, affiliate_id: anna.id })
        expect(byDefault.explanation.considered).toEqual([
          expect.objectContaining({ kind: "code", outcome: "chosen" }),
          expect.objectContaining({ kind: "click", ref: clickA.click_id, outcome: "valid", reason: "outranked", detail: "A code typed at checkout ranks above links." }),
        ])

        const updated = await setProgram({ attribution_precedence: ["click", "code", "registration"] })
        expect(updated.data.program.attribution_precedence).toEqual(["click", "code", "registration"])
        const clickB = await linkClick("/r/anna-insta")
        const clicksFirst = await orderAttribution((await placeOrder({ email: "b@example.com", prepare: both(clickB.click_id) })).order.id)
        expect(clicksFirst).toMatchObject({ status: "attributed", source: "link", click_id: clickB.click_id, voucher_code: null })
        expect(clicksFirst.explanation.precedence).toEqual(["click", "code", "registration"])
        expect(clicksFirst.explanation.considered.map((c: any) => [c.kind, c.outcome])).toEqual([
          ["click", "chosen"],
          ["code", "valid"],
        ])
      })

      it("credits the last click of a visitor by default and the first with first touch", async () => {
        const { anna, insta } = await world()
        const news = await referral(anna.id, { name: "Newsletter", slug: "anna-news" })
        const first = await linkClick("/r/anna-insta")
        const second = await linkClick("/r/anna-news", { cookie: `aff_vid=${first.visitor_id}` })
        expect(second.visitor_id).toBe(first.visitor_id)

        // The cart knows only the visitor; both clicks are that visitor's.
        const last = await orderAttribution((await placeOrder({ prepare: (cartId) => attach(cartId, { visitor_id: first.visitor_id }) })).order.id)
        expect(last).toMatchObject({ status: "attributed", click_id: second.click_id, referral_id: news.id })
        expect(last.explanation.considered).toEqual([
          expect.objectContaining({ ref: second.click_id, outcome: "chosen" }),
          expect.objectContaining({ ref: first.click_id, outcome: "valid", reason: "outranked", detail: expect.stringMatching(/^A later click of .* is the last touch\.$/) }),
        ])

        await setProgram({ attribution_model: "first_touch" })
        const firstTouch = await orderAttribution(
          (await placeOrder({ email: "ft@example.com", prepare: (cartId) => attach(cartId, { click_id: second.click_id }) })).order.id
        )
        expect(firstTouch).toMatchObject({ status: "attributed", click_id: first.click_id, referral_id: insta.id })
        expect(firstTouch.explanation.model).toBe("first_touch")
        expect(firstTouch.explanation.summary).toContain("first touch")
      })
    })

    describe("guest orders", () => {
      it("attributes a guest order to the click, on the guest customer", async () => {
        const { anna } = await world()
        const { click_id } = await linkClick("/r/anna-insta")
        const { order } = await placeOrder({ email: "guest@example.com", prepare: (cartId) => attach(cartId, { click_id }) })
        const attribution = await orderAttribution(order.id)
        expect(attribution).toMatchObject({ status: "attributed", affiliate_id: anna.id, source: "link", click_id, customer_id: order.customer_id })
        const [guest] = await (getContainer().resolve(Modules.CUSTOMER) as any).listCustomers({ id: order.customer_id })
        expect(guest).toMatchObject({ email: "guest@example.com", has_account: false })
      })
    })

    describe("malformed input (property-based)", () => {
      const FIELDS = ["referral", "code", "visitor_id", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content",
        "landing_url", "referrer", "user_agent", "ip", "site"]
      // Only numbers JSON can carry: NaN and ±Infinity would be sent as null, which is a valid (absent) tag.
      const notString = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }))
      const unknownKey = fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !FIELDS.includes(k) && k !== "__proto__")
      const anyJson = fc.jsonValue({ maxDepth: 3 })
      const huge = (min: number) => fc.string({ minLength: min, maxLength: min + 50, unit: "binary" }).map((s) => (s.trim().length > min ? s : s + "x".repeat(min + 1)))
      /** Characters that break naive code: NUL, unpaired surrogates, bidi and zero-width marks, combining marks, quotes, any code point. */
      const oddChar = fc.oneof(
        fc.constantFrom("\u0000", "\ud800", "\udfff", "\u202e", "\ufeff", "\u200b", "\u0301", "\t", "\n", " ", "%", "'", '"', "\\", "/", "@", "😀", "İ", "ß", "a", "-"),
        fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp))
      )
      const oddString = (maxLength = 40) => fc.string({ unit: oddChar, maxLength })

      /** Sends a raw body (already JSON text, or not JSON at all) with content-type JSON. */
      const raw = (url: string, body: string, headers: Record<string, string>) =>
        attempt(api.post(url, body, { headers: { "content-type": "application/json", ...headers }, transformRequest: [(d: unknown) => d] }))
      /** Percent-encodes the UTF-8 bytes of any string (unpaired surrogates become U+FFFD, as a browser sends them). */
      const enc = (s: string) => [...Buffer.from(s, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("")

      /** Collects answers that are not a 4xx with a message, so a failure lists them all. */
      function checker() {
        const problems: string[] = []
        const statuses = new Map<number, number>()
        const check = (label: string, res: any) => {
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
          const ok = res.status >= 400 && res.status < 500 && typeof res.data?.message === "string" && res.data.message.length > 0
          if (!ok) problems.push(`${label} -> ${res.status} ${JSON.stringify(res.data).slice(0, 200)}`)
          return ok
        }
        return { problems, statuses, check }
      }

      /** One thing wrong on purpose, on top of fields that may be fine. */
      const clickBodies = fc.oneof(
        fc.record({ key: unknownKey, value: anyJson }).map(({ key, value }) => ({ utm_source: "ok", [key]: value })),
        fc.record({ field: fc.constantFrom(...FIELDS), value: notString }).map(({ field, value }) => ({ utm_source: "ok", [field]: value })),
        fc.record({ field: fc.constantFrom("referral", "code", "visitor_id", "ip"), value: fc.constant(null) }).map(({ field, value }) => ({ [field]: value })),
        fc.constantFrom("utm_source", "utm_campaign").chain((f) => huge(201).map((v) => ({ [f]: v }))),
        huge(2049).map((v) => ({ utm_source: "ok", landing_url: v })),
        fc.string({ maxLength: 40 }).filter((v) => !/^[A-Za-z0-9_-]{8,64}$/.test(v)).map((v) => ({ utm_source: "ok", visitor_id: v })),
        fc.string({ maxLength: 30 }).map((v) => ({ utm_source: "ok", ip: `x${v}` })),
        oddString().map((v) => ({ referral: `zz-${v}` })),
        oddString().map((v) => ({ code: `ZZ${v}` })),
        fc.record({ referral: fc.string({ minLength: 1, maxLength: 10 }), code: fc.string({ minLength: 1, maxLength: 10 }) }),
        fc.constantFrom({}, { utm_medium: "only-medium" }, { utm_source: null, utm_campaign: "   " }),
        fc.oneof(fc.array(anyJson, { maxLength: 3 }), fc.string(), fc.integer(), fc.constant(null), fc.boolean())
      )
      const notJson = fc.constantFrom("{", '{"utm_source":', "utm_source=x", "{'utm_source':'x'}", "[1,2", '{"a":1}}', "\u0000", '{"utm_source": "\\ud800"')

      it("answers every malformed click with a 4xx and a message, storing nothing", async () => {
        await world()
        const key = { "x-publishable-api-key": pk, "user-agent": BROWSER }
        const { problems, statuses, check } = checker()
        await fc.assert(
          // Every answer is collected (not thrown at the first), so a failure lists each input with what came back.
          fc.asyncProperty(clickBodies, async (body) => (check(JSON.stringify(body).slice(0, 200), await raw("/affiliate/clicks", JSON.stringify(body), key)), true)),
          { numRuns: 100 }
        )
        await fc.assert(
          fc.asyncProperty(notJson, async (text) => (check(`text ${text}`, await raw("/affiliate/clicks", text, key)), true)),
          { numRuns: 10 }
        )
        // A valid body without a key, or with a wrong one.
        check("no key", await raw("/affiliate/clicks", JSON.stringify({ utm_source: "ok" }), { "user-agent": BROWSER }))
        check("bad key", await raw("/affiliate/clicks", JSON.stringify({ utm_source: "ok" }), { ...key, "x-publishable-api-key": "pk_nope" }))
        check("proto", await raw("/affiliate/clicks", '{"__proto__": {"utm_source": "x"}}', key))
        // One of each refusal for certain, whatever the random inputs were.
        check("unknown link", await raw("/affiliate/clicks", JSON.stringify({ referral: "zz-no-such-link" }), key))
        check("both link and code", await raw("/affiliate/clicks", JSON.stringify({ referral: "anna-insta", code: "ANY" }), key))
        // zod's own IPv6 check once let this through (found by the fuzzer above).
        for (const ip of ["x@&?", "1.2.3", "::g", "999.1.1.1", "localhost"]) check(`ip ${ip}`, await raw("/affiliate/clicks", JSON.stringify({ utm_source: "ok", ip }), key))
        expect(problems).toEqual([])
        // Refusals of both kinds were exercised: bad input (400) and unknown links and codes (404).
        expect([...statuses.keys()].sort()).toEqual([400, 404])
        expect(await clickCount()).toBe(0)
        expect((await api.get("/admin/affiliate-reports?by=", admin)).data.totals).toMatchObject({ clicks: 0, bot_clicks: 0 })
      })

      it("stores well-formed clicks with any Unicode in their tags, and never answers 5xx", async () => {
        await world()
        const key = { "x-publishable-api-key": pk, "user-agent": BROWSER }
        const tags = fc.record(
          {
            utm_source: oddString(),
            utm_medium: oddString(),
            utm_campaign: oddString(250),
            utm_term: oddString(),
            utm_content: oddString(),
            landing_url: oddString().map((v) => `https://${SHOP}/${v}`),
            referrer: oddString(),
            user_agent: oddString(),
            site: oddString(),
            referral: fc.oneof(fc.constant("anna-insta"), oddString()),
          },
          { requiredKeys: [] }
        )
        const seen = new Set<number>()
        await fc.assert(
          fc.asyncProperty(tags, async (body) => {
            const before = await clickCount()
            const res = await raw("/affiliate/clicks", JSON.stringify(body), key)
            seen.add(res.status)
            const after = await clickCount()
            if (res.status === 201) {
              const stored = await clickRow(res.data.click.click_id)
              const values = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"].map((f) => stored[f])
              return after === before + 1 && values.every((v) => v === null || (!v.includes("\u0000") && v.length <= 100))
            }
            return res.status >= 400 && res.status < 500 && typeof res.data?.message === "string" && after === before
          }),
          { numRuns: 60 }
        )
        // One well-formed click with odd but valid Unicode for certain (the input guard refuses NUL and lone surrogates).
        const unicode = { referral: "anna-insta", utm_source: "İnstagram 😀", utm_campaign: "sommer\u202e ß", utm_content: "\u200b\u0301" }
        const stored = await raw("/affiliate/clicks", JSON.stringify(unicode), key)
        seen.add(stored.status)
        expect(stored.status).toBe(201)
        expect(await clickRow(stored.data.click.click_id)).toMatchObject({
          utm_source: normalizeUtmValue(unicode.utm_source),
          utm_campaign: normalizeUtmValue(unicode.utm_campaign),
          utm_content: normalizeUtmValue(unicode.utm_content),
        })
        expect(seen.has(201)).toBe(true)
      })

      it("sends referral links only to registered sites, whatever the query", async () => {
        await world()
        const targets = fc.oneof(
          oddString(),
          oddString().map((v) => `/${v}`),
          oddString().map((v) => `//${v}`),
          fc.webUrl(),
          fc.constantFrom(`https://${SHOP}`, `https://${OUTLET}/x`, "HTTPS://SHOP.EXAMPLE.COM/a", `https://${SHOP}.evil.example/`, `https://evil.example/${SHOP}`,
            `https://${SHOP}@evil.example`, `https://user:pw@${SHOP}/`, `//${SHOP}/x`, `https:${SHOP}`, `https:/\\${SHOP}`, `/\\evil.example`,
            `https://${SHOP}:8443/`, `http://${SHOP}./`, `ftp://${SHOP}/`, "javascript:alert(1)", `https://${SHOP}%2f@evil.example`),
          fc.tuple(fc.constantFrom(`https://${SHOP}`, `https://${OUTLET}`, "https://evil.example"), oddString()).map(([h, p]) => `${h}${p}`)
        )
        const query = fc.record(
          { to: targets, utm_campaign: oddString(), utm_source: fc.uint8Array({ maxLength: 12 }) },
          { requiredKeys: ["to"] }
        )
        const seen = new Set<number>()
        await fc.assert(
          fc.asyncProperty(query, async (q) => {
            const parts = [`to=${enc(q.to)}`]
            if (q.utm_campaign !== undefined) parts.push(`utm_campaign=${enc(q.utm_campaign)}`)
            // Raw bytes, valid UTF-8 or not.
            if (q.utm_source !== undefined) parts.push(`utm_source=${[...q.utm_source].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("")}`)
            const before = await clickCount()
            const res = await visit(`/r/anna-insta?${parts.join("&")}`)
            seen.add(res.status)
            const after = await clickCount()
            if (res.status === 302) {
              const url = new URL(res.headers.location)
              return (
                ["https:", "http:"].includes(url.protocol) && [SHOP, OUTLET].includes(url.hostname.replace(/\.$/, "")) && url.port === "" &&
                !url.username && !url.password &&
                url.searchParams.get("aff_click") !== null && after === before + 1
              )
            }
            return res.status === 400 && res.headers.location === undefined && after === before
          }),
          { numRuns: 100 }
        )
        // Each outcome for certain, whatever the random inputs were (the input guard refuses many of them).
        for (const [to, status] of [[`https://${SHOP}/x`, 302], ["https://evil.example/", 400]] as const) {
          const res = await visit(`/r/anna-insta?to=${enc(to)}`)
          seen.add(res.status)
          expect([to, res.status]).toEqual([to, status])
        }
        expect([...seen].sort()).toEqual([302, 400])
        // Unknown slugs are a 404 page; NUL bytes are refused (400) before the route runs.
        for (const slug of ["no-such-link", "%F0%9F%98%80", "..%2f..%2fadmin"]) {
          expect([slug, (await visit(`/r/${slug}`)).status]).toEqual([slug, 404])
        }
        for (const slug of ["%00", "a%00b", "ANNA-INSTA%00"]) {
          expect([slug, (await visit(`/r/${slug}`)).status]).toEqual([slug, 400])
        }
      })

      it("answers every malformed cart attribution with a 4xx and a message, leaving the cart alone", async () => {
        await world()
        const cart = await createCart(api, pk, store, { email: "fuzz@example.com" })
        const cartUrl = `/store/affiliate/carts/${cart.id}/attribution`
        const cartNow = async () => (await api.get(`/store/carts/${cart.id}?fields=metadata,*promotions`, storeHeaders(pk))).data.cart
        const before = await cartNow()
        const key = { "x-publishable-api-key": pk }
        const { problems, statuses, check } = checker()
        const ATTACH = ["click_id", "code", "visitor_id"]
        const bodies = fc.oneof(
          fc.record({ key: unknownKey.filter((k) => !ATTACH.includes(k)), value: anyJson }).map(({ key, value }) => ({ code: "ANY", [key]: value })),
          fc.record({ field: fc.constantFrom(...ATTACH), value: fc.oneof(notString, fc.constant(null)) }).map(({ field, value }) => ({ [field]: value })),
          huge(101).map((v) => ({ code: v })),
          huge(65).map((v) => ({ click_id: v })),
          fc.string({ maxLength: 70 }).filter((v) => !/^[A-Za-z0-9_-]{8,64}$/.test(v)).map((v) => ({ visitor_id: v })),
          oddString().map((v) => ({ click_id: `x${v}` })),
          fc.stringMatching(/^affclk_[0-9A-Z]{26}$/).map((v) => ({ click_id: v })),
          oddString().map((v) => ({ code: `ZZ${v}` })),
          oddString().map((v) => ({ visitor_id: "abcdefgh", code: `Z${v}Z` })),
          fc.constantFrom({}, { click_id: "   " }, { code: "" }),
          fc.oneof(fc.array(anyJson, { maxLength: 3 }), fc.string(), fc.integer(), fc.constant(null))
        )
        await fc.assert(
          fc.asyncProperty(bodies, async (body) => check(JSON.stringify(body).slice(0, 200), await raw(cartUrl, JSON.stringify(body), key))),
          { numRuns: 100 }
        )
        await fc.assert(fc.asyncProperty(notJson, async (text) => check(`text ${text}`, await raw(cartUrl, text, key))), { numRuns: 10 })
        check("no key", await raw(cartUrl, JSON.stringify({ code: "ANY" }), {}))
        check("bad key", await raw(cartUrl, JSON.stringify({ code: "ANY" }), { "x-publishable-api-key": "pk_nope" }))
        check("unknown cart", await raw("/store/affiliate/carts/cart_nope/attribution", JSON.stringify({ code: "ANY" }), key))
        check("proto", await raw(cartUrl, '{"__proto__": {"code": "x"}, "constructor": {"prototype": {}}}', key))
        check("nul code", await raw(cartUrl, '{"code": "ANNA\\u0000"}', key))
        expect(problems).toEqual([])
        expect([...statuses.keys()].sort()).toEqual([400, 404])
        const after = await cartNow()
        expect(after.metadata ?? null).toEqual(before.metadata ?? null)
        expect(after.promotions).toEqual(before.promotions)

        // The signed-in signup route reads the same fields the same way.
        const { headers } = await signUp(api, pk, { email: "fuzz-signup@example.com" })
        const auth = { ...key, authorization: headers.headers.authorization }
        const signupProblems = checker()
        signupProblems.check("nul code", await raw("/store/affiliate/signup-attribution", '{"code": "a\\u0000b"}', auth))
        signupProblems.check("nul click", await raw("/store/affiliate/signup-attribution", '{"click_id": "affclk_\\u0000"}', auth))
        signupProblems.check("unknown field", await raw("/store/affiliate/signup-attribution", '{"click": "x"}', auth))
        expect(signupProblems.problems).toEqual([])
      })
    })
  },
})
