import { UtmTags } from "../enable/utm"
import { isSelfReferral } from "./self-referral"
import { windowEndsAt } from "./window"

/**
 * Attribution: who gets credit for a conversion (a registration or an order),
 * and why, in words an operator and a partner can both read.
 *
 * The rules
 *
 * 1. Touches are what a shopper did before converting: a voucher code typed
 *    at checkout ("code"), a visit through a referral link or a UTM-tagged
 *    landing ("click"), or a referred registration ("registration"). For a
 *    registration conversion, registration touches are ignored (a sign-up
 *    cannot be credited to itself).
 *
 * 2. A touch is rejected for the first problem found, in this order:
 *    - after_conversion: it happened after the conversion;
 *    - bot: the click came from a bot or automated client;
 *    - blocked_at_click: the click was blocked when it happened (its partner,
 *      link or code was not active then);
 *    - window_expired: the conversion came after the attribution window of the
 *      click (click time + window days) or of the registration (its stored
 *      window end, else registration time + window days). Codes have no
 *      window: typing a code at checkout is the decision itself;
 *    then, only for touches that name a partner:
 *    - affiliate_not_active: the partner's account is not active;
 *    - referral_archived: the referral link is archived;
 *    - code_inactive: the code or its voucher is not active;
 *    - site_unregistered: the program has sites, but the conversion did not
 *      happen on one of them;
 *    - site_not_authorized: an external partner without an approved
 *      authorization for the conversion's site (internal accounts, the
 *      store's own channels, may promote every site);
 *    - self_referral: the partner's own customer account or email address.
 *    A click without a partner (a UTM-only landing, the store's own campaign)
 *    is only checked for timing, bots and the window.
 *
 * 3. The winner: kinds are ranked by the program's precedence (by default
 *    code, then click, then registration). The first kind with a valid touch
 *    wins; within it, first touch takes the earliest valid touch and last
 *    touch the latest (on equal times, the earlier listed for first touch,
 *    the later listed for last touch). Every other valid touch is "valid" but
 *    "outranked".
 *
 * 4. The source is "code", "link" (a partner's click), "utm" (a click without
 *    a partner) or "registration". The window ends one window after the
 *    winning click, at the registration's window end, and never for a code.
 *
 * 5. With no valid touch the conversion is "rejected". It is still recorded
 *    against the best-ranked rejected touch that names a partner (preferring
 *    one not rejected merely as a bot hit or as coming after the conversion),
 *    so a partner's report shows the conversions they lost and why.
 *
 * Dates in sentences are UTC calendar dates (YYYY-MM-DD). Sentences name
 * partners, codes and dates, never the shopper (no email, no customer id).
 * The decision is a pure function of its inputs: the same conversion and
 * touches always give the same decision.
 */

export type TouchKind = "code" | "click" | "registration"
export const DEFAULT_PRECEDENCE: readonly TouchKind[] = Object.freeze(["code", "click", "registration"] as TouchKind[])
export type AttributionModel = "first_touch" | "last_touch"

export type Partner = {
  affiliate_id: string
  affiliate_name: string
  /** pending | active | suspended | disabled | rejected */
  affiliate_status: string
  affiliate_kind: "external" | "internal"
  customer_id: string | null
  email: string | null
  /** Sites with an APPROVED authorization. */
  authorized_site_ids: string[]
  referral_id: string | null
  /** active | archived */
  referral_status: string | null
}

export type CodeTouch = {
  kind: "code"
  at: Date
  code: string
  voucher_id: string
  voucher_status: string
  code_status: string
  partner: Partner
}

export type ClickTouch = {
  kind: "click"
  at: Date
  click_id: string
  /** Null for a UTM-only landing: the store's own campaign. */
  partner: Partner | null
  utm: UtmTags
  is_bot: boolean
  /** Set when the partner (or link, or code) was not active at click time. */
  blocked_reason: string | null
}

export type RegistrationTouch = {
  kind: "registration"
  at: Date
  attribution_id: string
  partner: Partner | null
  source: string
  utm: UtmTags
  window_ends_at: Date | null
}

export type Touch = CodeTouch | ClickTouch | RegistrationTouch

