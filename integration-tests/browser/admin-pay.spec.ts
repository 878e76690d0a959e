import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Browser, BrowserContext, Locator, Page } from "playwright-core"
import { createAdminUser, createPublishableKey, Headers } from "../helpers/actors"
import { buildStore, completeCart, createCart, eventually, storeHeaders, TestStore } from "../helpers/store"
import { enableAdminInLoadedConfig, ensureAdminBuild } from "./admin-build"
import { launchChromium, resetScreenshots, screenshot, watchPageErrors } from "./browser"

jest.setTimeout(240 * 1000)

// Before the app boots: the app serves whatever public/admin holds when it starts.
ensureAdminBuild()

const ADMIN_LOGIN = { email: "payments@admin.example", password: "payments-secret-1" }
const SHOP = "shop.example.com"
/** A desktop Chrome: the click route treats unknown agents as bots. */
const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"

/**
 * The Pay stage in the real Medusa dashboard: an operator sets commission
 * rules on a program (with tiers), previews them, reviews the ledger that
 * real referred orders and adjustments fill, approves what is due, runs a
 * payout, settles it with a reference, and sees a conflict the server
 * reports. Amounts are checked on screen and through the admin API;
 * screenshots land in .test-data/screenshots/admin-pay-*.png.
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
    const seeded: Record<string, any> = {}

    const app = (path = "") => `${base}/app${path}`
    const row = (text: string) => page.getByRole("row").filter({ hasText: text })

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

    const toast = (text: string | RegExp) => page.getByText(text).first().waitFor()

    const sidebarLink = (name: string) => page.locator("aside, nav").getByRole("link", { name, exact: true }).first()

    async function openSection(name: "Programs" | "Commissions" | "Payouts") {
      if (!(await sidebarLink(name).isVisible())) {
        // Nested extension routes show in the sidebar once Affiliates is open.
        await sidebarLink("Affiliates").click()
      }
      await sidebarLink(name).click()
      await page.getByRole("heading", { level: 1, name }).waitFor()
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

    const rule = async (body: Record<string, unknown>) =>
      (await api.post("/admin/affiliate-commission-rules", body, admin)).data.commission_rule
    const ledger = async (query: string) => (await api.get(`/admin/affiliate-commissions?${query}`, admin)).data
    const eur = (totals: any[]) => totals.find((t: any) => t.currency_code === "eur")

    /** A shopper follows Anna's link and orders one €40 item (plus €5 shipping); order.placed credits it. */
    async function referredOrder(email: string) {
      const res = await api.get(`/r/${seeded.link.slug}`, { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": BROWSER_UA } })
      expect(res.status).toBe(302)
      const click_id = new URL(res.headers.location).searchParams.get("aff_click")!
      const cart = await createCart(api, pk, store, { email })
      await api.post(`/store/affiliate/carts/${cart.id}/attribution`, { click_id }, storeHeaders(pk))
      const order = await completeCart(api, pk, store, cart.id)
      const commission = await eventually(
        async () => (await ledger(`order_id=${order.id}&entry_type=commission`)).commissions[0],
        `the commission of ${order.id}`
      )
      return { order, commission }
    }

    beforeAll(async () => {
      resetScreenshots("admin-pay-")
      base = String(api.defaults.baseURL).replace(/\/$/, "")
      admin = await createAdminUser(getContainer(), api, ADMIN_LOGIN.email, ADMIN_LOGIN.password)
      pk = await createPublishableKey(getContainer())
      store = await buildStore(getContainer(), pk)

      // No hold (so "Approve due now" has work at once) and a €1 minimum.
      seeded.program = (
        await api.post("/admin/affiliate-programs/affprog_default", { hold_days: 0, payout_minimums: { eur: 1 } }, admin)
      ).data.program
      seeded.shop = (
        await api.post("/admin/affiliate-sites", { name: "Shop", domain: SHOP, landing_url: `https://${SHOP}/`, sales_channel_id: store.channels.main }, admin)
      ).data.site
      seeded.anna = (
        await api.post("/admin/affiliates", {
          name: "Anna Outdoors", kind: "external", status: "active", email: "anna@outdoors.example",
          payout_method: "paypal", payout_details: { paypal_email: "anna-pay@outdoors.example" },
        }, admin)
      ).data.affiliate
      seeded.ben = (
        await api.post("/admin/affiliates", { name: "Ben Builder", kind: "external", status: "active", email: "ben@builder.example" }, admin)
      ).data.affiliate
      await api.post(`/admin/affiliates/${seeded.anna.id}/site-authorizations`, { site_id: seeded.shop.id }, admin)
      seeded.link = (
        await api.post("/admin/affiliate-referrals", { affiliate_id: seeded.anna.id, name: "Blog", slug: "anna-blog", site_id: seeded.shop.id }, admin)
      ).data.referral

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

    // The runner restores the database to its state after beforeAll before each test, so
    // each test seeds what it needs; the browser session survives (the app keeps it in memory).
    it("sets commission rules with tiers on a program, previews them, and keeps their history", async () => {
      const { program, anna } = seeded
      await open("/affiliates")
      await openSection("Programs")
      await row(program.name).getByRole("link", { name: "Commission rules" }).click()
      await page.getByRole("heading", { level: 1, name: program.name }).waitFor()
      await page.getByText("No commission rules yet").waitFor()
      expect(await page.textContent("main")).toContain("0 days") // the hold, under Payout terms

      // A program-wide 10 % with a volume tier and a 30-day window.
      await page.getByRole("button", { name: "Create rule" }).click()
      let drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Create commission rule" }).waitFor()
      await drawer.getByLabel("Name", { exact: true }).fill("Standard 10 %")
      await drawer.getByLabel("Percentage", { exact: true }).fill("10")
      await drawer.getByRole("switch", { name: "Volume tiers" }).click()
      await drawer.getByLabel("Tier 1 threshold").fill("3")
      await drawer.getByLabel("Tier 1 percentage").fill("15")
      await drawer.getByRole("button", { name: "Add tier" }).click()
      await drawer.getByLabel("Tier 2 threshold").fill("10")
      await drawer.getByLabel("Tier 2 percentage").fill("20")
      await drawer.getByLabel(/^Window \(days\)/).fill("30")
      await shot("admin-pay-01-rule-drawer")
      await drawer.getByRole("button", { name: "Create rule" }).click()
      await toast('Rule "Standard 10 %" created')
      await drawer.waitFor({ state: "hidden" })
      const standard = row("Standard 10 %")
      await standard.waitFor()
      for (const text of ["Whole program", "Orders", "10 % of item subtotal", "Orders per calendar month: 3+ → 15 %, 10+ → 20 %", "30 days", "Always", "Active"]) {
        expect([text, (await standard.textContent())?.includes(text)]).toEqual([text, true])
      }

      // A flat bounty for Anna's customers' first orders, ranked above by its scope.
      await page.getByRole("button", { name: "Create rule" }).click()
      drawer = page.getByRole("dialog")
      await drawer.getByLabel("Name", { exact: true }).fill("Anna first-order bonus")
      await choose(drawer, "Applies to", "One partner")
      await choose(drawer, "Partner", "Anna Outdoors")
      await choose(drawer, "Pays for", "A customer's first order")
      await choose(drawer, "Commission", "Flat amount")
      await drawer.getByLabel("Flat amount", { exact: true }).fill("7.50")
      await drawer.getByLabel("Priority").fill("5")
      await drawer.getByRole("button", { name: "Create rule" }).click()
      await toast('Rule "Anna first-order bonus" created')
      await drawer.waitFor({ state: "hidden" })
      const bonus = row("Anna first-order bonus")
      await bonus.waitFor()
      expect(await bonus.textContent()).toContain("Partner: Anna Outdoors")
      expect(await bonus.textContent()).toContain("First orders")
      expect(await bonus.textContent()).toContain("Flat €7.50")
      await shot("admin-pay-02-rules")

      const rules = (await api.get(`/admin/affiliate-commission-rules?program_id=${program.id}`, admin)).data.commission_rules
      expect(rules.find((r: any) => r.name === "Standard 10 %")).toMatchObject({
        scope: "program", event: "order", type: "percentage", percentage: 10, basis: "item_subtotal", window_days: 30, priority: 0,
        tiers: { metric: "orders", period: "calendar_month", tiers: [{ threshold: 3, percentage: 15 }, { threshold: 10, percentage: 20 }] },
      })
      expect(rules.find((r: any) => r.name === "Anna first-order bonus")).toMatchObject({
        scope: "affiliate", affiliate_id: anna.id, event: "first_order", type: "flat", flat_amounts: { eur: 7.5 }, priority: 5,
      })

      // Preview: an ordinary order of €200 passes over Anna's first-order bonus and earns 10 %.
      await page.getByRole("button", { name: "Preview commission" }).click()
      drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Preview commission" }).waitFor()
      await choose(drawer, "Partner", "Anna Outdoors")
      await drawer.getByLabel("Order amount").fill("200")
      await drawer.getByRole("button", { name: "Preview", exact: true }).click()
      await drawer.getByTestId("preview-amount").filter({ hasText: "€20.00" }).waitFor()
      const steps = drawer.getByTestId("preview-steps")
      const stepsText = await steps.textContent()
      expect(stepsText).toContain("Rules passed over")
      expect(stepsText).toContain('"Anna first-order bonus" pays for a customer\'s first order only')
      expect(stepsText).toContain("reach no tier")
      expect(stepsText).toContain("10 % of the item subtotal")
      expect(stepsText).toContain("200.00 EUR = 20.00 EUR")
      expect(await drawer.getByTestId("preview-result").textContent()).toContain("Standard 10 %")
      await shot("admin-pay-03-preview")
      // The same partner's first order: the bonus wins.
      await choose(drawer, "Conversion", "A customer's first order")
      await drawer.getByRole("button", { name: "Preview", exact: true }).click()
      await drawer.getByTestId("preview-amount").filter({ hasText: "€7.50" }).waitFor()
      expect(await drawer.getByTestId("preview-summary").textContent()).toContain("Anna first-order bonus")
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })

      // Edit: 12 % from now on.
      await standard.click()
      drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Edit Standard 10 %" }).waitFor()
      expect(await drawer.getByLabel("Tier 2 percentage").inputValue()).toBe("20")
      await drawer.getByLabel("Percentage", { exact: true }).fill("12")
      await drawer.getByRole("button", { name: "Save" }).click()
      await toast('Rule "Standard 10 %" saved')
      await drawer.waitFor({ state: "hidden" })
      await standard.filter({ hasText: "12 % of item subtotal" }).waitFor()

      // The history names the change and who made it.
      await standard.getByRole("button", { name: "History" }).click()
      drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "History of Standard 10 %" }).waitFor()
      const history = drawer.getByTestId("rule-history")
      await history.getByText("Updated").waitFor()
      // The acting admin is named once the users load, not shown as an id.
      await history.getByText(/^Ada Admin ·/).first().waitFor()
      const historyText = await history.textContent()
      expect(historyText).toContain("10 % → 12 %")
      expect(historyText).toContain("Created")
      expect(historyText).not.toContain("user_")
      expect(await history.locator("li").count()).toBe(2)
      await shot("admin-pay-04-rule-history")
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })

      // Archive the bonus: it leaves the active list and shows under all rules.
      await bonus.getByRole("button", { name: "Archive" }).click()
      const prompt = page.getByRole("alertdialog")
      await prompt.getByRole("button", { name: "Archive" }).click()
      await toast('Rule "Anna first-order bonus" archived')
      await bonus.waitFor({ state: "detached" })
      await choose(page, "Rule status", "All rules")
      await bonus.filter({ hasText: "Archived" }).waitFor()
      await shot("admin-pay-05-rules-all")
      // An archived rule opens its history: created for Anna, then archived.
      await bonus.click()
      drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "History of Anna first-order bonus" }).waitFor()
      await drawer.getByTestId("rule-history").getByText("Archived", { exact: true }).waitFor()
      const bonusHistory = await drawer.getByTestId("rule-history").textContent()
      expect(bonusHistory).toContain("PartnerAnna Outdoors")
      expect(bonusHistory).toContain("Flat amounts€7.50")
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })
      const archived = (await api.get(`/admin/affiliate-commission-rules?program_id=${program.id}&status=archived`, admin)).data.commission_rules
      expect(archived.map((r: any) => r.name)).toEqual(["Anna first-order bonus"])
    })

    it("fills the ledger from a referred order and an adjustment, approves, pays out and settles with a reference", async () => {
      const { anna } = seeded
      await rule({ name: "Standard 10 %", type: "percentage", percentage: 10, event: "order" })
      const { order, commission } = await referredOrder("shopper@example.com")
      expect(commission).toMatchObject({ amount: 4, basis_amount: 40, rate: 10, status: "pending" })

      await open("/affiliates")
      await openSection("Commissions")
      const totals = page.getByTestId("commission-totals")
      await totals.getByLabel("Pending EUR: €4.00").waitFor()
      expect(await totals.getByLabel(/^Approved EUR: /).textContent()).toBe("€0.00")
      const entry = row("+€4.00")
      await entry.waitFor()
      for (const text of ["Anna Outdoors", "Commission", "Order", "Pending", "Shop", order.id]) {
        expect([text, (await entry.textContent())?.includes(text)]).toEqual([text, true])
      }
      await shot("admin-pay-06-ledger-pending")

      // Why €4: the explanation, the rule as it was, the arithmetic.
      await entry.click()
      let drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Commission +€4.00" }).waitFor()
      expect(await drawer.getByTestId("commission-summary").textContent()).toContain('4.00 EUR from "Standard 10 %"')
      const drawerText = await drawer.textContent()
      for (const text of ["Blog (anna-blog)", "€40.00", "10 %", "10 % of the item subtotal", "Order placed (automatic)", order.id, "No window"]) {
        expect([text, drawerText?.includes(text)]).toEqual([text, true])
      }
      const steps = await drawer.getByTestId("commission-steps").textContent()
      expect(steps).toContain("10 % of the item subtotal")
      expect(steps).toContain("= 4.00 EUR")
      await shot("admin-pay-07-commission-drawer")
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })

      // The hold (0 days) has passed.
      await page.getByRole("button", { name: "Approve due now" }).click()
      await toast("1 commission approved")
      await totals.getByLabel("Approved EUR: €4.00").waitFor()
      await entry.filter({ hasText: "Approved" }).waitFor()

      // An adjustment: a too-short reason gets the server's message, then a proper one is recorded.
      await page.getByRole("button", { name: "Add adjustment" }).click()
      drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Add adjustment" }).waitFor()
      await choose(drawer, "Partner", "Anna Outdoors")
      await drawer.getByLabel("Amount", { exact: true }).fill("15")
      await drawer.getByLabel("Reason", { exact: true }).fill("ok")
      await drawer.getByRole("button", { name: "Add adjustment" }).click()
      const serverError = drawer.getByTestId("adjustment-error")
      await serverError.waitFor()
      expect(await serverError.textContent()).toContain("reason")
      expect(await serverError.textContent()).toContain("at least 3 characters")
      await shot("admin-pay-08-adjustment-error")
      await drawer.getByLabel("Reason", { exact: true }).fill("Launch bonus for the spring campaign")
      await drawer.getByRole("button", { name: "Add adjustment" }).click()
      await toast("Adjustment of +€15.00 for Anna Outdoors recorded")
      await drawer.waitFor({ state: "hidden" })
      await totals.getByLabel("Approved EUR: €19.00").waitFor()
      expect(await row("+€15.00").textContent()).toContain("Launch bonus for the spring campaign")

      // Filters narrow the table and the totals alike.
      await choose(page, "Entry type", "Adjustment")
      await page.getByText("1 entry", { exact: true }).waitFor()
      await totals.getByLabel("Approved EUR: €15.00").waitFor()
      expect(await row("+€4.00").count()).toBe(0)
      await choose(page, "Entry type", "All types")
      // A period without entries.
      await page.getByLabel("Created from", { exact: true }).fill("2025-01-01")
      await page.getByLabel("Created to", { exact: true }).fill("2025-01-31")
      await page.getByText("No entries match").waitFor()
      await page.getByText("No commissions match these filters.").waitFor()
      await page.getByLabel("Created from", { exact: true }).fill("")
      await page.getByLabel("Created to", { exact: true }).fill("")
      await row("+€4.00").waitFor()
      await choose(page, "Partner", "Anna Outdoors")
      await page.getByText("2 entries", { exact: true }).waitFor()
      await shot("admin-pay-09-ledger-approved")

      // The export carries the same filter and authenticates with the session cookie.
      const href = new URL((await page.getByTestId("commissions-export").getAttribute("href"))!, base)
      expect(`${href.pathname}${href.search}`).toBe(`/admin/affiliate-commissions/export?affiliate_id=${anna.id}`)
      const csv = await page.request.get(href.toString())
      expect(csv.status()).toBe(200)
      expect(csv.headers()["content-type"]).toContain("text/csv")
      const lines = (await csv.text()).trim().split(/\r?\n/)
      expect(lines).toHaveLength(3)
      expect(lines.slice(1).some((l) => l.includes("adjustment") && l.includes(",15,"))).toBe(true)

      // A payout run: one payout of €19.00 holding both entries.
      await openSection("Payouts")
      await page.getByText("No payouts yet").waitFor()
      await page.getByRole("button", { name: "Create payout run" }).click()
      drawer = page.getByRole("dialog")
      await drawer.getByRole("heading", { name: "Create payout run" }).waitFor()
      await drawer.getByTestId("payout-run-partners").getByText("Anna Outdoors").waitFor()
      await shot("admin-pay-10-payout-run-drawer")
      await drawer.getByRole("button", { name: "Create payouts" }).click()
      await drawer.getByRole("heading", { name: "Payout run created" }).waitFor()
      const result = drawer.getByTestId("payout-run-result")
      expect(await result.textContent()).toContain("1 payout was created")
      expect(await result.textContent()).toContain("€19.00")
      expect(await result.textContent()).toContain("2 commissions")
      await shot("admin-pay-11-payout-run-created")
      await drawer.getByRole("button", { name: "Done" }).click()
      await drawer.waitFor({ state: "hidden" })

      const payouts = (await api.get("/admin/affiliate-payouts", admin)).data.payouts
      expect(payouts).toEqual([expect.objectContaining({ affiliate_id: anna.id, amount: 19, currency_code: "eur", status: "draft", item_count: 2 })])
      const payout = payouts[0]
      const payoutRow = row("anna@outdoors.example")
      await payoutRow.waitFor()
      for (const text of ["€19.00", "Draft", payout.run_id]) {
        expect([text, (await payoutRow.textContent())?.includes(text)]).toEqual([text, true])
      }
      await choose(page, "Status", "Draft")
      const payoutsHref = new URL((await page.getByTestId("payouts-export").getAttribute("href"))!, base)
      expect(`${payoutsHref.pathname}${payoutsHref.search}`).toBe("/admin/affiliate-payouts/export?status=draft")
      await shot("admin-pay-12-payouts")

      // The payout: both commissions, and the moves a draft allows.
      await payoutRow.click()
      await page.getByRole("heading", { level: 1, name: "Payout to Anna Outdoors" }).waitFor()
      expect(await page.getByTestId("payout-amount").textContent()).toBe("€19.00")
      await row("+€4.00").waitFor()
      await row("+€15.00").waitFor()
      expect(await page.textContent("main")).toContain("anna-pay@outdoors.example")
      for (const name of ["Mark processing", "Mark paid", "Cancel payout"]) {
        await page.getByRole("button", { name }).waitFor()
      }
      expect(await page.getByRole("button", { name: "Mark failed" }).count()).toBe(0)
      await row("+€4.00").click()
      drawer = page.getByRole("dialog")
      await drawer.getByRole("link", { name: payout.id }).waitFor()
      expect(await drawer.textContent()).toContain("Draft")
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })
      await shot("admin-pay-13-payout-draft")

      // The run's PayPal Payouts file, downloaded from the page.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Run's PayPal file" }).click()])
      expect(download.suggestedFilename()).toBe(`paypal-payouts-${payout.run_id}-EUR.csv`)
      const file = await download.createReadStream()
      let paypalText = ""
      for await (const chunk of file) paypalText += chunk.toString()
      expect(paypalText).toBe(`anna-pay@outdoors.example,19.00,EUR,${anna.id},Commission payout ${payout.id},PAYPAL\r\n`)
      await toast("PayPal file downloaded.")

      // Paid needs the payment reference.
      await page.getByRole("button", { name: "Mark paid" }).click()
      const prompt = page.getByRole("alertdialog")
      await prompt.getByText("Mark paid: €19.00 to Anna Outdoors").waitFor()
      expect(await prompt.getByRole("button", { name: "Mark paid" }).isDisabled()).toBe(true)
      await prompt.getByLabel("Payment reference").fill("PAYPAL-TX-42")
      await prompt.getByRole("button", { name: "Mark paid" }).click()
      await toast("Payout of €19.00 to Anna Outdoors is now paid")
      await prompt.waitFor({ state: "hidden" })
      await page.getByText("Paid. Its commissions are settled.").waitFor()
      expect(await page.textContent("main")).toContain("PAYPAL-TX-42")
      expect(await page.getByRole("button", { name: "Mark paid" }).count()).toBe(0)
      await row("+€4.00").filter({ hasText: "Paid" }).waitFor()
      await shot("admin-pay-14-payout-paid")

      const settled = (await api.get(`/admin/affiliate-payouts/${payout.id}`, admin)).data
      expect(settled.payout).toMatchObject({ status: "paid", reference: "PAYPAL-TX-42", amount: 19 })
      expect(settled.items.map((c: any) => c.status)).toEqual(["paid", "paid"])
      expect(eur((await ledger(`affiliate_id=${anna.id}`)).totals)).toMatchObject({ pending: 0, approved: 0, paid: 19 })

      // The partner's page: balances and the latest entries, linking to the ledger.
      await open(`/affiliates/${anna.id}`)
      await page.getByRole("heading", { level: 1, name: "Anna Outdoors" }).waitFor()
      const earnings = page.getByTestId("earnings-section")
      await earnings.getByLabel("Paid EUR: €19.00").waitFor()
      expect(await earnings.getByLabel(/^Approved EUR: /).textContent()).toBe("€0.00")
      expect(await earnings.getByRole("row").count()).toBe(3)
      await shot("admin-pay-15-partner-earnings")
      await earnings.getByRole("button", { name: "View ledger" }).click()
      await page.getByRole("heading", { level: 1, name: "Commissions" }).waitFor()
      await page.getByText("2 entries", { exact: true }).waitFor()
      await page.getByLabel("Partner", { exact: true }).filter({ hasText: "Anna Outdoors" }).waitFor()
      await page.getByTestId("commission-totals").getByLabel("Paid EUR: €19.00").waitFor()
    })

    it("shows reversals of an entry, cancels a draft payout, and reports a payout that moved on elsewhere", async () => {
      const { anna, ben } = seeded
      await rule({ name: "Standard 10 %", type: "percentage", percentage: 10, event: "order" })
      const { order, commission } = await referredOrder("returner@example.com")
      await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
      const reversal = await eventually(
        async () => (await ledger(`order_id=${order.id}&entry_type=reversal`)).commissions[0],
        "the reversal"
      )
      expect(reversal).toMatchObject({ amount: -4, reverses_id: commission.id })
      const credit = (affiliate_id: string, amount: number, reason: string) =>
        api.post("/admin/affiliate-commissions/adjustments", { affiliate_id, amount, currency_code: "eur", reason }, admin)
      await credit(anna.id, 30, "Spring campaign fee")
      await credit(ben.id, 12, "Imported balance")

      // The commission and the reversal that took it back.
      await open("/affiliates/commissions")
      await page.getByRole("heading", { level: 1, name: "Commissions" }).waitFor()
      await row("-€4.00").waitFor()
      await row("+€4.00").click()
      const drawer = page.getByRole("dialog")
      const reversals = drawer.getByTestId("commission-reversals")
      await reversals.waitFor()
      expect(await reversals.textContent()).toContain("-€4.00")
      expect(await reversals.textContent()).toContain("Reversal")
      await shot("admin-pay-16-commission-reversals")
      await reversals.getByRole("button").first().click()
      await drawer.getByRole("heading", { name: "Reversal -€4.00" }).waitFor()
      expect(await drawer.textContent()).toContain(commission.id)
      expect(await drawer.textContent()).toContain("Order canceled (automatic)")
      await drawer.getByRole("button", { name: "Back to the entry clicked" }).click()
      await drawer.getByRole("heading", { name: "Commission +€4.00" }).waitFor()
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })

      await api.post("/admin/affiliate-commissions/approve-due", {}, admin)
      const run = (await api.post("/admin/affiliate-payouts", {}, admin)).data
      const annaPayout = run.payouts.find((p: any) => p.affiliate_id === anna.id)
      const benPayout = run.payouts.find((p: any) => p.affiliate_id === ben.id)
      expect(annaPayout).toMatchObject({ amount: 30, status: "draft" })
      expect(benPayout).toMatchObject({ amount: 12, status: "draft" })

      // Cancel Ben's draft: his commission goes back to the approved balance.
      await open(`/affiliates/payouts/${benPayout.id}`)
      await page.getByRole("heading", { level: 1, name: "Payout to Ben Builder" }).waitFor()
      await page.getByRole("button", { name: "Cancel payout" }).click()
      let prompt = page.getByRole("alertdialog")
      await prompt.getByRole("button", { name: "Cancel payout" }).click()
      await toast("Payout of €12.00 to Ben Builder is now canceled")
      await page.getByText("Canceled; its commissions went back to the approved balance.").waitFor()
      expect(eur((await ledger(`affiliate_id=${ben.id}`)).totals)).toMatchObject({ approved: 12, paid: 0 })

      // Anna's payout goes to processing here ...
      await open(`/affiliates/payouts/${annaPayout.id}`)
      await page.getByRole("heading", { level: 1, name: "Payout to Anna Outdoors" }).waitFor()
      await page.getByRole("button", { name: "Mark processing" }).click()
      prompt = page.getByRole("alertdialog")
      await prompt.getByRole("button", { name: "Mark processing" }).click()
      await toast("Payout of €30.00 to Anna Outdoors is now processing")
      await page.getByRole("button", { name: "Mark failed" }).waitFor()
      expect(await page.getByRole("button", { name: "Cancel payout" }).count()).toBe(0)

      // ... and is marked paid elsewhere (another admin, the bank import) before this page knows.
      await api.post(`/admin/affiliate-payouts/${annaPayout.id}/status`, { status: "paid", reference: "BANK-2026-001" }, admin)
      await page.getByRole("button", { name: "Mark failed" }).click()
      prompt = page.getByRole("alertdialog")
      await prompt.getByLabel("Reason").fill("PayPal account closed")
      await prompt.getByRole("button", { name: "Mark failed" }).click()
      await toast("A paid payout cannot become failed; it is final.")
      await prompt.waitFor({ state: "hidden" })
      await page.getByText("Paid. Its commissions are settled.").waitFor()
      expect(await page.textContent("main")).toContain("BANK-2026-001")
      await shot("admin-pay-17-payout-conflict")
      expect((await api.get(`/admin/affiliate-payouts/${annaPayout.id}`, admin)).data.payout).toMatchObject({ status: "paid", reference: "BANK-2026-001" })
    })
  },
})
