import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { affiliateService } from "../../../../../workflows/steps/load"
import { notFound } from "../../../../utils/http"
import { presentPartnerReferral } from "../../presenters"

/** The partner, as the referral workflows record who asked. */
export const partnerActor = (req: AuthenticatedMedusaRequest) => ({ type: "customer" as const, id: req.auth_context.actor_id })

/**
 * One of the partner's own links, as the partner sees it. Another partner's
 * link is "not found", exactly like one that does not exist.
 */
export async function loadOwnReferral(scope: { resolve: (k: string) => unknown }, affiliateId: string, id: string) {
  const [referral] = await affiliateService(scope).listAffiliateReferrals(
    { id, affiliate_id: affiliateId },
    { take: 1, relations: ["vouchers", "vouchers.codes"] }
  )
  if (!referral) throw notFound(`Referral ${id} was not found.`)
  return presentPartnerReferral(referral)
}