export type Conversion = {
  conversion: "registration" | "order"
  at: Date
  /** The registered site of the order's sales channel, null when none matches. */
  site_id: string | null
  /** False when the program has no sites: then no site check at all. */
  sites_configured: boolean
  customer_id: string | null
  email: string | null
  model: AttributionModel
  window_days: number
  precedence?: readonly TouchKind[]
}

export type ReasonCode =
  | "bot"
  | "blocked_at_click"
  | "window_expired"
  | "after_conversion"
  | "affiliate_not_active"
  | "referral_archived"
  | "code_inactive"
  | "site_unregistered"
  | "site_not_authorized"
  | "self_referral"
  | "outranked"

export type ConsideredTouch = {
  kind: TouchKind
  /** Click id, code, or attribution id. */
  ref: string
  /** ISO timestamp. */
  at: string
  affiliate_id: string | null
  affiliate_name: string | null
  referral_id: string | null
  outcome: "chosen" | "valid" | "rejected"
  reason?: ReasonCode
  /** One readable sentence. */
  detail?: string
}

export type Explanation = {
  conversion: "registration" | "order"
  decided_at: string
  model: AttributionModel
  precedence: TouchKind[]
  window_days: number
  site_id: string | null
  /** Every touch considered, exactly once: the chosen touch (if any) first, then the others in rank order. */
  considered: ConsideredTouch[]
  summary: string
}

export type AttributionSource = "link" | "code" | "utm" | "registration"

export type Decision = {
  status: "attributed" | "rejected"
  /** For rejected: the best-ranked rejected touch that names a partner (may be null). */
  winner: Touch | null
  source: AttributionSource | null
  window_ends_at: Date | null
  explanation: Explanation
}

export type TouchProblem = { reason: ReasonCode; detail: string }

const TOUCH_KINDS: readonly TouchKind[] = ["code", "click", "registration"]

const day = (d: Date) => d.toISOString().slice(0, 10)

export function touchRef(touch: Touch): string {
  if (touch.kind === "code") return touch.code
  if (touch.kind === "click") return touch.click_id
  return touch.attribution_id
}

export function touchSource(touch: Touch): AttributionSource {
  if (touch.kind === "code") return "code"
  if (touch.kind === "registration") return "registration"
  return touch.partner ? "link" : "utm"
}

/** When the touch stops counting; null for codes, which have no window. */
export function touchWindowEnd(touch: Touch, windowDays: number): Date | null {
  if (touch.kind === "code") return null
  if (touch.kind === "registration") return touch.window_ends_at ?? windowEndsAt(touch.at, windowDays)
  return windowEndsAt(touch.at, windowDays)
}

/** "The click of 2026-11-02", "The code SUMMER10", "The referred registration of 2026-10-01". */
function describe(touch: Touch): string {
  if (touch.kind === "code") return `The code ${touch.code}`
  if (touch.kind === "registration") return `The referred registration of ${day(touch.at)}`
  return touch.partner ? `The click of ${day(touch.at)}` : `The campaign click of ${day(touch.at)}`
}

/** Lower-cases a leading article ("The click…" → "the click…"), never a partner's name. */
const lowerFirst = (s: string) => s.replace(/^(The|A) /, (m) => m.toLowerCase())

/** Readable text for the reason codes the click recorder stores. */
function blockedText(reason: string): string {
  const status = /^affiliate_(\w+)$/.exec(reason)?.[1]
  if (status) return `the partner's account was ${status}`
  if (reason === "referral_archived") return "the referral link was archived"
  if (reason === "code_inactive") return "the code was not active"
  return reason
}

