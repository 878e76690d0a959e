import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateAffiliateRecordsStep } from "../steps/records"
import { loadAffiliate } from "../steps/load"
import { conflict, invalid } from "../steps/errors"
import type { PartnerDetails } from "./apply"

export type UpdateAffiliateInput = PartnerDetails & {
  id: string
  email?: string | null
  metadata?: Record<string, unknown> | null
  /** Set by the operator once business details have been checked. */
  verify?: { by: string | null } | null
}

const validateAffiliateUpdateStep = createStep(
  "validate-affiliate-update",
  async (input: UpdateAffiliateInput, { container }) => {
    const affiliate = await loadAffiliate(container, input.id)
    if (affiliate.kind === "internal" && (input.payout_method || input.payout_details)) {
      throw invalid("Internal accounts are never paid out, so they take no payout details.")
    }
    if (affiliate.status === "disabled" && !input.verify) {
      throw conflict("A disabled account is kept for its history and can no longer be changed.")
    }
    const { verify, ...fields } = input
    const data: Record<string, unknown> = { ...fields }
    if (verify) {
      data.verified_at = new Date()
      data.verified_by = verify.by
    }
    return new StepResponse(data as { id: string })
  }
)

/** Updates contact, business and payout details, or marks them verified. */
export const updateAffiliateWorkflow = createWorkflow("update-affiliate", (input: UpdateAffiliateInput) => {
  const data = validateAffiliateUpdateStep(input)
  const update = transform({ data }, ({ data }) => ({ entity: "Affiliate" as const, data: [data] }))
  const updated = updateAffiliateRecordsStep(update)
  const affiliate = transform({ updated }, ({ updated }) => updated[0])
  return new WorkflowResponse(affiliate)
})
