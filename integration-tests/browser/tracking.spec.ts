import http from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Browser, BrowserContext, Page, Request } from "playwright-core"
import { TRACKER_JS, TRACKER_VERSION } from "../../src/storefront/tracker"
import { attempt, createAdminUser, Headers, registerCustomer } from "../helpers/actors"
import { launchChromium, resetScreenshots, screenshot, watchPageErrors } from "./browser"

jest.setTimeout(180 * 1000)

/*
 * The static storefront runs on 127.0.0.1 (another origin than the Medusa app
 * on localhost). Its origin must be allowed by Medusa's store CORS for the
 * cart route; medusa-config.ts reads STORE_CORS when the runner loads it,
 * which happens after this module ran and before the app boots. The port is
 * not known yet, hence a pattern (Medusa accepts /.../-style regexes; "#" is
 * one of its delimiters).
 */
process.env.STORE_CORS = [
  process.env.STORE_CORS || "http://localhost:8000,http://localhost:9000",
  String.raw`#^http://127\.0\.0\.1:\d+$#`,
].join(",")

/** A desktop Chrome: HeadlessChrome's own user agent is (rightly) a bot for the click route. */
const DESKTOP_CHROME =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
const DAY = 86400
const WINDOW_DAYS = 45

type Cookie = Awaited<ReturnType<BrowserContext["cookies"]>>[number]
type TrackerState = { click_id?: string; visitor_id?: string; code?: string }

