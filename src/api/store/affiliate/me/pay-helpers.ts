import { affiliateService } from "../../../../workflows/steps/load"
import { attributionLookups } from "../../../admin/affiliate-attributions/helpers"
import { payoutsOf } from "../../../admin/affiliate-commissions/helpers"
import { presentPartnerCommission } from "../presenters"

type Scope = { resolve: (key: string) => unknown }
type Row = Record<string, any>

/** The partner's ledger lines with their referral, site and payout looked up (see presentPartnerCommission). */
export async function partnerCommissions(scope: Scope, rows: Row[], affiliateId: string) {
  const [names, payouts] = await Promise.all([attributionLookups(scope, rows, { affiliates: false }), payoutsOf(scope, rows.map((r) => r.id))])
  return rows.map((r) =>
    presentPartnerCommission(r, {
      affiliateId,
      referral: r.referral_id ? names.referrals.get(r.referral_id) : null,
      site: r.site_id ? names.sites.get(r.site_id) : null,
      payoutId: payouts.get(r.id)?.id ?? null,
    })
  )
}

export function itemCounts(scope: Scope, payoutIds: string[]) {
  return affiliateService(scope).payoutItemCounts(payoutIds)
}
