import type { PayoutDestination } from "../../../domain/pay/payout-destination"
import { affiliateService } from "../../../workflows/steps/load"

type Scope = { resolve: (key: string) => unknown }
type Row = Record<string, any>

/** Partner names and contacts for a page of payouts, and how many commissions each holds. */
export async function payoutLookups(scope: Scope, rows: Row[]) {
  const svc = affiliateService(scope)
  const affiliateIds = [...new Set(rows.map((r) => r.affiliate_id))]
  const payoutIds = rows.map((r) => r.id)
  const [affiliates, counts] = await Promise.all([
    affiliateIds.length
      ? svc.listAffiliates({ id: affiliateIds }, { select: ["id", "name", "email", "kind", "status"], take: affiliateIds.length })
      : [],
    svc.payoutItemCounts(payoutIds),
  ])
  return { affiliates: new Map((affiliates as any[]).map((a) => [a.id, a])), counts }
}

export function presentPayout(row: Row, lookups: Awaited<ReturnType<typeof payoutLookups>>) {
  const { raw_amount, items, deleted_at, ...fields } = row
  const a = lookups.affiliates.get(row.affiliate_id)
  return {
    ...fields,
    amount: Number(row.amount),
    // Where this payout goes: frozen when its run made it, never the partner's current details.
    destination: payoutDestination(row),
    affiliate: a ? { id: a.id, name: a.name, email: a.email, status: a.status } : null,
    item_count: lookups.counts.get(row.id) ?? 0,
  }
}

export function payoutDestination(row: Row): PayoutDestination {
  const frozen = (row.destination ?? {}) as Partial<PayoutDestination>
  return { payout_method: frozen.payout_method ?? null, payout_details: frozen.payout_details ?? null }
}
