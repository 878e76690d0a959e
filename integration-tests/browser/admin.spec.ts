import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Browser, BrowserContext, Locator, Page } from "playwright-core"
import { generateEntityId } from "@medusajs/framework/utils"
import { createAdminUser, Headers } from "../helpers/actors"
import { enableAdminInLoadedConfig, ensureAdminBuild } from "./admin-build"
import { launchChromium, resetScreenshots, screenshot, watchPageErrors } from "./browser"

jest.setTimeout(150 * 1000)

// Before the app boots: the app serves whatever public/admin holds when it starts.
ensureAdminBuild()

const ADMIN_LOGIN = { email: "operator@admin.example", password: "operator-secret-1" }

/**
 * The Affiliates section of the real Medusa dashboard in a real browser: an
 * operator signs in, finds partners, approves an applicant, authorizes a site,
 * creates a referral and a voucher with an alias, edits a program, looks at
 * sites and invites a partner. Every step is checked on screen and through the
 * admin API; screenshots land in .test-data/screenshots/admin-*.png.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: { ADMIN_DISABLED: "false" },
  hooks: { beforeServerStart: async () => enableAdminInLoadedConfig() },
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let context: BrowserContext
    let page: Page
    let errors: string[]
    let admin: Headers
    let base: string
    const seeded: Record<string, any> = {}

    const app = (path = "") => `${base}/app${path}`

    /** The table row that mentions `text`. */
    const row = (text: string) => page.getByRole("row").filter({ hasText: text })
    /** The table row with a cell that reads exactly `text`. */
    const rowWithCell = (text: string) =>
      page.getByRole("row").filter({ has: page.getByRole("cell", { name: text, exact: true }) })

    /**
     * The dashboard scrolls inside its own panes, so a full-page screenshot
     * would stop at the window: grow the window to the tallest pane first.
     */
    async function shot(name: string) {
      const viewport = page.viewportSize()!
      const overflow = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>("body *")).reduce((max, el) => {
          const scrolls = /(auto|scroll)/.test(getComputedStyle(el).overflowY)
          return scrolls ? Math.max(max, el.scrollHeight - el.clientHeight) : max
        }, 0)
      )
      if (overflow > 0) {
        await page.setViewportSize({ width: viewport.width, height: Math.min(viewport.height + overflow, 4000) })
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      }
      await screenshot(page, name)
      if (overflow > 0) {
        await page.setViewportSize(viewport)
      }
    }

    /** Opens a Radix select by its label and picks an option. */
    async function choose(scope: Page | Locator, label: string | RegExp, option: string | RegExp) {
      await scope.getByLabel(label, { exact: true }).click()
      await page.getByRole("option", { name: option }).click()
    }

    async function toast(text: string | RegExp) {
      await page.getByText(text).first().waitFor()
    }

    async function openSection(name: "Affiliates" | "Programs" | "Sites" | "Invitations" | "Reports" | "Attributions") {
      if (name !== "Affiliates" && !(await sidebarLink(name).isVisible())) {
        // Nested extension routes show in the sidebar once Affiliates is open.
        await sidebarLink("Affiliates").click()
      }
      await sidebarLink(name).click()
      await page.getByRole("heading", { level: 1, name }).waitFor()
    }

    const sidebarLink = (name: string) => page.locator("aside, nav").getByRole("link", { name, exact: true }).first()

    async function signIn(screenshotName?: string) {
      await page.getByPlaceholder("Email").fill(ADMIN_LOGIN.email)
      await page.getByPlaceholder("Password").fill(ADMIN_LOGIN.password)
      if (screenshotName) {
        await shot(screenshotName)
      }
      await page.getByRole("button", { name: "Continue with Email" }).click()
    }

    /** Opens a dashboard page, signing in first when the session is gone (say, a test before failed early). */
    async function open(path: string) {
      await page.goto(app(path))
      const login = page.getByRole("button", { name: "Continue with Email" })
      await sidebarLink("Affiliates").or(login).first().waitFor()
      if (await login.isVisible()) {
        await signIn()
      }
      await sidebarLink("Affiliates").waitFor()
    }

    beforeAll(async () => {
      resetScreenshots("admin-")
      base = String(api.defaults.baseURL).replace(/\/$/, "")
      admin = await createAdminUser(getContainer(), api, ADMIN_LOGIN.email, ADMIN_LOGIN.password)

      // A site on a sales channel, an external partner, an internal account and a pending applicant.
      const channel = await api.post("/admin/sales-channels", { name: "Webshop EU" }, admin)
      seeded.channel = channel.data.sales_channel
      for (const site of [
        { name: "Acme EU", domain: "acme-shop.eu", landing_url: "https://acme-shop.eu/", locale: "en", sales_channel_id: seeded.channel.id },
        { name: "Acme Outlet", domain: "outlet.acme-shop.eu", landing_url: "https://outlet.acme-shop.eu/", locale: "de" },
      ]) {
        const res = await api.post("/admin/affiliate-sites", site, admin)
        seeded[site.name] = res.data.site
      }
      const partners = [
        { name: "Anna Outdoors", kind: "external", status: "active", email: "anna@outdoors.example", company_name: "Anna Outdoors GmbH" },
        { name: "Newsletter team", kind: "internal", email: "newsletter@acme.example" },
        {
          name: "Pete Pending",
          kind: "external",
          status: "pending",
          email: "pete@videos.example",
          company_name: "Pete Makes Videos",
          website: "https://pete.example",
          business_details: { channels: "YouTube, 120k subscribers" },
        },
      ]
      for (const partner of partners) {
        const res = await api.post("/admin/affiliates", partner, admin)
        seeded[partner.name] = res.data.affiliate
      }

      browser = await launchChromium()
      context = await browser.newContext({
        viewport: { width: 1440, height: 1000 },
        locale: "en-GB",
        timezoneId: "Europe/Berlin",
        deviceScaleFactor: 1,
      })
      page = await context.newPage()
      errors = watchPageErrors(page)
    })

    afterAll(async () => {
      await context?.close().catch(() => undefined)
      await browser?.close()
    })

    afterEach(() => {
      expect(errors.splice(0)).toEqual([])
    })

    // The runner restores the database to its state after beforeAll before each test; the
    // browser session (kept in the app's memory) survives, so only the first test signs in
    // (the others sign in again when it did not get that far).
    it("signs in to the dashboard and finds partners by search, status and kind", async () => {
      const response = await page.goto(app())
      expect(response?.status()).toBe(200)
      await signIn("admin-01-login")
      await sidebarLink("Affiliates").waitFor()

      await openSection("Affiliates")
      for (const name of ["Anna Outdoors", "Newsletter team", "Pete Pending"]) {
        await row(name).waitFor()
      }
      expect(await row("Newsletter team").textContent()).toContain("Internal")
      expect(await row("Pete Pending").textContent()).toContain("Pending")
      await shot("admin-02-affiliates-list")

      await page.getByRole("searchbox", { name: "Search name, company or email" }).fill("outdoors")
      await page.getByText("1 match", { exact: true }).waitFor()
      expect(await page.getByRole("row").count()).toBe(2) // header + Anna
      await row("Anna Outdoors").waitFor()
      await shot("admin-03-affiliates-search")

      await page.getByRole("searchbox", { name: "Search name, company or email" }).fill("")
      await choose(page, "Status", "Pending")
      await page.getByText("1 match", { exact: true }).waitFor()
      await row("Pete Pending").waitFor()
      expect(await row("Anna Outdoors").count()).toBe(0)
      await shot("admin-04-affiliates-filter-status")

      await choose(page, "Kind", "Internal")
      await page.getByText("No affiliates match").waitFor()
      await shot("admin-05-affiliates-filter-empty")
      await choose(page, "Status", "All statuses")
      await row("Newsletter team").waitFor()
      expect(await page.getByText("1 match", { exact: true }).isVisible()).toBe(true)
      await choose(page, "Kind", "All kinds")
      await row("Anna Outdoors").waitFor()

      await row("Anna Outdoors").click()
      await page.getByRole("heading", { level: 1, name: "Anna Outdoors" }).waitFor()
      expect(await page.textContent("main")).toContain("anna@outdoors.example")
      await shot("admin-06-partner-detail")
    })

    it("approves a pending partner with a reason, authorizes a site, and creates a referral and a voucher with an alias", async () => {
      const pete = seeded["Pete Pending"]
      await open("/affiliates")
      await row("Pete Pending").click()
      const header = page.getByRole("heading", { level: 1, name: "Pete Pending" })
      await header.waitFor()
      await shot("admin-07-pending-detail")

      await page.getByRole("button", { name: "Approve", exact: true }).click()
      const prompt = page.getByRole("alertdialog")
      await prompt.getByText("Approve Pete Pending?").waitFor()
      expect(await prompt.textContent()).toContain("The status changes from pending to active.")
      await prompt.getByLabel(/Reason/).fill("Portfolio and audience checked")
      await shot("admin-08-approve-prompt")
      await prompt.getByRole("button", { name: "Approve" }).click()
      await toast("Pete Pending is now active")
      await prompt.waitFor({ state: "hidden" })

      const history = page
        .locator("div")
        .filter({ has: page.getByRole("heading", { name: "Status history" }) })
        .filter({ has: page.locator("ol") })
        .last()
      await history.getByText("Portfolio and audience checked").waitFor()
      expect(await history.textContent()).toMatch(/Pending →\s*Active/)
      // The acting admin is named, not shown as a user id.
      expect(await history.textContent()).toContain("Ada Admin ·")
      expect(await history.textContent()).not.toContain("user_")
      // Only the moves allowed from active are offered now.
      expect(await page.getByRole("button", { name: "Approve", exact: true }).count()).toBe(0)
      await page.getByRole("button", { name: "Suspend" }).waitFor()
      await shot("admin-09-approved-history")

      const changes = (await api.get(`/admin/affiliates/${pete.id}/status-history`, admin)).data.status_changes
      expect(changes.find((c: any) => c.to_status === "active")).toMatchObject({
        from_status: "pending",
        reason: "Portfolio and audience checked",
        actor_type: "user",
      })
      expect((await api.get(`/admin/affiliates/${pete.id}`, admin)).data.affiliate.status).toBe("active")

      // Site authorization
      await page.getByRole("button", { name: "Add authorization" }).click()
      let drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Add site authorization" }).waitFor()
      await choose(drawer, "Site", "Acme EU (acme-shop.eu)")
      await drawer.getByLabel(/Note/).fill("Video reviews for the EU shop")
      await shot("admin-10-authorization-drawer")
      await drawer.getByRole("button", { name: "Add" }).click()
      await toast("Site authorization added")
      await drawer.waitFor({ state: "hidden" })
      await row("acme-shop.eu").waitFor()
      expect(await row("acme-shop.eu").textContent()).toContain("Approved")
      const auths = (await api.get(`/admin/affiliates/${pete.id}/site-authorizations`, admin)).data.site_authorizations
      expect(auths).toEqual([
        expect.objectContaining({ site_id: seeded["Acme EU"].id, status: "approved", note: "Video reviews for the EU shop" }),
      ])

      // Referral
      await page.getByRole("button", { name: "Create referral" }).click()
      drawer = page.getByRole("dialog")
      await drawer.getByText("A tracked link for Pete Pending.").waitFor()
      await drawer.getByLabel("Name", { exact: true }).fill("YouTube")
      await choose(drawer, /^Site/, /^Acme EU$/)
      await drawer.getByLabel("Slug").fill("pete-youtube")
      await drawer.getByLabel("Landing path").fill("/outdoor")
      await drawer.getByLabel("UTM source").fill("youtube")
      await drawer.getByLabel("UTM medium").fill("video")
      await drawer.getByLabel("UTM campaign").fill("spring")
      await shot("admin-11-referral-drawer")
      await drawer.getByRole("button", { name: "Create" }).click()
      await toast('Referral "YouTube" created')
      await drawer.waitFor({ state: "hidden" })
      await row("pete-youtube").waitFor()
      expect(await row("pete-youtube").textContent()).toContain("Acme EU")

      // Voucher with an alias, from the referral's row
      await row("pete-youtube").getByRole("button", { name: "Add voucher" }).click()
      drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Create voucher" }).waitFor()
      expect(await drawer.getByLabel("Referral").textContent()).toContain("YouTube (pete-youtube)")
      await drawer.getByLabel("Code", { exact: true }).fill("PETE10")
      await drawer.getByLabel(/Aliases/).fill("PETEYT")
      await drawer.getByLabel(/Description/).fill("10% for viewers")
      await shot("admin-12-voucher-drawer")
      await drawer.getByRole("button", { name: "Create" }).click()
      await toast("Voucher PETE10 created")
      await drawer.waitFor({ state: "hidden" })
      const voucherRow = row("PETE10")
      await voucherRow.waitFor()
      expect(await voucherRow.textContent()).toContain("PETEYT")
      expect(await voucherRow.textContent()).toContain("YouTube")
      await shot("admin-13-partner-enabled")

      const referrals = (await api.get(`/admin/affiliate-referrals?affiliate_id=${pete.id}`, admin)).data.referrals
      expect(referrals).toEqual([
        expect.objectContaining({
          name: "YouTube",
          slug: "pete-youtube",
          site_id: seeded["Acme EU"].id,
          landing_path: "/outdoor",
          utm_source: "youtube",
          utm_medium: "video",
          utm_campaign: "spring",
        }),
      ])
      const vouchers = (await api.get(`/admin/affiliate-vouchers?affiliate_id=${pete.id}`, admin)).data.vouchers
      expect(vouchers).toHaveLength(1)
      expect(vouchers[0]).toMatchObject({ code: "PETE10", referral_id: referrals[0].id, description: "10% for viewers" })
      expect(vouchers[0].codes.map((c: any) => [c.code, c.kind]).sort()).toEqual([
        ["PETE10", "primary"],
        ["PETEYT", "alias"],
      ])
    })

    it("edits a program setting", async () => {
      await open("/affiliates")
      await openSection("Programs")
      const program = (await api.get("/admin/affiliate-programs", admin)).data.programs[0]
      await row(program.name).waitFor()
      expect(await row(program.name).textContent()).toContain(`${program.hold_days} days`)
      await shot("admin-14-programs")

      await row(program.name).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: `Edit ${program.name}` }).waitFor()
      expect(await drawer.getByLabel("Handle").isDisabled()).toBe(true)
      await drawer.getByLabel("Hold period (days)").fill("21")
      await drawer.getByRole("button", { name: "Add currency" }).click()
      await drawer.getByLabel("Currency", { exact: true }).last().fill("EUR")
      await drawer.getByLabel("Minimum amount").last().fill("50")
      await shot("admin-15-program-drawer")
      await drawer.getByRole("button", { name: "Save" }).click()
      await toast(`Program "${program.name}" saved`)
      await drawer.waitFor({ state: "hidden" })
      await row(program.name).filter({ hasText: "21 days" }).waitFor()
      expect(await row(program.name).textContent()).toContain("EUR 50")
      await shot("admin-16-program-saved")

      const saved = (await api.get(`/admin/affiliate-programs/${program.id}`, admin)).data.program
      expect(saved).toMatchObject({ hold_days: 21, payout_minimums: { eur: 50 }, name: program.name })
    })

    it("lists sites with their sales channels", async () => {
      await open("/affiliates")
      await openSection("Sites")
      await rowWithCell("acme-shop.eu").waitFor()
      expect(await rowWithCell("acme-shop.eu").textContent()).toContain("Webshop EU")
      expect(await rowWithCell("outlet.acme-shop.eu").textContent()).toContain("Active")
      await shot("admin-17-sites")

      await rowWithCell("outlet.acme-shop.eu").click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Edit Acme Outlet" }).waitFor()
      expect(await drawer.getByLabel("Domain").inputValue()).toBe("outlet.acme-shop.eu")
      await shot("admin-18-site-drawer")
      await drawer.getByRole("button", { name: "Cancel" }).click()
      await drawer.waitFor({ state: "hidden" })
    })

    it("shows seeded traffic and conversions on the Reports page, and explains an attribution", async () => {
      const anna = seeded["Anna Outdoors"]
      const acme = seeded["Acme EU"]
      const referral = (
        await api.post(
          "/admin/affiliate-referrals",
          { affiliate_id: anna.id, name: "Instagram", slug: "anna-insta", site_id: acme.id, utm_source: "instagram", utm_medium: "social", utm_campaign: "spring" },
          admin
        )
      ).data.referral
      const service = getContainer().resolve("affiliate") as any
      const DAY = 24 * 60 * 60 * 1000
      const noon = (daysAgo: number) => new Date(Math.floor(Date.now() / DAY) * DAY - daysAgo * DAY + 12 * 60 * 60 * 1000)
      const traffic = {
        program_id: "affprog_default", affiliate_id: anna.id, referral_id: referral.id, voucher_id: null, site_id: acme.id,
        ip_hash: null, is_bot: false, blocked_reason: null, landing_path: "/", referrer_host: "www.instagram.com",
        utm_source: "instagram", utm_medium: "social", utm_campaign: "spring", utm_term: null, utm_content: null,
      }
      const clicks = [
        ...[0, 1, 2].map((i) => ({ visitor_id: `visitor-a${i}`, created_at: noon(5) })),
        ...[0, 1, 2, 3, 4].map((i) => ({ visitor_id: `visitor-b${i}`, created_at: noon(3) })),
        ...[0, 1, 2, 3].map((i) => ({ visitor_id: `visitor-c${i}`, created_at: noon(1) })),
      ]
      await service.insertClicks(clicks.map((c) => ({ ...traffic, id: generateEntityId(undefined, "affclk"), ...c })))
      // The store's own newsletter campaign, without a partner.
      await service.insertClicks([
        { ...traffic, affiliate_id: null, referral_id: null, referrer_host: null, utm_source: "newsletter", utm_medium: "email", utm_campaign: "autumn",
          id: generateEntityId(undefined, "affclk"), visitor_id: "visitor-n1", created_at: noon(2) },
      ])
      const explanation = {
        conversion: "order",
        decided_at: noon(1).toISOString(),
        model: "last_touch",
        precedence: ["code", "click", "registration"],
        window_days: 30,
        site_id: acme.id,
        considered: [
          { kind: "click", ref: "affclk_chosen", at: noon(3).toISOString(), affiliate_id: anna.id, affiliate_name: "Anna Outdoors", referral_id: referral.id, outcome: "chosen", detail: "The click of the campaign is the last valid touch of the highest-ranked kind." },
          { kind: "click", ref: "affclk_bot", at: noon(2).toISOString(), affiliate_id: anna.id, affiliate_name: "Anna Outdoors", referral_id: referral.id, outcome: "rejected", reason: "bot", detail: "The click came from a bot or automated client." },
        ],
        summary: "Attributed to Anna Outdoors (link, last touch, window ends in 30 days).",
      }
      const attribution = (data: Record<string, unknown>) => ({
        id: generateEntityId(undefined, "affattr"), program_id: "affprog_default", conversion: "order", status: "attributed",
        customer_id: "cus_report_1", order_id: null, affiliate_id: anna.id, referral_id: referral.id, voucher_id: null, voucher_code: null,
        click_id: null, site_id: acme.id, source: "link", utm_source: "instagram", utm_medium: "social", utm_campaign: "spring",
        utm_term: null, utm_content: null, attributed_at: noon(1), window_ends_at: new Date(noon(3).getTime() + 30 * DAY),
        order_total: null, currency_code: null, explanation, idempotency_key: `test:${Math.random()}`, ...data,
      })
      await service.insertAttributions([
        attribution({ conversion: "registration", attributed_at: noon(3), explanation: { ...explanation, conversion: "registration", summary: "Attributed to Anna Outdoors (link, first visit)." } }),
        attribution({ order_id: "order_report_1", order_total: "120.00", currency_code: "eur" }),
        attribution({ customer_id: "cus_report_2", order_id: "order_report_2", order_total: "35.50", currency_code: "eur", attributed_at: noon(0) }),
      ])

      await open("/affiliates")
      await openSection("Reports")
      const tiles = page.getByTestId("report-totals")
      await tiles.getByLabel("Clicks: 13").waitFor()
      expect(await tiles.getByLabel(/^Registrations: /).textContent()).toBe("1")
      expect(await tiles.getByLabel(/^Orders: /).textContent()).toBe("2")
      expect(await tiles.getByLabel(/^Revenue: /).textContent()).toContain("155.50")
      expect(await page.getByTestId("traffic-chart").getAttribute("data-testid")).toBe("traffic-chart")
      expect(await page.getByRole("img", { name: /13 clicks, 13 unique visits in 30 days/ }).count()).toBe(1)
      // By referral: the partner's channel with its figures, and the store's own traffic apart.
      const referralRow = row("anna-insta")
      await referralRow.waitFor()
      expect(await referralRow.textContent()).toContain("Anna Outdoors")
      expect(await referralRow.textContent()).toContain("12")
      await row("No referral (store campaigns)").waitFor()
      // Campaigns and sites.
      expect(await row("newsletter").textContent()).toContain("autumn")
      expect(await row("instagram").filter({ hasText: "spring" }).textContent()).toMatch(/12.*1.*2/)
      expect(await rowWithCell("acme-shop.eu").textContent()).toContain("Acme EU")
      await shot("admin-22-reports")

      // A filter narrows every figure.
      await choose(page, "Partner", "Anna Outdoors")
      await tiles.getByLabel("Clicks: 12").waitFor()
      // The tiles and the by-referral table are separate queries: wait for the table's own state.
      await row("No referral (store campaigns)").waitFor({ state: "detached" })
      expect(await row("anna-insta").textContent()).toContain("12")

      // An earlier period without traffic shows zeros and says so.
      const from = page.getByLabel("From", { exact: true })
      const to = page.getByLabel("To", { exact: true })
      await from.fill("2025-01-01")
      await to.fill("2025-01-31")
      await page.getByText("No traffic in this period").waitFor()
      await tiles.getByLabel("Clicks: 0").waitFor()
      await to.fill("2024-12-01")
      await page.getByText("The start date is after the end date.").waitFor()
      await page.getByRole("button", { name: "30 days" }).click()
      await tiles.getByLabel("Clicks: 12").waitFor()

      // From the report to the attributions, and one attribution's explanation.
      await page.getByRole("link", { name: "View attributions" }).click()
      await page.getByRole("heading", { level: 1, name: "Attributions" }).waitFor()
      const orderRow = row("€120.00")
      await orderRow.waitFor()
      expect(await page.getByRole("row").count()).toBe(4) // header + 3
      await shot("admin-23-attributions")
      await orderRow.click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Order attribution" }).waitFor()
      expect(await drawer.getByTestId("attribution-summary").textContent()).toBe(explanation.summary)
      const drawerText = await drawer.textContent()
      for (const text of ["Last touch", "Code → Click → Registration", "30 days", "cus_report_1", "order_report_1", "Instagram (anna-insta)", "Acme EU (acme-shop.eu)", "affclk_chosen", "Chosen", "Rejected", "Bot", "The click came from a bot or automated client."]) {
        expect([text, drawerText?.includes(text)]).toEqual([text, true])
      }
      await shot("admin-24-attribution-explanation")
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })

      await choose(page, "Status", "Rejected")
      await page.getByText("No attributions match").waitFor()

      // The partner's page lists the latest conversions with their summaries.
      await open(`/affiliates/${anna.id}`)
      await page.getByRole("heading", { level: 1, name: "Anna Outdoors" }).waitFor()
      const conversions = page.locator("div").filter({ has: page.getByRole("heading", { name: "Conversions" }) }).filter({ has: page.locator("table") }).last()
      await conversions.getByText(explanation.summary).first().waitFor()
      expect(await conversions.getByRole("row").count()).toBe(4)
      await shot("admin-25-partner-conversions")
    })

    it("invites a partner and shows the invitation link once", async () => {
      await open("/affiliates")
      await openSection("Invitations")
      await page.getByText("No invitations yet").waitFor()
      await page.getByRole("button", { name: "Invite partner" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByLabel("Email").fill("cleo@creator.example")
      await drawer.getByLabel(/Name/).fill("Cleo Creator")
      await drawer.getByLabel(/Message/).fill("Loved your channel!")
      await shot("admin-19-invite-drawer")
      await drawer.getByRole("button", { name: "Create invitation" }).click()

      await drawer.getByRole("heading", { name: "Invitation created" }).waitFor()
      const url = await drawer.getByRole("textbox", { name: "Invitation link" }).inputValue()
      expect(url).toMatch(/\/affiliate-portal\/accept-invitation#token=[\w-]{20,}$/)
      expect(await drawer.textContent()).toContain("cleo@creator.example")
      // The test app has a notification provider for email, so the drawer says the email went out.
      expect(await drawer.textContent()).toContain("The invitation email is on its way to cleo@creator.example")
      await toast("Invitation for cleo@creator.example created")
      expect(await drawer.getByRole("button", { name: "Done" }).isEnabled()).toBe(true)
      await shot("admin-20-invitation-link")
      await drawer.getByRole("button", { name: "Done" }).click()
      await drawer.waitFor({ state: "hidden" })
      await row("cleo@creator.example").waitFor()
      expect(await row("cleo@creator.example").textContent()).toContain("Open")
      await shot("admin-21-invitations")

      const invitations = (await api.get("/admin/affiliate-invitations", admin)).data.invitations
      expect(invitations).toEqual([
        expect.objectContaining({ email: "cleo@creator.example", name: "Cleo Creator", state: "open", kind: "external" }),
      ])
      // The link shown is the working one: the portal knows the invitation.
      const portal = await page.context().newPage()
      await portal.goto(url.replace(/^https?:\/\/[^/]+/, base))
      await portal.getByText("cleo@creator.example").first().waitFor()
      await portal.close()
    })
  },
})
