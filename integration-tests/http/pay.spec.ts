import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type AffiliateModuleService from "../../src/modules/affiliate/service"
import { attributeOrderWorkflow } from "../../src/workflows/track/attribute"
import { attempt, createAdminUser, createPublishableKey, Headers, registerCustomer } from "../helpers/actors"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { buildStore, completeCart, createCart, eventually, signUp, storeHeaders, TestStore } from "../helpers/store"

jest.setTimeout(300 * 1000)

const SHOP = "shop.example.com"
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"

/**
 * Pay over HTTP against a real Medusa app: real orders placed through the
 * store API earn commissions by the rules an operator sets, the hold passes,
 * payouts are run and settled, and refunds, cancellations and clawbacks
 * follow, with every amount checked.
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

    const setProgram = (body: Record<string, unknown>) => api.post("/admin/affiliate-programs/affprog_default", body, admin)
    const rule = async (body: Record<string, unknown>) => (await api.post("/admin/affiliate-commission-rules", body, admin)).data.commission_rule

    /** The shop site; Anna (external, with a portal login and PayPal details) approved for it with one link. */
    async function world(opts: { hold_days?: number; minimum?: number } = {}) {
      await setProgram({ hold_days: opts.hold_days ?? 0, payout_minimums: { eur: opts.minimum ?? 1 } })
      const shop = (await api.post("/admin/affiliate-sites", { name: "Shop", domain: SHOP, landing_url: `https://${SHOP}/`, sales_channel_id: store.channels.main }, admin)).data.site
      const login = await registerCustomer(api, pk, { email: "anna@example.com" })
      const anna = (await api.post("/admin/affiliates", {
        name: "Anna Outdoors", kind: "external", status: "active", email: "anna@example.com", customer_id: login.customer.id,
        payout_method: "paypal", payout_details: { paypal_email: "anna-pay@example.com" },
      }, admin)).data.affiliate
      await api.post(`/admin/affiliates/${anna.id}/site-authorizations`, { site_id: shop.id }, admin)
      const link = (await api.post("/admin/affiliate-referrals", { affiliate_id: anna.id, name: "Blog", slug: "anna-blog", site_id: shop.id }, admin)).data.referral
      return { shop, anna, link, portal: login.headers }
    }

    /** A shopper follows the referral link: the click id the storefront would keep. */
    async function followLink(slug: string) {
      const res = await api.get(`/r/${slug}`, { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": BROWSER } })
      expect(res.status).toBe(302)
      return new URL(res.headers.location).searchParams.get("aff_click")!
    }

    /** A shopper follows the link and orders one €40 item; the order.placed subscriber credits it. */
    async function referredOrder(slug: string, email = "shopper@example.com") {
      const click_id = await followLink(slug)
      const cart = await createCart(api, pk, store, { email })
      await api.post(`/store/affiliate/carts/${cart.id}/attribution`, { click_id }, storeHeaders(pk))
      return completeCart(api, pk, store, cart.id)
    }

    const commissionOf = (order_id: string) =>
      eventually(async () => (await api.get(`/admin/affiliate-commissions?order_id=${order_id}&entry_type=commission`, admin)).data.commissions[0], `the commission of ${order_id}`)
    const ledger = async (query: string) => (await api.get(`/admin/affiliate-commissions?${query}`, admin)).data
    const eur = (totals: any[]) => totals.find((t) => t.currency_code === "eur")

    /** Captures the order's payment (the system provider only authorizes at checkout). */
    async function capture(order_id: string) {
      const query = getContainer().resolve("query") as any
      const { data: [order] } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id", "payment_collections.payments.captured_at"], filters: { id: order_id } })
      const payment = order.payment_collections[0].payments[0]
      if (!payment.captured_at) await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
      return payment.id as string
    }

    /** Refunds part of the order's captured payment through the admin API. */
    async function refund(order_id: string, amount: number) {
      const paymentId = await capture(order_id)
      await api.post(`/admin/payments/${paymentId}/refund`, { amount }, admin)
    }

    describe("click -> order -> pending -> approved -> payout -> paid -> refund -> clawback", () => {
      it("pays 10 % of the item subtotal, settles it, claws back half after a refund and nets it in the next payout", async () => {
        const { anna, link, portal } = await world()
        const tenPercent = await rule({ name: "Standard 10 %", type: "percentage", percentage: 10, event: "order" })

        // Order 1: one €40 item plus shipping. The basis is the items only.
        const order = await referredOrder(link.slug)
        const earned = await commissionOf(order.id)
        expect(earned).toMatchObject({
          affiliate_id: anna.id, referral_id: link.id, entry_type: "commission", event: "order", status: "pending",
          basis_amount: 40, rate: 10, amount: 4, currency_code: "eur", rule_id: tenPercent.id, created_by: "order.placed",
        })
        expect(Number(order.total)).toBeGreaterThan(40)
        expect(earned.rule_snapshot).toMatchObject({ name: "Standard 10 %", percentage: "10" })
        expect(earned.explanation.summary).toContain("4.00 EUR")
        expect(earned.explanation.steps.map((s: any) => s.label)).toEqual(expect.arrayContaining(["Attribution", "Rule", "Amount"]))

        // The hold (0 days here) has passed: approval is idempotent.
        expect((await api.post("/admin/affiliate-commissions/approve-due", {}, admin)).data.approved).toBe(1)
        expect((await api.post("/admin/affiliate-commissions/approve-due", {}, admin)).data.approved).toBe(0)
        expect((await api.get(`/admin/affiliate-commissions/${earned.id}`, admin)).data.commission.status).toBe("approved")

        // Payout run: one payout for Anna in EUR holding the commission.
        const run = (await api.post("/admin/affiliate-payouts", {}, admin)).data
        expect(run.payouts).toHaveLength(1)
        const payout = run.payouts[0]
        expect(payout).toMatchObject({ affiliate_id: anna.id, amount: 4, currency_code: "eur", status: "draft", item_count: 1 })
        const detail = (await api.get(`/admin/affiliate-payouts/${payout.id}`, admin)).data
        expect(detail.items.map((c: any) => c.id)).toEqual([earned.id])
        expect(eur((await ledger(`affiliate_id=${anna.id}`)).totals)).toMatchObject({ pending: 0, approved: 0, in_payout: 4, paid: 0, total: 4 })
        // A second run finds nothing left to pay.
        expect((await api.post("/admin/affiliate-payouts", {}, admin)).data.payouts).toHaveLength(0)

        // Paid needs a reference; then the commission is paid and the partner is told.
        const noRef = await attempt(api.post(`/admin/affiliate-payouts/${payout.id}/status`, { status: "paid" }, admin))
        expect(noRef.status).toBe(400)
        expect(noRef.data.message).toContain("reference")
        const paid = (await api.post(`/admin/affiliate-payouts/${payout.id}/status`, { status: "paid", reference: "PAYPAL-TX-1" }, admin)).data.payout
        expect(paid).toMatchObject({ status: "paid", reference: "PAYPAL-TX-1" })
        const again = await attempt(api.post(`/admin/affiliate-payouts/${payout.id}/status`, { status: "failed", reason: "late" }, admin))
        expect(again.status).toBe(409)
        expect(again.data.message).toContain("final")
        const paidEntry = (await api.get(`/admin/affiliate-commissions/${earned.id}`, admin)).data.commission
        expect(paidEntry).toMatchObject({ status: "paid", payout: { id: payout.id, status: "paid", reference: "PAYPAL-TX-1" } })
        const notifications = await (getContainer().resolve(Modules.NOTIFICATION) as any).listNotifications({ resource_id: payout.id })
        expect(notifications).toEqual([expect.objectContaining({ to: "anna@example.com", template: "affiliate-payout-paid" })])
        expect(notifications[0].data).toMatchObject({ amount: 4, currency_code: "eur", reference: "PAYPAL-TX-1" })

        // Half the order is refunded: half the paid commission is clawed back, approved at once.
        await refund(order.id, Number(order.total) / 2)
        const clawback = await eventually(async () => (await ledger(`order_id=${order.id}&entry_type=clawback`)).commissions[0], "the clawback")
        expect(clawback).toMatchObject({ amount: -2, status: "approved", reverses_id: earned.id, created_by: "payment.refunded" })
        // The paid entry itself never changed.
        expect((await api.get(`/admin/affiliate-commissions/${earned.id}`, admin)).data.commission).toMatchObject({ amount: 4, status: "paid" })

        // A second referred order (4.00) nets against the clawback (-2.00): the next payout is 2.00.
        const second = await referredOrder(link.slug, "second@example.com")
        const secondEarned = await commissionOf(second.id)
        await api.post("/admin/affiliate-commissions/approve-due", {}, admin)
        const next = (await api.post("/admin/affiliate-payouts", {}, admin)).data.payouts
        expect(next).toHaveLength(1)
        expect(next[0]).toMatchObject({ amount: 2, item_count: 2 })
        const nextItems = (await api.get(`/admin/affiliate-payouts/${next[0].id}`, admin)).data.items.map((c: any) => c.id).sort()
        expect(nextItems).toEqual([clawback.id, secondEarned.id].sort())

        // The partner sees the same figures, with no customer or order data.
        const balance = (await api.get("/store/affiliate/me/balance", portal)).data.balances
        expect(balance).toEqual([expect.objectContaining({ currency_code: "eur", paid: 4, in_payout: 2, pending: 0, approved: 0, minimum: 1 })])
        const lines = (await api.get("/store/affiliate/me/commissions", portal)).data.commissions
        expect(lines.map((l: any) => l.amount).sort()).toEqual([-2, 4, 4])
        const text = JSON.stringify(lines)
        expect(text).not.toContain(order.id)
        expect(text).not.toContain("shopper@example.com")
        expect(lines.every((l: any) => !("order_id" in l) && !("customer_id" in l))).toBe(true)
        const history = (await api.get("/store/affiliate/me/payouts", portal)).data.payouts
        expect(history.map((p: any) => [p.amount, p.status])).toEqual(expect.arrayContaining([[4, "paid"], [2, "draft"]]))
        const mine = (await api.get(`/store/affiliate/me/payouts/${payout.id}`, portal)).data
        expect(mine.items.map((i: any) => i.id)).toEqual([earned.id])

        // The exports carry the same numbers.
        const csv = (await api.get(`/admin/affiliate-payouts/export?run_id=${run.run_id}`, admin)).data as string
        expect(csv.split("\r\n")[0]).toContain("payout_id,affiliate_id,name,email,method,account,amount,currency")
        expect(csv).toContain(`${payout.id},${anna.id},Anna Outdoors,anna@example.com,paypal,anna-pay@example.com,4,EUR,paid,PAYPAL-TX-1`)
        const ledgerCsv = (await api.get(`/admin/affiliate-commissions/export?affiliate_id=${anna.id}`, admin)).data as string
        expect(ledgerCsv.trim().split("\r\n")).toHaveLength(1 + 3)
        expect(ledgerCsv).toContain(`${clawback.id},`)

        // The PayPal Payouts upload: no header, one line per payout, amounts in the currency's digits.
        const paypal = await api.get(`/admin/affiliate-payouts/export?format=paypal&run_id=${run.run_id}`, admin)
        expect(paypal.headers["content-disposition"]).toContain(`paypal-payouts-${run.run_id}-EUR.csv`)
        expect(paypal.headers["x-payouts-left-out"]).toBe("0")
        expect(paypal.data).toBe(`anna-pay@example.com,4.00,EUR,${anna.id},Commission payout ${payout.id},PAYPAL\r\n`)
        expect((await attempt(api.get("/admin/affiliate-payouts/export?format=xml", admin))).status).toBe(400)
        // The run froze where its payouts go: clearing the partner's details later changes nothing in its file
        // (a partner without an address at run time stops the file by name: trust-partner.spec.ts).
        await api.post(`/admin/affiliates/${anna.id}`, { payout_details: null }, admin)
        const frozen = await api.get(`/admin/affiliate-payouts/export?format=paypal&run_id=${run.run_id}`, admin)
        expect(frozen.data).toBe(paypal.data)
      })
    })

    describe("reversals", () => {
      it("reverses a pending commission in full when the order is canceled, once however often the event comes", async () => {
        const { link } = await world({ hold_days: 30 })
        await rule({ name: "Flat 5", type: "flat", flat_amounts: { eur: 5 } })
        const order = await referredOrder(link.slug)
        const earned = await commissionOf(order.id)
        expect(earned).toMatchObject({ amount: 5, basis_amount: null, rate: null, status: "pending" })
        expect(new Date(earned.hold_until).getTime() - new Date(earned.created_at).getTime()).toBeGreaterThan(29 * 24 * 3600 * 1000)

        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        const reversal = await eventually(async () => (await ledger(`order_id=${order.id}&entry_type=reversal`)).commissions[0], "the reversal")
        expect(reversal).toMatchObject({ amount: -5, status: "pending", reverses_id: earned.id, created_by: "order.canceled" })
        expect(reversal.hold_until).toBe(earned.hold_until)
        // Replayed cancellation: nothing more is taken back.
        const { reverseOrderCommissionsWorkflow } = await import("../../src/workflows/pay/reverse")
        await Promise.all([1, 2, 3].map(() => reverseOrderCommissionsWorkflow(getContainer()).run({ input: { order_id: order.id, cause: "canceled" } })))
        const entries = (await ledger(`order_id=${order.id}`)).commissions
        expect(entries).toHaveLength(2)
        expect(eur((await ledger(`order_id=${order.id}`)).totals)).toMatchObject({ total: 0, pending: 0 })
      })

      it("takes back the returned share once, even when the return is refunded afterwards", async () => {
        const { link } = await world()
        await rule({ name: "Standard 10 %", type: "percentage", percentage: 10 })
        // Two €40 items: returning one takes back half the commission.
        const click_id = await followLink(link.slug)
        const cart = await createCart(api, pk, store, { email: "returner@example.com" })
        const full = (await api.get(`/store/carts/${cart.id}`, storeHeaders(pk))).data.cart
        await api.post(`/store/carts/${cart.id}/line-items/${full.items[0].id}`, { quantity: 2 }, storeHeaders(pk))
        await api.post(`/store/affiliate/carts/${cart.id}/attribution`, { click_id }, storeHeaders(pk))
        const order = await completeCart(api, pk, store, cart.id)
        const earned = await commissionOf(order.id)
        expect(earned).toMatchObject({ basis_amount: 80, amount: 8 })

        const query = getContainer().resolve("query") as any
        const { data: [placed] } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: order.id } })
        const itemId = placed.items[0].id
        await capture(order.id)
        await createOrderFulfillmentWorkflow(getContainer()).run({ input: { order_id: order.id, items: [{ id: itemId, quantity: 2 }] } })
        // The admin's return flow: request one item back, receive it, confirm.
        const ret = (await api.post("/admin/returns", { order_id: order.id }, admin)).data.return
        await api.post(`/admin/returns/${ret.id}/request-items`, { items: [{ id: itemId, quantity: 1 }] }, admin)
        await api.post(`/admin/returns/${ret.id}/request`, {}, admin)
        await api.post(`/admin/returns/${ret.id}/receive`, {}, admin)
        await api.post(`/admin/returns/${ret.id}/receive-items`, { items: [{ id: itemId, quantity: 1 }] }, admin)
        await api.post(`/admin/returns/${ret.id}/receive/confirm`, {}, admin)
        const reversal = await eventually(async () => (await ledger(`order_id=${order.id}&entry_type=reversal`)).commissions[0], "the return's reversal")
        expect(reversal).toMatchObject({ amount: -4, reverses_id: earned.id, created_by: "order.return_received" })

        // The customer is refunded for the returned item: the share taken back is the same, nothing more is reversed.
        await refund(order.id, 40)
        const { reverseOrderCommissionsWorkflow } = await import("../../src/workflows/pay/reverse")
        await reverseOrderCommissionsWorkflow(getContainer()).run({ input: { order_id: order.id, cause: "refunded" } })
        expect(eur((await ledger(`order_id=${order.id}`)).totals).total).toBe(4)
      })

      it("creates one commission when order.placed is delivered ten times at once", async () => {
        const { link } = await world()
        await rule({ name: "Standard 10 %", type: "percentage", percentage: 10 })
        const order = await referredOrder(link.slug)
        await commissionOf(order.id)
        await Promise.all(Array.from({ length: 10 }, () => attributeOrderWorkflow(getContainer()).run({ input: { order_id: order.id } })))
        const [, count] = await affiliate().listAndCountAffiliateCommissions({ order_id: order.id })
        expect(count).toBe(1)
      })
    })

    describe("payout runs", () => {
      it("never puts a commission in two payouts when two runs start at once, and a failed payout gives its commissions back", async () => {
        const { anna } = await world()
        for (const amount of [12, 8, 5]) {
          await api.post("/admin/affiliate-commissions/adjustments", { affiliate_id: anna.id, amount, currency_code: "eur", reason: "Launch bonus" }, admin)
        }
        const [a, b] = await Promise.all([api.post("/admin/affiliate-payouts", {}, admin), api.post("/admin/affiliate-payouts", {}, admin)])
        const payouts = [...a.data.payouts, ...b.data.payouts]
        expect(payouts).toHaveLength(1)
        expect(payouts[0]).toMatchObject({ amount: 25, item_count: 3 })

        const processing = (await api.post(`/admin/affiliate-payouts/${payouts[0].id}/status`, { status: "processing" }, admin)).data.payout
        expect(processing.status).toBe("processing")
        const failed = (await api.post(`/admin/affiliate-payouts/${payouts[0].id}/status`, { status: "failed", reason: "PayPal account closed" }, admin)).data.payout
        expect(failed).toMatchObject({ status: "failed", failed_reason: "PayPal account closed" })
        expect(eur((await ledger(`affiliate_id=${anna.id}`)).totals)).toMatchObject({ approved: 25, in_payout: 0, paid: 0 })
        // The commissions can be paid by a new run.
        const retry = (await api.post("/admin/affiliate-payouts", { affiliate_ids: [anna.id] }, admin)).data.payouts
        expect(retry).toEqual([expect.objectContaining({ amount: 25, item_count: 3 })])
      })

      it("pays only external, active partners whose balance reaches the minimum", async () => {
        const { anna } = await world({ minimum: 50 })
        const internal = (await api.post("/admin/affiliates", { name: "Our Facebook", kind: "internal", status: "active" }, admin)).data.affiliate
        const rich = (await api.post("/admin/affiliates", { name: "Rich Partner", kind: "external", status: "active" }, admin)).data.affiliate
        const suspended = (await api.post("/admin/affiliates", { name: "Paused Partner", kind: "external", status: "active" }, admin)).data.affiliate
        const credit = (id: string, amount: number, currency_code = "eur") =>
          api.post("/admin/affiliate-commissions/adjustments", { affiliate_id: id, amount, currency_code, reason: "Imported balance" }, admin)
        await credit(anna.id, 20) // below the 50 EUR minimum
        await credit(internal.id, 500) // internal: never paid
        await credit(rich.id, 60)
        await credit(rich.id, 30, "usd") // no USD minimum set: paid as it is
        await credit(suspended.id, 100)
        await api.post(`/admin/affiliates/${suspended.id}/status`, { status: "suspended", reason: "Under review" }, admin)

        const run = (await api.post("/admin/affiliate-payouts", {}, admin)).data.payouts
        expect(run.map((p: any) => [p.affiliate_id, p.currency_code, p.amount]).sort()).toEqual(
          [[rich.id, "eur", 60], [rich.id, "usd", 30]].sort()
        )
        const internalEntry = (await ledger(`affiliate_id=${internal.id}`)).commissions[0]
        expect(internalEntry.is_internal).toBe(true)

        // Reactivated, the suspended partner's accrued balance is paid by the next run.
        await api.post(`/admin/affiliates/${suspended.id}/status`, { status: "active", reason: "Cleared" }, admin)
        const later = (await api.post("/admin/affiliate-payouts", {}, admin)).data.payouts
        expect(later.map((p: any) => [p.affiliate_id, p.amount])).toEqual([[suspended.id, 100]])
      })
    })

    describe("rules", () => {
      it("picks the most specific rule, keeps an audit trail, and previews with tiers", async () => {
        const { anna, link, shop } = await world()
        const base = await rule({ name: "Program 5 %", type: "percentage", percentage: 5 })
        await rule({ name: "Shop 7 %", scope: "site", site_id: shop.id, type: "percentage", percentage: 7 })
        const annaRule = await rule({
          name: "Anna tiers", scope: "affiliate", affiliate_id: anna.id, type: "percentage", percentage: 10,
          tiers: { metric: "orders", period: "calendar_month", tiers: [{ threshold: 2, percentage: 15 }] },
        })
        const preview = (await api.post("/admin/affiliate-commission-rules/preview", { referral_id: link.id, site_id: shop.id, amount: 200, currency_code: "eur" }, admin)).data
        expect(preview.rule.id).toBe(annaRule.id)
        expect(preview.commission).toEqual({ amount: 20, currency_code: "eur", rate: 10, basis_amount: 200 })
        expect(preview.explanation.steps.map((s: any) => s.label)).toEqual(expect.arrayContaining(["Rules passed over", "Rule", "Window", "Tier", "Amount"]))

        // The first real order counts; the preview's imagined order is the second: tier 2 (15 %).
        const order = await referredOrder(link.slug)
        expect(await commissionOf(order.id)).toMatchObject({ rule_id: annaRule.id, rate: 10, amount: 4 })
        const tiered = (await api.post("/admin/affiliate-commission-rules/preview", { affiliate_id: anna.id, site_id: shop.id, amount: 200, currency_code: "eur" }, admin)).data
        expect(tiered.commission).toMatchObject({ amount: 30, rate: 15 })

        // Changing a rule is audited; the recorded commission keeps its snapshot.
        await api.post(`/admin/affiliate-commission-rules/${annaRule.id}`, { percentage: 12 }, admin)
        await api.delete(`/admin/affiliate-commission-rules/${annaRule.id}`, admin)
        const changes = (await api.get(`/admin/affiliate-commission-rules/${annaRule.id}/changes`, admin)).data.changes
        expect(changes.map((c: any) => c.action)).toEqual(["archived", "updated", "created"])
        expect(changes[1].before.percentage).toBe("10")
        expect(changes[1].after.percentage).toBe("12")
        expect(changes[1].actor).toBeTruthy()
        expect((await commissionOf(order.id)).rule_snapshot.percentage).toBe("10")
        const afterArchive = (await api.post("/admin/affiliate-commission-rules/preview", { affiliate_id: anna.id, amount: 100, currency_code: "eur" }, admin)).data
        expect(afterArchive.rule.id).toBe(base.id)
      })

      it("refuses bad rules and bad requests with a 4xx and a message, changing nothing", async () => {
        const { anna } = await world()
        const cases: [string, Record<string, unknown>, string][] = [
          ["percentage without a rate", { name: "x", type: "percentage" }, "percentage"],
          ["flat without amounts", { name: "x", type: "flat" }, "flat_amounts"],
          ["affiliate scope without the affiliate", { name: "x", scope: "affiliate", type: "flat", flat_amounts: { eur: 1 } }, "affiliate_id"],
          ["percentage registration bounty", { name: "x", event: "registration", type: "percentage", percentage: 5 }, "flat bounty"],
          ["ends before it starts", { name: "x", type: "flat", flat_amounts: { eur: 1 }, starts_at: "2026-05-01", ends_at: "2026-04-01" }, "ends_at"],
          ["120 %", { name: "x", type: "percentage", percentage: 120 }, "percentage"],
          ["unknown field", { name: "x", type: "flat", flat_amounts: { eur: 1 }, colour: "red" }, "colour"],
        ]
        for (const [what, body, words] of cases) {
          const res = await attempt(api.post("/admin/affiliate-commission-rules", body, admin))
          expect([what, res.status]).toEqual([what, 400])
          expect([what, res.data.message]).toEqual([what, expect.stringContaining(words)])
        }
        const missing = await attempt(api.post("/admin/affiliate-commission-rules", { name: "x", scope: "affiliate", affiliate_id: "aff_nope", type: "flat", flat_amounts: { eur: 1 } }, admin))
        expect(missing.status).toBe(404)
        expect((await api.get("/admin/affiliate-commission-rules", admin)).data.count).toBe(0)

        const adjustments: [Record<string, unknown>, number][] = [
          [{ affiliate_id: anna.id, amount: 0, currency_code: "eur", reason: "zero" }, 400],
          [{ affiliate_id: anna.id, amount: 5, currency_code: "euro", reason: "bad currency" }, 400],
          [{ affiliate_id: anna.id, amount: 5, currency_code: "eur" }, 400],
          [{ affiliate_id: anna.id, amount: 0.001, currency_code: "eur", reason: "rounds to nothing" }, 400],
          [{ affiliate_id: "aff_missing", amount: 5, currency_code: "eur", reason: "nobody" }, 404],
        ]
        for (const [body, status] of adjustments) {
          const res = await attempt(api.post("/admin/affiliate-commissions/adjustments", body, admin))
          expect([body, res.status]).toEqual([body, status])
          expect(res.data.message).toBeTruthy()
        }
        expect((await ledger("")).count).toBe(0)
        expect((await attempt(api.post("/admin/affiliate-payouts", { cutoff: "yesterday" }, admin))).status).toBe(400)
        expect((await attempt(api.post("/admin/affiliate-payouts", { affiliate_ids: ["aff_missing"] }, admin))).status).toBe(404)
        expect((await attempt(api.post("/admin/affiliate-payouts/affpay_missing/status", { status: "processing" }, admin))).status).toBe(404)
        expect((await attempt(api.get("/admin/affiliate-commissions?status=lost", admin))).status).toBe(400)
        expect((await api.get("/admin/affiliate-payouts", admin)).data.count).toBe(0)
      })
    })

    describe("registration bounties and first orders", () => {
      it("pays a flat bounty for a referred signup once the first order comes, a first-order bonus, then the percentage on later orders", async () => {
        const { link, anna } = await world()
        await rule({ name: "Signup bounty", event: "registration", type: "flat", flat_amounts: { eur: 3 } })
        await rule({ name: "First order bonus", event: "first_order", type: "flat", flat_amounts: { eur: 10 }, priority: 10 })
        await rule({ name: "Standard 10 %", type: "percentage", percentage: 10 })

        const click_id = await followLink(link.slug)
        const robin = await signUp(api, pk, { email: "robin@example.com", metadata: { affiliate: { click_id } } })
        // The signup alone mints nothing: the bounty waits for the customer's first order.
        await eventually(
          async () => (await affiliate().listAffiliateAttributions({ customer_id: robin.customer.id, commission_status: "awaiting" }))[0],
          "the registration waiting for a first order"
        )
        const registrationBounty = async () =>
          (await api.get(`/admin/affiliate-commissions?affiliate_id=${anna.id}&entry_type=commission`, admin)).data.commissions.find((c: any) => c.event === "registration")
        expect(await registrationBounty()).toBeUndefined()

        const buy = async () => {
          const cart = await createCart(api, pk, store, { customer: robin.headers })
          return completeCart(api, pk, store, cart.id, robin.headers)
        }
        const first = await buy()
        const bounty = await eventually(registrationBounty, "the registration bounty")
        expect(bounty).toMatchObject({ amount: 3, currency_code: "eur", customer_id: robin.customer.id, order_id: first.id, created_by: "order.placed" })
        const orderCommission = (order_id: string) =>
          eventually(async () => (await api.get(`/admin/affiliate-commissions?order_id=${order_id}&entry_type=commission`, admin)).data.commissions.find((c: any) => c.event !== "registration"), `the commission of ${order_id}`)
        expect(await orderCommission(first.id)).toMatchObject({ event: "first_order", amount: 10 })
        const second = await buy()
        expect(await orderCommission(second.id)).toMatchObject({ event: "order", amount: 4, rate: 10 })
      })
    })

    describe("partner privacy", () => {
      it("never shows a partner another partner's payout or ledger", async () => {
        const { anna, portal } = await world()
        await api.post("/admin/affiliate-commissions/adjustments", { affiliate_id: anna.id, amount: 10, currency_code: "eur", reason: "Bonus" }, admin)
        const [payout] = (await api.post("/admin/affiliate-payouts", {}, admin)).data.payouts
        const other = await registerCustomer(api, pk, { email: "bob@example.com" })
        await api.post("/admin/affiliates", { name: "Bob", kind: "external", status: "active", customer_id: other.customer.id }, admin)
        expect((await attempt(api.get(`/store/affiliate/me/payouts/${payout.id}`, other.headers))).status).toBe(404)
        expect((await api.get("/store/affiliate/me/commissions", other.headers)).data.count).toBe(0)
        expect((await api.get("/store/affiliate/me/balance", other.headers)).data.balances).toEqual([])
        expect((await api.get(`/store/affiliate/me/payouts/${payout.id}`, portal)).data.payout.amount).toBe(10)
        expect((await attempt(api.get("/store/affiliate/me/balance", storeHeaders(pk)))).status).toBe(401)
      })
    })
  },
})
