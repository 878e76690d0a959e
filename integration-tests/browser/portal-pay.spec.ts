import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Browser, BrowserContext, Locator, Page } from "playwright-core"
import { createAdminUser, createPublishableKey, Headers, registerCustomer } from "../helpers/actors"
import { buildStore, completeCart, createCart, eventually, storeHeaders, TestStore } from "../helpers/store"
import { launchChromium, resetScreenshots, screenshot, watchPageErrors } from "./browser"

jest.setTimeout(300 * 1000)

/** Desktop and phone Chrome: HeadlessChrome's own user agent is (rightly) a bot for the click route. */
const DESKTOP_CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
const PHONE_CHROME = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"
const SHOP = "acme-shop.example.com"
const PSEUDONYM = /^Customer [0-9A-F]{4}-[0-9A-F]{4}$/

/**
 * The partner side of Pay in a real browser against the real app: real orders
 * placed through the store API earn commissions, the operator approves, runs
 * and settles payouts and a refund and a cancellation take money back, all
 * through the admin routes. The partner then reads balances, the ledger and
 * each payout with the commissions it included; another partner sees none of
 * it, and no referred customer's personal data reaches the page.
 * Screenshots land in .test-data/screenshots/pay-*.png.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let admin: Headers
    let pk: string
    let store: TestStore
    let base: string
    let shop: any
    const openContexts: BrowserContext[] = []

    async function newPage(options: { mobile?: boolean } = {}) {
      const context = await browser.newContext({
        timezoneId: "Europe/Berlin",
        locale: "en-GB",
        userAgent: options.mobile ? PHONE_CHROME : DESKTOP_CHROME,
        viewport: options.mobile ? { width: 390, height: 844 } : { width: 1280, height: 900 },
        deviceScaleFactor: 1,
        isMobile: !!options.mobile,
        hasTouch: !!options.mobile,
      })
      openContexts.push(context)
      const page = await context.newPage()
      const errors = watchPageErrors(page)
      // Everything the browser received from the partner's money routes, for the privacy checks.
      const answers: Promise<string>[] = []
      page.on("response", (res) => {
        if (/^\/store\/affiliate\/me\/(balance|commissions|payouts)/.test(new URL(res.url()).pathname)) answers.push(res.text().catch(() => ""))
      })
      return { page, errors, answers: async () => (await Promise.all(answers)).join("\n") }
    }

    async function signIn(page: Page, email: string, password: string) {
      await page.goto(`${base}/affiliate-portal#/signin`)
      await page.getByLabel("Email").fill(email)
      await page.getByLabel("Password").fill(password)
      await page.getByRole("button", { name: "Sign in" }).click()
      await page.getByTestId("status-banner").waitFor()
    }

    const tab = (page: Page, name: string) => page.getByRole("link", { name, exact: true }).click()
    /** What a reader sees (table cells apart, hidden text out), on one line. */
    const text = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, " ").trim()
    const tileValue = (page: Page, label: string) =>
      text(page.getByTestId("balance").locator(".tile").filter({ has: page.locator(".tile-label", { hasText: new RegExp(`^${label}$`) }) }).locator(".tile-value"))
    const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)

    const setProgram = (body: Record<string, unknown>) => api.post("/admin/affiliate-programs/affprog_default", body, admin)
    const ledger = async (query: string) => (await api.get(`/admin/affiliate-commissions?${query}`, admin)).data
    const commissionOf = (order_id: string, entry_type = "commission") =>
      eventually(async () => (await ledger(`order_id=${order_id}&entry_type=${entry_type}`)).commissions[0], `the ${entry_type} of ${order_id}`)
    const adjust = (affiliate_id: string, amount: number, reason: string) =>
      api.post("/admin/affiliate-commissions/adjustments", { affiliate_id, amount, currency_code: "eur", reason }, admin)

    /** A partner with a portal login, approved for the shop. */
    async function partner(name: string, email: string, password: string, extra: Record<string, unknown> = {}) {
      const login = await registerCustomer(api, pk, { email, password, first_name: name.split(" ")[0], last_name: name.split(" ")[1] ?? "" })
      const affiliate = (
        await api.post(
          "/admin/affiliates",
          { name, kind: "external", status: "active", email, customer_id: login.customer.id, timezone: "Europe/Berlin", ...extra },
          admin
        )
      ).data.affiliate
      await api.post(`/admin/affiliates/${affiliate.id}/site-authorizations`, { site_id: shop.id, status: "approved" }, admin)
      return { affiliate, login, email, password }
    }

    /** A shopper follows the link and orders one €40 item; the order.placed subscriber credits it. */
    async function referredOrder(slug: string, shopper: { customer?: Headers; email?: string }) {
      const res = await api.get(`/r/${slug}`, { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": DESKTOP_CHROME } })
      expect(res.status).toBe(302)
      const click_id = new URL(res.headers.location).searchParams.get("aff_click")!
      const cart = await createCart(api, pk, store, shopper)
      await api.post(`/store/affiliate/carts/${cart.id}/attribution`, { click_id }, storeHeaders(pk, shopper.customer))
      return completeCart(api, pk, store, cart.id, shopper.customer)
    }

    /** Captures the order's payment (the system provider authorizes only) and refunds part of it. */
    async function refund(order_id: string, amount: number) {
      const query = getContainer().resolve("query") as any
      const {
        data: [order],
      } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order_id } })
      const paymentId = order.payment_collections[0].payments[0].id
      await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
      await api.post(`/admin/payments/${paymentId}/refund`, { amount }, admin)
    }

    beforeAll(async () => {
      resetScreenshots("pay-")
      browser = await launchChromium()
      base = String(api.defaults.baseURL).replace(/\/$/, "")
      admin = await createAdminUser(getContainer(), api)
      pk = await createPublishableKey(getContainer())
      store = await buildStore(getContainer(), pk)
      await setProgram({ name: "Acme Partners", hold_days: 0, payout_minimums: { eur: 20 } })
      shop = (
        await api.post(
          "/admin/affiliate-sites",
          { name: "Acme Shop", domain: SHOP, landing_url: `https://${SHOP}/`, sales_channel_id: store.channels.main },
          admin
        )
      ).data.site
      await api.post("/admin/affiliate-commission-rules", { name: "Standard 10 %", type: "percentage", percentage: 10, event: "order" }, admin)
    })

    afterAll(async () => {
      for (const context of openContexts) await context.close().catch(() => undefined)
      await browser?.close()
    })

    // The runner restores the database after beforeAll before every test: the whole story is one test.
    it("shows a partner balances, a signed ledger and payouts with their commissions; another partner sees none of it", async () => {
      // ---- the money, made through the real store and admin routes
      const paula = await partner("Paula Partner", "paula@partner.example", "paula-secret-1", {
        payout_method: "paypal",
        payout_details: { account: "paula-pay@partner.example" },
      })
      const link = (await api.post("/admin/affiliate-referrals", { affiliate_id: paula.affiliate.id, name: "Newsletter", slug: "paula-news", site_id: shop.id }, admin))
        .data.referral
      const sam = await registerCustomer(api, pk, { email: "samuel.private@shopper.example", first_name: "Samuel", last_name: "Privatperson" })

      // Order 1 (Sam, signed in), no hold: approved, paid with a launch bonus in payout 1 (€34).
      const order1 = await referredOrder(link.slug, { customer: sam.headers })
      const earned1 = await commissionOf(order1.id)
      expect(earned1).toMatchObject({ amount: 4, basis_amount: 40, rate: 10, status: "pending", customer_id: sam.customer.id })
      await adjust(paula.affiliate.id, 30, "Launch bonus")
      expect((await api.post("/admin/affiliate-commissions/approve-due", {}, admin)).data.approved).toBeGreaterThanOrEqual(1)
      const [payout1] = (await api.post("/admin/affiliate-payouts", { affiliate_ids: [paula.affiliate.id] }, admin)).data.payouts
      expect(payout1).toMatchObject({ amount: 34, item_count: 2, status: "draft" })
      await api.post(`/admin/affiliate-payouts/${payout1.id}/status`, { status: "processing" }, admin)
      await api.post(`/admin/affiliate-payouts/${payout1.id}/status`, { status: "paid", reference: "PAYPAL-TX-1001" }, admin)

      // Half of order 1 is refunded after payment: a clawback of €2.
      await refund(order1.id, Number(order1.total) / 2)
      expect(await commissionOf(order1.id, "clawback")).toMatchObject({ amount: -2, status: "approved" })

      // From now on a 14-day hold: order 2 (Sam again) and order 3 (a guest, then canceled) stay pending.
      await setProgram({ hold_days: 14 })
      const order2 = await referredOrder(link.slug, { customer: sam.headers })
      expect(await commissionOf(order2.id)).toMatchObject({ amount: 4, status: "pending" })
      const order3 = await referredOrder(link.slug, { email: "gina.guest@shopper.example" })
      await commissionOf(order3.id)
      await api.post(`/admin/orders/${order3.id}/cancel`, {}, admin)
      expect(await commissionOf(order3.id, "reversal")).toMatchObject({ amount: -4, status: "pending" })

      // Payout 2 (draft): a bonus net of the clawback, €23. Then a correction of €5 stays approved, below the €20 minimum.
      await adjust(paula.affiliate.id, 25, "Spring campaign bonus")
      const [payout2] = (await api.post("/admin/affiliate-payouts", { affiliate_ids: [paula.affiliate.id] }, admin)).data.payouts
      expect(payout2).toMatchObject({ amount: 23, item_count: 2, status: "draft" })
      await adjust(paula.affiliate.id, 5, "Correction for March")

      // Otto: another partner with 23 small fees (three pages of ledger at 20 a page: two) and no payout.
      const otto = await partner("Otto Other", "otto@other.example", "otto-secret-1")
      for (let i = 0; i < 23; i++) await adjust(otto.affiliate.id, 1.5, `Weekly content fee ${i + 1}`)

      const secrets = [
        "samuel.private@shopper.example", "Samuel", "Privatperson", "Shopper", "gina.guest@shopper.example", sam.customer.id,
        order1.id, order2.id, order3.id, order1.customer_id, order3.customer_id,
      ].filter(Boolean)

      // ---- Paula, desktop
      const { page, errors, answers } = await newPage()
      await signIn(page, paula.email, paula.password)

      // Overview: real figures instead of "later".
      const summary = page.getByTestId("earnings-summary")
      await page.getByTestId("overview-next-payout").waitFor()
      expect(await text(page.getByTestId("overview-approved"))).toBe("€5.00")
      expect(await text(page.getByTestId("overview-pending"))).toBe("€4.00")
      expect(await text(page.getByTestId("overview-last-payout"))).toMatch(/^€34\.00, paid on \d{1,2} \w{3,4} \d{4}$/)
      expect(await text(page.getByTestId("overview-next-payout"))).toBe("€23.00 Being prepared")
      expect(await text(page.getByTestId("performance"))).not.toContain("once the program starts paying")
      expect(await summary.getByRole("link", { name: "Open your earnings" }).count()).toBe(1)
      expect(await text(page.getByRole("main"))).toContain("Payout minimum €20.00")
      await screenshot(page, "pay-01-overview")

      // Earnings: balances per currency and how money moves.
      await tab(page, "Earnings")
      await page.getByTestId("balance").waitFor()
      expect(await tileValue(page, "Pending")).toBe("€4.00")
      expect(await tileValue(page, "Approved")).toBe("€5.00")
      expect(await tileValue(page, "In a payout")).toBe("€23.00")
      expect(await tileValue(page, "Paid")).toBe("€34.00")
      expect(await text(page.getByTestId("payout-minimum"))).toBe("€15.00 more in approved commissions to reach the payout minimum of €20.00.")
      const rule = await text(page.getByTestId("money-rule"))
      expect(rule).toContain("pending for the 14-day hold period")
      expect(rule).toContain("then it is approved")
      expect(rule).toContain("once it reaches the program minimum")

      // The ledger: newest first, signed amounts, sources, pseudonyms, statuses and the why.
      const lines = page.getByTestId("ledger-line")
      await page.getByTestId("ledger").waitFor()
      expect(await lines.count()).toBe(8)
      expect(await text(page.getByTestId("ledger-count"))).toBe("Showing 1–8 of 8 entries, newest first. Times in Europe/Berlin.")
      // Lines in the draft payout say so once the payouts are known.
      await lines.filter({ hasText: "Spring campaign bonus" }).getByText("In a payout").waitFor()
      const all = await Promise.all((await lines.all()).map(async (l) => ({ entry: await l.getAttribute("data-entry"), text: await text(l) })))
      expect(all.map((l) => l.entry)).toEqual(["adjustment", "adjustment", "reversal", "commission", "commission", "clawback", "adjustment", "commission"])
      const [correction, spring, reversal, order3Line, order2Line, clawback, launch, order1Line] = all.map((l) => l.text)
      expect(correction).toMatch(/\+€5\.00.*Approved.*For the next payout/)
      expect(correction).toContain("Program team")
      expect(correction).toContain("Correction for March")
      expect(spring).toMatch(/\+€25\.00.*In a payout.*Payout of/)
      expect(reversal).toMatch(/Reversal.*of an order commission.*[-−]€4\.00.*Pending.*On hold until/)
      expect(reversal).toContain("The order was canceled")
      expect(clawback).toMatch(/Clawback.*[-−]€2\.00.*In a payout/)
      expect(clawback).toContain("clawed back from the next payout")
      for (const line of [order3Line, order2Line, order1Line]) {
        expect(line).toMatch(/Newsletter paula-news Acme Shop Customer [0-9A-F]{4}-[0-9A-F]{4} Order €40\.00 10% \+€4\.00/)
        expect(line).toContain('4.00 EUR from "Standard 10 %"')
      }
      expect(order2Line).toMatch(/Pending.*On hold until/)
      expect(order1Line).toMatch(/Paid On .* Payout of/)
      expect(launch).toMatch(/\+€30\.00.*Paid/)
      // Negative lines are marked, not just signed.
      expect(await page.locator("tbody.negative-line").count()).toBe(2)
      expect(await lines.filter({ hasText: "Reversal" }).locator(".amount").evaluate((el) => getComputedStyle(el).color)).toBe("rgb(180, 35, 24)")
      // One shopper, one pseudonym (the refund's clawback too); the guest has another.
      const pseudonyms = await page.getByTestId("ledger-customer").allTextContents()
      expect(pseudonyms).toHaveLength(5)
      pseudonyms.forEach((p) => expect(p).toMatch(PSEUDONYM))
      const [guest, guestAgain, sam2, samClawback, sam1] = pseudonyms
      expect([guestAgain, sam2, samClawback, sam1]).toEqual([guest, sam1, sam1, sam1])
      expect(guest).not.toBe(sam1)
      await screenshot(page, "pay-02-earnings")

      // Status filter, from the keyboard: the list follows and the focus stays on the filter.
      await page.getByLabel("Status", { exact: true }).focus()
      await page.keyboard.press("ArrowDown")
      await page.getByTestId("ledger-count").filter({ hasText: "of 3 entries" }).waitFor()
      expect(await lines.count()).toBe(3)
      expect(await page.locator("[data-testid=ledger-line][data-status=pending]").count()).toBe(3)
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("ledger-status")
      await page.getByLabel("Status", { exact: true }).selectOption("paid")
      await page.getByTestId("ledger-count").filter({ hasText: "of 2 entries" }).waitFor()
      expect(await text(page.getByTestId("ledger"))).toContain("Launch bonus")
      await screenshot(page, "pay-03-earnings-paid-filter")
      await page.getByLabel("Status", { exact: true }).selectOption("void")
      await page.getByTestId("ledger-empty").waitFor()
      expect(await text(page.getByTestId("ledger-empty"))).toBe("No entries with this status.")
      await page.getByLabel("Status", { exact: true }).selectOption("")
      await page.getByTestId("ledger-count").filter({ hasText: "of 8 entries" }).waitFor()

      // From a paid ledger line to its payout: every commission it included, adding up to the amount.
      await lines.filter({ hasText: "Launch bonus" }).getByRole("link", { name: /^Payout of/ }).click()
      const detail = page.getByTestId("payout-detail")
      await detail.getByTestId("payout-items").waitFor()
      expect(page.url()).toContain(`#/payouts/${payout1.id}`)
      expect(await text(page.getByTestId("payout-amount"))).toBe("€34.00")
      const paidDetail = await text(detail)
      expect(paidDetail).toContain("Paid")
      expect(paidDetail).toContain("PAYPAL-TX-1001")
      expect(await detail.getByTestId("ledger-line").count()).toBe(2)
      expect(await text(page.getByTestId("payout-reconciliation"))).toBe("The 2 commissions below add up to €34.00, the amount of this payout.")
      expect(paidDetail).toContain("Launch bonus")
      expect(paidDetail).toMatch(/Order €40\.00 10% \+€4\.00/)
      expect(await page.getByRole("link", { name: "Payouts", exact: true }).getAttribute("aria-current")).toBe("page")
      await screenshot(page, "pay-04-payout-paid")

      // Payout history, newest first.
      await tab(page, "Payouts")
      const rows = page.getByTestId("payout-row")
      await rows.first().waitFor()
      expect(await rows.count()).toBe(2)
      expect(await text(rows.nth(0))).toMatch(/€23\.00 Being prepared When paid View 2 commissions/)
      expect(await text(rows.nth(1))).toMatch(/Paid on .* €34\.00 Paid PAYPAL-TX-1001 View 2 commissions/)
      await screenshot(page, "pay-05-payouts")
      await rows.nth(0).getByRole("link", { name: /View the 2 commissions/ }).click()
      await detail.getByTestId("payout-items").waitFor()
      const draftDetail = await text(detail)
      expect(draftDetail).toContain("Being prepared")
      expect(draftDetail).toContain("Given when it is paid")
      expect(draftDetail).toMatch(/Clawback.*[-−]€2\.00/)
      expect(draftDetail).toMatch(/Spring campaign bonus/)
      expect(await text(page.getByTestId("payout-reconciliation"))).toBe(
        "The 2 commissions below add up to €23.00, the amount of this payout (negative lines are deducted)."
      )
      await screenshot(page, "pay-06-payout-draft")

      // The help center says what now happens, in this program's numbers.
      await tab(page, "Help center")
      await page.getByText("How does a commission turn into a payment?").click()
      const help = await text(page.getByTestId("help-paying"))
      expect(help).toContain("14-day hold period")
      expect(help).toContain("payout minimum (€20.00)")
      await screenshot(page, "pay-07-help")

      // Nothing personal about a referred customer, on screen or in what the browser received.
      const body = (await page.textContent("body"))!
      const received = await answers()
      for (const secret of secrets) {
        expect([secret, body.includes(secret), received.includes(secret)]).toEqual([secret, false, false])
      }
      await tab(page, "Earnings")
      await page.getByTestId("ledger").waitFor()
      const earningsBody = (await page.textContent("body"))!
      for (const secret of secrets) expect([secret, earningsBody.includes(secret)]).toEqual([secret, false])
      expect(received).not.toMatch(/"(customer_id|order_id|email)":/)
      expect(received).not.toContain("cus_")
      expect(received).not.toContain("Otto")
      expect(errors).toEqual([])

      // ---- Paula on a phone
      const phone = await newPage({ mobile: true })
      await signIn(phone.page, paula.email, paula.password)
      await phone.page.getByTestId("overview-next-payout").waitFor()
      expect(await noHorizontalScroll(phone.page)).toBe(true)
      await screenshot(phone.page, "pay-08-mobile-overview")
      await tab(phone.page, "Earnings")
      await phone.page.getByTestId("ledger").waitFor()
      await phone.page.getByTestId("ledger-line").filter({ hasText: "Spring campaign bonus" }).getByText("In a payout").waitFor()
      expect(await noHorizontalScroll(phone.page)).toBe(true)
      // One block per line: the amount sits at the right of the line's first row.
      const firstLine = phone.page.getByTestId("ledger-line").first()
      const amountBox = (await firstLine.locator("td.c-amount").boundingBox())!
      const eventBox = (await firstLine.locator("td.c-event").boundingBox())!
      expect(amountBox.x).toBeGreaterThan(eventBox.x)
      expect(Math.abs(amountBox.y - eventBox.y)).toBeLessThan(12)
      expect(amountBox.x + amountBox.width).toBeLessThanOrEqual(390)
      await screenshot(phone.page, "pay-09-mobile-earnings")
      await tab(phone.page, "Payouts")
      await phone.page.getByTestId("payout-row").first().waitFor()
      expect(await noHorizontalScroll(phone.page)).toBe(true)
      await screenshot(phone.page, "pay-10-mobile-payouts")
      await phone.page.getByTestId("payout-row").nth(1).getByRole("link").click()
      await phone.page.getByTestId("payout-items").waitFor()
      expect(await noHorizontalScroll(phone.page)).toBe(true)
      await screenshot(phone.page, "pay-11-mobile-payout")
      expect(phone.errors).toEqual([])

      // ---- Otto sees only his own money: paging, no payouts, and Paula's payout is not found.
      const other = await newPage()
      await signIn(other.page, otto.email, otto.password)
      await other.page.getByTestId("overview-last-payout").filter({ hasText: "None yet" }).waitFor()
      expect(await text(other.page.getByTestId("overview-approved"))).toBe("€34.50")
      await tab(other.page, "Earnings")
      await other.page.getByTestId("ledger").waitFor()
      expect(await text(other.page.getByTestId("ledger-count"))).toBe("Showing 1–20 of 23 entries, newest first. Times in Europe/Berlin.")
      expect(await other.page.getByTestId("ledger-line").count()).toBe(20)
      expect(await tileValue(other.page, "Approved")).toBe("€34.50")
      expect(await text(other.page.getByTestId("payout-minimum"))).toBe(
        "Your approved balance has reached the payout minimum of €20.00: it goes into the next payout."
      )
      expect(await other.page.getByRole("button", { name: "Newer entries" }).getAttribute("aria-disabled")).toBe("true")
      await other.page.getByRole("button", { name: "Older entries" }).click()
      await other.page.getByTestId("ledger-count").filter({ hasText: "Showing 21–23 of 23" }).waitFor()
      expect(await other.page.getByTestId("ledger-line").count()).toBe(3)
      expect(await text(other.page.getByTestId("ledger"))).toContain("Weekly content fee 1")
      // The pager keeps the keyboard focus on itself.
      expect(await other.page.evaluate(() => document.activeElement?.getAttribute("data-focus"))).toBe("ledger-next")
      await screenshot(other.page, "pay-12-other-partner-page-2")
      await other.page.getByRole("button", { name: "Newer entries" }).click()
      await other.page.getByTestId("ledger-count").filter({ hasText: "Showing 1–20 of 23" }).waitFor()
      await tab(other.page, "Payouts")
      await other.page.getByTestId("no-payouts").waitFor()
      await other.page.goto(`${base}/affiliate-portal#/payouts/${payout1.id}`)
      const denied = other.page.getByTestId("payout-detail").getByRole("alert")
      await denied.waitFor()
      expect(await text(denied)).toContain("not found")
      await screenshot(other.page, "pay-13-other-partner-no-access")
      const otherBody = (await other.page.textContent("body"))!
      const otherReceived = await other.answers()
      for (const foreign of ["Paula", "PAYPAL-TX-1001", "Newsletter", "paula-news", "Launch bonus", "Spring campaign", "€34.00", ...pseudonyms, ...secrets]) {
        expect([foreign, otherBody.includes(foreign), otherReceived.includes(foreign)]).toEqual([foreign, false, false])
      }
      expect(other.errors).toEqual([])
    })

    it("tells a new partner with no earnings what happens next", async () => {
      await setProgram({ hold_days: 14 })
      const nina = await partner("Nina New", "nina@new.example", "nina-secret-1")
      const { page, errors } = await newPage()
      await signIn(page, nina.email, nina.password)
      await page.getByTestId("overview-last-payout").filter({ hasText: "None yet" }).waitFor()
      expect(await text(page.getByTestId("earnings-summary"))).toContain("No earnings yet")
      await tab(page, "Earnings")
      await page.getByTestId("no-earnings").waitFor()
      await page.getByTestId("ledger-empty").waitFor()
      expect(await text(page.getByTestId("ledger-empty"))).toContain("No commissions yet")
      expect(await text(page.getByTestId("money-rule"))).toContain("14-day hold period")
      await screenshot(page, "pay-14-new-partner-earnings")
      await tab(page, "Payouts")
      await page.getByTestId("no-payouts").waitFor()
      expect(await text(page.getByTestId("no-payouts"))).toContain("reaches the program minimum")
      await screenshot(page, "pay-15-new-partner-payouts")
      expect(errors).toEqual([])
    })
  },
})
