import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideExternalPartner } from "../../domain/recruit/external-partner"
import { invitationState } from "../../domain/recruit/invitation-token"
import { affiliateService, loadProgram } from "../steps/load"
import { conflict } from "../steps/errors"
import { createAffiliateWorkflow } from "./create-affiliate"
import { inviteAffiliateWorkflow } from "./invitation"

export type InviteExternalPartnerInput = {
  name: string
  email: string
  program_id?: string
  /** Goes into the invitation email when one is sent. */
  message?: string | null
  actor_id?: string | null
}

/** Emails are compared without case; `_` and `%` are literal. */
const sameEmail = (email: string) => ({ $ilike: email.replace(/[\\%_]/g, (c) => `\\${c}`) })

/**
 * Gathers what decides between linking and inviting (see
 * domain/recruit/external-partner) and refuses duplicates with 409.
 */
const decideExternalPartnerStep = createStep(
  "decide-external-affiliate",
  async (input: InviteExternalPartnerInput, { container }) => {
    const svc = affiliateService(container)
    const program = await loadProgram(container, input.program_id)
    const email = input.email.trim().toLowerCase()
    const [customer] = await (container.resolve(Modules.CUSTOMER) as any).listCustomers(
      { email: sameEmail(email), has_account: true },
      { select: ["id", "email"], take: 1 }
    )
    const [byEmail] = await svc.listAffiliates({ program_id: program.id, email: sameEmail(email) }, { select: ["id", "status"], take: 1 })
    const [byCustomer] = customer
      ? await svc.listAffiliates({ program_id: program.id, customer_id: customer.id }, { select: ["id", "status"], take: 1 })
      : []
    const now = new Date()
    const invitations = await svc.listAffiliateInvitations(
      { program_id: program.id, email: sameEmail(email), accepted_at: null, revoked_at: null, expires_at: { $gt: now } },
      { select: ["id", "expires_at", "accepted_at", "revoked_at"] }
    )
    const decision = decideExternalPartner({
      program: program as any,
      email,
      customer: customer ? { id: customer.id } : null,
      existing_partner: byEmail ?? byCustomer ?? null,
      open_invitation: invitations.find((i: any) => invitationState(i, now) === "open") ?? null,
    })
    if (decision.action === "refuse") throw conflict(decision.message)
    return new StepResponse({
      action: decision.action,
      program_id: program.id as string,
      customer_id: decision.action === "link" ? decision.customer_id : null,
      // The partner account carries the email the customer signs in with.
      email: (customer?.email as string | undefined) ?? email,
    })
  }
)

/**
 * The operator adds an external partner by email: linked to the storefront
 * account with that email (active at once, can sign in to the portal), or
 * invited to sign up and accept. The answer says which happened.
 */
export const inviteExternalPartnerWorkflow = createWorkflow("invite-external-affiliate", (input: InviteExternalPartnerInput) => {
  const decided = decideExternalPartnerStep(input)

  const affiliate = when("link-external-affiliate-to-customer", { decided }, ({ decided }) => decided.action === "link").then(() =>
    createAffiliateWorkflow.runAsStep({
      input: transform({ decided, input }, ({ decided, input }) => ({
        kind: "external" as const,
        status: "active" as const,
        name: input.name,
        email: decided.email,
        customer_id: decided.customer_id!,
        program_id: decided.program_id,
        actor_id: input.actor_id ?? null,
      })),
    })
  )

  const invited = when("invite-external-affiliate-by-email", { decided }, ({ decided }) => decided.action === "invite").then(() =>
    inviteAffiliateWorkflow.runAsStep({
      input: transform({ decided, input }, ({ decided, input }) => ({
        email: decided.email,
        name: input.name,
        program_id: decided.program_id,
        kind: "external" as const,
        message: input.message ?? null,
        invited_by: input.actor_id ?? null,
      })),
    })
  )

  const result = transform({ decided, affiliate, invited }, ({ decided, affiliate, invited }) =>
    decided.action === "link"
      ? { action: "linked" as const, affiliate }
      : { action: "invited" as const, invitation: invited!.invitation, invitation_url: invited!.invitation_url, email: invited!.email }
  )
  return new WorkflowResponse(result)
})
