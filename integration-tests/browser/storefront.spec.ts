import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { createAdminUser, createPublishableKey, Headers, registerCustomer } from "../helpers/actors"
import { buildStore, eventually, TestStore } from "../helpers/store"
import { launchChromium, resetScreenshots, screenshot, watchPageErrors } from "./browser"
import { startNextStorefront, type RunningStorefront } from "./next-storefront"

jest.setTimeout(240 * 1000)

/*
 * The Medusa app reads the plugin option storefrontSecret from this variable
 * when the runner loads medusa-config.ts, after this module ran.
 */
const STOREFRONT_SECRET = "example-storefront-secret-for-tests"
process.env.AFFILIATE_STOREFRONT_SECRET = STOREFRONT_SECRET

/** A desktop Chrome: HeadlessChrome's own user agent is (rightly) a bot for the click route. */
const DESKTOP_CHROME =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
const COMMISSION_PERCENT = 10
const CODE_DISCOUNT_PERCENT = 15

/**
 * The example Next.js storefront (examples/nextjs-storefront: App Router,
 * server actions, httpOnly cart and customer cookies, /[countryCode] routes)
 * against the running app, in Chromium: partner links, ?ref= and UTM
 * landings, client-side navigation, a cart created after the landing, guest
 * checkout, a partner alias in the promo field, registration and the partner
 * section of the account area. Screenshots: .test-data/screenshots/storefront-*.png.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let shop: RunningStorefront
    let admin: Headers
    let store: TestStore
    let anna: any
    let insta: any
    let hike: any
    let shopKey: string
    const openContexts: BrowserContext[] = []

    const affiliate = () => getContainer().resolve("affiliate") as any

    beforeAll(async () => {
      resetScreenshots("storefront-")
      const base = String(api.defaults.baseURL).replace(/\/$/, "")
      admin = await createAdminUser(getContainer(), api)
      store = await buildStore(getContainer(), await createPublishableKey(getContainer()))
      // Like a real store: the storefront's own key, on its own sales channel only (carts are created with a region alone).
      const key = (await api.post("/admin/api-keys", { title: "Acme storefront", type: "publishable" }, admin)).data.api_key
      await api.post(`/admin/api-keys/${key.id}/sales-channels`, { add: [store.channels.main] }, admin)
      shopKey = key.token

      shop = await startNextStorefront({
        MEDUSA_BACKEND_URL: base,
        MEDUSA_PUBLISHABLE_KEY: key.token,
        AFFILIATE_STOREFRONT_SECRET: STOREFRONT_SECRET,
        DEFAULT_REGION: "de",
      })

      const post = async (path: string, body: Record<string, unknown>) => (await api.post(path, body, admin)).data
      const { site } = await post("/admin/affiliate-sites", { name: "Acme Outdoor", domain: shop.host, landing_url: `${shop.url}/de`, sales_channel_id: store.channels.main })
      // Anna is a storefront customer too: she signs in to the account area.
      const { customer } = await registerCustomer(api, key.token, { email: "anna@example.com", password: "anna-pass-1", first_name: "Anna", last_name: "Outdoors" })
      anna = (await post("/admin/affiliates", { name: "Anna Outdoors", kind: "external", status: "active", email: "anna@example.com", customer_id: customer.id })).affiliate
      await post(`/admin/affiliates/${anna.id}/site-authorizations`, { site_id: site.id, status: "approved" })
      insta = (
        await post("/admin/affiliate-referrals", {
          affiliate_id: anna.id,
          name: "Instagram",
          slug: "anna-insta",
          site_id: site.id,
          landing_path: "/de/products/trail-backpack",
          utm_source: "instagram",
          utm_medium: "social",
          utm_campaign: "spring",
        })
      ).referral
      hike = (await post("/admin/affiliate-vouchers", { referral_id: insta.id, code: "HIKE15", aliases: ["Hike-Anna"], incentive: { type: "percentage", value: CODE_DISCOUNT_PERCENT } })).voucher
      await post("/admin/affiliate-commission-rules", { name: "Standard", type: "percentage", percentage: COMMISSION_PERCENT, event: "order" })
      browser = await launchChromium()
    })

    // STOREFRONT_LOGS=1 prints what the storefront's server said after each test.
    afterEach(() => {
      if (process.env.STOREFRONT_LOGS) console.log(`next start output:\n${shop?.logs().slice(-4000)}`)
    })

    afterAll(async () => {
      for (const context of openContexts) await context.close().catch(() => undefined)
      await browser?.close()
      await shop?.stop()
    })

    async function newShopper() {
      const context = await browser.newContext({ userAgent: DESKTOP_CHROME, viewport: { width: 1100, height: 800 }, deviceScaleFactor: 1 })
      openContexts.push(context)
      const page = await context.newPage()
      return { context, page, errors: watchPageErrors(page) }
    }

    /** Marks the loaded document: the mark survives client-side navigation and is gone after a full load. */
    const markDocument = (page: Page) => page.evaluate(() => ((window as any).__sameDocument = true))
    const sameDocument = (page: Page) => page.evaluate(() => (window as any).__sameDocument === true)

    /** From any page: the store's product list, the product, add to cart, then the cart page (all in the app). */
    async function addBackpackToCart(page: Page) {
      await page.getByRole("link", { name: "Store" }).click()
      await page.getByTestId("product-link").filter({ hasText: "Trail Backpack" }).click()
      await page.getByTestId("product-title").filter({ hasText: "Trail Backpack" }).waitFor()
      await page.getByTestId("add-to-cart").click()
      await page.getByTestId("cart-item").filter({ hasText: "Trail Backpack" }).waitFor()
    }

    /** Checkout as a guest with the default payment provider; answers the placed order's id. */
    async function checkoutAsGuest(page: Page, email: string) {
      await page.getByTestId("go-to-checkout").click()
      await page.getByLabel("Email").fill(email)
      await page.getByLabel("First name").fill("Sam")
      await page.getByLabel("Last name").fill("Shopper")
      await page.getByLabel("Street and number").fill("Bergstr. 5")
      await page.getByLabel("Postal code").fill("10115")
      await page.getByLabel("City").fill("Berlin")
      await page.getByTestId("place-order").click()
      const confirmed = page.getByTestId("order-confirmed")
      await confirmed.waitFor({ timeout: 60_000 })
      return (await confirmed.getAttribute("data-order-id"))!
    }

    const orderAttribution = (orderId: string) =>
      eventually(async () => (await affiliate().listAffiliateAttributions({ order_id: orderId }))[0] as any, `the attribution of order ${orderId}`)
    const commissionOf = (orderId: string) =>
      eventually(
        async () => (await api.get(`/admin/affiliate-commissions?order_id=${orderId}&entry_type=commission`, admin)).data.commissions[0],
        `the commission of order ${orderId}`
      )
    const clickRow = async (id: string) => (await affiliate().listAffiliateClicks({ id }))[0] as any

    async function expectHttpOnlyCookies(context: BrowserContext, names: string[]) {
      const cookies = Object.fromEntries((await context.cookies(shop.url)).map((c) => [c.name, c]))
      for (const name of names) {
        expect(cookies[name]).toBeDefined()
        expect({ name, httpOnly: cookies[name].httpOnly }).toEqual({ name, httpOnly: true })
      }
      return cookies
    }

    it("a /r/ link: the shopper browses in the app, the cart is created later, and the guest order earns the link's commission", async () => {
      const { context, page, errors } = await newShopper()
      await page.goto(`${String(api.defaults.baseURL).replace(/\/$/, "")}/r/anna-insta`)
      // The link records the click and sends the shopper to its landing page on the storefront.
      await page.getByTestId("product-title").filter({ hasText: "Trail Backpack" }).waitFor()
      const landed = new URL(page.url())
      expect(`${landed.host}${landed.pathname}`).toBe(`${shop.host}/de/products/trail-backpack`)
      const clickId = landed.searchParams.get("aff_click")!
      expect(clickId).toMatch(/^affclk_/)
      await screenshot(page, "storefront-01-link-landing")
      await markDocument(page)

      await addBackpackToCart(page)
      expect(await sameDocument(page)).toBe(true)
      const cookies = await expectHttpOnlyCookies(context, ["_medusa_cart_id", "aff_click", "aff_vid"])
      expect(cookies.aff_click.value).toBe(clickId)
      await screenshot(page, "storefront-02-cart")

      const orderId = await checkoutAsGuest(page, "link-shopper@example.com")
      await screenshot(page, "storefront-03-order-confirmed")
      const attribution = await orderAttribution(orderId)
      expect(attribution).toMatchObject({
        status: "attributed",
        conversion: "order",
        source: "link",
        click_id: clickId,
        affiliate_id: anna.id,
        referral_id: insta.id,
        utm_source: "instagram",
        utm_medium: "social",
        utm_campaign: "spring",
      })
      const commission = await commissionOf(orderId)
      expect(commission).toMatchObject({ affiliate_id: anna.id, referral_id: insta.id, status: "pending", currency_code: "eur" })
      expect(Number(commission.amount)).toBeCloseTo((store.itemPrice * COMMISSION_PERCENT) / 100)
      console.log(`storefront /r/ flow: order ${orderId}, commission ${commission.amount} ${commission.currency_code}`)
      expect(errors).toEqual([])
    })

    it("a ?ref= landing with UTM tags is recorded by the storefront's server with the shopper's user agent, and the order carries its UTM triple", async () => {
      const { context, page, errors } = await newShopper()
      await page.goto(`${shop.url}/?ref=anna-insta&utm_source=newsletter&utm_medium=email&utm_campaign=autumn`)
      await page.getByRole("heading", { name: "Gear for the trail" }).waitFor()
      // The country was added and the tags kept; the click id is in an httpOnly cookie, not in the page.
      expect(new URL(page.url()).pathname).toBe("/de")
      const cookies = await expectHttpOnlyCookies(context, ["aff_click", "aff_vid"])
      const click = await clickRow(cookies.aff_click.value)
      expect(click).toMatchObject({
        referral_id: insta.id,
        affiliate_id: anna.id,
        is_bot: false,
        blocked_reason: null,
        visitor_id: cookies.aff_vid.value,
        utm_source: "newsletter",
        utm_medium: "email",
        utm_campaign: "autumn",
      })
      expect(click.ip_hash).toBeTruthy()
      // One landing, one click: the redirect that added the country recorded nothing of its own.
      expect((await affiliate().listAffiliateClicks({ utm_campaign: "autumn" })).map((c: any) => c.id)).toEqual([click.id])
      expect(await page.evaluate(() => document.cookie)).not.toContain("aff_click")
      await screenshot(page, "storefront-04-ref-landing")
      await markDocument(page)

      await addBackpackToCart(page)
      expect(await sameDocument(page)).toBe(true)
      const orderId = await checkoutAsGuest(page, "ref-shopper@example.com")
      const attribution = await orderAttribution(orderId)
      expect(attribution).toMatchObject({
        status: "attributed",
        source: "link",
        click_id: cookies.aff_click.value,
        referral_id: insta.id,
        utm_source: "newsletter",
        utm_medium: "email",
        utm_campaign: "autumn",
      })
      const commission = await commissionOf(orderId)
      expect(Number(commission.amount)).toBeCloseTo((store.itemPrice * COMMISSION_PERCENT) / 100)
      console.log(`storefront ?ref= flow: order ${orderId}, commission ${commission.amount} ${commission.currency_code}`)
      expect(errors).toEqual([])
    })

    it("an alias typed in lower case with spaces in the promo field gets the discount and credits the voucher's link", async () => {
      const { page, errors } = await newShopper()
      await page.goto(`${shop.url}/de`)
      await addBackpackToCart(page)
      await page.getByTestId("promo-code-input").fill("  hike-anna ")
      await page.getByTestId("promo-code-apply").click()
      // The form's answer first: a refusal fails here with the shopper's message.
      await expect(page.getByTestId("promo-code-message").textContent({ timeout: 30_000 })).resolves.toBe("Code hike-anna applied.")
      await page.getByTestId("applied-code").filter({ hasText: "HIKE15" }).waitFor()
      const discount = (store.itemPrice * CODE_DISCOUNT_PERCENT) / 100
      await page.getByTestId("cart-discount").filter({ hasText: discount.toFixed(2) }).waitFor()
      await screenshot(page, "storefront-05-alias-in-promo-field")

      const orderId = await checkoutAsGuest(page, "code-shopper@example.com")
      await page.getByTestId("order-discount").filter({ hasText: discount.toFixed(2) }).waitFor()
      const attribution = await orderAttribution(orderId)
      expect(attribution).toMatchObject({ status: "attributed", source: "code", click_id: null, voucher_id: hike.id, voucher_code: "HIKE15", referral_id: insta.id, affiliate_id: anna.id })
      const commission = await commissionOf(orderId)
      expect(Number(commission.amount)).toBeCloseTo(((store.itemPrice - discount) * COMMISSION_PERCENT) / 100)
      console.log(`storefront promo-field flow: order ${orderId}, commission ${commission.amount} ${commission.currency_code}`)
      expect(errors).toEqual([])
    })

    it("an unknown code in the promo field is refused with Medusa's message and attributes nothing", async () => {
      const { page, errors } = await newShopper()
      await page.goto(`${shop.url}/de`)
      await addBackpackToCart(page)
      await page.getByTestId("promo-code-input").fill("NOPE-404")
      await page.getByTestId("promo-code-apply").click()
      await page.getByTestId("promo-code-message").filter({ hasText: "NOPE-404" }).waitFor()
      expect(await page.getByTestId("applied-code").count()).toBe(0)
      expect(errors).toEqual([])
    })

    it("a shopper who registers through the storefront after a link landing is attributed to that link", async () => {
      const { page, errors } = await newShopper()
      await page.goto(`${shop.url}/?ref=anna-insta`)
      await page.getByRole("heading", { name: "Gear for the trail" }).waitFor()
      await page.getByTestId("nav-account").click()
      await page.getByLabel("First name").fill("Robin")
      await page.getByLabel("Last name").fill("Referred")
      await page.getByLabel("Email").and(page.locator("#register-email")).fill("robin@example.com")
      await page.locator("#register-password").fill("robin-pass-1")
      await page.getByTestId("register").click()
      await page.getByTestId("account-greeting").filter({ hasText: "Robin" }).waitFor()
      await screenshot(page, "storefront-06-registered")

      const [customer] = await (getContainer().resolve("customer") as any).listCustomers({ email: "robin@example.com" })
      const registration = await eventually(
        async () => (await affiliate().listAffiliateAttributions({ customer_id: customer.id, conversion: "registration" }))[0] as any,
        "the registration attribution"
      )
      expect(registration).toMatchObject({ status: "attributed", source: "link", affiliate_id: anna.id, referral_id: insta.id })
      expect(errors).toEqual([])
    })

    it("a partner signs in through the account area and reaches the Partner section with her links and codes", async () => {
      const { context, page, errors } = await newShopper()
      await page.goto(`${shop.url}/de/account`)
      await page.locator("#login-email").fill("anna@example.com")
      await page.locator("#login-password").fill("anna-pass-1")
      await page.getByTestId("sign-in").click()
      await page.getByTestId("account-greeting").filter({ hasText: "Anna" }).waitFor()
      await expectHttpOnlyCookies(context, ["_medusa_jwt"])
      await page.getByTestId("account-partner-link").click()
      await page.getByTestId("partner-name").filter({ hasText: "Anna Outdoors" }).waitFor()
      const referral = page.getByTestId("partner-referral").filter({ hasText: "Instagram" })
      await expect(referral.textContent()).resolves.toContain("/r/anna-insta")
      await expect(referral.textContent()).resolves.toContain("HIKE15")
      await expect(referral.textContent()).resolves.toContain("Hike-Anna")
      await screenshot(page, "storefront-07-partner-section")
      expect(errors).toEqual([])
    })

    it("a customer without a partner account sees how to apply, not someone else's data", async () => {
      await registerCustomer(api, shopKey, { email: "casey@example.com", password: "casey-pass-1" })
      const { page, errors } = await newShopper()
      await page.goto(`${shop.url}/de/account`)
      await page.locator("#login-email").fill("casey@example.com")
      await page.locator("#login-password").fill("casey-pass-1")
      await page.getByTestId("sign-in").click()
      await page.getByTestId("account-greeting").waitFor()
      await page.getByTestId("account-partner-link").click()
      await page.getByTestId("partner-none").waitFor()
      expect(await page.textContent("body")).not.toContain("Anna Outdoors")
      expect(errors).toEqual([])
    })
  },
})
