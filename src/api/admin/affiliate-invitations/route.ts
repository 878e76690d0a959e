import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { invitationState } from "../../../domain/recruit/invitation-token"
import { inviteAffiliateWorkflow } from "../../../workflows"
import { affiliateService } from "../../../workflows/steps/load"
import { actorId, runWorkflow } from "../../utils/http"
import { listArgs } from "../../utils/validators"
import { CreateInvitation, ListInvitationsQuery } from "./validators"

/** The stored hash is never sent anywhere; the state is derived from the dates. */
export function presentInvitation(invitation: Record<string, any>, now = new Date()) {
  const { token_hash: _hidden, ...rest } = invitation
  return { ...rest, state: invitationState(invitation as any, now) }
}

const STATE_FILTERS: Record<string, (now: Date) => Record<string, unknown>> = {
  open: (now) => ({ accepted_at: null, revoked_at: null, expires_at: { $gt: now } }),
  accepted: () => ({ accepted_at: { $ne: null } }),
  revoked: () => ({ accepted_at: null, revoked_at: { $ne: null } }),
  expired: (now) => ({ accepted_at: null, revoked_at: null, expires_at: { $lte: now } }),
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { state, ...query } = req.validatedQuery as z.infer<typeof ListInvitationsQuery>
  const { filters, config, page } = listArgs(query)
  const now = new Date()
  const [invitations, count] = await affiliateService(req.scope).listAndCountAffiliateInvitations(
    { ...filters, ...(state ? STATE_FILTERS[state](now) : {}) },
    config
  )
  res.json({ invitations: invitations.map((i) => presentInvitation(i, now)), count, ...page })
}

/** Invites a partner by email; the answer carries the link once, for copying. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateInvitation>>, res: MedusaResponse) {
  const { invitation, invitation_url, email } = await runWorkflow(inviteAffiliateWorkflow, req, {
    ...(req.validatedBody as z.infer<typeof CreateInvitation>),
    invited_by: actorId(req),
  })
  res.status(201).json({ invitation: presentInvitation(invitation), invitation_url, email })
}
