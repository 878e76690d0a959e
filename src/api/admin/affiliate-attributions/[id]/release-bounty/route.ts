import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { earnCommissionWorkflow } from "../../../../../workflows/pay/earn"
import { affiliateService } from "../../../../../workflows/steps/load"
import { actorRef, notFound, runWorkflow } from "../../../../utils/http"

/**
 * An operator releases a registration bounty that waits for review (or for a
 * first order that is not coming): it becomes a pending commission whose hold
 * starts now, then follows the ledger like any other.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = affiliateService(req.scope)
  const [attribution] = await svc.listAffiliateAttributions({ id: req.params.id }, { take: 1 })
  if (!attribution) throw notFound(`Attribution ${req.params.id} was not found.`)
  if (attribution.conversion !== "registration" || attribution.commission_status !== "awaiting") {
    const why = attribution.commission_detail ? ` (${attribution.commission_detail})` : ""
    res.status(409).json({ type: "conflict", message: `Attribution ${attribution.id} has no registration bounty waiting for release${why}.` })
    return
  }
  const by = actorRef(req)
  const result = await runWorkflow(earnCommissionWorkflow, req, {
    attribution_id: attribution.id,
    created_by: by,
    release: { order_id: null, at: new Date().toISOString(), by },
  })
  const [commission] = result.commission_id ? await svc.listAffiliateCommissions({ id: result.commission_id }, { take: 1 }) : []
  res.status(result.created ? 201 : 200).json({ released: result.created, commission: commission ?? null })
}
