import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Browser, BrowserContext, Locator, Page } from "playwright-core"
import { createAdminUser, createPublishableKey, Headers, registerCustomer } from "../helpers/actors"
import { buildStore, completeCart, createCart, eventually, storeHeaders, TestStore } from "../helpers/store"
import { enableAdminInLoadedConfig, ensureAdminBuild } from "./admin-build"
import { launchChromium, resetScreenshots, screenshot, watchPageErrors } from "./browser"

jest.setTimeout(300 * 1000)

// Before the app boots: the app serves whatever public/admin holds when it starts.
ensureAdminBuild()

const ADMIN_LOGIN = { email: "setup@admin.example", password: "setup-secret-1" }
const PARTNER = { name: "Lena Travels", email: "lena@travel.example" }
/** A desktop Chrome: the click route treats unknown agents as bots. */
const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"

/**
 * The setup guide in the real Medusa dashboard: from a fresh program, the
 * Affiliates list warns that nobody can be paid; the guide shows what is
 * missing, and its fix buttons (create a site on a sales channel, a commission
 * rule, add a partner by email who already has a storefront account and
 * authorize them for the site) turn it ready and the warning goes. Then a
 * shopper orders through the partner's link and the commission shows in the
 * admin. Screenshots land in .test-data/screenshots/admin-setup-*.png.
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
    let pk: string
    let store: TestStore
    let base: string
    let lena: { customer: { id: string }; headers: Headers }

    const app = (path = "") => `${base}/app${path}`
    const row = (text: string) => page.getByRole("row").filter({ hasText: text })
    const toast = (text: string | RegExp) => page.getByText(text).first().waitFor()
    const sidebarLink = (name: string) => page.locator("aside, nav").getByRole("link", { name, exact: true }).first()

    /** One check of the guide, and waiting until it shows a state. */
    const check = (id: string) => page.getByTestId(`setup-check-${id}`)
    const checkIs = (id: string, status: "ok" | "missing" | "warning") =>
      page.locator(`[data-testid="setup-check-${id}"][data-status="${status}"]`).waitFor()

    /** The dashboard scrolls inside its own panes: grow the window to the tallest pane for a full screenshot. */
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

    async function openSection(name: "Commissions" | "Setup guide") {
      if (!(await sidebarLink(name).isVisible())) {
        // Nested extension routes show in the sidebar once Affiliates is open.
        await sidebarLink("Affiliates").click()
      }
      await sidebarLink(name).click()
    }

    async function signIn() {
      await page.getByPlaceholder("Email").fill(ADMIN_LOGIN.email)
      await page.getByPlaceholder("Password").fill(ADMIN_LOGIN.password)
      await page.getByRole("button", { name: "Continue with Email" }).click()
    }

    /** Opens a dashboard page, signing in first when there is no session yet. */
    async function open(path: string) {
      await page.goto(app(path))
      const login = page.getByRole("button", { name: "Continue with Email" })
      await sidebarLink("Affiliates").or(login).first().waitFor()
      if (await login.isVisible()) {
        await signIn()
      }
      await sidebarLink("Affiliates").waitFor()
    }

    /** The setup report the page read last: every answer of GET /admin/affiliate-setup from now on. */
    const nextSetupReport = () =>
      page.waitForResponse((r) => r.url().includes("/admin/affiliate-setup") && r.request().method() === "GET" && r.ok())

    beforeAll(async () => {
      resetScreenshots("admin-setup-")
      base = String(api.defaults.baseURL).replace(/\/$/, "")
      admin = await createAdminUser(getContainer(), api, ADMIN_LOGIN.email, ADMIN_LOGIN.password)
      pk = await createPublishableKey(getContainer())
      // A store that sells (region, product, the sales channels "Main webshop" and "Outlet webshop"), and no affiliate setup at all.
      store = await buildStore(getContainer(), pk)
      // Invitation links point at this server (MEDUSA_BACKEND_URL in a deployment; the port is known only now).
      ;(getContainer().resolve(ContainerRegistrationKeys.CONFIG_MODULE) as any).admin.backendUrl = base
      // The future partner already shops here: a storefront account with their email.
      lena = await registerCustomer(api, pk, { email: PARTNER.email, first_name: "Lena", last_name: "Lake" })

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

    it("takes a fresh program to ready with the guide's fix buttons, then a referred order earns a commission", async () => {
      // The Affiliates list warns while the program cannot pay anyone.
      await open("/affiliates")
      await page.getByRole("heading", { level: 1, name: "Affiliates" }).waitFor()
      const banner = page.getByTestId("setup-banner")
      await banner.getByText("Your program cannot pay anyone yet: 3 steps left").waitFor()
      expect(await banner.textContent()).toContain("A site linked to a sales channel")
      await shot("admin-setup-01-banner")

      await banner.getByRole("link", { name: "Open setup guide" }).click()
      await page.getByRole("heading", { level: 1, name: "Setup guide" }).waitFor()
      for (const id of ["site", "commission_rule", "partners_authorized"]) {
        await checkIs(id, "missing")
      }
      expect(await page.getByTestId("setup-ready").getAttribute("data-ready")).toBe("false")
      expect(await page.getByTestId("setup-ready").textContent()).toBe("3 steps left")
      expect(await check("commission_rule").textContent()).toContain("No commission rule: partners earn nothing.")
      // Facts from the server: where invitation links point and that the page answers; nothing seen from the storefront yet.
      await checkIs("invitation_links", "ok")
      expect(await check("invitation_links").textContent()).toContain(`${base}/affiliate-portal/accept-invitation`)
      expect(await check("invitation_links").textContent()).toContain("Yes (HTTP 200)")
      await checkIs("storefront_connected", "warning")
      expect(await check("storefront_connected").textContent()).toContain("no click seen yet; no attributed order yet")
      await shot("admin-setup-02-guide-fresh")

      // 1. A site on the store's sales channel.
      await check("site").getByRole("button", { name: "Create site" }).click()
      let drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Create site" }).waitFor()
      await drawer.getByLabel("Name", { exact: true }).fill("Shop")
      await drawer.getByLabel("Domain").fill("shop.example.com")
      await choose(drawer, /^Sales channel/, "Main webshop")
      await drawer.getByLabel("Landing URL").fill("https://shop.example.com/")
      await shot("admin-setup-03-site-drawer")
      await drawer.getByRole("button", { name: "Create" }).click()
      await toast('Site "Shop" created')
      await drawer.waitFor({ state: "hidden" })
      await checkIs("site", "ok")
      expect(await check("site").textContent()).toContain("1 active site(s) linked to a sales channel.")
      expect(await page.getByTestId("setup-ready").textContent()).toBe("2 steps left")

      // 2. A commission rule: 10 % of every referred order.
      await check("commission_rule").getByRole("button", { name: "Create commission rule" }).click()
      drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Create commission rule" }).waitFor()
      await drawer.getByLabel("Name", { exact: true }).fill("Standard 10 %")
      await drawer.getByLabel("Percentage", { exact: true }).fill("10")
      await shot("admin-setup-04-rule-drawer")
      await drawer.getByRole("button", { name: "Create rule" }).click()
      await toast('Rule "Standard 10 %" created')
      await drawer.waitFor({ state: "hidden" })
      await checkIs("commission_rule", "ok")

      // 3. A partner by email: Lena already has a storefront account, so she is linked at once...
      await check("partners_authorized").getByRole("button", { name: "Invite external partner" }).click()
      drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Invite external partner" }).waitFor()
      await drawer.getByLabel("Name", { exact: true }).fill(PARTNER.name)
      await drawer.getByLabel("Email").fill("not-an-email")
      await drawer.getByRole("button", { name: "Add partner" }).click()
      await drawer.getByText("Enter a valid email address").waitFor()
      await drawer.getByLabel("Email").fill(PARTNER.email)
      await shot("admin-setup-05-partner-drawer")
      await drawer.getByRole("button", { name: "Add partner" }).click()
      await drawer.getByRole("heading", { name: "Partner added" }).waitFor()
      expect(await drawer.textContent()).toContain(`${PARTNER.email} has a storefront account`)
      await toast(`${PARTNER.name} is now an active partner`)
      await shot("admin-setup-06-partner-linked")
      // ... but earns nothing until approved for a site: a warning, naming her.
      await checkIs("partners_authorized", "warning")
      const partner = (await api.get(`/admin/affiliates?q=lena`, admin)).data.affiliates[0]
      expect(partner).toMatchObject({ kind: "external", status: "active", customer_id: lena.customer.id, email: PARTNER.email })

      // 4. Authorize her for the site, from the result of the drawer.
      await drawer.getByRole("button", { name: "Authorize for a site" }).click()
      drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Add site authorization" }).waitFor()
      await choose(drawer, "Site", "Shop (shop.example.com)")
      await drawer.getByRole("button", { name: "Add", exact: true }).click()
      await toast("Site authorization added")
      await drawer.waitFor({ state: "hidden" })
      await checkIs("partners_authorized", "ok")
      await page.locator('[data-testid="setup-ready"][data-ready="true"]').waitFor()
      expect(await page.getByTestId("setup-ready").textContent()).toBe("Ready to pay partners")
      await shot("admin-setup-07-guide-ready")

      // The banner is gone once the list has read the ready report.
      const report = nextSetupReport()
      await sidebarLink("Affiliates").click()
      await page.getByRole("heading", { level: 1, name: "Affiliates" }).waitFor()
      expect((await (await report).json()).ready).toBe(true)
      await row(PARTNER.name).waitFor()
      expect(await page.getByTestId("setup-banner").count()).toBe(0)
      await shot("admin-setup-08-list-ready")

      // The partner signs in to the portal with her storefront account.
      expect((await api.get("/store/affiliate/me", lena.headers)).data.affiliate.id).toBe(partner.id)

      // Her link: a referral on her page.
      await row(PARTNER.name).click()
      await page.getByRole("heading", { level: 1, name: PARTNER.name }).waitFor()
      await page.getByRole("button", { name: "Create referral" }).click()
      drawer = page.getByRole("dialog")
      await drawer.getByLabel("Name", { exact: true }).fill("Instagram")
      await choose(drawer, /^Site/, /^Shop$/)
      await drawer.getByLabel("Slug").fill("lena-insta")
      await drawer.getByRole("button", { name: "Create" }).click()
      await toast('Referral "Instagram" created')
      await drawer.waitFor({ state: "hidden" })
      await row("lena-insta").waitFor()

      // A shopper follows the link and orders one €40 item on the site's sales channel.
      const visit = await api.get("/r/lena-insta", { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": BROWSER_UA } })
      expect(visit.status).toBe(302)
      const click_id = new URL(visit.headers.location).searchParams.get("aff_click")!
      const cart = await createCart(api, pk, store, { email: "shopper@example.com", salesChannelId: store.channels.main })
      await api.post(`/store/affiliate/carts/${cart.id}/attribution`, { click_id }, storeHeaders(pk))
      const order = await completeCart(api, pk, store, cart.id)
      const commission = await eventually(
        async () => (await api.get(`/admin/affiliate-commissions?order_id=${order.id}&entry_type=commission`, admin)).data.commissions[0],
        `the commission of ${order.id}`
      )
      expect(commission).toMatchObject({ affiliate_id: partner.id, amount: 4, status: "pending" })

      // The commission in the admin.
      await openSection("Commissions")
      await page.getByRole("heading", { level: 1, name: "Commissions" }).waitFor()
      const entry = row("+€4.00")
      await entry.waitFor()
      for (const text of [PARTNER.name, "Order", "Pending", "Shop", order.id]) {
        expect([text, (await entry.textContent())?.includes(text)]).toEqual([text, true])
      }
      await shot("admin-setup-09-commission")

      // The guide now sees the storefront too: the click and the attributed order, with their times.
      await openSection("Setup guide")
      await page.getByRole("heading", { level: 1, name: "Setup guide" }).waitFor()
      await checkIs("storefront_connected", "ok")
      const storefront = await check("storefront_connected").textContent()
      expect(storefront).toMatch(/Last click.*\(.*ago\)/)
      expect(storefront).toMatch(/Last attributed order.*\(.*ago\)/)
      await shot("admin-setup-10-guide-connected")
    })
  },
})
