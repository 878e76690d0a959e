import BigNumber from "bignumber.js"
import { Amount, decimal, formatMoney, roundMoney } from "./money"
import { eventWords, Rule, RuleVerdict } from "./rules"
import { describePeriod, tierFor } from "./tiers"
import { commissionWindow } from "./window"

/**
 * The commission one conversion earns under the rule chosen for it, with
 * every step of the reasoning: which rule, which window, which tier, what
 * arithmetic. Pure: the volumes and dates are looked up by the caller.
 */
export type ExplanationStep = { label: string; detail: string }
export type CommissionExplanation = { summary: string; steps: ExplanationStep[] }

export type PartnerStanding = { status: string; kind: "external" | "internal" }

export type ConversionFacts = {
  conversion: "registration" | "order"
  at: Date
  /** The order's currency; null for registrations. */
  currency_code: string | null
  /** Items after discounts, without tax and shipping; and the order total. Null for registrations. */
  amounts: { item_subtotal: Amount; order_total: Amount } | null
  /** When the customer was referred (registration or first touch), for time-limited rules. */
  referred_at: Date | null
  /** The volume counted for the rule's tier metric over its period, this conversion included. */
  tier_volume: number | null
  timezone: string
  partner: PartnerStanding
}

export type CommissionQuote =
  | {
      earns: true
      amount: string
      currency_code: string
      basis_amount: string | null
      rate: string | null
      tier_index: number | null
      explanation: CommissionExplanation
    }
  | { earns: false; code: QuoteRefusal; reason: string; explanation: CommissionExplanation }

/** Machine codes of the reasons a quote earns nothing. */
export type QuoteRefusal = "partner_disabled" | "no_rule" | "window_passed" | "rule_not_applicable"

function ruleWords(rule: Rule): string {
  const target = rule.scope === "program" ? "program" : `${rule.scope} ${rule[`${rule.scope}_id` as "site_id"] ?? ""}`.trim()
  return `"${rule.name}" (${target} rule for ${eventWords(rule.event)}, priority ${rule.priority ?? 0})`
}

/** Where a registration bounty is paid: the rule's first flat amount currency. */
function bountyCurrency(flat: Record<string, number> | null | undefined): string | null {
  const first = Object.keys(flat ?? {})[0]
  return first ? first.toLowerCase() : null
}

export function quoteCommission(rule: Rule | null, facts: ConversionFacts, verdicts: RuleVerdict[] = []): CommissionQuote {
  const steps: ExplanationStep[] = []
  const refuse = (code: QuoteRefusal, reason: string): CommissionQuote => ({ earns: false, code, reason, explanation: { summary: `No commission: ${reason}`, steps } })

  const passed = verdicts.filter((v) => v.rule.id !== rule?.id)
  if (passed.length) {
    const why = (v: RuleVerdict) => (v.applies ? `also applies but ranks lower (${v.rule.scope} rule, priority ${v.rule.priority ?? 0})` : v.reason)
    steps.push({ label: "Rules passed over", detail: passed.map((v) => `"${v.rule.name}" ${why(v)}`).join("; ") })
  }
  if (facts.partner.status === "disabled") return refuse("partner_disabled", "the partner is disabled and earns nothing new.")
  if (!rule) return refuse("no_rule", `no active rule pays for ${facts.conversion === "order" ? "this order" : "this registration"}.`)
  steps.push({ label: "Rule", detail: `${ruleWords(rule)} is the most specific active rule.` })

  const window = commissionWindow(rule.window_days, facts.referred_at, facts.at)
  steps.push({ label: "Window", detail: window.detail })
  if (!window.within) return refuse("window_passed", `the rule's ${rule.window_days}-day window after referral has ended.`)

  const currency = (facts.currency_code ?? bountyCurrency(rule.flat_amounts) ?? "").toLowerCase()
  if (!currency) return refuse("rule_not_applicable", "the rule names no currency for a registration bounty.")

  let percentage = rule.percentage != null ? decimal(rule.percentage) : null
  let flat = rule.flat_amounts ?? null
  let tierIndex: number | null = null
  if (rule.tiers?.tiers?.length) {
    const volume = facts.tier_volume ?? 0
    const metric = rule.tiers.metric === "orders" ? `${volume} attributed orders` : `${formatMoney(volume, currency)} attributed revenue`
    const reached = tierFor(rule.tiers, volume)
    if (reached) {
      tierIndex = reached.index
      if (reached.tier.percentage != null) percentage = decimal(reached.tier.percentage)
      if (reached.tier.flat_amounts) flat = reached.tier.flat_amounts
      const rate = reached.tier.percentage != null ? `${reached.tier.percentage} %` : "its flat amounts"
      steps.push({ label: "Tier", detail: `${metric} over ${describePeriod(rule.tiers, facts.timezone)} reach tier ${reached.index + 1} (from ${reached.tier.threshold}): ${rate}.` })
    } else {
      steps.push({ label: "Tier", detail: `${metric} over ${describePeriod(rule.tiers, facts.timezone)} reach no tier; the rule's own rate applies.` })
    }
  }

  let amount: BigNumber
  let basis: BigNumber | null = null
  if (rule.type === "flat") {
    const entry = Object.entries(flat ?? {}).find(([code]) => code.toLowerCase() === currency)
    if (!entry) return refuse("rule_not_applicable", `the rule has no flat amount in ${currency.toUpperCase()}.`)
    amount = roundMoney(entry[1], currency)
    steps.push({ label: "Amount", detail: `Flat ${formatMoney(amount, currency)}.` })
  } else {
    if (!facts.amounts) return refuse("rule_not_applicable", "a percentage needs an order amount; registrations earn flat bounties only.")
    if (percentage == null) return refuse("rule_not_applicable", "the rule has no percentage.")
    const basisName = rule.basis === "order_total" ? "order total" : "item subtotal after discounts (no tax, no shipping)"
    basis = roundMoney(rule.basis === "order_total" ? facts.amounts.order_total : facts.amounts.item_subtotal, currency)
    if (basis.isNegative()) basis = new BigNumber(0)
    amount = roundMoney(basis.times(percentage).dividedBy(100), currency)
    steps.push({ label: "Amount", detail: `${percentage.toString()} % of the ${basisName} ${formatMoney(basis, currency)} = ${formatMoney(amount, currency)}.` })
  }
  if (facts.partner.kind === "internal") steps.push({ label: "Payout", detail: "Internal channel: recorded for reporting, never paid out." })
  else if (facts.partner.status === "suspended") steps.push({ label: "Payout", detail: "The partner is suspended: the commission accrues but is not paid until reactivation." })

  return {
    earns: true,
    amount: amount.toString(),
    currency_code: currency,
    basis_amount: basis?.toString() ?? null,
    rate: rule.type === "percentage" && percentage ? percentage.toString() : null,
    tier_index: tierIndex,
    explanation: {
      summary: `${formatMoney(amount, currency)} from "${rule.name}"${tierIndex != null ? `, tier ${tierIndex + 1}` : ""}${basis ? ` (${percentage!.toString()} % of ${formatMoney(basis, currency)})` : ""}.`,
      steps,
    },
  }
}
