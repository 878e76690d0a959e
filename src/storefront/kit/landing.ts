import { UTM_FIELDS } from "../../domain/enable/utm"
import { landingPathOf } from "../../domain/track/landing"
import type { ClickUtm, RecordClickRequest } from "./types"

/** Shapes the plugin issues, as the browser tracker checks them. */
const CLICK_ID = /^affclk_[0-9A-Za-z]{1,57}$/
const VISITOR_ID = /^[\w-]{8,64}$/

export const isClickIdShape = (value: unknown): value is string => typeof value === "string" && CLICK_ID.test(value)
export const isVisitorIdShape = (value: unknown): value is string => typeof value === "string" && VISITOR_ID.test(value)

/** What a landing URL says about where the shopper came from. */
export type Landing = {
  /** `aff_click` added by a `/r/<slug>` redirect: that click is recorded already. */
  click_id: string | null
  /** `aff_vid` added by a `/r/<slug>` redirect. */
  visitor_id: string | null
  /** `?ref=<slug>`. */
  referral: string | null
  /** `?code=` or `?coupon=`. */
  code: string | null
  utm: ClickUtm
  /** Origin and path only: the query string may carry personal data. */
  landing_url: string | null
}

function param(params: URLSearchParams, name: string, max: number): string | null {
  const value = params.get(name)?.trim()
  return value ? value.slice(0, max) : null
}

/** Reads the tracking parameters of a landing URL; null when it does not parse. */
export function readLanding(url: string | URL): Landing | null {
  let parsed: URL
  try {
    parsed = new URL(String(url))
  } catch {
    return null
  }
  const params = parsed.searchParams
  const utm: ClickUtm = {}
  for (const name of UTM_FIELDS) {
    const value = param(params, name, 200)
    if (value) utm[name] = value
  }
  const clickId = params.get("aff_click")
  const visitorId = params.get("aff_vid")
  const path = landingPathOf(parsed.href)
  return {
    click_id: isClickIdShape(clickId) ? clickId : null,
    visitor_id: isVisitorIdShape(visitorId) ? visitorId : null,
    referral: param(params, "ref", 100),
    code: param(params, "code", 100) ?? param(params, "coupon", 100),
    utm,
    landing_url: path && /^https?:$/.test(parsed.protocol) ? parsed.origin + path : null,
  }
}

/** 32-bit FNV-1a as 8 hex digits: short, stable cookie values without a crypto API. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, "0")
}

/** One value per distinct landing: a reload or the next page of the same visit gives the same. */
export function landingSignature(landing: Landing): string {
  return shortHash([landing.referral, landing.code, ...UTM_FIELDS.map((f) => landing.utm[f])].map((v) => v ?? "").join("|"))
}

export type LandingDecision =
  | { kind: "nothing" }
  /** This landing was recorded already in this browser session. */
  | { kind: "seen" }
  /** Came through `/r/<slug>`: keep its ids, record nothing. */
  | { kind: "from-link"; click_id: string | null; visitor_id: string | null; signature: string }
  | { kind: "record"; signature: string; click: RecordClickRequest }

/**
 * Whether a landing needs a click recorded. `seenSignature` is the value of
 * the session cookie set after the last recorded landing.
 */
export function landingDecision(landing: Landing | null, seenSignature: string | null | undefined): LandingDecision {
  if (!landing) return { kind: "nothing" }
  const signature = landingSignature(landing)
  if (landing.click_id || landing.visitor_id) {
    return { kind: "from-link", click_id: landing.click_id, visitor_id: landing.visitor_id, signature }
  }
  if (!(landing.referral || landing.code || landing.utm.utm_source || landing.utm.utm_campaign)) return { kind: "nothing" }
  if (seenSignature === signature) return { kind: "seen" }
  const click: RecordClickRequest = { ...landing.utm }
  // A code wins over a referral, as in the browser tracker: the route takes one of them.
  if (landing.code) click.code = landing.code
  else if (landing.referral) click.referral = landing.referral
  if (landing.landing_url) click.landing_url = landing.landing_url
  return { kind: "record", signature, click }
}

/** The referring page's origin, as the tracker sends it; undefined for anything but http(s). */
export function referrerOrigin(referer: string | null | undefined): string | undefined {
  if (!referer) return undefined
  try {
    const url = new URL(referer)
    return /^https?:$/.test(url.protocol) ? url.origin : undefined
  } catch {
    return undefined
  }
}
