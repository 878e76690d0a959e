import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkAgreementAcceptance } from "../../domain/recruit/agreement"
import { createAffiliateRecordsStep, updateAffiliateRecordsStep } from "../steps/records"
import { loadAffiliate, loadProgram } from "../steps/load"
import { conflict, forbidden } from "../steps/errors"
import type { Actor } from "./status"

export type AcceptAgreementInput = {
  affiliate_id: string
  /** The version the partner accepts: it must be the program's current one. */
  version: string
  actor: Actor
}

const checkAgreementStep = createStep("check-affiliate-agreement-acceptance", async (input: AcceptAgreementInput, { container }) => {
  const affiliate = await loadAffiliate(container, input.affiliate_id)
  const program = await loadProgram(container, affiliate.program_id)
  const check = checkAgreementAcceptance({
    partnerStatus: affiliate.status,
    acceptedVersion: affiliate.agreement_version,
    programVersion: program.agreement_version,
    version: input.version,
  })
  if (!check.ok) throw check.kind === "forbidden" ? forbidden(check.message) : conflict(check.message)
  return new StepResponse({
    changed: check.changed,
    status: affiliate.status as string,
    before: { version: affiliate.agreement_version ?? null, accepted_at: affiliate.agreement_accepted_at ?? null },
    accepted_at: new Date(),
  })
})

/**
 * A partner accepts the program's current agreement: the account records the
 * version and when, and the history gets an entry of kind "agreement" saying
 * which version replaced which. The same version again writes nothing.
 */
export const acceptAgreementWorkflow = createWorkflow("accept-affiliate-agreement", (input: AcceptAgreementInput) => {
  const checked = checkAgreementStep(input)
  const update = transform({ checked, input }, ({ checked, input }) => ({
    entity: "Affiliate" as const,
    data: checked.changed ? [{ id: input.affiliate_id, agreement_version: input.version, agreement_accepted_at: checked.accepted_at }] : [],
  }))
  updateAffiliateRecordsStep(update)
  const history = transform({ checked, input }, ({ checked, input }) => ({
    entity: "AffiliateStatusChange" as const,
    data: checked.changed
      ? [
          {
            affiliate_id: input.affiliate_id,
            kind: "agreement",
            from_status: checked.status,
            to_status: checked.status,
            reason: checked.before.version
              ? `Accepted partner agreement version ${input.version} (replacing version ${checked.before.version})`
              : `Accepted partner agreement version ${input.version}`,
            change: { before: checked.before, after: { version: input.version, accepted_at: checked.accepted_at } },
            actor_type: input.actor.type,
            actor_id: input.actor.id ?? null,
          },
        ]
      : [],
  }))
  createAffiliateRecordsStep(history).config({ name: "append-affiliate-agreement-acceptance" })
  return new WorkflowResponse(transform({ checked }, ({ checked }) => ({ changed: checked.changed })))
})
