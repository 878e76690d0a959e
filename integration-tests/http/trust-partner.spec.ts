import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { attempt, createAdminUser, createPublishableKey, Headers, registerCustomer } from "../helpers/actors"
import { buildStore, completeCart, createCart, eventually, storeHeaders, TestStore } from "../helpers/store"

jest.setTimeout(300 * 1000)

const SHOP = "shop.example.com"
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
const OPERATOR_NOTE = "operator only: watch this partner"
/** Keys that are the operator's business, never in any partner answer at any depth. */
const OPERATOR_KEYS = ["metadata", "decided_by", "sales_channel_id", "promotion_id", "normalized_code", "deleted_at", "customer_id", "verified_by", "invitation_id"]

/** Every key of a JSON answer with the path it was found at. */
function keyPaths(value: unknown, path = "$", found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => keyPaths(v, `${path}[${i}]`, found))
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      found.push(`${path}.${key}`)
      keyPaths(v, `${path}.${key}`, found)
    }
  }
  return found
}

/**
 * The partner's side of the trust boundary, over HTTP against a real Medusa
 * app: a payout keeps the destination its run froze, a change of payout
 * details clears verification, is recorded and emailed, a suspended partner
 * changes nothing, and no operator field reaches any partner answer.
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

    const notifications = (filters: Record<string, unknown>) => (getContainer().resolve(Modules.NOTIFICATION) as any).listNotifications(filters)
    const history = async (id: string) => (await api.get(`/admin/affiliates/${id}/status-history`, admin)).data.status_changes as any[]
    const adminView = async (id: string) => (await api.get(`/admin/affiliates/${id}`, admin)).data.affiliate

    /** The shop site; Anna (external, active, with a portal login and PayPal details) approved for it with one link; 10 % per order. */
    async function world() {
      await api.post("/admin/affiliate-programs/affprog_default", { hold_days: 0, payout_minimums: { eur: 1 } }, admin)
      const shop = (await api.post("/admin/affiliate-sites", { name: "Shop", domain: SHOP, landing_url: `https://${SHOP}/`, sales_channel_id: store.channels.main, metadata: { note: OPERATOR_NOTE } }, admin)).data.site
      const login = await registerCustomer(api, pk, { email: "anna@example.com" })
      const anna = (await api.post("/admin/affiliates", {
        name: "Anna Outdoors", kind: "external", status: "active", email: "anna@example.com", customer_id: login.customer.id,
        payout_method: "paypal", payout_details: { paypal_email: "anna-pay@example.com" }, metadata: { note: OPERATOR_NOTE },
      }, admin)).data.affiliate
      await api.post(`/admin/affiliates/${anna.id}/site-authorizations`, { site_id: shop.id }, admin)
      const link = (await api.post("/admin/affiliate-referrals", { affiliate_id: anna.id, name: "Blog", slug: "anna-blog", site_id: shop.id, metadata: { note: OPERATOR_NOTE } }, admin)).data.referral
      await api.post("/admin/affiliate-commission-rules", { name: "Standard 10 %", type: "percentage", percentage: 10, event: "order" }, admin)
      return { shop, anna, link, portal: login.headers }
    }

    /** A shopper follows the link and orders one €40 item; the commission (4.00) is approved at once (no hold). */
    async function referredOrder(slug: string, email: string) {
      const res = await api.get(`/r/${slug}`, { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": BROWSER } })
      const click_id = new URL(res.headers.location).searchParams.get("aff_click")!
      const cart = await createCart(api, pk, store, { email })
      await api.post(`/store/affiliate/carts/${cart.id}/attribution`, { click_id }, storeHeaders(pk))
      const order = await completeCart(api, pk, store, cart.id)
      await eventually(async () => (await api.get(`/admin/affiliate-commissions?order_id=${order.id}&entry_type=commission`, admin)).data.commissions[0], `the commission of ${order.id}`)
      await api.post("/admin/affiliate-commissions/approve-due", {}, admin)
      return order
    }

    const bankCsv = async (runId: string) => (await api.get(`/admin/affiliate-payouts/export?run_id=${runId}`, admin)).data as string
    const paypalCsv = (runId: string) => attempt(api.get(`/admin/affiliate-payouts/export?format=paypal&run_id=${runId}`, admin))

    describe("a payout freezes where it goes", () => {
      it("keeps paying the address the run saw after the partner changes it, in both files, the payout views and once paid", async () => {
        const { anna, link, portal } = await world()
        await referredOrder(link.slug, "shopper@example.com")
        const run = (await api.post("/admin/affiliate-payouts", {}, admin)).data
        const payout = run.payouts[0]
        expect(payout).toMatchObject({ affiliate_id: anna.id, amount: 4, status: "draft" })
        await api.post(`/admin/affiliates/${anna.id}/verify`, {}, admin)
        expect((await adminView(anna.id)).verified_at).not.toBeNull()

        // After the draft run the partner points their PayPal payouts elsewhere.
        const changed = await api.post("/store/affiliate/me", { payout_method: "paypal", payout_details: { paypal_email: "new-pay@example.com" } }, portal)
        expect(changed.status).toBe(200)
        expect(changed.data.affiliate.payout_details).toEqual({ paypal_email: "new-pay@example.com" })

        // The run still pays the address it was made for: bank CSV, PayPal file, admin and partner views.
        const csv = await bankCsv(run.run_id)
        expect(csv).toContain(`${payout.id},${anna.id},Anna Outdoors,anna@example.com,paypal,anna-pay@example.com,4,EUR,draft`)
        expect(csv).not.toContain("new-pay@example.com")
        const paypal = await paypalCsv(run.run_id)
        expect(paypal.status).toBe(200)
        expect(paypal.data).toBe(`anna-pay@example.com,4.00,EUR,${anna.id},Commission payout ${payout.id},PAYPAL\r\n`)
        expect((await api.get(`/admin/affiliate-payouts/${payout.id}`, admin)).data.payout.destination).toEqual({ payout_method: "paypal", payout_details: { paypal_email: "anna-pay@example.com" } })
        const mine = (await api.get("/store/affiliate/me/payouts", portal)).data.payouts
        expect(mine).toEqual([expect.objectContaining({ id: payout.id, destination: { payout_method: "paypal", account: "anna-pay@example.com" } })])

        // Paid: the paid payout's CSV shows the account that was paid, not the partner's current one.
        await api.post(`/admin/affiliate-payouts/${payout.id}/status`, { status: "paid", reference: "PAYPAL-TX-1" }, admin)
        const paidCsv = await bankCsv(run.run_id)
        expect(paidCsv).toContain(`${payout.id},${anna.id},Anna Outdoors,anna@example.com,paypal,anna-pay@example.com,4,EUR,paid,PAYPAL-TX-1`)
        expect((await api.get(`/store/affiliate/me/payouts/${payout.id}`, portal)).data.payout.destination.account).toBe("anna-pay@example.com")

        // The next run pays the new address: details are frozen per payout, when its run makes it.
        await referredOrder(link.slug, "second@example.com")
        const next = (await api.post("/admin/affiliate-payouts", {}, admin)).data
        expect((await paypalCsv(next.run_id)).data).toContain("new-pay@example.com,4.00,EUR")

        // A partner who chose PayPal and gave no address by the time of a run stops that run's PayPal file, by name; older runs keep theirs.
        await api.post("/store/affiliate/me", { payout_details: null }, portal)
        await referredOrder(link.slug, "third@example.com")
        const third = (await api.post("/admin/affiliate-payouts", {}, admin)).data
        const refused = await paypalCsv(third.run_id)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe("No PayPal file: Anna Outdoors chose PayPal but has no PayPal email in their payout details.")
        expect((await paypalCsv(run.run_id)).status).toBe(200)
      })
    })

    describe("a change of payout details", () => {
      it("clears verification, is recorded in the history and emailed to the partner; the same details again change nothing", async () => {
        const { anna, portal } = await world()
        await api.post(`/admin/affiliates/${anna.id}/verify`, {}, admin)

        await api.post("/store/affiliate/me", { payout_details: { paypal_email: "new-pay@example.com" } }, portal)
        const after = await adminView(anna.id)
        expect(after).toMatchObject({ verified_at: null, verified_by: null, payout_details_changed_since_verification: true })
        expect(after.verification_cleared_at).not.toBeNull()
        const entries = (await history(anna.id)).filter((c) => c.kind === "payout_details")
        expect(entries).toHaveLength(1)
        expect(entries[0]).toMatchObject({
          actor_type: "customer", from_status: "active", to_status: "active",
          change: {
            before: { payout_method: "paypal", payout_details: { paypal_email: "anna-pay@example.com" } },
            after: { payout_method: "paypal", payout_details: { paypal_email: "new-pay@example.com" } },
            cleared_verification: true,
          },
        })
        const sent = await notifications({ to: "anna@example.com", template: "affiliate-payout-details-changed" })
        expect(sent).toHaveLength(1)
        expect(sent[0]).toMatchObject({ channel: "email", resource_id: anna.id })
        expect(sent[0].data).toMatchObject({ affiliate_name: "Anna Outdoors", payout_method: "paypal", account_masked: "n\u2022\u2022\u2022@example.com" })
        expect(JSON.stringify(sent[0].data)).not.toContain("new-pay@example.com")

        // Verified again, then the portal's profile form saves the same details with its blank fields: nothing happens.
        await api.post(`/admin/affiliates/${anna.id}/verify`, {}, admin)
        const same = await api.post("/store/affiliate/me", { company_name: "Anna Co", payout_method: "paypal", payout_details: { paypal_email: "new-pay@example.com", account_holder: null, account: null } }, portal)
        expect(same.data.affiliate.verified_at).not.toBeNull()
        expect(same.data.affiliate.company_name).toBe("Anna Co")
        const only = await api.post("/store/affiliate/me", { payout_details: { paypal_email: "new-pay@example.com" } }, portal)
        // Only the payout details, unchanged: nothing is written (the stored details keep their own form).
        expect(only.data.affiliate).toMatchObject({ payout_details: { paypal_email: "new-pay@example.com" }, verified_at: same.data.affiliate.verified_at, updated_at: same.data.affiliate.updated_at })
        expect((await adminView(anna.id)).payout_details_changed_since_verification).toBe(false)
        expect((await history(anna.id)).filter((c) => c.kind === "payout_details")).toHaveLength(1)
        expect(await notifications({ to: "anna@example.com", template: "affiliate-payout-details-changed" })).toHaveLength(1)

        // The operator changing them is recorded as the operator, and clears verification too.
        await api.post(`/admin/affiliates/${anna.id}`, { payout_method: "bank_transfer", payout_details: { iban: "DE89 3704 0044 0532 0130 00" } }, admin)
        expect(await adminView(anna.id)).toMatchObject({ verified_at: null, payout_details_changed_since_verification: true })
        const byOperator = (await history(anna.id)).filter((c) => c.kind === "payout_details" && c.actor_type === "user")
        expect(byOperator).toHaveLength(1)
        expect(byOperator[0].actor_id).toMatch(/^user_/)
        const mails = await notifications({ to: "anna@example.com", template: "affiliate-payout-details-changed" })
        expect(mails).toHaveLength(2)
        expect(mails.map((m: any) => m.data.account_masked)).toContain("\u2022\u2022\u2022\u20223000")
      })
    })

    describe("a suspended partner", () => {
      it("cannot change payout details or request sites, and nothing is written", async () => {
        const { anna, portal } = await world()
        const nordic = (await api.post("/admin/affiliate-sites", { name: "Nordic", domain: "nordic.example.com", landing_url: "https://nordic.example.com/" }, admin)).data.site
        await api.post(`/admin/affiliates/${anna.id}/verify`, {}, admin)
        await api.post(`/admin/affiliates/${anna.id}/status`, { status: "suspended", reason: "Chargebacks under review" }, admin)
        const before = await adminView(anna.id)
        const historyBefore = await history(anna.id)

        const refused = await attempt(api.post("/store/affiliate/me", { payout_details: { paypal_email: "elsewhere@example.com" } }, portal))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toBe("Your partner account is suspended, so its payout details cannot be changed. Contact the program team.")
        const method = await attempt(api.post("/store/affiliate/me", { payout_method: "bank_transfer" }, portal))
        expect(method.status).toBe(403)
        const site = await attempt(api.post("/store/affiliate/me/site-authorizations", { site_id: nordic.id }, portal))
        expect(site.status).toBe(403)
        expect(site.data.message).toBe("Your partner account is suspended, so it cannot request sites. Contact the program team.")

        const after = await adminView(anna.id)
        expect(after).toMatchObject({ payout_method: "paypal", payout_details: { paypal_email: "anna-pay@example.com" }, verified_at: before.verified_at, updated_at: before.updated_at })
        expect(after.site_authorizations).toHaveLength(1)
        expect(await history(anna.id)).toHaveLength(historyBefore.length)
        expect(await notifications({ to: "anna@example.com", template: "affiliate-payout-details-changed" })).toHaveLength(0)

        // Contact details, and the profile form resending the same payout details, still save.
        const contact = await api.post("/store/affiliate/me", { phone: "+49 30 1234", payout_method: "paypal", payout_details: { paypal_email: "anna-pay@example.com", account: null } }, portal)
        expect(contact.status).toBe(200)
        expect(contact.data.affiliate).toMatchObject({ phone: "+49 30 1234", verified_at: expect.any(String) })

        // Active again, the partner may ask for the site.
        await api.post(`/admin/affiliates/${anna.id}/status`, { status: "active", reason: "Cleared" }, admin)
        expect((await api.post("/store/affiliate/me/site-authorizations", { site_id: nordic.id }, portal)).status).toBe(201)
      })
    })

    describe("partner answers carry no operator field", () => {
      it("scans every /store/affiliate/me* answer and the program for operator keys and notes, at any depth", async () => {
        const { anna, shop, link, portal } = await world()
        const nordic = (await api.post("/admin/affiliate-sites", { name: "Nordic", domain: "nordic.example.com", landing_url: "https://nordic.example.com/", sales_channel_id: store.channels.outlet, metadata: { note: OPERATOR_NOTE } }, admin)).data.site
        const voucher = (await api.post("/admin/affiliate-vouchers", { referral_id: link.id, code: "anna15", aliases: ["hike15"], incentive: { type: "percentage", value: 15 } }, admin)).data.voucher
        expect(voucher.promotion_id).toMatch(/^promo_/)
        await api.post(`/admin/affiliate-vouchers/${voucher.id}`, { metadata: { note: OPERATOR_NOTE } }, admin)
        await referredOrder(link.slug, "shopper@example.com")
        const run = (await api.post("/admin/affiliate-payouts", {}, admin)).data
        const payoutId = run.payouts[0].id

        const me = (await api.get("/store/affiliate/me", portal)).data

        const answers: Record<string, unknown> = {
          "GET /store/affiliate/me": me,
          "POST /store/affiliate/me": (await api.post("/store/affiliate/me", { phone: "+49 30 1234" }, portal)).data,
          "POST /store/affiliate/me/site-authorizations": (await api.post("/store/affiliate/me/site-authorizations", { site_id: nordic.id, note: "please" }, portal)).data,
          "GET /store/affiliate/me/balance": (await api.get("/store/affiliate/me/balance", portal)).data,
          "GET /store/affiliate/me/commissions": (await api.get("/store/affiliate/me/commissions", portal)).data,
          "GET /store/affiliate/me/payouts": (await api.get("/store/affiliate/me/payouts", portal)).data,
          "GET /store/affiliate/me/payouts/:id": (await api.get(`/store/affiliate/me/payouts/${payoutId}`, portal)).data,
          "GET /store/affiliate/me/reports": (await api.get("/store/affiliate/me/reports", portal)).data,
          "GET /store/affiliate/me/conversions": (await api.get("/store/affiliate/me/conversions", portal)).data,
          "GET /store/affiliate/program": (await api.get("/store/affiliate/program", storeHeaders(pk))).data,
        }
        const leaks = Object.entries(answers).flatMap(([route, body]) => [
          ...keyPaths(body).filter((p) => OPERATOR_KEYS.includes(p.split(".").pop()!)).map((p) => `${route} ${p}`),
          ...(JSON.stringify(body).includes(OPERATOR_NOTE) ? [`${route} shows the operator's note`] : []),
          ...(JSON.stringify(body).includes(voucher.promotion_id) ? [`${route} shows the promotion id`] : []),
        ])
        expect(leaks).toEqual([])
        // What the portal reads is still there.
        expect(me.affiliate.site_authorizations[0]).toMatchObject({ status: "approved", site_id: shop.id, site: { id: shop.id, name: "Shop", domain: SHOP } })
        expect(me.affiliate.site_authorizations[0].decided_at).not.toBeNull()
        expect(me.affiliate.referrals[0].vouchers[0]).toMatchObject({ has_incentive: true })
        expect(me.affiliate.referrals[0].vouchers[0].codes.map((c: any) => c.code.toUpperCase()).sort()).toEqual(["ANNA15", "HIKE15"])
        // The scan saw real data, not empty answers.
        expect((answers["GET /store/affiliate/me/commissions"] as any).commissions).toHaveLength(1)
        expect((answers["POST /store/affiliate/me/site-authorizations"] as any).site_authorization).toMatchObject({ status: "requested", site_id: nordic.id })
        expect(anna.id).toBe(me.affiliate.id)
      })
    })
  },
})
