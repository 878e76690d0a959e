import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../../../workflows/steps/load"
import { loadOwnAffiliate } from "../../helpers"
import { partnerCommissions } from "../pay-helpers"
import type { PartnerCommissionsQueryType } from "../pay-validators"

/** The partner's own ledger, newest first: every earning, reversal and adjustment. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { program_id, limit, offset, status, payout_id } = req.validatedQuery as PartnerCommissionsQueryType
  const { affiliate } = await loadOwnAffiliate(req, program_id)
  const svc = affiliateService(req.scope)
  const filters: Record<string, unknown> = { affiliate_id: affiliate.id, ...(status ? { status } : {}) }
  if (payout_id) {
    const items = await svc.listAffiliatePayoutItems({ payout_id }, { select: ["commission_id"], take: 1_000_000 })
    filters.id = (items as any[]).map((i) => i.commission_id)
  }
  const [rows, count] = await svc.listAndCountAffiliateCommissions(filters, { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } })
  res.json({ commissions: await partnerCommissions(req.scope, rows, affiliate.id), count, limit, offset })
}
