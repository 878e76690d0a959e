import { formatDate } from "../../lib/format"
import { formatAmount, formatAmounts, formatPercent } from "../../lib/money"
import { localDayBefore } from "../../lib/pay-dates"
import type {
  CommissionEvent,
  CommissionRule,
  RuleBasis,
  RuleScope,
  TierMetric,
  TierPeriod,
  TierTable,
} from "../../lib/pay-types"

/** Words for commission rules, shared by the list, the form and the history. */

export const SCOPE_OPTIONS: { value: RuleScope; label: string }[] = [
  { value: "program", label: "Whole program" },
  { value: "site", label: "One site" },
  { value: "affiliate", label: "One partner" },
  { value: "referral", label: "One referral (channel)" },
]

export const SCOPE_LABELS: Record<RuleScope, string> = {
  program: "Program",
  site: "Site",
  affiliate: "Partner",
  referral: "Referral",
}

export const EVENT_OPTIONS: { value: CommissionEvent; label: string }[] = [
  { value: "order", label: "Every order" },
  { value: "first_order", label: "A customer's first order" },
  { value: "registration", label: "Registration (sign-up bounty)" },
]

export const EVENT_SHORT: Record<CommissionEvent, string> = {
  order: "Orders",
  first_order: "First orders",
  registration: "Registrations",
}

export const BASIS_OPTIONS: { value: RuleBasis; label: string }[] = [
  { value: "item_subtotal", label: "Item subtotal (after discounts, no tax or shipping)" },
  { value: "order_total", label: "Order total" },
]

export const BASIS_SHORT: Record<RuleBasis, string> = {
  item_subtotal: "item subtotal",
  order_total: "order total",
}

export const METRIC_OPTIONS: { value: TierMetric; label: string }[] = [
  { value: "orders", label: "Number of attributed orders" },
  { value: "revenue", label: "Attributed revenue" },
]

export const PERIOD_OPTIONS: { value: TierPeriod; label: string }[] = [
  { value: "calendar_month", label: "Calendar month" },
  { value: "rolling_days", label: "Last N days" },
  { value: "lifetime", label: "All time" },
]

/** "10 % of the item subtotal" or "Flat €5.00". */
export function commissionText(rule: Pick<CommissionRule, "type" | "percentage" | "flat_amounts" | "basis" | "event">): string {
  if (rule.type === "percentage") {
    return `${formatPercent(rule.percentage)} of ${BASIS_SHORT[rule.basis] ?? rule.basis}`
  }
  return `Flat ${formatAmounts(rule.flat_amounts)}`
}

export function periodText(tiers: Pick<TierTable, "period" | "period_days">): string {
  switch (tiers.period) {
    case "calendar_month":
      return "per calendar month"
    case "rolling_days":
      return `over the last ${tiers.period_days ?? 30} days`
    default:
      return "all time"
  }
}

/** "Orders per calendar month: 2+ → 15 %, 10+ → 20 %"; "-" without tiers. */
export function tiersText(tiers: TierTable | null | undefined, type: CommissionRule["type"]): string {
  if (!tiers?.tiers?.length) {
    return "-"
  }
  const metric = tiers.metric === "orders" ? "Orders" : "Revenue"
  const steps = [...tiers.tiers]
    .sort((a, b) => a.threshold - b.threshold)
    .map((tier) => {
      const from = String(tier.threshold)
      const pays =
        type === "percentage"
          ? formatPercent(tier.percentage)
          : Object.entries(tier.flat_amounts ?? {})
              .map(([currency, amount]) => formatAmount(amount, currency))
              .join(" · ") || "-"
      return `${from}+ → ${pays}`
    })
  return `${metric} ${periodText(tiers)}: ${steps.join(", ")}`
}

/** "From Jan 1, 2026 until Dec 31, 2026", "Always". The end is exclusive: "until" names the last day. */
export function datesText(rule: Pick<CommissionRule, "starts_at" | "ends_at">): string {
  const start = rule.starts_at ? `From ${formatDate(rule.starts_at)}` : ""
  const lastDay = localDayBefore(rule.ends_at)
  const end = lastDay ? `until ${formatDate(`${lastDay}T12:00:00`)}` : ""
  if (start && end) {
    return `${start} ${end}`
  }
  if (start) {
    return start
  }
  return end ? end.charAt(0).toUpperCase() + end.slice(1) : "Always"
}

export function windowText(days: number | null | undefined): string {
  return days ? `${days} days` : "No limit"
}
