import net from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
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
    let base: string
    /** Medusa's loaded config: the route reads admin.backendUrl (MEDUSA_BACKEND_URL) from it on every request. */
    const config = () => getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE) as any

    beforeAll(async () => {
      admin = await createAdminUser(getContainer(), api)
      base = String(api.defaults.baseURL).replace(/\/$/, "")
      // The app listens on a random port, known only now: point invitation links (and the check's probe) at it,
      // as MEDUSA_BACKEND_URL does in a deployment. Without it the links name localhost:9000, whatever runs there.
      config().admin.backendUrl = base
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

    it("opens the invitation page: an answer is ok, an error page or no answer is a warning that leaves the program ready", async () => {
      const links = async () => (await setup()).checks.find((c: any) => c.id === "invitation_links")
      const hosted = `${base}/affiliate-portal/accept-invitation`
      expect(await links()).toMatchObject({ status: "ok", data: { url: hosted, http_status: 200, probe_error: null } })
      expect((await links()).detail).toContain("The page answers (HTTP 200).")

      const backendUrl = config().admin.backendUrl
      try {
        // A server that answers, but not with the page: a proxy sending /shop/* elsewhere, say.
        config().admin.backendUrl = `${base}/shop`
        const notFound = await links()
        expect(notFound).toMatchObject({ status: "warning", data: { url: `${base}/shop/affiliate-portal/accept-invitation`, http_status: 404 } })
        expect(notFound.detail).toMatch(/answers HTTP 404: invited partners land on an error page/)
        expect(notFound.fix.label).toMatch(/MEDUSA_BACKEND_URL/)

        // Nothing listens: a port just released.
        const port = await new Promise<number>((resolve) => {
          const server = net.createServer().listen(0, "127.0.0.1", () => {
            const { port } = server.address() as net.AddressInfo
            server.close(() => resolve(port))
          })
        })
        config().admin.backendUrl = `http://127.0.0.1:${port}`
        const report = await setup()
        const refused = report.checks.find((c: any) => c.id === "invitation_links")
        expect(refused).toMatchObject({ status: "warning", data: { http_status: null, probe_error: "connection refused" } })
        expect(refused.detail).toMatch(/did not answer \(connection refused\): invited partners cannot sign up/)
        // A warning: the program's readiness is decided by site, rule and partners alone.
        expect(report.checks.filter((c: any) => c.status === "missing").map((c: any) => c.id)).toEqual(["site", "commission_rule", "partners_authorized"])
      } finally {
        config().admin.backendUrl = backendUrl
      }
    })

    it("names the active partner who waits for a site, for the fix to open", async () => {
      const anna = (await api.post("/admin/affiliates", { name: "Anna Outdoors", kind: "external", email: "anna@example.com", status: "active" }, admin)).data.affiliate
      // Pending partners and internal accounts are not waiting for a site.
      await api.post("/admin/affiliates", { name: "Pete Pending", kind: "external", email: "pete@example.com", status: "pending" }, admin)
      await api.post("/admin/affiliates", { name: "Newsletter", kind: "internal" }, admin)
      const partners = (await setup()).checks.find((c: any) => c.id === "partners_authorized")
      expect(partners).toMatchObject({
        status: "warning",
        fix: { label: "Authorize Anna Outdoors for a site", admin_path: `/affiliates/${anna.id}` },
        data: { active_external: 1, authorized_active_external: 0, unauthorized_affiliate_id: anna.id, unauthorized_affiliate_name: "Anna Outdoors" },
      })

      const channel = (await api.post("/admin/sales-channels", { name: "Probe webshop" }, admin)).data.sales_channel
      const shop = (await api.post("/admin/affiliate-sites", { name: "Shop", domain: "shop-partners.example.com", landing_url: "https://shop-partners.example.com/", sales_channel_id: channel.id }, admin)).data.site
      await api.post(`/admin/affiliates/${anna.id}/site-authorizations`, { site_id: shop.id }, admin)
      const done = (await setup()).checks.find((c: any) => c.id === "partners_authorized")
      expect(done).toMatchObject({ status: "ok", data: { authorized_active_external: 1, unauthorized_affiliate_id: null } })
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
