import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { changeAffiliateStatusWorkflow } from "../../../../../workflows"
import { actorId, runWorkflow } from "../../../../utils/http"
import { retrieveAffiliateDetail } from "../../helpers"
import { ChangeStatus } from "../../validators"

/** Approve, reject, suspend, reactivate or disable; illegal moves answer 409. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof ChangeStatus>>, res: MedusaResponse) {
  const body = req.validatedBody as z.infer<typeof ChangeStatus>
  await runWorkflow(changeAffiliateStatusWorkflow, req, {
    affiliate_id: req.params.id,
    status: body.status,
    reason: body.reason ?? null,
    actor: { type: "user" as const, id: actorId(req) },
  })
  res.json({ affiliate: await retrieveAffiliateDetail(req.scope, req.params.id) })
}
