import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { generateEntityId } from "@medusajs/framework/utils"
import { attempt, createAdminUser, Headers } from "../helpers/actors"
import { eventually } from "../helpers/store"

jest.setTimeout(180 * 1000)

const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"

/**
 * GET /admin/affiliate-setup over HTTP: a fresh install says what it still
 * needs before it can pay anyone, and turns ready as the operator sets it up.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    beforeAll(async () => {
      admin = await createAdminUser(getContainer(), api)
    })

    const setup = async (query = "") => (await api.get(`/admin/affiliate-setup${query}`, admin)).data
    const statuses = (report: any) => Object.fromEntries(report.checks.map((c: any) => [c.id, c.status]))
    const saltStatus = process.env.AFFILIATE_IP_SALT?.trim() ? "ok" : "warning"

    it("a fresh install is not ready: site, rule and partners missing", async () => {
      const report = await setup()
      expect(report.program).toEqual({ id: "affprog_default", name: expect.any(String) })
      expect(report.ready).toBe(false)
      expect(report.checks.map((c: any) => c.id)).toEqual([
        "site",
        "commission_rule",
        "partners_authorized",
        "notifications",
        "invitation_links",
        "ip_salt",
        "storefront_connected",
      ])
      expect(statuses(report)).toEqual({
        site: "missing",
        commission_rule: "missing",
        partners_authorized: "missing",
        // The test app configures the local provider for the email channel.
        notifications: "ok",
        invitation_links: "ok",
        ip_salt: saltStatus,
        storefront_connected: "warning",
      })
      const byId = Object.fromEntries(report.checks.map((c: any) => [c.id, c]))
      expect(byId.invitation_links.data.url).toMatch(/^https?:\/\/.+\/accept-invitation$/)
      expect(byId.storefront_connected.detail).toBe("no click seen yet; no attributed order yet")
      expect(byId.site.fix).toEqual({ label: expect.any(String), admin_path: "/affiliates/sites" })
    })

    it("turns ready after a site on a sales channel, a rule and an authorized partner; then sees clicks and orders", async () => {
      // A site without a sales channel does not count.
      const bare = (await api.post("/admin/affiliate-sites", { name: "Bare", domain: "bare.example.com", landing_url: "https://bare.example.com/" }, admin)).data.site
      expect(statuses(await setup()).site).toBe("missing")

      const channel = (await api.post("/admin/sales-channels", { name: "Setup webshop" }, admin)).data.sales_channel
      const shop = (await api.post("/admin/affiliate-sites", { name: "Shop", domain: "shop.example.com", landing_url: "https://shop.example.com/", sales_channel_id: channel.id }, admin)).data.site
      // One linked, one not: a warning, no longer missing.
      expect(statuses(await setup()).site).toBe("warning")
      await api.post(`/admin/affiliate-sites/${bare.id}`, { status: "archived" }, admin)
      expect(statuses(await setup()).site).toBe("ok")

      // A rule for registrations alone still pays nothing on orders.
      await api.post("/admin/affiliate-commission-rules", { name: "Signup bounty", event: "registration", type: "flat", flat_amounts: { eur: 3 } }, admin)
      expect(statuses(await setup()).commission_rule).toBe("missing")
      await api.post("/admin/affiliate-commission-rules", { name: "Standard 10 %", type: "percentage", percentage: 10 }, admin)
      expect(statuses(await setup()).commission_rule).toBe("ok")

      const anna = (await api.post("/admin/affiliates", { name: "Anna Outdoors", kind: "external", email: "anna@example.com", status: "active" }, admin)).data.affiliate
      expect(anna.status).toBe("active")
      expect(statuses(await setup()).partners_authorized).toBe("warning")
      await api.post(`/admin/affiliates/${anna.id}/site-authorizations`, { site_id: shop.id }, admin)

      const ready = await setup()
      expect(ready.ready).toBe(true)
      expect(statuses(ready)).toMatchObject({ site: "ok", commission_rule: "ok", partners_authorized: "ok", storefront_connected: "warning" })

      // A real link click, then an attributed order (stored through the module, as the order subscriber would).
      const referral = (await api.post("/admin/affiliate-referrals", { affiliate_id: anna.id, name: "Instagram", slug: "anna-setup", site_id: shop.id }, admin)).data.referral
      const visit = await api.get("/r/anna-setup", { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": BROWSER } })
      expect(visit.status).toBe(302)
      const clicked = await eventually(async () => {
        const check = (await setup()).checks.find((c: any) => c.id === "storefront_connected")
        return check.data.last_click_at ? check : null
      }, "the click in the setup check")
      expect(clicked).toMatchObject({ status: "warning", detail: "no attributed order yet" })

      const attributedAt = new Date()
      await (getContainer().resolve("affiliate") as any).insertAttributions([
        {
          id: generateEntityId(undefined, "affattr"), program_id: "affprog_default", conversion: "order", status: "attributed",
          customer_id: null, order_id: "order_setup_1", affiliate_id: anna.id, referral_id: referral.id, voucher_id: null, voucher_code: null,
          click_id: null, site_id: shop.id, source: "link", utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null,
          attributed_at: attributedAt, window_ends_at: null, order_total: "50.00", currency_code: "eur",
          explanation: { summary: "Attributed to Anna Outdoors (link)." }, idempotency_key: "test:setup-order-1",
        },
      ])
      const connected = (await setup()).checks.find((c: any) => c.id === "storefront_connected")
      expect(connected.status).toBe("ok")
      expect(connected.data.last_attributed_order_at).toBe(attributedAt.toISOString())
    })

    it("checks the program it is given, answers 404 for an unknown one and 400 for a bad query", async () => {
      const program = (await api.post("/admin/affiliate-programs", { name: "Wholesale", handle: "wholesale-setup" }, admin)).data.program
      const report = await setup(`?program_id=${program.id}`)
      expect(report.program).toEqual({ id: program.id, name: "Wholesale" })
      // The default program's site, rule and partner belong to it, not to this one.
      expect(report.ready).toBe(false)
      expect(statuses(report)).toMatchObject({ site: "missing", commission_rule: "missing", partners_authorized: "missing" })

      const unknown = await attempt(api.get("/admin/affiliate-setup?program_id=affprog_nope", admin))
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toMatch(/affprog_nope was not found/)

      const bad = await attempt(api.get("/admin/affiliate-setup?programme=x", admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/unknown field\(s\) programme/)
    })

    it("refuses callers who are not admins with 401", async () => {
      const anonymous = await attempt(api.get("/admin/affiliate-setup"))
      expect(anonymous.status).toBe(401)
      const forged = await attempt(api.get("/admin/affiliate-setup", { headers: { authorization: "Bearer not-a-token" } }))
      expect(forged.status).toBe(401)
    })
  },
})
