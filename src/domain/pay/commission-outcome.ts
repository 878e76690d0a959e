import type { CommissionQuote } from "./commission"

/**
 * What an attributed (or refused) conversion earned, stored on the
 * attribution so every touch that earns nothing says why. The reason is a
 * machine code for filters and translations; the detail is one sentence
 * without customer data, shown to the operator and to the partner.
 */
export type CommissionStatus = "earned" | "none" | "awaiting"

export type CommissionReason =
  // The conversion was not credited to the partner.
  | "not_attributed"
  | "attribution_window_passed"
  | "partner_suspended"
  | "partner_disabled"
  | "partner_not_active"
  | "site_not_approved"
  | "signup_too_late"
  // Credited, but no rule pays for it.
  | "no_rule"
  | "window_passed"
  | "rule_not_applicable"
  | "below_threshold"
  | "cap_reached"
  // A registration bounty waiting for evidence.
  | "awaiting_first_order"
  | "awaiting_review"
  // Earned, with a caveat on payment.
  | "internal_account"

export type CommissionOutcome = { status: CommissionStatus; reason: CommissionReason | null; detail: string }

type ConsideredTouch = { affiliate_id?: unknown; outcome?: unknown; reason?: unknown; detail?: unknown }

const TOUCH_REASONS: Record<string, CommissionReason> = {
  window_expired: "attribution_window_passed",
  site_unregistered: "site_not_approved",
  site_not_authorized: "site_not_approved",
}

/**
 * Why a refused attribution earns nothing: the refused touch of the partner
 * it was recorded against (else the first refused touch), in the words of the
 * attribution's explanation. `partnerStatus` tells suspended from disabled.
 */
export function refusedAttributionOutcome(explanation: unknown, affiliateId: string | null, partnerStatus: string | null): CommissionOutcome {
  const considered = (explanation as { considered?: unknown } | null)?.considered
  const touches = (Array.isArray(considered) ? considered : []) as ConsideredTouch[]
  const refused = touches.filter((t) => t && t.outcome === "rejected")
  const touch = refused.find((t) => affiliateId && t.affiliate_id === affiliateId) ?? refused[0]
  const code = typeof touch?.reason === "string" ? touch.reason : null
  const detail = typeof touch?.detail === "string" && touch.detail ? touch.detail : "The conversion was not credited to a partner."
  if (code === "affiliate_not_active") {
    const reason = partnerStatus === "suspended" ? "partner_suspended" : partnerStatus === "disabled" ? "partner_disabled" : "partner_not_active"
    return { status: "none", reason, detail }
  }
  return { status: "none", reason: (code && TOUCH_REASONS[code]) || "not_attributed", detail }
}

const sentence = (text: string) => {
  const s = text.trim()
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** A quote's outcome: refused for its reason, nothing earned when it rounds to zero, else earned (with the payment caveat). */
export function quoteOutcome(quote: CommissionQuote, partner: { kind: string; status: string }): CommissionOutcome {
  if (!quote.earns) return { status: "none", reason: quote.code, detail: sentence(quote.reason) }
  if (!(Number(quote.amount) > 0)) {
    return { status: "none", reason: "below_threshold", detail: "The commission rounds to nothing in the order's currency." }
  }
  if (partner.kind === "internal") {
    return { status: "earned", reason: "internal_account", detail: "Internal channel: the commission is recorded for reporting and never paid out." }
  }
  if (partner.status === "suspended") {
    return { status: "earned", reason: "partner_suspended", detail: "The partner is suspended: the commission accrues but is not paid until reactivation." }
  }
  return { status: "earned", reason: null, detail: quote.explanation.summary }
}

export type RegistrationCaps = { per_ip_hash_daily: number | null; per_partner_daily: number | null }
export type RegistrationCounts = { same_ip_hash: number | null; same_partner: number }

/**
 * A registration bounty is credited only under the daily caps (counting the
 * registrations already credited in the 24 hours before this one) and then
 * waits for evidence: the customer's first order, or an operator's review.
 */
export function registrationBountyOutcome(
  caps: RegistrationCaps,
  counts: RegistrationCounts,
  release: "first_order" | "review"
): CommissionOutcome {
  if (caps.per_ip_hash_daily != null && counts.same_ip_hash != null && counts.same_ip_hash >= caps.per_ip_hash_daily) {
    return {
      status: "none",
      reason: "cap_reached",
      detail: `The daily cap of ${caps.per_ip_hash_daily} credited registrations from one network address was reached; the signup is recorded without a bounty.`,
    }
  }
  if (caps.per_partner_daily != null && counts.same_partner >= caps.per_partner_daily) {
    return {
      status: "none",
      reason: "cap_reached",
      detail: `The partner's daily cap of ${caps.per_partner_daily} credited registrations was reached; the signup is recorded without a bounty.`,
    }
  }
  if (release === "review") {
    return { status: "awaiting", reason: "awaiting_review", detail: "The registration bounty waits for the store's review." }
  }
  return { status: "awaiting", reason: "awaiting_first_order", detail: "The registration bounty waits for the customer's first order." }
}

/** Readable words for each reason, for lists and filters. */
export const COMMISSION_REASON_WORDS: Record<CommissionReason, string> = {
  not_attributed: "Not credited to the partner",
  attribution_window_passed: "Attribution window passed",
  partner_suspended: "Partner suspended",
  partner_disabled: "Partner disabled",
  partner_not_active: "Partner not active",
  site_not_approved: "Site not approved",
  signup_too_late: "Signup reported too late",
  no_rule: "No commission rule",
  window_passed: "Rule window passed",
  rule_not_applicable: "Rule does not apply",
  below_threshold: "Below threshold",
  cap_reached: "Daily cap reached",
  awaiting_first_order: "Awaiting first order",
  awaiting_review: "Awaiting review",
  internal_account: "Internal account",
}

/**
 * The stored outcome as a partner (or operator) reads it: status, reason code,
 * its words and the sentence; null for attributions stored before outcomes were.
 */
export function storedCommissionOutcome(row: { commission_status?: string | null; commission_reason?: string | null; commission_detail?: string | null }) {
  if (!row.commission_status) return null
  const reason = (row.commission_reason ?? null) as CommissionReason | null
  return {
    status: row.commission_status as CommissionStatus,
    reason,
    reason_label: reason ? COMMISSION_REASON_WORDS[reason] ?? reason : null,
    detail: row.commission_detail ?? null,
  }
}