/** The storefront page: nothing but the tracker and a few lines that show what it stored. */
function storefrontPage(apiBase: string, publishableKey: string, path: string) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Outdoor</title>
<script src="${apiBase}/affiliate/tracker.js" data-publishable-key="${publishableKey}" data-cart-id-cookie="_medusa_cart_id" defer></script>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
  header { background: #1a7f37; color: #fff; padding: 1rem 2rem; }
  header h1 { margin: 0; font-size: 1.4rem; }
  main { max-width: 46rem; margin: 1.5rem auto; background: #fff; padding: 1.5rem 2rem; border-radius: 8px; box-shadow: 0 1px 3px #0002; }
  dl { display: grid; grid-template-columns: 10rem 1fr; gap: .4rem 1rem; }
  dt { font-weight: 600; } dd { margin: 0; font-family: ui-monospace, monospace; word-break: break-all; }
  pre { background: #f6f8fa; padding: .75rem; border-radius: 6px; white-space: pre-wrap; word-break: break-all; }
  button { font: inherit; padding: .4rem 1rem; border-radius: 6px; border: 1px solid #1a7f37; background: #1a7f37; color: #fff; cursor: pointer; }
</style>
</head>
<body>
<header><h1>Acme Outdoor</h1></header>
<main>
  <p>Static storefront page <code>${path}</code> on its own origin, with the affiliate tracker from the Medusa server.</p>
  <p>The page's own scripts: <button id="add" type="button">Press me</button> pressed <span id="count">0</span> time(s).</p>
  <h2>What the tracker remembers</h2>
  <dl>
    <dt>Click id</dt><dd id="click">-</dd>
    <dt>Visitor id</dt><dd id="visitor">-</dd>
    <dt>Code</dt><dd id="code">-</dd>
  </dl>
  <h2>Cookies on this origin</h2>
  <pre id="cookies"></pre>
</main>
<script>
  document.addEventListener("DOMContentLoaded", function () {
    var count = 0;
    document.getElementById("add").addEventListener("click", function () {
      count += 1;
      document.getElementById("count").textContent = String(count);
    });
    function render(t) {
      document.getElementById("click").textContent = t.click_id || "-";
      document.getElementById("visitor").textContent = t.visitor_id || "-";
      document.getElementById("code").textContent = t.code || "-";
      document.getElementById("cookies").textContent = document.cookie ? document.cookie.split("; ").join("\\n") : "(none)";
      document.body.setAttribute("data-ready", "true");
    }
    if (window.MedusaAffiliate) window.MedusaAffiliate.ready.then(render);
    else render({});
  });
</script>
</body>
</html>`
}

/**
 * The storefront tracking script in a real browser: a static storefront page
 * on another origin includes /affiliate/tracker.js, lands from partner links,
 * the /r/ redirect, UTM campaigns and codes, and attaches the click to a real
 * cart. Screenshots land in .test-data/screenshots/tracking-*.png.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let storefront: http.Server
    let shop: string
    let shopHost: string
    let base: string
    let admin: Headers
    let publishableKey: string
    let salesChannelId: string
    let regionId: string
    let site: any
    let partner: any
    let referral: any
    const openContexts: BrowserContext[] = []

    const affiliate = () => getContainer().resolve("affiliate") as any
    const clicks = async () => (await affiliate().listAffiliateClicks({}, { take: 100, order: { created_at: "ASC" } })) as any[]
    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })

    async function newPage(options: { userAgent?: string | null } = {}) {
      const context = await browser.newContext({
        userAgent: options.userAgent === null ? undefined : options.userAgent ?? DESKTOP_CHROME,
        viewport: { width: 1000, height: 720 },
        deviceScaleFactor: 1,
      })
      openContexts.push(context)
      const page = await context.newPage()
      const errors = watchPageErrors(page)
      const warnings: string[] = []
      page.on("console", (message) => {
        if (message.type() === "warning" || message.type() === "error") warnings.push(message.text())
      })
      const requests: Request[] = []
      page.on("request", (request) => {
        if (request.url().startsWith(base)) requests.push(request)
      })
      return { context, page, errors, warnings, requests }
    }

    /** Opens a storefront URL and waits until the tracker has done its work. */
    async function visit(page: Page, pathAndQuery: string): Promise<TrackerState> {
      await page.goto(`${shop}${pathAndQuery}`)
      await page.waitForSelector("body[data-ready=true]")
      return page.evaluate(() => (window as any).MedusaAffiliate.ready)
    }

    async function cookiesOf(context: BrowserContext, url = shop) {
      const all = await context.cookies(url)
      return Object.fromEntries(all.map((c) => [c.name, c])) as Record<string, Cookie>
    }

    /** Seconds from now until the cookie expires. */
    const lifetime = (cookie: Cookie) => cookie.expires - Date.now() / 1000

    async function waitFor<T>(find: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
      const until = Date.now() + timeoutMs
      for (;;) {
        const found = await find()
        if (found) return found
        if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }

    async function newCart() {
      const { data } = await api.post("/store/carts", { region_id: regionId, sales_channel_id: salesChannelId }, store())
      return data.cart.id as string
    }

    beforeAll(async () => {
      resetScreenshots("tracking-")
      base = String(api.defaults.baseURL).replace(/\/$/, "")
      storefront = http.createServer((req, res) => {
        const path = (req.url ?? "/").split("?")[0]
        if (req.method !== "GET" || path === "/favicon.ico") {
          res.writeHead(404).end()
          return
        }
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
        res.end(storefrontPage(base, publishableKey, path))
      })
      await new Promise<void>((resolve) => storefront.listen(0, "127.0.0.1", resolve))
      shopHost = `127.0.0.1:${(storefront.address() as AddressInfo).port}`
      shop = `http://${shopHost}`
      browser = await launchChromium()

      admin = await createAdminUser(getContainer(), api)
      const key = (await api.post("/admin/api-keys", { title: "Static storefront", type: "publishable" }, admin)).data.api_key
      publishableKey = key.token
      salesChannelId = (await api.post("/admin/sales-channels", { name: "Static storefront" }, admin)).data.sales_channel.id
      await api.post(`/admin/api-keys/${key.id}/sales-channels`, { add: [salesChannelId] }, admin)
      regionId = (await api.post("/admin/regions", { name: "Europe", currency_code: "eur", countries: ["de"] }, admin)).data.region.id

      const programs = (await api.get("/admin/affiliate-programs", admin)).data.programs
      const program = programs.find((p: any) => p.is_default) ?? programs[0]
      await api.post(`/admin/affiliate-programs/${program.id}`, { attribution_window_days: WINDOW_DAYS }, admin)
      site = (
        await api.post(
          "/admin/affiliate-sites",
          { name: "Acme Outdoor", domain: shopHost, landing_url: `${shop}/`, sales_channel_id: salesChannelId, program_id: program.id },
          admin
        )
      ).data.site
      partner = (await api.post("/admin/affiliates", { name: "Anna Outdoors", kind: "external", status: "active", program_id: program.id }, admin)).data
        .affiliate
      await api.post(`/admin/affiliates/${partner.id}/site-authorizations`, { site_id: site.id, status: "approved" }, admin)
      referral = (
        await api.post(
          "/admin/affiliate-referrals",
          {
            affiliate_id: partner.id,
            name: "Instagram",
            slug: "anna-insta",
            site_id: site.id,
            landing_path: "/spring",
            utm_source: "instagram",
            utm_medium: "social",
            utm_campaign: "spring",
          },
          admin
        )
      ).data.referral
      await api.post("/admin/affiliate-vouchers", { referral_id: referral.id, code: "ANNA10" }, admin)
    })

    afterAll(async () => {
      for (const context of openContexts) await context.close().catch(() => undefined)
      await browser?.close()
      await new Promise((resolve) => storefront?.close(resolve))
    })

    it("serves the script: small, cacheable for five minutes, revalidated by its version, loadable from any origin", async () => {
      const res = await api.get("/affiliate/tracker.js")
      expect(res.status).toBe(200)
      expect(res.headers["content-type"]).toMatch(/^application\/javascript/)
      expect(res.headers["cache-control"]).toBe("public, max-age=300")
      expect(res.headers["etag"]).toBe(`"${TRACKER_VERSION}"`)
      expect(res.headers["access-control-allow-origin"]).toBe("*")
      expect(res.data).toBe(TRACKER_JS)
      expect(Buffer.byteLength(TRACKER_JS)).toBeLessThan(6000)
      // Plain ES5 syntax: no arrow functions, let/const or template strings.
      expect(TRACKER_JS).not.toMatch(/=>|\blet |\bconst |`/)

      const again = await attempt(api.get("/affiliate/tracker.js", { headers: { "if-none-match": `"${TRACKER_VERSION}"` } }))
      expect(again.status).toBe(304)
      const changed = await api.get("/affiliate/tracker.js", { headers: { "if-none-match": `"an-older-version"` } })
      expect(changed.status).toBe(200)
    })

    it("records a click for a ?ref= landing and keeps its ids in first-party cookies for the program's window", async () => {
      const { context, page, errors, requests } = await newPage()
      // A newsletter link may carry personal data in its query string: it never leaves the page.
      const state = await visit(page, "/spring?ref=anna-insta&utm_campaign=spring&email=robin%40example.com")
      expect(state.click_id).toMatch(/^affclk_/)
      expect(state.visitor_id).toBeTruthy()
      await screenshot(page, "tracking-01-referral-landing")

      const [row] = await waitFor(async () => {
        const all = await clicks()
        return all.length ? all : null
      }, "the click row")
      expect(await clicks()).toHaveLength(1)
      expect(row).toMatchObject({
        id: state.click_id,
        visitor_id: state.visitor_id,
        referral_id: referral.id,
        affiliate_id: partner.id,
        site_id: site.id,
        is_bot: false,
        blocked_reason: null,
        landing_path: "/spring",
        utm_source: "instagram",
        utm_medium: "social",
        utm_campaign: "spring",
      })

      const sent = requests.filter((r) => r.url() === `${base}/affiliate/clicks` && r.method() === "POST")
      expect(sent).toHaveLength(1)
      const body = sent[0].postDataJSON()
      expect(body).toEqual({ referral: "anna-insta", utm_campaign: "spring", landing_url: `${shop}/spring` })
      expect(sent[0].postData()).not.toContain("robin")
      expect(sent[0].headers()["x-publishable-api-key"]).toBe(publishableKey)

      const cookies = await cookiesOf(context)
      expect(cookies.aff_click).toMatchObject({ value: state.click_id, domain: "127.0.0.1", path: "/", sameSite: "Lax", secure: false, httpOnly: false })
      expect(Math.abs(lifetime(cookies.aff_click) - WINDOW_DAYS * DAY)).toBeLessThan(120)
      expect(cookies.aff_vid).toMatchObject({ value: state.visitor_id, sameSite: "Lax", secure: false })
      expect(Math.abs(lifetime(cookies.aff_vid) - 365 * DAY)).toBeLessThan(120)
      expect(cookies.aff_code).toBeUndefined()
      // First-party: nothing is stored for the API's own origin.
      expect(Object.keys(await cookiesOf(context, base)).filter((n) => n.startsWith("aff_"))).toEqual([])
      expect(await page.textContent("#click")).toBe(state.click_id)
      expect(errors).toEqual([])
    })

    it("does not record another click on later page views, reloads or the same landing again", async () => {
      const { context, page, errors, requests } = await newPage()
      const first = await visit(page, "/spring?ref=anna-insta&utm_campaign=spring")
      await waitFor(async () => (await clicks()).length === 1, "the first click")

      const later = await visit(page, "/products/trail-backpack")
      expect(later).toEqual({ click_id: first.click_id, visitor_id: first.visitor_id })
      await screenshot(page, "tracking-02-second-page-view")
      await page.goBack()
      await page.waitForSelector("body[data-ready=true]")
      await page.reload()
      await page.waitForSelector("body[data-ready=true]")
      expect(await page.evaluate(() => (window as any).MedusaAffiliate.ready)).toEqual(later)

      // The same link opened in a new tab (its own session storage) is a new click, by the same visitor.
      const clicksPosted = () => requests.filter((r) => r.url() === `${base}/affiliate/clicks` && r.method() === "POST").length
      expect(clicksPosted()).toBe(1)
      expect(await clicks()).toHaveLength(1)
      const next = await context.newPage()
      const nextState = await visit(next, "/spring?ref=anna-insta&utm_campaign=spring")
      expect(nextState.visitor_id).toBe(first.visitor_id)
      expect(nextState.click_id).not.toBe(first.click_id)
      const rows = await waitFor(async () => {
        const all = await clicks()
        return all.length === 2 ? all : null
      }, "the second session's click")
      expect(rows.map((r) => r.visitor_id)).toEqual([first.visitor_id, first.visitor_id])
      expect(errors).toEqual([])
    })

    it("keeps the click and visitor ids from the /r/ redirect without recording a second click", async () => {
      const redirect = await attempt(
        api.get("/r/anna-insta", { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": DESKTOP_CHROME } })
      )
      expect(redirect.status).toBe(302)
      const location = new URL(redirect.headers.location)
      expect(`${location.protocol}//${location.host}${location.pathname}`).toBe(`http://${shopHost}/spring`)
      const clickId = location.searchParams.get("aff_click")!
      const visitorId = location.searchParams.get("aff_vid")!
      expect(clickId).toMatch(/^affclk_/)
      expect(visitorId).toBeTruthy()
      expect(location.searchParams.get("utm_source")).toBe("instagram")
      expect(location.searchParams.get("utm_campaign")).toBe("spring")
      const recorded = await waitFor(async () => {
        const all = await clicks()
        return all.length ? all : null
      }, "the redirect's click")
      expect(recorded.map((r) => r.id)).toEqual([clickId])

      // The site's landing URL is http, so the link leads there over http: follow it in the browser.
      const { context, page, errors, requests } = await newPage()
      const state = await visit(page, `/spring${location.search}`)
      expect(state).toEqual({ click_id: clickId, visitor_id: visitorId })
      // The ids leave the address bar; the campaign tags stay.
      const shown = new URL(page.url())
      expect(shown.searchParams.has("aff_click")).toBe(false)
      expect(shown.searchParams.has("aff_vid")).toBe(false)
      expect(shown.searchParams.get("utm_campaign")).toBe("spring")
      await screenshot(page, "tracking-03-after-redirect")

      const cookies = await cookiesOf(context)
      expect(cookies.aff_click.value).toBe(clickId)
      expect(Math.abs(lifetime(cookies.aff_click) - 30 * DAY)).toBeLessThan(120)
      expect(cookies.aff_vid.value).toBe(visitorId)
      expect(Math.abs(lifetime(cookies.aff_vid) - 365 * DAY)).toBeLessThan(120)

      // A reload keeps the UTM tags in the URL, and still records nothing.
      await page.reload()
      await page.waitForSelector("body[data-ready=true]")
      expect(requests.filter((r) => r.url().includes("/affiliate/clicks"))).toEqual([])
      expect((await clicks()).map((r) => r.id)).toEqual([clickId])
      expect(errors).toEqual([])
    })

    it("attaches the click to a real cart, by call and automatically from the cart cookie", async () => {
      const { context, page, errors, requests } = await newPage()
      const state = await visit(page, "/spring?ref=anna-insta")
      const cartId = await newCart()

      const answer = await page.evaluate((id) => (window as any).MedusaAffiliate.attachToCart(id), cartId)
      expect(answer).toMatchObject({ cart_id: cartId, affiliate: { click_id: state.click_id, visitor_id: state.visitor_id }, promotion_code: null })
      const cart = (await api.get(`/store/carts/${cartId}`, store())).data.cart
      expect(cart.metadata.affiliate).toMatchObject({ click_id: state.click_id, visitor_id: state.visitor_id })
      expect(cart.metadata.affiliate.attached_at).toBeTruthy()

      // The storefront keeps its cart id in a cookie: the tracker attaches by itself, once per cart.
      const autoCart = await newCart()
      await context.addCookies([{ name: "_medusa_cart_id", value: autoCart, url: shop }])
      await visit(page, "/products/trail-backpack")
      const attached = (await api.get(`/store/carts/${autoCart}`, store())).data.cart
      expect(attached.metadata.affiliate).toMatchObject({ click_id: state.click_id })
      await screenshot(page, "tracking-04-cart-attached")
      const attachCalls = () => requests.filter((r) => r.url().endsWith(`/store/affiliate/carts/${autoCart}/attribution`) && r.method() === "POST").length
      expect(attachCalls()).toBe(1)
      await page.reload()
      await page.waitForSelector("body[data-ready=true]")
      expect(attachCalls()).toBe(1)
      expect(errors).toEqual([])
    })

    it("remembers a code from the URL and puts it on the cart", async () => {
      const { context, page, errors } = await newPage()
      const state = await visit(page, "/?code=anna10")
      expect(state.code).toBe("anna10")
      const [row] = await waitFor(async () => {
        const all = await clicks()
        return all.length ? all : null
      }, "the code's click")
      expect(row).toMatchObject({ id: state.click_id, referral_id: referral.id, affiliate_id: partner.id })
      expect(row.voucher_id).toBeTruthy()
      const cookies = await cookiesOf(context)
      expect(cookies.aff_code.value).toBe("anna10")
      expect(Math.abs(lifetime(cookies.aff_code) - WINDOW_DAYS * DAY)).toBeLessThan(120)

      const cartId = await newCart()
      const answer = await page.evaluate((id) => (window as any).MedusaAffiliate.attachToCart(id), cartId)
      expect(answer.affiliate).toMatchObject({ click_id: state.click_id, code: "ANNA10" })
      const cart = (await api.get(`/store/carts/${cartId}`, store())).data.cart
      expect(cart.metadata.affiliate).toMatchObject({ click_id: state.click_id, code: "ANNA10" })
      expect(errors).toEqual([])
    })

    it("reports the click behind a new customer's signup", async () => {
      const { page, errors } = await newPage()
      const state = await visit(page, "/spring?ref=anna-insta")
      const { customer, headers } = await registerCustomer(api, publishableKey, { email: "robin@shopper.example" })
      const token = headers.headers.authorization.replace(/^Bearer /, "")
      const answer = await page.evaluate((t) => (window as any).MedusaAffiliate.reportSignup(t), token)
      expect(answer).toMatchObject({ created: true, attribution: { source: "link" } })
      const [attribution] = await affiliate().listAffiliateAttributions({ customer_id: customer.id }, { take: 1 })
      expect(attribution).toMatchObject({ conversion: "registration", click_id: state.click_id, affiliate_id: partner.id })
      // Without a token nor a session, the route refuses and the promise says why.
      const refused = await page.evaluate(() => (window as any).MedusaAffiliate.reportSignup().then(null, (e: unknown) => e))
      expect(refused).toMatchObject({ status: 401 })
      expect(errors).toEqual([])
    })

    it("records a UTM-only landing as a click without a partner", async () => {
      const { context, page, errors } = await newPage()
      const state = await visit(page, "/?utm_source=newsletter&utm_campaign=fall")
      await screenshot(page, "tracking-05-utm-landing")
      const [row] = await waitFor(async () => {
        const all = await clicks()
        return all.length ? all : null
      }, "the campaign click")
      expect(await clicks()).toHaveLength(1)
      expect(row).toMatchObject({
        id: state.click_id,
        visitor_id: state.visitor_id,
        affiliate_id: null,
        referral_id: null,
        voucher_id: null,
        site_id: site.id,
        utm_source: "newsletter",
        utm_medium: null,
        utm_campaign: "fall",
        landing_path: "/",
        is_bot: false,
      })
      const cookies = await cookiesOf(context)
      expect(cookies.aff_vid.value).toBe(state.visitor_id)
      expect(errors).toEqual([])
    })

    it("keeps the page working when the server refuses: unknown referral, unknown cart", async () => {
      const { context, page, errors, warnings } = await newPage()
      const state = await visit(page, "/spring?ref=nobody-here")
      expect(state).toEqual({})
      expect(await clicks()).toEqual([])
      expect(Object.keys(await cookiesOf(context)).filter((n) => n.startsWith("aff_"))).toEqual([])
      expect(warnings.join("\n")).toContain('[MedusaAffiliate] No referral link "nobody-here" exists.')

      // The page's own scripts still run.
      await page.click("#add")
      await page.click("#add")
      expect(await page.textContent("#count")).toBe("2")

      // Calls that fail reject with { status, message } and nothing else.
      const refused = await page.evaluate(() =>
        (window as any).MedusaAffiliate.applyCode("cart_does_not_exist", "ANNA10").then(
          () => "resolved",
          (e: unknown) => e
        )
      )
      expect(refused).toEqual({ status: 404, message: expect.stringMatching(/not found/i) })
      const nothing = await page.evaluate(() => (window as any).MedusaAffiliate.attachToCart("cart_does_not_exist"))
      expect(nothing).toBeNull()
      await screenshot(page, "tracking-06-refused-referral")
      expect(errors).toEqual([])
    })

    it("stores a headless browser's landing as a bot click that never attributes", async () => {
      const { context, page, errors } = await newPage({ userAgent: null })
      expect(await page.evaluate(() => navigator.userAgent)).toContain("HeadlessChrome")
      const state = await visit(page, "/spring?ref=anna-insta")
      const [row] = await waitFor(async () => {
        const all = await clicks()
        return all.length ? all : null
      }, "the bot click")
      expect(row).toMatchObject({ is_bot: true, referral_id: referral.id })
      expect(state.click_id).toBeUndefined()
      expect((await cookiesOf(context)).aff_click).toBeUndefined()
      expect(errors).toEqual([])
    })
  },
})
