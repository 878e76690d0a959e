/**
 * Which commission rule pays a conversion: the most specific active rule
 * wins (referral > affiliate > site > program), then the higher priority,
 * then the newest. Rules outside their dates, archived, for another event or
 * aimed at another partner are not candidates.
 */
export type RuleScope = "program" | "site" | "affiliate" | "referral"
export type CommissionEvent = "registration" | "order" | "first_order"

export type TierTable = {
  metric: "orders" | "revenue"
  period: "calendar_month" | "rolling_days" | "lifetime"
  period_days?: number | null
  tiers: { threshold: number; percentage?: number | null; flat_amounts?: Record<string, number> | null }[]
}

export type Rule = {
  id: string
  program_id: string
  name: string
  scope: RuleScope
  site_id?: string | null
  affiliate_id?: string | null
  referral_id?: string | null
  event: CommissionEvent
  type: "flat" | "percentage"
  percentage?: number | string | null
  flat_amounts?: Record<string, number> | null
  basis?: "item_subtotal" | "order_total" | null
  tiers?: TierTable | null
  window_days?: number | null
  priority?: number | null
  starts_at?: Date | string | null
  ends_at?: Date | string | null
  status?: "active" | "archived" | null
  created_at?: Date | string | null
}

/** What is being paid for. `first_order` says whether this order is the customer's first. */
export type RuleTarget = {
  program_id: string
  site_id: string | null
  affiliate_id: string
  referral_id: string | null
  conversion: "registration" | "order"
  first_order: boolean
  at: Date
}

export const SCOPE_RANK: Record<RuleScope, number> = { referral: 4, affiliate: 3, site: 2, program: 1 }

export type RuleVerdict = { rule: Rule; applies: boolean; reason: string }

/** Why a rule does or does not apply to this conversion, in words for the explanation. */
export function judgeRule(rule: Rule, target: RuleTarget): RuleVerdict {
  const no = (reason: string) => ({ rule, applies: false, reason })
  if (rule.program_id !== target.program_id) return no("belongs to another program")
  if ((rule.status ?? "active") !== "active") return no("is archived")
  if (rule.starts_at && new Date(rule.starts_at) > target.at) return no(`starts ${new Date(rule.starts_at).toISOString()}`)
  if (rule.ends_at && new Date(rule.ends_at) <= target.at) return no(`ended ${new Date(rule.ends_at).toISOString()}`)
  if (target.conversion === "registration" && rule.event !== "registration") return no(`pays for ${eventWords(rule.event)}, not registrations`)
  if (target.conversion === "order" && rule.event === "registration") return no("pays for registrations, not orders")
  if (rule.event === "first_order" && !target.first_order) return no("pays for a customer's first order only")
  if (rule.scope === "site" && rule.site_id !== target.site_id) return no("is for another site")
  if (rule.scope === "affiliate" && rule.affiliate_id !== target.affiliate_id) return no("is for another partner")
  if (rule.scope === "referral" && rule.referral_id !== target.referral_id) return no("is for another referral")
  return { rule, applies: true, reason: `applies (${rule.scope} rule, priority ${rule.priority ?? 0})` }
}

export function eventWords(event: CommissionEvent): string {
  return event === "first_order" ? "first orders" : event === "order" ? "orders" : "registrations"
}

function time(value: Date | string | null | undefined): number {
  return value ? new Date(value).getTime() : 0
}

/** Orders applicable rules best first: scope, priority, then the newest rule. */
export function compareRules(a: Rule, b: Rule): number {
  return (
    SCOPE_RANK[b.scope] - SCOPE_RANK[a.scope] ||
    (b.priority ?? 0) - (a.priority ?? 0) ||
    time(b.created_at) - time(a.created_at) ||
    (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
  )
}

export type RuleChoice = { rule: Rule | null; verdicts: RuleVerdict[] }

export function chooseRule(rules: Rule[], target: RuleTarget): RuleChoice {
  const verdicts = rules.map((r) => judgeRule(r, target))
  const applicable = verdicts.filter((v) => v.applies).map((v) => v.rule).sort(compareRules)
  return { rule: applicable[0] ?? null, verdicts }
}

/**
 * What is wrong with a rule as written, in words an operator can act on;
 * empty when it can be saved. Checked on create and on every update.
 */
export function ruleProblems(rule: Omit<Rule, "id" | "program_id" | "name"> & { name?: string }): string[] {
  const problems: string[] = []
  const target = rule.scope === "program" ? null : (`${rule.scope}_id` as const)
  if (target && !rule[target]) problems.push(`A ${rule.scope} rule needs ${target}.`)
  for (const other of ["site_id", "affiliate_id", "referral_id"] as const) {
    if (other !== target && rule[other]) problems.push(`A ${rule.scope} rule cannot name ${other}; use scope "${other.replace("_id", "")}".`)
  }
  const pct = rule.percentage == null ? null : Number(rule.percentage)
  if (rule.type === "percentage" && (pct == null || !(pct > 0 && pct <= 100))) problems.push("A percentage rule needs a percentage above 0 and at most 100.")
  if (rule.type === "flat" && !Object.keys(rule.flat_amounts ?? {}).length) problems.push("A flat rule needs an amount in at least one currency (flat_amounts).")
  for (const [code, amount] of Object.entries(rule.flat_amounts ?? {})) {
    if (!/^[a-zA-Z]{3}$/.test(code)) problems.push(`"${code}" is not a currency code.`)
    if (!(Number(amount) >= 0)) problems.push(`The flat amount in ${code.toUpperCase()} must be 0 or more.`)
  }
  if (rule.event === "registration" && rule.type === "percentage") problems.push("Registrations have no amount to take a percentage of: use a flat bounty.")
  if (rule.starts_at && rule.ends_at && new Date(rule.ends_at) <= new Date(rule.starts_at)) problems.push("ends_at must be after starts_at.")
  if (rule.window_days != null && !(Number.isInteger(rule.window_days) && rule.window_days >= 1)) problems.push("window_days must be a whole number of days, 1 or more.")
  const tiers = rule.tiers
  if (tiers) {
    if (tiers.period === "rolling_days" && !(Number(tiers.period_days) >= 1)) problems.push("Rolling tiers need period_days (1 or more).")
    const thresholds = tiers.tiers.map((t) => t.threshold)
    if (!tiers.tiers.length) problems.push("A tier table needs at least one tier.")
    if (new Set(thresholds).size !== thresholds.length) problems.push("Two tiers have the same threshold.")
    tiers.tiers.forEach((t, i) => {
      if (!(t.threshold >= 0)) problems.push(`Tier ${i + 1}: the threshold must be 0 or more.`)
      if (rule.type === "percentage" && !(Number(t.percentage) > 0 && Number(t.percentage) <= 100)) problems.push(`Tier ${i + 1}: a percentage rule's tier needs a percentage above 0 and at most 100.`)
      if (rule.type === "flat" && !Object.keys(t.flat_amounts ?? {}).length) problems.push(`Tier ${i + 1}: a flat rule's tier needs flat_amounts.`)
    })
  }
  return problems
}
