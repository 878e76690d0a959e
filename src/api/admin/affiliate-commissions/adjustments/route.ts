import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createAdjustmentWorkflow } from "../../../../workflows/pay/adjust"
import { affiliateService } from "../../../../workflows/steps/load"
import { actorId, runWorkflow } from "../../../utils/http"
import { commissionLookups, presentCommission } from "../helpers"
import type { CreateAdjustmentType } from "../validators"

/** A manual credit or debit with its reason, approved at once and recorded with the operator's id. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as CreateAdjustmentType
  const id = await runWorkflow(createAdjustmentWorkflow, req, { ...body, actor: actorId(req) })
  const [row] = await affiliateService(req.scope).listAffiliateCommissions({ id }, { take: 1 })
  res.status(201).json({ commission: presentCommission(row, await commissionLookups(req.scope, [row])) })
}
