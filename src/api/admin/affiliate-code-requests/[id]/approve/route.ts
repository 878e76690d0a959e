import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideCodeRequestWorkflow } from "../../../../../workflows"
import { actorId, runWorkflow } from "../../../../utils/http"
import { retrieveCodeRequest } from "../../helpers"
import type { ApproveCodeRequestBody } from "../../validators"

/** Grants the code: creates the voucher (or the alias) the partner asked for. 409 when it was taken meanwhile. */
export async function POST(req: AuthenticatedMedusaRequest<ApproveCodeRequestBody>, res: MedusaResponse) {
  const body = req.validatedBody as ApproveCodeRequestBody
  await retrieveCodeRequest(req.scope, req.params.id)
  await runWorkflow(decideCodeRequestWorkflow, req, {
    id: req.params.id,
    action: "approve" as const,
    incentive: body.incentive ?? null,
    actor: { type: "user" as const, id: actorId(req) },
  })
  res.json({ code_request: await retrieveCodeRequest(req.scope, req.params.id) })
}
