import { affiliateService } from "../../../workflows/steps/load"
import type { LedgerFilter } from "../../../modules/affiliate/pay/filters"
import { attributionLookups, AttributionLookups } from "../affiliate-attributions/helpers"

type Scope = { resolve: (key: string) => unknown }
type Row = Record<string, any>
export type LivePayout = { id: string; status: string; reference: string | null }

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))

/** The payout each commission is (or was last) in: live items first. */
export async function payoutsOf(scope: Scope, commissionIds: string[]): Promise<Map<string, LivePayout>> {
  if (!commissionIds.length) return new Map()
  const items = await affiliateService(scope).listAffiliatePayoutItems(
    { commission_id: commissionIds },
    { relations: ["payout"], take: commissionIds.length * 4, order: { created_at: "ASC" } }
  )
  const map = new Map<string, LivePayout>()
  for (const item of items as any[]) {
    const current = map.get(item.commission_id)
    // A live item wins over a released one (a failed payout the commission left).
    if (!current || !item.released_at) map.set(item.commission_id, { id: item.payout.id, status: item.payout.status, reference: item.payout.reference ?? null })
  }
  return map
}

/** Commission filters from a validated query: the list's module filters and the totals' SQL filter. */
export async function commissionFilters(scope: Scope, query: Record<string, any>) {
  const { created_from, created_to, payout_id, ...rest } = query
  const filters: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined))
  if (created_from || created_to) {
    filters.created_at = {
      ...(created_from ? { $gte: new Date(created_from) } : {}),
      ...(created_to ? { $lt: new Date(created_to) } : {}),
    }
  }
  if (payout_id) {
    const items = await affiliateService(scope).listAffiliatePayoutItems({ payout_id }, { select: ["commission_id"], take: 1_000_000 })
    filters.id = (items as any[]).map((i) => i.commission_id)
  }
  const ledger: LedgerFilter = { ...rest, created_from, created_to, payout_id }
  return { filters, ledger }
}

export async function commissionLookups(scope: Scope, rows: Row[]) {
  const [names, payouts] = await Promise.all([attributionLookups(scope, rows), payoutsOf(scope, rows.map((r) => r.id))])
  return { names, payouts }
}

/** A ledger entry for the operator: every stored field, amounts as numbers, names, and its payout. */
export function presentCommission(row: Row, lookups: { names: AttributionLookups; payouts: Map<string, LivePayout> }) {
  const { raw_amount, raw_basis_amount, raw_rate, payout_items, deleted_at, ...fields } = row
  return {
    ...fields,
    amount: Number(row.amount),
    basis_amount: num(row.basis_amount),
    rate: num(row.rate),
    affiliate: row.affiliate_id ? lookups.names.affiliates.get(row.affiliate_id) ?? null : null,
    referral: row.referral_id ? lookups.names.referrals.get(row.referral_id) ?? null : null,
    site: row.site_id ? lookups.names.sites.get(row.site_id) ?? null : null,
    payout: lookups.payouts.get(row.id) ?? null,
  }
}
