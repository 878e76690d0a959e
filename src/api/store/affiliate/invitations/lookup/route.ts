import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invitationState } from "../../../../../domain/recruit/invitation-token"
import { findInvitationByToken } from "../../../../../workflows"
import { loadProgram } from "../../../../../workflows/steps/load"
import { notFound } from "../../../../utils/http"
import { presentProgram } from "../../helpers"

/** What the accept-invitation page shows before sign-in: the program and whether the link still works. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { token } = (req as any).validatedQuery as { token: string }
  const invitation = await findInvitationByToken(req.scope, token)
  if (!invitation) throw notFound("This invitation link is not valid. Ask the store for a new invitation.")
  const program = await loadProgram(req.scope, invitation.program_id)
  res.json({
    invitation: {
      email: invitation.email,
      name: invitation.name,
      state: invitationState(invitation, new Date()),
      expires_at: invitation.expires_at,
      message: invitation.message,
    },
    program: presentProgram(program),
  })
}
