import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { invitationLookupView } from "../../../../../domain/recruit/invitation-lookup"
import { findInvitationByToken } from "../../../../../workflows"
import { loadProgram } from "../../../../../workflows/steps/load"
import { notFound } from "../../../../utils/http"
import { presentProgram } from "../../helpers"
import { LookupInvitation } from "../../validators"

/**
 * What the accept-invitation page shows before sign-in: the program and whether
 * the link still works. Only an open invitation names its invitee.
 */
export async function POST(req: MedusaRequest<z.infer<typeof LookupInvitation>>, res: MedusaResponse) {
  const { token } = req.validatedBody as z.infer<typeof LookupInvitation>
  const invitation = await findInvitationByToken(req.scope, token)
  if (!invitation) throw notFound("This invitation link is not valid. Ask the store for a new invitation.")
  const program = await loadProgram(req.scope, invitation.program_id)
  res.json({ invitation: invitationLookupView(invitation, new Date()), program: presentProgram(program) })
}

/** The old GET put the token in the query string, where access logs keep it; it never looks one up. */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.setHeader("Allow", "POST")
  res.status(405).json({
    type: "not_allowed",
    message: 'Look up an invitation with POST /store/affiliate/invitations/lookup and a JSON body { "token": "..." }; tokens never go in a URL.',
  })
}
