import type { RegistrationMode } from "./application"

/**
 * An operator adds an external partner by name and email. A partner signs in
 * to the portal as a storefront customer, so the account must belong to one:
 * - the email has a storefront account (a registered customer): the partner
 *   is created on it at once, active, as an invitation would make it (the
 *   operator chose them; review and auto-approve are for applications). The
 *   program's agreement, if any, is accepted in the portal on first visit.
 * - otherwise an invitation goes to the email; accepting it after signing up
 *   creates the partner. A guest customer (checked out without an account)
 *   cannot sign in, so it is no account to link.
 * Facts in, decision out; the workflow gathers the facts.
 */
export type ExternalPartnerFacts = {
  program: { registration_mode: RegistrationMode }
  email: string
  /** A registered storefront customer with this email, if any. */
  customer: { id: string } | null
  /** A partner of the program with this email, or on that customer. */
  existing_partner: { id: string; status: string; email?: string | null } | null
  /** An invitation of the program to this email that can still be accepted. */
  open_invitation: { id: string; expires_at: Date | string } | null
}

export type ExternalPartnerDecision =
  | { action: "link"; customer_id: string }
  | { action: "invite" }
  | { action: "refuse"; reason: "closed" | "duplicate"; message: string }

export function decideExternalPartner(facts: ExternalPartnerFacts): ExternalPartnerDecision {
  const email = facts.email
  if (facts.program.registration_mode === "closed") {
    return {
      action: "refuse",
      reason: "closed",
      message: "The program is closed to new partners; open it or choose invitation-only before adding partners.",
    }
  }
  if (facts.existing_partner) {
    return {
      action: "refuse",
      reason: "duplicate",
      message: `${email} already has a partner account in this program (${facts.existing_partner.id}, status: ${facts.existing_partner.status}).`,
    }
  }
  if (facts.customer) return { action: "link", customer_id: facts.customer.id }
  if (facts.open_invitation) {
    return {
      action: "refuse",
      reason: "duplicate",
      message: `An invitation to ${email} is still open (until ${new Date(facts.open_invitation.expires_at).toISOString()}); revoke it on the Invitations page to send a new one.`,
    }
  }
  return { action: "invite" }
}
