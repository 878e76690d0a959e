import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateAffiliateWorkflow } from "../../../../../workflows"
import { actorId, runWorkflow } from "../../../../utils/http"
import { retrieveAffiliateDetail } from "../../helpers"

/** Marks the partner's business details as checked by the operator. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await runWorkflow(updateAffiliateWorkflow, req, { id: req.params.id, verify: { by: actorId(req) } })
  res.json({ affiliate: await retrieveAffiliateDetail(req.scope, req.params.id) })
}