/** The first reason this touch cannot earn the conversion, or null when it is valid. */
export function touchProblem(conversion: Conversion, touch: Touch): TouchProblem | null {
  const what = describe(touch)
  const conv = conversion.conversion
  if (touch.at.getTime() > conversion.at.getTime()) {
    return { reason: "after_conversion", detail: `${what} came after the ${conv} of ${day(conversion.at)}.` }
  }
  if (touch.kind === "click" && touch.is_bot) {
    return { reason: "bot", detail: `${what} came from a bot or automated client.` }
  }
  if (touch.kind === "click" && touch.blocked_reason) {
    return {
      reason: "blocked_at_click",
      detail: `${what} was blocked when it happened: ${blockedText(touch.blocked_reason)}.`,
    }
  }
  const windowEnd = touchWindowEnd(touch, conversion.window_days)
  if (windowEnd && windowEnd.getTime() < conversion.at.getTime()) {
    return {
      reason: "window_expired",
      detail: `${what} is outside the ${conversion.window_days}-day window: it ended ${day(windowEnd)}, before the ${conv} of ${day(conversion.at)}.`,
    }
  }
  const partner = touch.partner
  if (!partner) return null
  const name = partner.affiliate_name
  if (partner.affiliate_status !== "active") {
    return { reason: "affiliate_not_active", detail: `${name} is not an active partner (${partner.affiliate_status}).` }
  }
  if (partner.referral_status === "archived") {
    return { reason: "referral_archived", detail: `The referral link of ${name} is archived.` }
  }
  if (touch.kind === "code" && (touch.voucher_status !== "active" || touch.code_status !== "active")) {
    const which = touch.code_status !== "active" ? `The code ${touch.code}` : `The voucher of the code ${touch.code}`
    return { reason: "code_inactive", detail: `${which} is not active.` }
  }
  if (conversion.sites_configured && !conversion.site_id) {
    return {
      reason: "site_unregistered",
      detail: `The ${conv} did not happen on one of the program's registered sites.`,
    }
  }
  if (
    conversion.sites_configured &&
    partner.affiliate_kind === "external" &&
    !partner.authorized_site_ids.includes(conversion.site_id as string)
  ) {
    return { reason: "site_not_authorized", detail: `${name} is not authorized for this site.` }
  }
  if (isSelfReferral(partner, conversion)) {
    return { reason: "self_referral", detail: `${name} cannot earn from their own ${conv}.` }
  }
  return null
}

/** The precedence as given, without duplicates or unknown kinds, then any missing kind in default order. */
export function normalizePrecedence(precedence: readonly TouchKind[] | undefined): TouchKind[] {
  const out: TouchKind[] = []
  for (const kind of [...(precedence ?? DEFAULT_PRECEDENCE), ...DEFAULT_PRECEDENCE]) {
    if (TOUCH_KINDS.includes(kind) && !out.includes(kind)) out.push(kind)
  }
  return out
}

const KIND_PLURAL: Record<TouchKind, string> = { code: "codes", click: "links", registration: "referred registrations" }

function kindPhrase(touch: Touch): string {
  if (touch.kind === "code") return "A code typed at checkout"
  if (touch.kind === "registration") return "A referred registration"
  return touch.partner ? "A link click" : "A campaign click"
}

function outrankedDetail(winner: Touch, touch: Touch, model: AttributionModel): string {
  if (winner.kind !== touch.kind) return `${kindPhrase(winner)} ranks above ${KIND_PLURAL[touch.kind]}.`
  const which = model === "last_touch" ? "last" : "first"
  if (winner.at.getTime() === touch.at.getTime()) {
    return `Another touch of the same time counts as the ${which} touch.`
  }
  const when = model === "last_touch" ? "later" : "earlier"
  const article = when === "earlier" ? "An" : "A"
  return `${article} ${when} ${lowerFirst(describe(winner)).replace(/^the /, "")} is the ${which} touch.`
}

function campaignName(utm: UtmTags): string {
  const parts = [utm.utm_source, utm.utm_medium, utm.utm_campaign].filter((v): v is string => !!v)
  return parts.length ? `the store's campaign ${parts.join(" / ")}` : "the store's own campaign"
}

function attributedSummary(winner: Touch, model: AttributionModel, windowEnd: Date | null): string {
  const who = winner.partner ? winner.partner.affiliate_name : campaignName(winner.kind === "code" ? {} : winner.utm)
  const what =
    winner.kind === "code"
      ? `code ${winner.code}`
      : winner.kind === "click"
        ? `click of ${day(winner.at)}`
        : `registration of ${day(winner.at)}`
  const parts = [touchSource(winner), what, model === "last_touch" ? "last touch" : "first touch"]
  if (windowEnd) parts.push(`window ends ${day(windowEnd)}`)
  return `Attributed to ${who} (${parts.join(", ")}).`
}

