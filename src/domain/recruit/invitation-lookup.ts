import { invitationState, InvitationState } from "./invitation-token"

export interface LookedUpInvitation {
  email: string
  name?: string | null
  message?: string | null
  expires_at: Date | string
  accepted_at?: Date | string | null
  revoked_at?: Date | string | null
}

export type InvitationLookupView =
  | { state: "open"; email: string; name: string | null; message: string | null; expires_at: Date | string }
  | { state: Exclude<InvitationState, "open"> }

/**
 * What the accept page may show to whoever holds the token. An open invitation
 * tells its invitee what they need to accept; a used, withdrawn or expired one
 * tells only its state, so an old link (forwarded, logged, in a browser's
 * history) no longer reveals who was invited or what they were told.
 */
export function invitationLookupView(invitation: LookedUpInvitation, now: Date): InvitationLookupView {
  const state = invitationState(invitation, now)
  if (state !== "open") return { state }
  return {
    state,
    email: invitation.email,
    name: invitation.name ?? null,
    message: invitation.message ?? null,
    expires_at: invitation.expires_at,
  }
}
