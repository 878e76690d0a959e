import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideApplication, ApplicationRoute } from "../../domain/recruit/application"
import { openAffiliateAccountWorkflow, AffiliateAccountData, PartnerDetails } from "./open-account"

export type { PartnerDetails }
import { affiliateService, loadProgram } from "../steps/load"
import { conflict, forbidden, notFound } from "../steps/errors"

type AdmissionInput = {
  customer_id: string
  program_id?: string
  route: ApplicationRoute
  details: PartnerDetails
  invitation_id?: string | null
  kind?: "external" | "internal"
}

/**
 * Checks that a signed-in customer may join the program by this route and
 * builds the account. Shared by applications and accepted invitations.
 */
export const prepareCustomerAccountStep = createStep(
  "prepare-customer-affiliate-account",
  async (input: AdmissionInput, { container }) => {
    const program = await loadProgram(container, input.program_id)
    const [customer] = await (container.resolve(Modules.CUSTOMER) as any).listCustomers({ id: input.customer_id })
    if (!customer) throw notFound("Your customer account was not found. Sign in again.")
    const [existing] = await affiliateService(container).listAffiliates({ program_id: program.id, customer_id: customer.id })
    if (existing) {
      throw conflict(`You already have a partner account in this program (status: ${existing.status}).`)
    }
    const decision = decideApplication(program as any, input.route, input.details.agreement_version)
    if (!decision.allowed) throw forbidden(decision.reason)
    const fullName = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
    const account: AffiliateAccountData = {
      ...input.details,
      program_id: program.id,
      kind: input.kind ?? "external",
      status: decision.initialStatus,
      customer_id: customer.id,
      name: input.details.name || fullName || customer.email,
      email: customer.email,
      timezone: input.details.timezone ?? program.timezone,
      agreement_version: program.agreement_version ?? null,
      agreement_accepted_at: program.agreement_version ? new Date() : null,
      invitation_id: input.invitation_id ?? null,
    }
    return new StepResponse(account)
  }
)

export type ApplyInput = { customer_id: string; program_id?: string; details: PartnerDetails }

/** A signed-in storefront customer applies to become a partner. */
export const applyForAffiliateProgramWorkflow = createWorkflow(
  "apply-for-affiliate-program",
  (input: ApplyInput) => {
    const admission = transform({ input }, ({ input }) => ({ ...input, route: "application" as const }))
    const account = prepareCustomerAccountStep(admission)
    const openInput = transform({ account, input }, ({ account, input }) => ({
      account,
      actor: { type: "customer" as const, id: input.customer_id },
      reason: account.status === "active" ? "Application approved automatically" : "Application submitted",
    }))
    const affiliate = openAffiliateAccountWorkflow.runAsStep({ input: openInput })
    return new WorkflowResponse(affiliate)
  }
)
