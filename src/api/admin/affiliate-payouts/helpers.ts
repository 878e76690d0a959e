import { affiliateService } from "../../../workflows/steps/load"

type Scope = { resolve: (key: string) => unknown }
type Row = Record<string, any>

/** Partner names, contacts and payout details for a page of payouts, and how many commissions each holds. */
export async function payoutLookups(scope: Scope, rows: Row[]) {
  const svc = affiliateService(scope)
  const affiliateIds = [...new Set(rows.map((r) => r.affiliate_id))]
  const payoutIds = rows.map((r) => r.id)
  const [affiliates, counts] = await Promise.all([
    affiliateIds.length
      ? svc.listAffiliates({ id: affiliateIds }, { select: ["id", "name", "email", "kind", "status", "payout_method", "payout_details"], take: affiliateIds.length })
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
    affiliate: a ? { id: a.id, name: a.name, email: a.email, status: a.status, payout_method: a.payout_method ?? null, payout_details: a.payout_details ?? null } : null,
    item_count: lookups.counts.get(row.id) ?? 0,
  }
}

/** Where the money goes, for a bank or PayPal upload: the account named in the partner's payout details. */
export function payoutAccount(details: Record<string, any> | null | undefined): string {
  if (!details) return ""
  return String(details.paypal_email ?? details.email ?? details.iban ?? details.account_number ?? details.account ?? "")
}
