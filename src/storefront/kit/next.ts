import { AffiliateApiError, createAffiliateClient, type AffiliateClient, type FetchLike } from "./client"
import {
  AFFILIATE_COOKIES,
  cartMark,
  cookieOptions,
  DEFAULT_CLICK_MAX_AGE,
  landingCookies,
  touchFromCookies,
  type AffiliateCookie,
  type AffiliateCookieOptions,
  type CookieReader,
  type CookieSettings,
} from "./cookies"
import { shopperIp, type HeaderReader } from "./ip"
import { landingDecision, readLanding, referrerOrigin } from "./landing"
import type { AttachToCartResponse, AttachTouchRequest, PublicClick, ShopperContext, SignupAttribution } from "./types"

/**
 * Next.js helpers, written against the few members they use, so `next` is no
 * dependency: `NextRequest`, `NextResponse`, and `await cookies()` /
 * `await headers()` from `next/headers` fit these types.
 */
export type CookieWriter = { set(name: string, value: string, options?: AffiliateCookieOptions): unknown }
export type CookieJar = CookieReader & CookieWriter
export type MiddlewareRequestLike = { url: string; method?: string; headers: HeaderReader; cookies: CookieReader; ip?: string }
export type MiddlewareResponseLike = { cookies: CookieWriter }

export type AffiliateKitOptions = {
  /** A client made with createAffiliateClient; else one is made from the fields below. */
  client?: AffiliateClient
  /** Default: env MEDUSA_BACKEND_URL. */
  baseUrl?: string
  /** Default: env NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY. */
  publishableKey?: string
  /** Default: env AFFILIATE_STOREFRONT_SECRET. */
  storefrontSecret?: string
  fetch?: FetchLike
  timeoutMs?: number
  /** ".example.com" to share the cookies between subdomains. */
  cookieDomain?: string
  /** Default true. Set false only if the browser tracker must read the ids too. */
  httpOnlyCookies?: boolean
  /** Secure cookies; default: the request is https. */
  secure?: boolean
  /** Where failures go; default console.warn. */
  log?: (message: string) => void
}

type Env = { MEDUSA_BACKEND_URL?: string; NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY?: string; AFFILIATE_STOREFRONT_SECRET?: string }

// Written out literally: Next.js inlines NEXT_PUBLIC_ variables only where it sees them so.
function readEnv(): Env {
  if (typeof process === "undefined" || !process.env) return {}
  return {
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL,
    NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY,
    AFFILIATE_STOREFRONT_SECRET: process.env.AFFILIATE_STOREFRONT_SECRET,
  }
}

const defaultLog = (message: string) => console.warn(`[medusa-plugin-affiliate] ${message}`)

/** The client the options describe, or null (logged) when the base URL or key is missing. */
export function clientFrom(options: AffiliateKitOptions, env: Env = readEnv()): AffiliateClient | null {
  if (options.client) return options.client
  const baseUrl = options.baseUrl ?? env.MEDUSA_BACKEND_URL
  const publishableKey = options.publishableKey ?? env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY
  if (!baseUrl || !publishableKey) {
    ;(options.log ?? defaultLog)("Set baseUrl and publishableKey (or MEDUSA_BACKEND_URL and NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY).")
    return null
  }
  return createAffiliateClient({
    baseUrl,
    publishableKey,
    storefrontSecret: options.storefrontSecret ?? env.AFFILIATE_STOREFRONT_SECRET,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  })
}

/** The shopper as this request shows them; the user agent is "" when they sent none. */
export function shopperContext(headers: HeaderReader, requestIp?: string | null): ShopperContext {
  const ip = shopperIp(headers, requestIp)
  const context: ShopperContext = { user_agent: headers.get("user-agent") ?? "" }
  if (ip) context.ip = ip
  return context
}

/** Whether the request came over https: its URL, else the proxy's or the browser's headers. */
export function isHttps(headers: HeaderReader, url?: string): boolean {
  if (url) return url.startsWith("https:")
  const proto = headers.get("x-forwarded-proto")?.split(",")[0].trim()
  if (proto) return proto === "https"
  return (headers.get("origin") ?? "").startsWith("https:")
}

function settingsOf(options: AffiliateKitOptions, secure: boolean): CookieSettings {
  return { secure: options.secure ?? secure, domain: options.cookieDomain, httpOnly: options.httpOnlyCookies ?? true }
}

function asApiError(error: unknown): AffiliateApiError {
  if (error instanceof AffiliateApiError) return error
  return new AffiliateApiError(0, error instanceof Error ? error.message : String(error))
}

