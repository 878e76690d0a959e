import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeAffiliateInvitationWorkflow } from "../../../../../workflows"
import { runWorkflow } from "../../../../utils/http"
import { presentInvitation } from "../../route"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const invitation = await runWorkflow(revokeAffiliateInvitationWorkflow, req, { id: req.params.id })
  res.json({ invitation: presentInvitation(invitation) })
}