function chosenDetail(touch: Touch, model: AttributionModel): string {
  const which = model === "last_touch" ? "last" : "first"
  return `${describe(touch)} is the ${which} valid touch of the highest-ranked kind.`
}

type Ranked = { touch: Touch; index: number; problem: TouchProblem | null }

export function decideAttribution(conversion: Conversion, touches: Touch[]): Decision | null {
  const considered: Ranked[] = touches
    .map((touch, index) => ({ touch, index, problem: null as TouchProblem | null }))
    .filter((r) => !(conversion.conversion === "registration" && r.touch.kind === "registration"))
  if (!considered.length) return null

  const precedence = normalizePrecedence(conversion.precedence)
  const last = conversion.model === "last_touch"
  for (const r of considered) r.problem = touchProblem(conversion, r.touch)

  // Rank order: kind by precedence, then by time (earliest first for first
  // touch, latest first for last touch), then by input position the same way.
  const ranked = [...considered].sort((a, b) => {
    const byKind = precedence.indexOf(a.touch.kind) - precedence.indexOf(b.touch.kind)
    if (byKind) return byKind
    const byTime = a.touch.at.getTime() - b.touch.at.getTime()
    const byIndex = a.index - b.index
    const order = byTime || byIndex
    return last ? -order : order
  })

  const chosen = ranked.find((r) => r.problem === null) ?? null
  // The chosen touch first, then the others in rank order.
  const listed = chosen ? [chosen, ...ranked.filter((r) => r !== chosen)] : ranked
  const entries: ConsideredTouch[] = listed.map((r) => {
    const partner = r.touch.partner
    const entry: ConsideredTouch = {
      kind: r.touch.kind,
      ref: touchRef(r.touch),
      at: r.touch.at.toISOString(),
      affiliate_id: partner?.affiliate_id ?? null,
      affiliate_name: partner?.affiliate_name ?? null,
      referral_id: partner?.referral_id ?? null,
      outcome: r === chosen ? "chosen" : r.problem ? "rejected" : "valid",
    }
    if (r === chosen) {
      entry.detail = chosenDetail(r.touch, conversion.model)
    } else if (r.problem) {
      entry.reason = r.problem.reason
      entry.detail = r.problem.detail
    } else {
      entry.reason = "outranked"
      entry.detail = outrankedDetail(chosen!.touch, r.touch, conversion.model)
    }
    return entry
  })

  const explanation = (summary: string): Explanation => ({
    conversion: conversion.conversion,
    decided_at: conversion.at.toISOString(),
    model: conversion.model,
    precedence,
    window_days: conversion.window_days,
    site_id: conversion.site_id,
    considered: entries,
    summary,
  })

  if (chosen) {
    const windowEnd = touchWindowEnd(chosen.touch, conversion.window_days)
    return {
      status: "attributed",
      winner: chosen.touch,
      source: touchSource(chosen.touch),
      window_ends_at: windowEnd,
      explanation: explanation(attributedSummary(chosen.touch, conversion.model, windowEnd)),
    }
  }

  // Name the partner who genuinely lost the conversion: a bot hit or a touch
  // after the order says nothing about who brought the shopper.
  const incidental = (r: (typeof ranked)[number]) => r.problem?.reason === "after_conversion" || r.problem?.reason === "bot"
  const loser =
    ranked.find((r) => r.touch.partner !== null && !incidental(r)) ?? ranked.find((r) => r.touch.partner !== null) ?? null
  const shown = loser ?? ranked[0]
  let summary = `Not attributed: ${lowerFirst(shown.problem!.detail)}`
  const others = ranked.length - 1
  if (others > 0) summary += ` ${others === 1 ? "1 other touch was" : `${others} other touches were`} not valid either.`
  return {
    status: "rejected",
    winner: loser?.touch ?? null,
    source: loser ? touchSource(loser.touch) : null,
    window_ends_at: null,
    explanation: explanation(summary),
  }
}
