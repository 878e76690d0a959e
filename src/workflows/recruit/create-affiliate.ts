import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { openAffiliateAccountWorkflow, AffiliateAccountData } from "./open-account"
import { affiliateService, loadProgram } from "../steps/load"
import { conflict, invalid } from "../steps/errors"

export type CreateAffiliateInput = Omit<AffiliateAccountData, "program_id" | "status"> & {
  program_id?: string
  status?: "pending" | "active"
  actor_id?: string | null
}

const prepareAdminAccountStep = createStep(
  "prepare-admin-affiliate-account",
  async (input: CreateAffiliateInput, { container }) => {
    const program = await loadProgram(container, input.program_id)
    if (input.kind === "internal" && (input.payout_method || input.payout_details || input.customer_id)) {
      throw invalid("Internal accounts are the store's own channels: they have no payout details and no customer login.")
    }
    if (input.customer_id) {
      const customers = await (container.resolve(Modules.CUSTOMER) as any).listCustomers({ id: input.customer_id })
      if (!customers.length) throw invalid(`customer_id: customer ${input.customer_id} does not exist.`)
      const [existing] = await affiliateService(container).listAffiliates({ program_id: program.id, customer_id: input.customer_id })
      if (existing) throw conflict(`Customer ${input.customer_id} already has a partner account (${existing.id}) in this program.`)
    }
    const { actor_id, ...rest } = input
    const account: AffiliateAccountData = {
      ...rest,
      program_id: program.id,
      // Accounts the operator creates are trusted: active unless asked otherwise.
      status: input.status ?? "active",
      timezone: input.timezone ?? program.timezone,
    }
    return new StepResponse(account)
  }
)

/** The operator creates an account: an internal channel, or an external partner signed up by hand. */
export const createAffiliateWorkflow = createWorkflow("create-affiliate", (input: CreateAffiliateInput) => {
  const account = prepareAdminAccountStep(input)
  const openInput = transform({ account, input }, ({ account, input }) => ({
    account,
    actor: { type: "user" as const, id: input.actor_id ?? null },
    reason: "Created by an administrator",
  }))
  const affiliate = openAffiliateAccountWorkflow.runAsStep({ input: openInput })
  return new WorkflowResponse(affiliate)
})
