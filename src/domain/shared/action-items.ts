import { currencyDigits, decimal, roundMoney } from "../pay/money"
import { normalizePayoutDetails } from "../pay/payout-destination"
import { isValidTimezone } from "./timezone"

/**
 * What a partner should do next, decided from facts about their account.
 * Each item has a stable `code` and plain `params`, so the workspace words
 * it in the partner's language; `severity` orders the list (blocking first).
 */
export type ActionItemCode =
  | "account_not_active"
  | "agreement_not_accepted"
  | "payout_method_missing_for_balance"
  | "payout_details_missing"
  | "payout_details_changed"
  | "balance_negative"
  | "no_site_authorized"
  | "site_authorizations_pending"
  | "no_referral_link"
  | "timezone_invalid"

export type ActionItemSeverity = "blocking" | "warning" | "info"

export type ActionItem = {
  code: ActionItemCode
  severity: ActionItemSeverity
  params: Record<string, string | number | null>
}

export type PartnerFacts = {
  kind: "external" | "internal" | string
  status: "pending" | "active" | "suspended" | "disabled" | "rejected" | string
  /** The version the partner accepted, and the program's current one. */
  agreement_version: string | null
  program_agreement_version: string | null
  payout_method: string | null
  payout_details: Record<string, unknown> | null
  /** Set when the partner changed verified payout details; cleared by the next verification. */
  verification_cleared_at: Date | string | null
  site_authorizations: { status: string }[]
  referrals: { status: string }[]
  /** Approved money not yet in a payout, per currency (clawbacks netted). */
  balances: { currency_code: string; approved: number | string }[]
  payout_minimums: Record<string, number | string>
  timezone: string | null
}

/** Statuses in which the partner can change nothing: only the program team can help. */
const CLOSED_STATUSES = ["suspended", "disabled", "rejected"]
const ORDER: Record<ActionItemSeverity, number> = { blocking: 0, warning: 1, info: 2 }

const money = (value: number | string, currency: string) => roundMoney(value, currency).toFixed(currencyDigits(currency))
const iso = (value: Date | string) => new Date(value).toISOString()

function hasPayoutDestination(facts: PartnerFacts): boolean {
  return Boolean(facts.payout_method) && Object.keys(normalizePayoutDetails(facts.payout_details)).length > 0
}

export function actionItems(facts: PartnerFacts): ActionItem[] {
  const items: ActionItem[] = []
  const add = (code: ActionItemCode, severity: ActionItemSeverity, params: ActionItem["params"] = {}) => items.push({ code, severity, params })

  if (facts.status !== "active") {
    add("account_not_active", "blocking", { status: facts.status })
    if (CLOSED_STATUSES.includes(facts.status)) return items
  }
  const external = facts.kind === "external"

  if (external && facts.program_agreement_version && facts.program_agreement_version !== facts.agreement_version) {
    add("agreement_not_accepted", "blocking", { version: facts.program_agreement_version, accepted_version: facts.agreement_version ?? null })
  }

  // Internal channels are never paid out: no payout details, balances or minimums concern them.
  if (external) {
    const destination = hasPayoutDestination(facts)
    const waiting = facts.balances.filter((b) => {
      const approved = decimal(b.approved)
      const minimum = decimal(facts.payout_minimums[b.currency_code] ?? 0)
      return approved.gt(0) && approved.gte(minimum)
    })
    if (!destination) {
      for (const b of waiting) {
        add("payout_method_missing_for_balance", "blocking", {
          currency_code: b.currency_code,
          approved: money(b.approved, b.currency_code),
          minimum: money(facts.payout_minimums[b.currency_code] ?? 0, b.currency_code),
        })
      }
      if (!waiting.length) add("payout_details_missing", "warning")
    } else if (facts.verification_cleared_at) {
      add("payout_details_changed", "info", { changed_at: iso(facts.verification_cleared_at) })
    }
    for (const b of facts.balances) {
      if (decimal(b.approved).lt(0)) add("balance_negative", "info", { currency_code: b.currency_code, amount: money(b.approved, b.currency_code) })
    }

    const approvedSites = facts.site_authorizations.filter((a) => a.status === "approved").length
    const requested = facts.site_authorizations.filter((a) => a.status === "requested").length
    // An external partner's links only count on sites they are approved for.
    if (!approvedSites && !requested) add("no_site_authorized", "warning")
    if (requested) add("site_authorizations_pending", "info", { count: requested })
  }

  if (!facts.referrals.some((r) => r.status === "active")) add("no_referral_link", "warning")
  if (facts.timezone && !isValidTimezone(facts.timezone)) add("timezone_invalid", "info", { timezone: facts.timezone })

  return items.map((item, i) => ({ item, i })).sort((a, b) => ORDER[a.item.severity] - ORDER[b.item.severity] || a.i - b.i).map(({ item }) => item)
}
