import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../../../workflows/steps/load"
import { loadOwnAffiliate } from "../../helpers"
import { presentPartnerPayout } from "../../presenters"
import { itemCounts } from "../pay-helpers"
import type { PartnerPayoutsQueryType } from "../pay-validators"

/** The partner's payout history, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { program_id, limit, offset } = req.validatedQuery as PartnerPayoutsQueryType
  const { affiliate } = await loadOwnAffiliate(req, program_id)
  const [rows, count] = await affiliateService(req.scope).listAndCountAffiliatePayouts(
    { affiliate_id: affiliate.id },
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } }
  )
  const counts = await itemCounts(req.scope, rows.map((r: any) => r.id))
  res.json({ payouts: rows.map((r: any) => presentPartnerPayout(r, counts.get(r.id) ?? 0)), count, limit, offset })
}
