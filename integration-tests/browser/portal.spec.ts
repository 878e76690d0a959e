import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { generateEntityId, Modules } from "@medusajs/framework/utils"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { createAdminUser, createPublishableKey, Headers, registerCustomer } from "../helpers/actors"
import { launchChromium, resetScreenshots, screenshot, watchPageErrors } from "./browser"

jest.setTimeout(180 * 1000)

/**
 * The hosted partner portal in a real browser against the real app: a partner
 * signs up and applies through the page, the operator approves over the admin
 * API, and an invited partner accepts an invitation. Screenshots of every step
 * land in .test-data/screenshots/portal-*.png.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let admin: Headers
    let base: string
    let program: any
    const sites: any[] = []
    const partner: { email: string; password: string; id?: string } = { email: "jane@partner.example", password: "jane-secret-1" }
    const openContexts: BrowserContext[] = []

    async function newPage(options: { mobile?: boolean } = {}) {
      const context = await browser.newContext({
        timezoneId: "Europe/Berlin",
        locale: "en-GB",
        viewport: options.mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 },
        deviceScaleFactor: 1,
      })
      openContexts.push(context)
      const page = await context.newPage()
      const errors = watchPageErrors(page)
      return { page, errors }
    }

    const portal = (path = "/affiliate-portal") => `${base}${path}`

    async function signIn(page: Page, email: string, password: string) {
      await page.goto(portal("/affiliate-portal#/signin"))
      await page.getByLabel("Email").fill(email)
      await page.getByLabel("Password").fill(password)
      await page.getByRole("button", { name: "Sign in" }).click()
    }

    beforeAll(async () => {
      resetScreenshots("portal-")
      browser = await launchChromium()
      base = String(api.defaults.baseURL).replace(/\/$/, "")
      admin = await createAdminUser(getContainer(), api)
      const created = await api.post(
        "/admin/affiliate-programs",
        {
          name: "Acme Partners",
          handle: "acme-partners",
          is_default: true,
          registration_mode: "open",
          auto_approve: false,
          description: "Earn 10% on every first order from customers you refer to Acme.",
          agreement_text:
            "1. You promote Acme honestly and never bid on the Acme brand in search ads.\n2. Commissions are paid monthly once approved.\n3. Either side may end this agreement at any time.",
          agreement_version: "2024-06",
          attribution_window_days: 30,
          hold_days: 14,
          payout_minimums: { eur: 50 },
          help_center: {
            entries: [
              { question: "When do I get paid?", answer: "Approved commissions are paid monthly once you pass the payout minimum." },
              { question: "Can I use voucher codes on podcasts?", answer: "Yes. Codes work without a link: listeners type them at checkout." },
            ],
          },
        },
        admin
      )
      program = created.data.program
      for (const site of [
        { name: "Acme Shop", domain: "acme-shop.com", landing_url: "https://acme-shop.com/", locale: "en" },
        { name: "Acme Deutschland", domain: "acme-shop.de", landing_url: "https://acme-shop.de/", locale: "de" },
      ]) {
        const res = await api.post("/admin/affiliate-sites", { ...site, program_id: program.id }, admin)
        sites.push(res.data.site)
      }
    })

    afterAll(async () => {
      for (const context of openContexts) await context.close().catch(() => undefined)
      await browser?.close()
    })

    it("tells the operator to create a publishable key when the store has none", async () => {
      // Medusa creates a default publishable key at start-up; revoke it to see the empty state.
      const apiKeys = getContainer().resolve(Modules.API_KEY) as any
      const existing = await apiKeys.listApiKeys({ type: "publishable" })
      if (existing.length) await apiKeys.revoke({ id: existing.map((k: any) => k.id) }, { revoked_by: "portal-test" })

      const { page, errors } = await newPage()
      const response = await page.goto(portal())
      expect(response?.status()).toBe(503)
      await expect(page.getByRole("heading", { name: "The partner portal is not set up yet" }).isVisible()).resolves.toBe(true)
      expect(await page.textContent("body")).toContain("Settings > Publishable API Keys")
      await screenshot(page, "portal-00-missing-key")
      expect(errors).toEqual([])

      await createPublishableKey(getContainer())
      const again = await page.goto(portal())
      expect(again?.status()).toBe(200)
      expect(again?.headers()["content-security-policy"]).toContain("script-src 'self'")
    })

    // The runner restores the database to its state after beforeAll before every test,
    // so the whole partner journey (apply -> approval -> dashboard) is one test.
    it("takes a visitor from sign-up and application (pending review) to the active dashboard after approval", async () => {
      const { page, errors } = await newPage()
      await page.goto(portal())
      await page.getByRole("heading", { name: "Partner portal", level: 1 }).waitFor()
      expect(await page.textContent("body")).toContain("Partner with Acme Partners")
      await screenshot(page, "portal-01-sign-in")

      await page.getByRole("link", { name: "Create account" }).click()
      await page.getByLabel("First name").fill("Jane")
      await page.getByLabel("Last name").fill("Partner")
      await page.getByLabel("Email").fill(partner.email)
      await page.getByLabel("Password").fill(partner.password)
      await screenshot(page, "portal-02-sign-up")
      await page.getByRole("button", { name: "Create account" }).click()

      await page.getByRole("heading", { name: "Become a partner" }).waitFor()
      expect(await page.getByLabel("Full name").inputValue()).toBe("Jane Partner")
      expect(await page.getByLabel("Timezone").inputValue()).toBe("Europe/Berlin")
      expect(await page.textContent("body")).toContain("Version 2024-06")
      await page.getByLabel("Company").fill("Jane Media Ltd")
      await page.getByLabel("Website").fill("https://jane.example")
      await page.getByLabel("Tax / VAT ID").fill("GB123456789")
      await page.getByLabel("How will you promote us?").fill("A cooking blog with 40k monthly readers and a weekly newsletter.")
      await screenshot(page, "portal-03-apply-form")

      // The agreement must be accepted: the browser refuses the form until it is.
      await page.getByRole("button", { name: "Submit application" }).click()
      expect(await page.getByRole("heading", { name: "Become a partner" }).isVisible()).toBe(true)
      await page.getByLabel(/I have read and accept the partner agreement/).check()
      await page.getByRole("button", { name: "Submit application" }).click()

      const banner = page.getByTestId("status-banner")
      await banner.waitFor()
      expect((await banner.textContent())?.toLowerCase()).toContain("pending review")
      expect(await page.textContent("body")).toContain("Application received. Its status is: pending review.")
      // No phone yet: the action items ask for the missing business info.
      expect(await page.getByTestId("action-business").textContent()).toContain("Missing business info")
      await screenshot(page, "portal-04-pending-review")

      // A pending partner may already ask for a site.
      await page.getByRole("link", { name: "Sites" }).click()
      await page.getByRole("button", { name: "Request access to Acme Shop" }).click()
      await page.getByText("Access to Acme Shop requested").waitFor()
      const row = page.locator('[data-site="acme-shop.com"]')
      expect(await row.textContent()).toContain("Requested")
      expect(await page.locator('[data-site="acme-shop.de"]').textContent()).toContain("Not requested")
      await screenshot(page, "portal-05-site-requested")

      // The operator approves over the admin API.
      const listed = await api.get("/admin/affiliates?limit=100", admin)
      const found = listed.data.affiliates.filter((a: any) => a.email === partner.email)
      expect(found).toHaveLength(1)
      partner.id = found[0].id
      expect(found[0].status).toBe("pending")
      await api.post(`/admin/affiliates/${partner.id}/status`, { status: "active", reason: "Looks good" }, admin)
      await api.post(`/admin/affiliates/${partner.id}/site-authorizations`, { site_id: sites[0].id, status: "approved" }, admin)
      const referral = await api.post(
        "/admin/affiliate-referrals",
        {
          affiliate_id: partner.id,
          name: "Instagram",
          slug: "jane-insta",
          site_id: sites[0].id,
          landing_path: "/spring",
          utm_source: "instagram",
          utm_medium: "social",
          utm_campaign: "spring",
        },
        admin
      )
      await api.post(
        "/admin/affiliate-vouchers",
        { referral_id: referral.data.referral.id, code: "JANE10", aliases: ["JANESPRING"], description: "10% off a first order" },
        admin
      )

      await page.reload()
      await page.getByRole("link", { name: "Overview" }).click()
      await banner.waitFor()
      expect(await banner.textContent()).toContain("Your partner account is active")
      expect(await page.textContent("body")).toContain("Welcome, Jane Partner")
      await screenshot(page, "portal-06-active-overview")

      await page.getByRole("link", { name: "Sites" }).click()
      expect(await page.locator('[data-site="acme-shop.com"]').textContent()).toContain("Approved")
      await screenshot(page, "portal-07-sites")

      await page.getByRole("link", { name: "Links & codes" }).click()
      const link = page.getByTestId("referral-link")
      // The tracked link of this store: it records the visit and sends the visitor on to the site.
      expect(await link.textContent()).toBe(`${base}/r/jane-insta`)
      const voucher = page.getByTestId("voucher")
      expect(await voucher.textContent()).toContain("JANE10")
      expect(await voucher.textContent()).toContain("JANESPRING")
      const copy = page.getByRole("button", { name: "Copy referral link for acme-shop.com" })
      await copy.click()
      await page.waitForFunction(() => Array.from(document.querySelectorAll("button")).some((b) => b.textContent === "Copied"))
      await screenshot(page, "portal-08-links-and-codes")

      await page.getByRole("link", { name: "Reporting", exact: true }).click()
      // No traffic yet: zeros, and a word on how to get started.
      await page.getByText("No clicks or conversions in this period yet.").waitFor()
      expect(await page.getByTestId("report-totals").textContent()).toContain("0Clicks")
      expect(await page.getByText("No registrations or orders attributed to you yet.").isVisible()).toBe(true)
      await screenshot(page, "portal-09-reporting")

      await page.getByRole("link", { name: "Profile" }).click()
      expect(await page.getByLabel("Company").inputValue()).toBe("Jane Media Ltd")
      await page.getByLabel("Phone").fill("+44 20 7946 0000")
      await page.getByLabel("Payout method").selectOption("paypal")
      await page.getByLabel("IBAN, PayPal email or account reference").fill("payouts@jane.example")
      await page.getByLabel("Website").fill("https://jane.example/blog")
      await page.getByRole("button", { name: "Save profile" }).click()
      await page.getByText("Profile saved.").waitFor()
      await screenshot(page, "portal-10-profile-saved")

      await page.getByRole("link", { name: "Overview" }).click()
      const actions = await page.getByTestId("action-items").textContent()
      expect(actions).toContain("Business info complete")
      expect(actions).toContain("Partner agreement accepted")
      expect(actions).not.toContain("Payout details missing")

      await page.getByRole("link", { name: "Help center" }).click()
      await page.getByText("When do I get paid?").click()
      await page.getByText("Approved commissions are paid monthly").waitFor()
      await screenshot(page, "portal-11-help-center")

      const mobile = await newPage({ mobile: true })
      await mobile.page.goto(portal("/affiliate-portal#/signin"))
      await mobile.page.getByRole("button", { name: "Sign in" }).waitFor()
      await screenshot(mobile.page, "portal-12-mobile-sign-in")
      await signIn(mobile.page, partner.email, partner.password)
      await mobile.page.getByTestId("status-banner").waitFor()
      await screenshot(mobile.page, "portal-13-mobile-overview")
      await mobile.page.getByRole("link", { name: "Links & codes" }).click()
      await mobile.page.getByTestId("voucher").waitFor()
      // The whole link is readable on a phone, not cut off in a one-line field.
      const box = await mobile.page.getByTestId("referral-link").boundingBox()
      expect(box!.width).toBeLessThanOrEqual(390)
      await screenshot(mobile.page, "portal-14-mobile-links")

      // A suspension shows up with a plain explanation.
      await api.post(`/admin/affiliates/${partner.id}/status`, { status: "suspended", reason: "Brand bidding" }, admin)
      await page.reload()
      await page.getByRole("link", { name: "Overview" }).click()
      expect(await banner.textContent()).toContain("Your account is suspended")
      await screenshot(page, "portal-22-suspended")
      expect(errors).toEqual([])
      expect(mobile.errors).toEqual([])
    })

    it("shows a partner their own traffic, campaigns and anonymised conversions on the Reporting tab", async () => {
      const pk = await createPublishableKey(getContainer())
      const rita = { email: "rita@reports.example", password: "rita-secret-1" }
      const login = await registerCustomer(api, pk, { email: rita.email, password: rita.password, first_name: "Rita", last_name: "Reports" })
      const shopper = await registerCustomer(api, pk, { email: "sam.shopper@private.example", first_name: "Sam", last_name: "Shopper" })
      const created = await api.post(
        "/admin/affiliates",
        { name: "Rita Reports", kind: "external", status: "active", email: rita.email, customer_id: login.customer.id, timezone: "Europe/Berlin", program_id: program.id },
        admin
      )
      const affiliate = created.data.affiliate
      for (const site of sites) {
        await api.post(`/admin/affiliates/${affiliate.id}/site-authorizations`, { site_id: site.id, status: "approved" }, admin)
      }
      const newsletter = (
        await api.post(
          "/admin/affiliate-referrals",
          { affiliate_id: affiliate.id, name: "Newsletter", slug: "rita-news", utm_source: "newsletter", utm_medium: "email", utm_campaign: "spring" },
          admin
        )
      ).data.referral
      const other = (await api.post("/admin/affiliates", { name: "Other Partner", kind: "external", status: "active", program_id: program.id }, admin)).data.affiliate

      const service = getContainer().resolve("affiliate") as any
      const DAY = 24 * 60 * 60 * 1000
      const noon = (daysAgo: number) => new Date(Math.floor(Date.now() / DAY) * DAY - daysAgo * DAY + 12 * 60 * 60 * 1000)
      const traffic = {
        program_id: program.id, affiliate_id: affiliate.id, referral_id: newsletter.id, voucher_id: null, site_id: sites[0].id,
        ip_hash: null, is_bot: false, blocked_reason: null, landing_path: "/", referrer_host: null,
        utm_source: "newsletter", utm_medium: "email", utm_campaign: "spring", utm_term: null, utm_content: null,
      }
      const clicks = [
        ...[0, 1, 2, 3].map((i) => ({ visitor_id: `visitor-r${i}`, created_at: noon(6) })),
        ...[0, 1, 2, 3, 4, 5].map((i) => ({ visitor_id: `visitor-s${i}`, created_at: noon(4) })),
        { visitor_id: "visitor-s0", created_at: new Date(noon(4).getTime() + 60 * 1000) }, // a repeat visit
        { visitor_id: "visitor-t0", created_at: noon(2), utm_campaign: "summer", site_id: sites[1].id },
        // Someone else's traffic never shows up here.
        ...[0, 1, 2].map((i) => ({ visitor_id: `visitor-o${i}`, created_at: noon(2), affiliate_id: other.id, referral_id: null })),
      ]
      await service.insertClicks(clicks.map((c) => ({ ...traffic, id: generateEntityId(undefined, "affclk"), ...c })))
      const attribution = (data: Record<string, unknown>) => ({
        id: generateEntityId(undefined, "affattr"), program_id: program.id, conversion: "order", status: "attributed",
        customer_id: shopper.customer.id, order_id: null, affiliate_id: affiliate.id, referral_id: newsletter.id, voucher_id: null,
        voucher_code: null, click_id: null, site_id: sites[0].id, source: "link", utm_source: "newsletter", utm_medium: "email",
        utm_campaign: "spring", utm_term: null, utm_content: null, attributed_at: noon(4), window_ends_at: null,
        order_total: null, currency_code: null, idempotency_key: `test:${Math.random()}`,
        explanation: { summary: "Attributed to Rita Reports (link, click of the newsletter, first touch)." }, ...data,
      })
      await service.insertAttributions([
        attribution({ conversion: "registration", attributed_at: new Date(noon(4).getTime() + 30 * 60 * 1000) }),
        attribution({ order_id: "order_private_1", order_total: "59.90", currency_code: "eur", attributed_at: noon(3) }),
        attribution({
          status: "rejected", customer_id: login.customer.id, order_id: "order_private_2", order_total: "24.00", currency_code: "eur",
          source: "code", voucher_code: "RITA10", attributed_at: noon(1),
          explanation: {
            summary: "Not attributed: Rita Reports cannot earn from their own order.",
            considered: [{ kind: "code", ref: "RITA10", at: noon(1).toISOString(), affiliate_id: affiliate.id, affiliate_name: "Rita Reports", outcome: "rejected", reason: "self_referral", detail: "Rita Reports cannot earn from their own order." }],
          },
        }),
        attribution({ affiliate_id: other.id, referral_id: null, order_id: "order_other", order_total: "999.00", currency_code: "eur", attributed_at: noon(1) }),
      ])

      const { page, errors } = await newPage()
      await signIn(page, rita.email, rita.password)
      await page.getByTestId("status-banner").waitFor()

      // Two approved sites: one tracked link per site.
      await page.getByRole("link", { name: "Links & codes" }).click()
      const links = await page.getByTestId("referral-link").allTextContents()
      expect(links).toEqual([`${base}/r/rita-news?site=acme-shop.com`, `${base}/r/rita-news?site=acme-shop.de`])

      await page.getByRole("link", { name: "Reporting", exact: true }).click()
      const totals = page.getByTestId("report-totals")
      await totals.waitFor()
      const tile = async (label: string) =>
        (await totals.locator(".tile").filter({ has: page.locator(".tile-label", { hasText: new RegExp(`^${label}`) }) }).locator(".tile-value").textContent())?.trim()
      expect(await tile("Clicks")).toBe("12")
      expect(await tile("Unique visits")).toBe("11")
      expect(await tile("Registrations")).toBe("1")
      expect(await tile("Orders")).toBe("1")
      expect(await tile("Revenue")).toBe("€59.90")
      expect(await page.getByLabel("Time zone").inputValue()).toBe("Europe/Berlin")

      const days = page.getByTestId("report-days")
      expect(await days.getByRole("row").count()).toBe(6) // header + 5 days with activity
      expect(await page.getByRole("img", { name: "12 clicks and 11 unique visits in 30 days" }).count()).toBe(1)
      const byReferral = await page.getByTestId("report-referrals").textContent()
      expect(byReferral).toContain("Newsletter")
      expect(byReferral).toContain("rita-news")
      const campaigns = page.getByTestId("report-campaigns")
      expect(await campaigns.getByRole("row").filter({ hasText: "summer" }).textContent()).toContain("newsletteremailsummer1")
      expect(await campaigns.getByRole("row").filter({ hasText: "spring" }).textContent()).toContain("€59.90")

      const items = page.getByTestId("conversion")
      expect(await items.count()).toBe(3)
      const first = await items.nth(0).textContent()
      expect(first).toContain("Not attributed")
      expect(first).toContain("Your own account")
      expect(first).toContain("code RITA10")
      const pseudonyms = await page.getByTestId("conversion-customer").allTextContents()
      expect(pseudonyms[1]).toMatch(/^Customer [0-9A-F]{4}-[0-9A-F]{4}$/)
      // One shopper's registration and order share a pseudonym.
      expect(pseudonyms[1]).toBe(pseudonyms[2])
      expect(await items.nth(1).textContent()).toContain("€59.90")
      expect(await items.nth(1).textContent()).toContain("Attributed to Rita Reports")
      // (The whole page, but the time zone list, which has a Europe/Samara.)
      const body = (await page.textContent("body"))!
      const figures = (
        await Promise.all(["report-totals", "report-days", "report-referrals", "report-campaigns", "conversions"].map((id) => page.getByTestId(id).textContent()))
      ).join(" ")
      for (const secret of ["sam.shopper@private.example", "Shopper", shopper.customer.id, login.customer.id, "order_private", "order_other", "€999", "Other Partner"]) {
        expect([secret, body.includes(secret)]).toEqual([secret, false])
      }
      expect(figures).not.toContain("Sam")
      await screenshot(page, "portal-23-reporting-figures")

      // Another period: an earlier month without traffic.
      await page.getByLabel("From", { exact: true }).fill("2025-01-01")
      await page.getByLabel("To", { exact: true }).fill("2025-01-31")
      await page.getByRole("button", { name: "Show" }).click()
      await page.getByText("No clicks or conversions in this period yet.").waitFor()
      expect(await tile("Clicks")).toBe("0")
      // The conversions list is not tied to the period.
      expect(await items.count()).toBe(3)
      await page.getByLabel("To", { exact: true }).fill("2024-12-01")
      await page.getByRole("button", { name: "Show" }).click()
      await page.getByRole("alert").filter({ hasText: "must not be after" }).waitFor()
      await screenshot(page, "portal-24-reporting-bad-range")

      const mobile = await newPage({ mobile: true })
      await signIn(mobile.page, rita.email, rita.password)
      await mobile.page.getByTestId("status-banner").waitFor()
      await mobile.page.getByRole("link", { name: "Reporting", exact: true }).click()
      await mobile.page.getByTestId("conversion").first().waitFor()
      await screenshot(mobile.page, "portal-25-mobile-reporting")
      expect(errors).toEqual([])
      expect(mobile.errors).toEqual([])
    })

    it("shows the API's message for a wrong password", async () => {
      const { page, errors } = await newPage()
      await signIn(page, partner.email, "wrong-password")
      const alert = page.getByRole("alert")
      await alert.waitFor()
      expect(await alert.textContent()).toMatch(/invalid email or password/i)
      await screenshot(page, "portal-15-wrong-password")
      expect(errors).toEqual([])
    })

    it("lets an invited partner accept the invitation from the emailed link", async () => {
      const invited = await api.post(
        "/admin/affiliate-invitations",
        { email: "ivy@creator.example", name: "Ivy Creator", message: "We loved your spring recipes. Join us!" },
        admin
      )
      // The token rides in the fragment, which the browser never sends to a server.
      const token = new URLSearchParams(new URL(invited.data.invitation_url).hash.slice(1)).get("token")!
      expect(token).toBeTruthy()
      expect(new URL(invited.data.invitation_url).search).toBe("")

      const { page, errors } = await newPage()
      const requestedUrls: string[] = []
      page.on("request", (request) => requestedUrls.push(request.url()))
      await page.goto(portal(`/affiliate-portal/accept-invitation#token=${encodeURIComponent(token)}`))
      await page.getByRole("heading", { name: "You're invited to join Acme Partners" }).waitFor()
      // The page takes the token out of the address bar at once.
      expect(page.url()).not.toContain(token)
      expect(await page.getByTestId("invited-email").textContent()).toBe("ivy@creator.example")
      expect(await page.textContent("body")).toContain("Open")
      expect(await page.getByLabel("Email").inputValue()).toBe("ivy@creator.example")
      expect(await page.getByLabel("First name").inputValue()).toBe("Ivy")
      await page.getByLabel("Password").fill("ivy-secret-12")
      await screenshot(page, "portal-16-invitation")
      await page.getByRole("button", { name: "Create account" }).click()

      await page.getByRole("heading", { name: "Confirm your details" }).waitFor()
      expect(await page.getByLabel("Full name").inputValue()).toBe("Ivy Creator")
      // Keep UTC so the dashboard can point out the timezone mismatch.
      await page.getByLabel("Timezone").selectOption("UTC")
      await page.getByLabel(/I have read and accept the partner agreement/).check()
      await screenshot(page, "portal-17-accept-form")
      await page.getByRole("button", { name: "Accept invitation" }).click()

      const banner = page.getByTestId("status-banner")
      await banner.waitFor()
      expect(await banner.textContent()).toContain("Your partner account is active")
      expect(page.url()).not.toContain("token=")
      expect(requestedUrls.length).toBeGreaterThan(3)
      expect(requestedUrls.filter((url) => url.includes(token))).toEqual([])
      expect(await page.getByTestId("action-timezone").textContent()).toContain("Timezone not set")
      // Another partner's data never shows up.
      expect(await page.textContent("body")).not.toContain("Jane")
      await page.getByRole("link", { name: "Links & codes" }).click()
      expect(await page.textContent("main")).not.toContain("jane-insta")
      await page.getByRole("link", { name: "Overview" }).click()
      await screenshot(page, "portal-18-invited-dashboard")

      await page.getByRole("button", { name: "Use Europe/Berlin" }).click()
      await page.getByText("Timezone set to Europe/Berlin.").waitFor()
      expect(await page.getByTestId("action-items").textContent()).toContain("Timezone: Europe/Berlin")
      await screenshot(page, "portal-19-timezone-fixed")

      const affiliates = await api.get("/admin/affiliates?limit=100", admin)
      const ivy = affiliates.data.affiliates.find((a: any) => a.email === "ivy@creator.example")
      expect(ivy).toMatchObject({ status: "active", timezone: "Europe/Berlin" })

      // The used link (here as the plugin builds it in the email) and a made-up link both explain themselves.
      const emailed = new URL(invited.data.invitation_url)
      expect(emailed.pathname).toBe("/affiliate-portal/accept-invitation")
      const other = await newPage()
      await other.page.goto(portal(emailed.pathname + emailed.hash))
      await other.page.getByText("Already accepted").waitFor()
      // A used link tells its state only: not whom it invited or what they were told.
      expect(await other.page.textContent("body")).not.toContain("ivy@creator.example")
      expect(await other.page.textContent("body")).not.toContain("spring recipes")
      await screenshot(other.page, "portal-20-invitation-used")
      await other.page.goto(portal("/affiliate-portal/accept-invitation#token=not-a-real-token-123"))
      await other.page.getByText("This invitation link is not valid").waitFor()
      await screenshot(other.page, "portal-21-invitation-invalid")
      expect(errors).toEqual([])
      expect(other.errors).toEqual([])
    })
  },
})
