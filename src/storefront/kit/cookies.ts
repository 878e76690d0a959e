import { isClickIdShape, isVisitorIdShape, shortHash } from "./landing"
import type { PublicClick } from "./types"

/** The browser tracker's cookie names (so both read the same ids), plus the kit's own two. */
export const AFFILIATE_COOKIES = {
  click: "aff_click",
  visitor: "aff_vid",
  code: "aff_code",
  /** Session cookie: the last landing recorded, so reloads do not count again. */
  landing: "aff_landing",
  /** The cart and touch last attached, so repeated calls do nothing. */
  cart: "aff_cart",
} as const

const DAY = 86400
export const VISITOR_MAX_AGE = 365 * DAY
/** A click from a `/r/` link: its window is unknown here, so the tracker's 30 days. */
export const DEFAULT_CLICK_MAX_AGE = 30 * DAY

/** What NextResponse's and next/headers' `cookies.set` take. */
export type AffiliateCookieOptions = {
  path: string
  httpOnly: boolean
  sameSite: "lax"
  secure: boolean
  /** Seconds; absent for a session cookie, 0 to delete. */
  maxAge?: number
  domain?: string
}

export type AffiliateCookie = { name: string; value: string; options: AffiliateCookieOptions }

export type CookieSettings = {
  secure: boolean
  /** ".example.com" to share the cookies between subdomains. */
  domain?: string
  /** Default true: nothing in the page needs them. False lets the browser tracker read them too. */
  httpOnly?: boolean
}

export function cookieOptions(maxAge: number | undefined, settings: CookieSettings): AffiliateCookieOptions {
  const options: AffiliateCookieOptions = { path: "/", httpOnly: settings.httpOnly ?? true, sameSite: "lax", secure: settings.secure }
  if (maxAge !== undefined) options.maxAge = maxAge
  if (settings.domain) options.domain = settings.domain
  return options
}

/** Seconds the click cookie lives: until the click's `expires_at`, else its `window_days`, else 30 days. */
export function clickCookieMaxAge(click: Pick<PublicClick, "expires_at" | "window_days">, now: Date): number {
  const until = Date.parse(click.expires_at)
  if (!Number.isNaN(until)) return Math.max(1, Math.ceil((until - now.getTime()) / 1000))
  return click.window_days > 0 ? click.window_days * DAY : DEFAULT_CLICK_MAX_AGE
}

/** The cookies to set after a landing: the ids of a `/r/` link, or of a click just recorded. */
export function landingCookies(
  input:
    | { kind: "from-link"; click_id: string | null; visitor_id: string | null; signature: string }
    | { kind: "recorded"; click: PublicClick; code?: string; signature: string }
    | { kind: "refused"; signature: string },
  settings: CookieSettings,
  now: Date
): AffiliateCookie[] {
  const cookie = (name: string, value: string, maxAge?: number) => ({ name, value, options: cookieOptions(maxAge, settings) })
  const cookies: AffiliateCookie[] = [cookie(AFFILIATE_COOKIES.landing, input.signature)]
  if (input.kind === "from-link") {
    if (input.click_id) cookies.push(cookie(AFFILIATE_COOKIES.click, input.click_id, DEFAULT_CLICK_MAX_AGE))
    if (input.visitor_id) cookies.push(cookie(AFFILIATE_COOKIES.visitor, input.visitor_id, VISITOR_MAX_AGE))
  } else if (input.kind === "recorded") {
    const { click } = input
    const maxAge = clickCookieMaxAge(click, now)
    if (isVisitorIdShape(click.visitor_id)) cookies.push(cookie(AFFILIATE_COOKIES.visitor, click.visitor_id, VISITOR_MAX_AGE))
    // A click that can never attribute (bot, suspended partner) is not worth carrying to a cart.
    if (click.attributing && isClickIdShape(click.click_id)) cookies.push(cookie(AFFILIATE_COOKIES.click, click.click_id, maxAge))
    if (input.code) cookies.push(cookie(AFFILIATE_COOKIES.code, input.code, maxAge))
  }
  return cookies
}

export type CookieReader = { get(name: string): { value: string } | undefined }

/** The touch a shopper's cookies carry, only in the shapes the plugin issues. */
export function touchFromCookies(cookies: CookieReader): { click_id?: string; code?: string; visitor_id?: string } {
  const read = (name: string) => {
    try {
      return cookies.get(name)?.value ?? ""
    } catch {
      return ""
    }
  }
  const touch: { click_id?: string; code?: string; visitor_id?: string } = {}
  const clickId = read(AFFILIATE_COOKIES.click)
  const code = read(AFFILIATE_COOKIES.code).trim().slice(0, 100)
  const visitorId = read(AFFILIATE_COOKIES.visitor)
  if (isClickIdShape(clickId)) touch.click_id = clickId
  if (code) touch.code = code
  if (isVisitorIdShape(visitorId)) touch.visitor_id = visitorId
  return touch
}

/** The value of the attached-cart cookie for a cart and what was put on it. */
export function cartMark(cartId: string, touch: { click_id?: string; code?: string }): string {
  return shortHash([cartId, touch.click_id ?? "", (touch.code ?? "").toLowerCase()].join("|"))
}
