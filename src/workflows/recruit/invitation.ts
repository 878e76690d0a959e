import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  generateInvitationToken,
  hashInvitationToken,
  invitationExpiry,
  invitationState,
} from "../../domain/recruit/invitation-token"
import { invitationLink } from "../../domain/recruit/invitation-link"
import { invitationPage } from "../../domain/recruit/invitation-page"
import { createAffiliateRecordsStep, updateAffiliateRecordsStep } from "../steps/records"
import { affiliateService, loadProgram } from "../steps/load"
import { conflict, forbidden, notFound } from "../steps/errors"
import { openAffiliateAccountWorkflow } from "./open-account"
import { prepareCustomerAccountStep, PartnerDetails } from "./apply"
import { AffiliateEvents } from "../events"

export type InviteInput = {
  email: string
  name?: string | null
  program_id?: string
  kind?: "external" | "internal"
  message?: string | null
  invited_by?: string | null
}

const prepareInvitationStep = createStep("prepare-affiliate-invitation", async (input: InviteInput, { container }) => {
  const svc = affiliateService(container)
  const program = await loadProgram(container, input.program_id)
  if (program.registration_mode === "closed") {
    throw conflict("The program is closed to new partners; open it or choose invitation-only before inviting.")
  }
  const email = input.email.trim().toLowerCase()
  const [member] = await svc.listAffiliates({ program_id: program.id, email })
  if (member) throw conflict(`${email} already has a partner account in this program (status: ${member.status}).`)
  const token = generateInvitationToken()
  const options = svc.getOptions()
  // Without a storefront page the link opens the hosted workspace on this server (admin.backendUrl, i.e. MEDUSA_BACKEND_URL).
  const backendUrl = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE, { allowUnregistered: true })?.admin?.backendUrl
  const page = invitationPage(options, backendUrl)
  return new StepResponse({
    token,
    invitation_url: invitationLink(page.baseUrl, page.path, token),
    program,
    record: {
      program_id: program.id,
      email,
      name: input.name ?? null,
      kind: input.kind ?? "external",
      token_hash: hashInvitationToken(token),
      expires_at: invitationExpiry(new Date(), options.invitationValidDays),
      invited_by: input.invited_by ?? null,
      message: input.message ?? null,
    },
  })
})

export type InvitationDelivery = { sent: boolean; channel: string; notification_id: string | null; problem: string | null }

/**
 * Sends the invitation through the Notification module. A store without a
 * provider for the channel still gets the invitation: the operator copies the
 * link from the answer, which says why no email went out.
 */
const sendInvitationStep = createStep(
  "send-affiliate-invitation",
  async (input: { invitation: any; invitation_url: string; program: any }, { container }) => {
    const svc = affiliateService(container)
    const { notificationChannel, invitationTemplate } = svc.getOptions()
    const notifications = container.resolve(Modules.NOTIFICATION) as any
    const delivery = (sent: boolean, id: string | null, problem: string | null): InvitationDelivery => ({
      sent,
      channel: notificationChannel,
      notification_id: id,
      problem,
    })
    const message = {
      to: input.invitation.email,
      channel: notificationChannel,
      template: invitationTemplate,
      trigger_type: AffiliateEvents.INVITATION_CREATED,
      resource_id: input.invitation.id,
      resource_type: "affiliate_invitation",
      data: {
        program_name: input.program.name,
        invitee_name: input.invitation.name,
        message: input.invitation.message,
        invitation_url: input.invitation_url,
        expires_at: input.invitation.expires_at,
      },
    }
    let sent: { id: string } | undefined
    try {
      ;[sent] = await notifications.createNotifications([message])
    } catch (error: any) {
      const problem = `The invitation email was not sent (${error?.message ?? error}). Copy the link and send it yourself, or configure a notification provider for the "${notificationChannel}" channel.`
      ;(container.resolve("logger") as any).warn(`medusa-plugin-affiliate: ${problem}`)
      return new StepResponse(delivery(false, null, problem))
    }
    return new StepResponse(delivery(true, sent?.id ?? null, null))
  }
)

/**
 * The operator invites a partner by email. The token exists in clear only in
 * the email and in this response; the database keeps its hash.
 */