/** Sets cookies where Next.js allows it; a server component's read-only cookies are skipped, not thrown. */
function writeCookies(jar: CookieWriter | undefined, cookies: AffiliateCookie[], log: (m: string) => void) {
  if (!jar) return
  for (const { name, value, options } of cookies) {
    try {
      jar.set(name, value, options)
    } catch (error) {
      log(`Could not set the ${name} cookie (call this from middleware, a server action or a route handler): ${asApiError(error).message}`)
    }
  }
}

const isPrefetch = (headers: HeaderReader) =>
  headers.get("next-router-prefetch") === "1" || headers.get("purpose") === "prefetch" || headers.get("x-middleware-prefetch") === "1"

export type AffiliateMiddlewareResult = {
  /**
   * nothing: no tracking parameters; seen: recorded earlier in this session;
   * from-link: kept the ids of a /r/ link; recorded: a click was recorded;
   * skipped: not a page view, or no storefront secret; failed: logged, the page renders.
   */
  action: "nothing" | "seen" | "from-link" | "recorded" | "skipped" | "failed"
  click?: PublicClick
  error?: AffiliateApiError
  /** The cookies set on `response` (or to set, without one). */
  cookies: AffiliateCookie[]
}

/**
 * For `middleware.ts`: records the click of a landing with `?ref=`, `?code=`
 * or UTM tags from the server (with the shopper's IP, user agent and the
 * storefront secret), or keeps the ids a `/r/` link brought, in first-party
 * httpOnly cookies. Never throws: failures are logged and the page renders.
 *
 *   const response = NextResponse.next()
 *   await affiliateMiddleware(request, response, {})
 *   return response
 */
export async function affiliateMiddleware(
  request: MiddlewareRequestLike,
  response: MiddlewareResponseLike | undefined,
  options: AffiliateKitOptions = {}
): Promise<AffiliateMiddlewareResult> {
  const log = options.log ?? defaultLog
  const done = (result: AffiliateMiddlewareResult) => {
    writeCookies(response?.cookies, result.cookies, log)
    return result
  }
  try {
    // Only page views: a HEAD from a link checker or a prefetch is nobody landing.
    if ((request.method && request.method.toUpperCase() !== "GET") || isPrefetch(request.headers)) return { action: "skipped", cookies: [] }
    const seen = request.cookies.get(AFFILIATE_COOKIES.landing)?.value
    const decision = landingDecision(readLanding(request.url), seen)
    if (decision.kind === "nothing" || decision.kind === "seen") return { action: decision.kind, cookies: [] }
    const settings = settingsOf(options, isHttps(request.headers, request.url))
    const now = new Date()
    if (decision.kind === "from-link") return done({ action: "from-link", cookies: landingCookies(decision, settings, now) })

    const client = clientFrom(options)
    if (!client) return { action: "failed", cookies: [] }
    if (!client.proven) {
      // From the server without the secret, every shopper would be the server: one address, a bot's user agent.
      log("No storefrontSecret (AFFILIATE_STOREFRONT_SECRET): clicks are not recorded from the server.")
      return { action: "skipped", cookies: [] }
    }
    const visitorId = touchFromCookies(request.cookies).visitor_id
    const referrer = referrerOrigin(request.headers.get("referer"))
    const body = {
      ...decision.click,
      ...(visitorId ? { visitor_id: visitorId } : {}),
      ...(referrer ? { referrer } : {}),
      ...shopperContext(request.headers, request.ip),
    }
    try {
      const { click } = await client.recordClick(body)
      const cookies = landingCookies({ kind: "recorded", click, code: decision.click.code, signature: decision.signature }, settings, now)
      return done({ action: "recorded", click, cookies })
    } catch (error) {
      const apiError = asApiError(error)
      log(`Recording the click failed (${apiError.status}): ${apiError.message}`)
      // An answer (unknown link, rate limit) would be the same on the next page: do not ask again this session.
      const cookies = apiError.status > 0 ? landingCookies({ kind: "refused", signature: decision.signature }, settings, now) : []
      return done({ action: "failed", error: apiError, cookies })
    }
  } catch (error) {
    log(`Affiliate middleware failed: ${asApiError(error).message}`)
    return { action: "failed", cookies: [] }
  }
}

export type AffiliateCallResult<T> =
  | ({ status: "done" } & T)
  /** nothing: no click or code to report; already: this cart got this touch before. */
  | { status: "unchanged"; reason: "nothing" | "already" }
  | { status: "failed"; error: AffiliateApiError }

