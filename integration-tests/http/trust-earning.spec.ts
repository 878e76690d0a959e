import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type AffiliateModuleService from "../../src/modules/affiliate/service"
import { releaseBountyOnOrderWorkflow } from "../../src/workflows/pay/earn"
import { attempt, createAdminUser, createPublishableKey, Headers, registerCustomer } from "../helpers/actors"
import { buildStore, completeCart, createCart, eventually, signUp, TestStore } from "../helpers/store"

jest.setTimeout(300 * 1000)

const SHOP = "shop.example.com"
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
const DAY = 24 * 60 * 60 * 1000

/**
 * Earnings partners and operators can trust: a signup bounty cannot be
 * minted by registering throwaway or old accounts (it waits for a first
 * order or a review, only fresh accounts count, once per customer, under
 * daily caps), and every conversion that earns nothing says why.
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
      store = await buildStore(getContainer(), pk)
    })

    const affiliate = () => getContainer().resolve("affiliate") as AffiliateModuleService
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
    const setProgram = (body: Record<string, unknown>) => api.post("/admin/affiliate-programs/affprog_default", body, admin)
    const rule = async (body: Record<string, unknown>) => (await api.post("/admin/affiliate-commission-rules", body, admin)).data.commission_rule

    /** The shop site; Anna (external, with a portal login) approved for it with one link; a €3 signup bounty and 10 % on orders. */
    async function world(program: Record<string, unknown> = {}) {
      await setProgram({ hold_days: 0, payout_minimums: { eur: 1 }, ...program })
      const shop = (await api.post("/admin/affiliate-sites", { name: "Shop", domain: SHOP, landing_url: `https://${SHOP}/`, sales_channel_id: store.channels.main }, admin)).data.site
      const login = await registerCustomer(api, pk, { email: "anna@example.com" })
      const anna = (await api.post("/admin/affiliates", { name: "Anna Outdoors", kind: "external", status: "active", email: "anna@example.com", customer_id: login.customer.id }, admin)).data.affiliate
      await api.post(`/admin/affiliates/${anna.id}/site-authorizations`, { site_id: shop.id }, admin)
      const link = (await api.post("/admin/affiliate-referrals", { affiliate_id: anna.id, name: "Blog", slug: "anna-blog", site_id: shop.id }, admin)).data.referral
      await rule({ name: "Signup bounty", event: "registration", type: "flat", flat_amounts: { eur: 3 } })
      return { shop, anna, link, portal: login.headers }
    }

    async function followLink(slug: string) {
      const res = await api.get(`/r/${slug}`, { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": BROWSER } })
      expect(res.status).toBe(302)
      return new URL(res.headers.location).searchParams.get("aff_click")!
    }

    /** A visitor follows the link, registers, and the storefront reports the signup. */
    async function referredSignup(slug: string, email: string) {
      const click_id = await followLink(slug)
      const shopper = await signUp(api, pk, { email })
      const reported = await api.post("/store/affiliate/signup-attribution", { click_id }, shopper.headers)
      return { ...shopper, click_id, reported }
    }

    const registrationOf = async (customerId: string) =>
      (await affiliate().listAffiliateAttributions({ idempotency_key: `registration:${customerId}` }, { take: 1 }))[0] as any
    const bounties = async (affiliateId: string) =>
      (await api.get(`/admin/affiliate-commissions?affiliate_id=${affiliateId}&entry_type=commission`, admin)).data.commissions.filter((c: any) => c.event === "registration")
    const buy = async (customer: Headers) => {
      const cart = await createCart(api, pk, store, { customer })
      return completeCart(api, pk, store, cart.id, customer)
    }

    describe("registration bounties wait for evidence", () => {
      it("a throwaway signup earns no payable bounty until the customer's first order; canceling that order reverses it", async () => {
        const { anna } = await world()
        const robin = await referredSignup("anna-blog", "robin@example.com")
        expect(robin.reported.status).toBe(201)
        expect(robin.reported.data.attribution).toMatchObject({ status: "attributed", reason: null })

        const signup = await registrationOf(robin.customer.id)
        expect(signup).toMatchObject({ status: "attributed", affiliate_id: anna.id, commission_status: "awaiting", commission_reason: "awaiting_first_order" })
        // Nothing in the ledger: nothing to approve, nothing to pay.
        expect(await bounties(anna.id)).toEqual([])
        expect((await api.post("/admin/affiliate-commissions/approve-due", {}, admin)).data.approved).toBe(0)
        expect((await api.post("/admin/affiliate-payouts", {}, admin)).data.payouts).toEqual([])

        // The first order releases it, tied to that order; a replayed release adds nothing.
        const order = await buy(robin.headers)
        const [bounty] = await eventually(async () => {
          const found = await bounties(anna.id)
          return found.length ? found : null
        }, "the released bounty")
        expect(bounty).toMatchObject({ amount: 3, currency_code: "eur", status: "pending", order_id: order.id, customer_id: robin.customer.id, created_by: "order.placed" })
        expect(bounty.explanation.steps.map((s: any) => s.label)).toContain("Release")
        await releaseBountyOnOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
        expect(await bounties(anna.id)).toHaveLength(1)
        expect(await registrationOf(robin.customer.id)).toMatchObject({ commission_status: "earned", commission_reason: null })

        // Canceled before approval: the bounty is reversed like any commission of the order.
        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        const reversal = await eventually(
          async () => (await api.get(`/admin/affiliate-commissions?affiliate_id=${anna.id}&entry_type=reversal`, admin)).data.commissions.find((c: any) => c.reverses_id === bounty.id),
          "the bounty's reversal"
        )
        expect(reversal).toMatchObject({ amount: -3, created_by: "order.canceled" })
      })

      it("under review, only an operator releases the bounty (once); the partner sees it waiting", async () => {
        const { anna, portal } = await world({ registration_bounty_release: "review" })
        const robin = await referredSignup("anna-blog", "robin@example.com")
        const signup = await registrationOf(robin.customer.id)
        expect(signup).toMatchObject({ commission_status: "awaiting", commission_reason: "awaiting_review" })

        // An order does not release a bounty under review.
        const order = await buy(robin.headers)
        await eventually(async () => (await affiliate().listAffiliateAttributions({ order_id: order.id }))[0], "the order's attribution")
        await releaseBountyOnOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
        expect(await bounties(anna.id)).toEqual([])

        const mine = (await api.get("/store/affiliate/me/conversions?conversion=registration", portal)).data.conversions
        expect(mine).toEqual([expect.objectContaining({ id: signup.id, commission: expect.objectContaining({ status: "awaiting", reason: "awaiting_review" }) })])

        const released = await api.post(`/admin/affiliate-attributions/${signup.id}/release-bounty`, {}, admin)
        expect(released.status).toBe(201)
        expect(released.data.commission).toMatchObject({ event: "registration", amount: 3, status: "pending", order_id: null, affiliate_id: anna.id })
        expect(released.data.commission.created_by).toMatch(/^user:/)
        const again = await attempt(api.post(`/admin/affiliate-attributions/${signup.id}/release-bounty`, {}, admin))
        expect(again.status).toBe(409)
        expect(again.data.message).toContain("no registration bounty waiting")
        expect(await bounties(anna.id)).toHaveLength(1)
        const missing = await attempt(api.post("/admin/affiliate-attributions/affattr_missing/release-bounty", {}, admin))
        expect(missing.status).toBe(404)
      })
    })

    describe("only fresh signups, once per customer", () => {
      it("refuses a signup reported long after the account was created, with the reason, and answers the same again", async () => {
        const { anna } = await world()
        const click_id = await followLink("anna-blog")
        const old = await signUp(api, pk, { email: "old@example.com" })
        await pg().raw(`update customer set created_at = now() - interval '400 days' where id = ?`, [old.customer.id])
        // The click was made "now": it must be older than the account to count at all; move it back too.
        await pg().raw(`update affiliate_click set created_at = now() - interval '401 days' where id = ?`, [click_id])

        const first = await api.post("/store/affiliate/signup-attribution", { click_id }, old.headers)
        expect(first.data.attribution).toMatchObject({ status: "rejected", reason: "signup_too_late" })
        expect(first.data.attribution.detail).toContain("400 days after the account was created")
        const stored = await registrationOf(old.customer.id)
        expect(stored).toMatchObject({ status: "rejected", commission_status: "none", commission_reason: "signup_too_late" })
        // Judged when the account was created, not now.
        expect(new Date(stored.attributed_at).getTime()).toBeLessThan(Date.now() - 399 * DAY)

        const second = await api.post("/store/affiliate/signup-attribution", { click_id }, old.headers)
        expect(second.status).toBe(200)
        expect(second.data.attribution).toMatchObject({ id: stored.id, status: "rejected", reason: "signup_too_late" })
        expect(await bounties(anna.id)).toEqual([])
        const detail = (await api.get(`/admin/affiliate-attributions/${stored.id}`, admin)).data.attribution
        expect(detail.commission_outcome).toMatchObject({ status: "none", reason: "signup_too_late" })
      })

      it("stores one attribution when the same signup is reported five times at once", async () => {
        await world()
        const click_id = await followLink("anna-blog")
        const robin = await signUp(api, pk, { email: "robin@example.com" })
        const answers = await Promise.all(
          Array.from({ length: 5 }, () => attempt(api.post("/store/affiliate/signup-attribution", { click_id }, robin.headers)))
        )
        expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201])
        expect(new Set(answers.map((a) => a.data.attribution.id)).size).toBe(1)
        expect(await affiliate().listAffiliateAttributions({ customer_id: robin.customer.id })).toHaveLength(1)
      })
    })

    describe("daily caps on credited registrations", () => {
      it("over the per-IP-hash cap a signup is still recorded, earns nothing, and says so", async () => {
        await world({ registration_daily_cap_per_ip: 2, registration_daily_cap_per_partner: null })
        const outcomes: any[] = []
        for (const email of ["a@example.com", "b@example.com", "c@example.com"]) {
          const shopper = await referredSignup("anna-blog", email)
          outcomes.push(await registrationOf(shopper.customer.id))
        }
        expect(outcomes.map((o) => [o.status, o.commission_status, o.commission_reason])).toEqual([
          ["attributed", "awaiting", "awaiting_first_order"],
          ["attributed", "awaiting", "awaiting_first_order"],
          ["attributed", "none", "cap_reached"],
        ])
        expect(outcomes[2].ip_hash).toBe(outcomes[0].ip_hash)
        expect(outcomes[2].commission_detail).toContain("network address")
      })

      it("over the per-partner cap a signup earns nothing, and a later order does not release it", async () => {
        const { anna } = await world({ registration_daily_cap_per_ip: null, registration_daily_cap_per_partner: 1 })
        await referredSignup("anna-blog", "a@example.com")
        const second = await referredSignup("anna-blog", "b@example.com")
        expect(await registrationOf(second.customer.id)).toMatchObject({ status: "attributed", commission_status: "none", commission_reason: "cap_reached" })
        const order = await buy(second.headers)
        await eventually(async () => (await affiliate().listAffiliateAttributions({ order_id: order.id }))[0], "the order's attribution")
        await releaseBountyOnOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })
        expect(await bounties(anna.id)).toEqual([])
      })

      it("credits one of two signups reported at the same moment under a cap of one", async () => {
        await world({ registration_daily_cap_per_ip: null, registration_daily_cap_per_partner: 1 })
        const click_id = await followLink("anna-blog")
        const a = await signUp(api, pk, { email: "a@example.com" })
        const b = await signUp(api, pk, { email: "b@example.com" })
        await Promise.all([a, b].map((s) => api.post("/store/affiliate/signup-attribution", { click_id }, s.headers)))
        const outcomes = [await registrationOf(a.customer.id), await registrationOf(b.customer.id)].map((o) => o.commission_status)
        expect(outcomes).toEqual(["awaiting", "none"])
      })

      it("refuses a negative or fractional cap", async () => {
        await world()
        for (const body of [{ registration_daily_cap_per_ip: -1 }, { registration_daily_cap_per_partner: 1.5 }, { registration_bounty_release: "never" }]) {
          const res = await attempt(setProgram(body))
          expect(res.status).toBe(400)
        }
        const program = (await api.get("/admin/affiliate-programs/affprog_default", admin)).data.program
        expect(program).toMatchObject({ registration_bounty_release: "first_order", registration_daily_cap_per_ip: 3, registration_daily_cap_per_partner: 50 })
      })
    })

    describe("every conversion that earns nothing says why", () => {
      it("an order inside the attribution window but past the rule's window_days stores the reason; admin and partner see it", async () => {
        const { anna, portal } = await world()
        await rule({ name: "First week only", type: "percentage", percentage: 10, event: "order", window_days: 1 })
        const click_id = await followLink("anna-blog")
        // The click was three days ago: inside the program's 30-day attribution window, past the rule's one day.
        await pg().raw(`update affiliate_click set created_at = now() - interval '3 days' where id = ?`, [click_id])
        const cart = await createCart(api, pk, store, { email: "late-buyer@example.com" })
        await api.post(`/store/affiliate/carts/${cart.id}/attribution`, { click_id }, { headers: { "x-publishable-api-key": pk } })
        const order = await completeCart(api, pk, store, cart.id)

        const attribution = await eventually(async () => {
          const [found] = (await affiliate().listAffiliateAttributions({ order_id: order.id })) as any[]
          return found?.commission_status ? found : null
        }, "the order's attribution with its outcome")
        expect(attribution).toMatchObject({ status: "attributed", affiliate_id: anna.id, commission_status: "none", commission_reason: "window_passed" })
        expect(attribution.commission_detail).toBe("The rule's 1-day window after referral has ended.")
        expect((await api.get(`/admin/affiliate-commissions?order_id=${order.id}`, admin)).data.commissions).toEqual([])

        const detail = (await api.get(`/admin/affiliate-attributions/${attribution.id}`, admin)).data.attribution
        expect(detail.commission_outcome).toEqual({ status: "none", reason: "window_passed", reason_label: "Rule window passed", detail: attribution.commission_detail })
        const listed = (await api.get("/admin/affiliate-attributions?commission_reason=window_passed", admin)).data.attributions
        expect(listed.map((a: any) => a.id)).toEqual([attribution.id])

        const mine = (await api.get("/store/affiliate/me/conversions?conversion=order", portal)).data
        expect(mine.conversions).toEqual([expect.objectContaining({ id: attribution.id, commission: expect.objectContaining({ status: "none", reason: "window_passed" }) })])
        const text = JSON.stringify(mine)
        expect(text).not.toContain("late-buyer@example.com")
        expect(text).not.toContain(order.id)
      })

      it("an order with no rule, and a suspended partner's order, each store their reason", async () => {
        const { anna } = await world()
        // No order rule at all (only the signup bounty).
        const click_id = await followLink("anna-blog")
        const cart = await createCart(api, pk, store, { email: "buyer@example.com" })
        await api.post(`/store/affiliate/carts/${cart.id}/attribution`, { click_id }, { headers: { "x-publishable-api-key": pk } })
        const order = await completeCart(api, pk, store, cart.id)
        const outcome = async (orderId: string) =>
          eventually(async () => {
            const [found] = (await affiliate().listAffiliateAttributions({ order_id: orderId })) as any[]
            return found?.commission_status ? found : null
          }, `the outcome of ${orderId}`)
        expect(await outcome(order.id)).toMatchObject({ commission_status: "none", commission_reason: "no_rule" })

        await rule({ name: "Standard 10 %", type: "percentage", percentage: 10, event: "order" })
        const click2 = await followLink("anna-blog")
        await api.post(`/admin/affiliates/${anna.id}/status`, { status: "suspended", reason: "Review" }, admin)
        const cart2 = await createCart(api, pk, store, { email: "buyer2@example.com" })
        await api.post(`/store/affiliate/carts/${cart2.id}/attribution`, { click_id: click2 }, { headers: { "x-publishable-api-key": pk } })
        const order2 = await completeCart(api, pk, store, cart2.id)
        expect(await outcome(order2.id)).toMatchObject({ status: "rejected", commission_status: "none", commission_reason: "partner_suspended" })
      })
    })
  },
})