export const inviteAffiliateWorkflow = createWorkflow("invite-affiliate", (input: InviteInput) => {
  const prepared = prepareInvitationStep(input)
  const create = transform({ prepared }, ({ prepared }) => ({ entity: "Invitation" as const, data: [prepared.record] }))
  const created = createAffiliateRecordsStep(create)
  const invitation = transform({ created }, ({ created }) => created[0])
  const sendInput = transform({ invitation, prepared }, ({ invitation, prepared }) => ({
    invitation,
    invitation_url: prepared.invitation_url,
    program: prepared.program,
  }))
  const email = sendInvitationStep(sendInput)
  const event = transform({ invitation }, ({ invitation }) => ({
    eventName: AffiliateEvents.INVITATION_CREATED,
    data: { id: invitation.id, program_id: invitation.program_id },
  }))
  emitEventStep(event)
  const result = transform({ invitation, prepared, email }, ({ invitation, prepared, email }) => ({
    invitation,
    invitation_url: prepared.invitation_url,
    email,
  }))
  return new WorkflowResponse(result)
})

/** Finds an invitation by its clear token and says whether it can still be used. */
export async function findInvitationByToken(container: { resolve: (k: string) => unknown }, token: string) {
  const [invitation] = await affiliateService(container).listAffiliateInvitations({ token_hash: hashInvitationToken(token) })
  return invitation ?? null
}

const validateAcceptanceStep = createStep(
  "validate-affiliate-invitation-acceptance",
  async (input: { token: string; customer_id: string }, { container }) => {
    const invitation = await findInvitationByToken(container, input.token)
    if (!invitation) throw notFound("This invitation link is not valid. Ask the store for a new invitation.")
    const state = invitationState(invitation, new Date())
    if (state !== "open") {
      const why = { accepted: "has already been used", expired: "has expired", revoked: "was withdrawn" }[state]
      throw conflict(`This invitation ${why}. Ask the store for a new invitation.`)
    }
    const [customer] = await (container.resolve(Modules.CUSTOMER) as any).listCustomers({ id: input.customer_id })
    if (!customer || customer.email?.toLowerCase() !== invitation.email.toLowerCase()) {
      throw forbidden(`This invitation was sent to ${invitation.email}. Sign in with that email address to accept it.`)
    }
    return new StepResponse(invitation)
  }
)

export type AcceptInvitationInput = { token: string; customer_id: string; details: PartnerDetails }

/** An invited partner, signed in as a storefront customer, accepts the invitation. */
export const acceptAffiliateInvitationWorkflow = createWorkflow(
  "accept-affiliate-invitation",
  (input: AcceptInvitationInput) => {
    const invitation = validateAcceptanceStep({ token: input.token, customer_id: input.customer_id })
    const admission = transform({ input, invitation }, ({ input, invitation }) => ({
      customer_id: input.customer_id,
      program_id: invitation.program_id,
      route: "invitation" as const,
      details: { name: invitation.name ?? undefined, ...input.details },
      invitation_id: invitation.id,
      kind: invitation.kind,
    }))
    const account = prepareCustomerAccountStep(admission)
    const openInput = transform({ account, input }, ({ account, input }) => ({
      account,
      actor: { type: "customer" as const, id: input.customer_id },
      reason: "Invitation accepted",
    }))
    const affiliate = openAffiliateAccountWorkflow.runAsStep({ input: openInput })
    const markAccepted = transform({ invitation, affiliate }, ({ invitation, affiliate }) => ({
      entity: "Invitation" as const,
      data: [{ id: invitation.id, accepted_at: new Date(), affiliate_id: affiliate.id }],
    }))
    updateAffiliateRecordsStep(markAccepted)
    const event = transform({ invitation, affiliate }, ({ invitation, affiliate }) => ({
      eventName: AffiliateEvents.INVITATION_ACCEPTED,
      data: { id: invitation.id, affiliate_id: affiliate.id },
    }))
    emitEventStep(event)
    return new WorkflowResponse(affiliate)
  }
)

const validateRevocationStep = createStep(
  "validate-affiliate-invitation-revocation",
  async (input: { id: string }, { container }) => {
    const [invitation] = await affiliateService(container).listAffiliateInvitations({ id: input.id })
    if (!invitation) throw notFound(`Invitation ${input.id} was not found.`)
    const state = invitationState(invitation, new Date())
    if (state !== "open") throw conflict(`Only open invitations can be revoked; this one is ${state}.`)
    return new StepResponse(invitation)
  }
)

export const revokeAffiliateInvitationWorkflow = createWorkflow(
  "revoke-affiliate-invitation",
  (input: { id: string }) => {
    validateRevocationStep(input)
    const update = transform({ input }, ({ input }) => ({
      entity: "Invitation" as const,
      data: [{ id: input.id, revoked_at: new Date() }],
    }))
    const updated = updateAffiliateRecordsStep(update)
    const invitation = transform({ updated }, ({ updated }) => updated[0])
    return new WorkflowResponse(invitation)
  }
)
