import { affiliateService } from "../../../workflows/steps/load"
import { notFound } from "../../utils/http"

/** An affiliate with what the operator sees on its page: sites, referrals, codes. */
export async function retrieveAffiliateDetail(scope: { resolve: (k: string) => unknown }, id: string) {
  const [affiliate] = await affiliateService(scope).listAffiliates(
    { id },
    {
      relations: [
        "program",
        "site_authorizations",
        "site_authorizations.site",
        "referrals",
        "referrals.vouchers",
        "referrals.vouchers.codes",
      ],
    }
  )
  if (!affiliate) throw notFound(`Affiliate ${id} was not found.`)
  // A verified partner changed where their money goes: the operator checks the new details before the next payout.
  return { ...affiliate, payout_details_changed_since_verification: Boolean(affiliate.verification_cleared_at) }
}
