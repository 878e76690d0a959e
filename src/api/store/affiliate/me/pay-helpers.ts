import { customerPseudonym } from "../../../../domain/track/anonymise"
import { affiliateService } from "../../../../workflows/steps/load"
import { attributionLookups } from "../../../admin/affiliate-attributions/helpers"
import { payoutsOf } from "../../../admin/affiliate-commissions/helpers"

type Scope = { resolve: (key: string) => unknown }
type Row = Record<string, any>

/**
 * A ledger line as the partner sees it: amounts, status, source and a
 * pseudonym for the customer. Never the customer's id, name or email, and
 * never the order id.
 */
export async function partnerCommissions(scope: Scope, rows: Row[], affiliateId: string) {
  const [names, payouts] = await Promise.all([attributionLookups(scope, rows, { affiliates: false }), payoutsOf(scope, rows.map((r) => r.id))])
  return rows.map((r) => {
    const referral = r.referral_id ? names.referrals.get(r.referral_id) : null
    const site = r.site_id ? names.sites.get(r.site_id) : null
    const payout = payouts.get(r.id)
    return {
      id: r.id,
      entry_type: r.entry_type,
      event: r.event,
      status: r.status,
      amount: Number(r.amount),
      currency_code: r.currency_code,
      basis_amount: r.basis_amount == null ? null : Number(r.basis_amount),
      rate: r.rate == null ? null : Number(r.rate),
      referral: referral ? { name: referral.name, slug: referral.slug } : null,
      site: site ? { name: site.name } : null,
      customer: r.customer_id ? customerPseudonym(r.customer_id, affiliateId) : null,
      summary: (r.explanation as any)?.summary ?? null,
      reverses_id: r.reverses_id ?? null,
      created_at: r.created_at,
      hold_until: r.hold_until,
      approved_at: r.approved_at,
      paid_at: r.paid_at,
      payout_id: payout?.id ?? null,
    }
  })
}

export function partnerPayout(row: Row, itemCount: number) {
  return {
    id: row.id,
    amount: Number(row.amount),
    currency_code: row.currency_code,
    status: row.status,
    reference: row.status === "paid" ? row.reference : null,
    paid_at: row.paid_at,
    created_at: row.created_at,
    item_count: itemCount,
  }
}

export function itemCounts(scope: Scope, payoutIds: string[]) {
  return affiliateService(scope).payoutItemCounts(payoutIds)
}
