/**
 * Shapes of the Pay stage's admin API (commission rules, the commission
 * ledger and payouts), as the admin UI reads them. Money is in major units
 * (12.5 is €12.50), as everywhere in Medusa v2.
 */

export type CommissionStatus = "pending" | "approved" | "paid" | "void"
export type EntryType = "commission" | "reversal" | "clawback" | "adjustment"
export type CommissionEvent = "registration" | "order" | "first_order"

export type ExplanationStep = { label: string; detail: string }
export type CommissionExplanation = { summary: string; steps: ExplanationStep[] }

export type Commission = {
  id: string
  program_id: string
  affiliate_id: string
  affiliate: { id: string; name: string; email: string | null; kind: string; status: string } | null
  referral_id: string | null
  referral: { id: string; name: string; slug: string } | null
  site_id: string | null
  site: { id: string; name: string; domain?: string } | null
  attribution_id: string | null
  order_id: string | null
  customer_id: string | null
  /** What earned it; null for adjustments. */
  event: CommissionEvent | null
  entry_type: EntryType
  basis_amount: number | null
  /** The percentage applied (10 = 10 %); null for flat amounts. */
  rate: number | null
  /** Negative for reversals, clawbacks and debits. */
  amount: number
  currency_code: string
  status: CommissionStatus
  hold_until: string | null
  approved_at: string | null
  paid_at: string | null
  created_at: string
  reverses_id: string | null
  is_internal: boolean
  reason: string | null
  /** "order.placed", "payment.refunded", "user:<id>", "job:approve-commissions" ... */
  created_by: string | null
  rule_id: string | null
  rule_snapshot: (Partial<CommissionRule> & Record<string, unknown>) | null
  explanation: CommissionExplanation | null
  payout: { id: string; status: PayoutStatus; reference: string | null } | null
}

/** Ledger totals of one currency over the whole filter. */
export type CommissionTotals = {
  currency_code: string
  pending: number
  approved: number
  paid: number
  total: number
  /** Approved entries held by a live payout (sent by the server beside the contract's fields). */
  in_payout?: number
  entries?: number
}

export type CommissionListQuery = {
  limit?: number
  offset?: number
  order?: string
  affiliate_id?: string
  status?: CommissionStatus
  entry_type?: EntryType
  site_id?: string
  order_id?: string
  currency_code?: string
  payout_id?: string
  created_from?: string
  created_to?: string
}

export type CommissionListResponse = {
  commissions: Commission[]
  count: number
  limit: number
  offset: number
  totals: CommissionTotals[]
}

export type CommissionDetailResponse = { commission: Commission; reversals: Commission[] }

export type AdjustmentInput = {
  affiliate_id: string
  amount: number
  currency_code: string
  reason: string
  site_id?: string
}

export type PayoutStatus = "draft" | "processing" | "paid" | "failed" | "canceled"

export type Payout = {
  id: string
  program_id: string
  affiliate_id: string
  affiliate: {
    id: string
    name: string
    email: string | null
    status?: string
  } | null
  /** Where this payout goes, frozen when its run made it (not the partner's current details). */
  destination: { payout_method: string | null; payout_details: Record<string, unknown> | null }
  run_id: string | null
  currency_code: string
  amount: number
  status: PayoutStatus
  reference: string | null
  paid_at: string | null
  failed_reason: string | null
  created_by: string | null
  created_at: string
  item_count: number
}

export type PayoutListQuery = {
  limit?: number
  offset?: number
  order?: string
  status?: PayoutStatus
  affiliate_id?: string
  run_id?: string
  currency_code?: string
}

export type PayoutRunInput = {
  program_id?: string
  affiliate_ids?: string[]
  /** Commissions created up to this moment (ISO). */
  cutoff?: string
  currency_code?: string
}

export type PayoutRunResponse = { run_id: string; payouts: Payout[]; count: number }
export type PayoutDetailResponse = { payout: Payout; items: Commission[] }

export type SettlePayoutInput = {
  status: Exclude<PayoutStatus, "draft">
  reference?: string
  reason?: string
}

export type RuleScope = "program" | "site" | "affiliate" | "referral"
export type RuleType = "flat" | "percentage"
export type RuleBasis = "item_subtotal" | "order_total"
export type TierMetric = "orders" | "revenue"
export type TierPeriod = "calendar_month" | "rolling_days" | "lifetime"

export type Tier = { threshold: number; percentage?: number | null; flat_amounts?: Record<string, number> | null }

export type TierTable = {
  metric: TierMetric
  period: TierPeriod
  period_days?: number | null
  tiers: Tier[]
}

export type CommissionRule = {
  id: string
  program_id: string
  name: string
  scope: RuleScope
  site_id: string | null
  affiliate_id: string | null
  referral_id: string | null
  event: CommissionEvent
  type: RuleType
  percentage: number | null
  flat_amounts: Record<string, number> | null
  basis: RuleBasis
  tiers: TierTable | null
  window_days: number | null
  priority: number
  starts_at: string | null
  ends_at: string | null
  status: "active" | "archived"
  created_at: string
  updated_at: string
}

/** Every editable field; null clears it. */
export type RuleInput = {
  program_id?: string
  name: string
  scope: RuleScope
  site_id: string | null
  affiliate_id: string | null
  referral_id: string | null
  event: CommissionEvent
  type: RuleType
  percentage: number | null
  flat_amounts: Record<string, number> | null
  basis: RuleBasis
  tiers: TierTable | null
  window_days: number | null
  priority: number
  starts_at: string | null
  ends_at: string | null
}

export type RuleListQuery = {
  limit?: number
  offset?: number
  order?: string
  program_id?: string
  scope?: RuleScope
  status?: "active" | "archived"
  affiliate_id?: string
  site_id?: string
  referral_id?: string
}

export type RuleChange = {
  id: string
  action: "created" | "updated" | "archived"
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  /** The admin user's id, when an admin made the change. */
  actor: string | null
  created_at: string
}

export type PreviewInput = {
  program_id?: string
  site_id?: string
  affiliate_id?: string
  referral_id?: string
  event?: CommissionEvent
  amount?: number
  currency_code?: string
  at?: string
}

export type PreviewResponse = {
  commission: { amount: number; currency_code: string; rate: number | null; basis_amount: number | null } | null
  rule: CommissionRule | null
  explanation: CommissionExplanation
}
