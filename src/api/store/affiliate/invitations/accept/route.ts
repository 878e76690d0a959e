import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { acceptAffiliateInvitationWorkflow } from "../../../../../workflows"
import { runWorkflow } from "../../../../utils/http"
import { loadOwnAffiliate } from "../../helpers"
import { AcceptInvitation } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AcceptInvitation>>, res: MedusaResponse) {
  const { token, ...details } = req.validatedBody as z.infer<typeof AcceptInvitation>
  const created = await runWorkflow(acceptAffiliateInvitationWorkflow, req, {
    token,
    customer_id: req.auth_context.actor_id,
    details,
  })
  const { affiliate } = await loadOwnAffiliate(req, created.program_id)
  res.status(201).json({ affiliate })
}