export type AttachAffiliateToCartInput = AffiliateKitOptions & {
  cartId: string
  /** `await cookies()` from next/headers. */
  cookies: CookieJar
  /** `await headers()` from next/headers. */
  headers: HeaderReader
  /** A code the shopper typed: checked and attached; a refusal comes back as `failed` with the message to show. */
  code?: string
}

/**
 * Where the storefront creates or retrieves its cart (a server action or
 * route handler): attaches the shopper's click and code to the cart from the
 * server, once per cart (an `aff_cart` cookie remembers it). Never throws.
 */
export async function attachAffiliateToCart(input: AttachAffiliateToCartInput): Promise<AffiliateCallResult<{ cart: AttachToCartResponse }>> {
  const log = input.log ?? defaultLog
  try {
    const remembered = touchFromCookies(input.cookies)
    const typed = input.code?.trim().slice(0, 100) || undefined
    const code = typed ?? remembered.code
    if (!input.cartId || !(remembered.click_id || code)) return { status: "unchanged", reason: "nothing" }
    if (input.cookies.get(AFFILIATE_COOKIES.cart)?.value === cartMark(input.cartId, { click_id: remembered.click_id, code })) {
      return { status: "unchanged", reason: "already" }
    }
    const client = clientFrom(input)
    if (!client) return { status: "failed", error: new AffiliateApiError(0, "The affiliate kit is not configured.") }
    const settings = settingsOf(input, isHttps(input.headers))
    const shopper = client.proven ? shopperContext(input.headers) : {}
    const touch: AttachTouchRequest = {
      ...(remembered.click_id ? { click_id: remembered.click_id } : {}),
      ...(code ? { code } : {}),
      ...(remembered.visitor_id ? { visitor_id: remembered.visitor_id } : {}),
    }
    const cookies: AffiliateCookie[] = []
    let cart: AttachToCartResponse
    try {
      cart = await client.attachToCart(input.cartId, { ...touch, ...shopper })
    } catch (error) {
      const apiError = asApiError(error)
      // A remembered code that does not fit this cart: forget it and keep the click (as the browser tracker does).
      if (typed || !touch.code || !touch.click_id || apiError.status < 400 || apiError.status > 499 || apiError.status === 429) throw apiError
      delete touch.code
      cookies.push({ name: AFFILIATE_COOKIES.code, value: "", options: cookieOptions(0, settings) })
      cart = await client.attachToCart(input.cartId, { ...touch, ...shopper })
    }
    cookies.push({ name: AFFILIATE_COOKIES.cart, value: cartMark(input.cartId, touch), options: cookieOptions(DEFAULT_CLICK_MAX_AGE, settings) })
    if (typed) cookies.push({ name: AFFILIATE_COOKIES.code, value: cart.affiliate.code ?? typed, options: cookieOptions(DEFAULT_CLICK_MAX_AGE, settings) })
    writeCookies(input.cookies, cookies, log)
    return { status: "done", cart }
  } catch (error) {
    const apiError = asApiError(error)
    log(`Attaching the affiliate touch to cart ${input.cartId} failed (${apiError.status}): ${apiError.message}`)
    return { status: "failed", error: apiError }
  }
}

export type ReportAffiliateSignupInput = AffiliateKitOptions & {
  /** The new customer's Medusa JWT (the starter keeps it in `_medusa_jwt`). */
  customerToken: string
  cookies: CookieReader
  headers: HeaderReader
}

/**
 * In the signup server action, right after the customer is created and
 * signed in: reports the click or code that brought them. The server keeps
 * one decision per customer, so calling it twice is harmless. Never throws.
 */
export async function reportAffiliateSignup(
  input: ReportAffiliateSignupInput
): Promise<AffiliateCallResult<{ created: boolean; attribution: SignupAttribution | null }>> {
  const log = input.log ?? defaultLog
  try {
    const touch = touchFromCookies(input.cookies)
    if (!input.customerToken || !(touch.click_id || touch.code || touch.visitor_id)) return { status: "unchanged", reason: "nothing" }
    const client = clientFrom(input)
    if (!client) return { status: "failed", error: new AffiliateApiError(0, "The affiliate kit is not configured.") }
    const shopper = client.proven ? shopperContext(input.headers) : {}
    const answer = await client.reportSignup({ ...touch, ...shopper }, input.customerToken)
    return { status: "done", created: answer.created, attribution: answer.attribution }
  } catch (error) {
    const apiError = asApiError(error)
    log(`Reporting the signup failed (${apiError.status}): ${apiError.message}`)
    return { status: "failed", error: apiError }
  }
}
