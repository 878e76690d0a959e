import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideCodeRequestWorkflow } from "../../../../../workflows"
import { actorId, runWorkflow } from "../../../../utils/http"
import { retrieveCodeRequest } from "../../helpers"
import type { RefuseCodeRequestBody } from "../../validators"

/** Refuses the code with a reason the partner reads in their portal. */
export async function POST(req: AuthenticatedMedusaRequest<RefuseCodeRequestBody>, res: MedusaResponse) {
  const body = req.validatedBody as RefuseCodeRequestBody
  await retrieveCodeRequest(req.scope, req.params.id)
  await runWorkflow(decideCodeRequestWorkflow, req, {
    id: req.params.id,
    action: "refuse" as const,
    reason: body.reason,
    actor: { type: "user" as const, id: actorId(req) },
  })
  res.json({ code_request: await retrieveCodeRequest(req.scope, req.params.id) })
}
