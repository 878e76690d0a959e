import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { inviteExternalPartnerWorkflow } from "../../../../workflows/recruit/invite-external-partner"
import { actorId, runWorkflow } from "../../../utils/http"
import { presentInvitation } from "../../affiliate-invitations/route"
import { InviteExternalPartner } from "./validators"

/**
 * Adds an external partner by email. A storefront customer with that email
 * becomes the partner at once (`action: "linked"`, with the affiliate); any
 * other email gets an invitation (`action: "invited"`, with the link, shown
 * once, and whether the email went out). A partner or open invitation for the
 * email already in the program answers 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof InviteExternalPartner>>, res: MedusaResponse) {
  const result = await runWorkflow(inviteExternalPartnerWorkflow, req, {
    ...(req.validatedBody as z.infer<typeof InviteExternalPartner>),
    actor_id: actorId(req),
  })
  if (result.action === "linked") {
    res.status(201).json({ action: "linked", affiliate: result.affiliate })
    return
  }
  res.status(201).json({
    action: "invited",
    invitation: presentInvitation(result.invitation),
    invitation_url: result.invitation_url,
    email: result.email,
  })
}
