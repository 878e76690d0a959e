import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AffiliateStatus, checkTransition } from "../../domain/recruit/status-lifecycle"
import { createAffiliateRecordsStep, updateAffiliateRecordsStep } from "../steps/records"
import { loadAffiliate } from "../steps/load"
import { conflict } from "../steps/errors"
import { AffiliateEvents } from "../events"
import { giveNewPartnerCodeStep } from "../enable/code-request"

export type Actor = { type: "user" | "customer" | "system"; id?: string | null }

export type ChangeAffiliateStatusInput = {
  affiliate_id: string
  status: AffiliateStatus
  reason?: string | null
  actor: Actor
}

const validateStatusChangeStep = createStep(
  "validate-affiliate-status-change",
  async (input: ChangeAffiliateStatusInput, { container }) => {
    const affiliate = await loadAffiliate(container, input.affiliate_id)
    const check = checkTransition(affiliate.status as AffiliateStatus, input.status)
    if (!check.ok) throw conflict(check.message)
    return new StepResponse({ from: affiliate.status as AffiliateStatus })
  }
)

/**
 * Moves an affiliate to another status. The move is checked against the
 * lifecycle, and the history gets a new row; nothing is overwritten.
 */
export const changeAffiliateStatusWorkflow = createWorkflow(
  "change-affiliate-status",
  (input: ChangeAffiliateStatusInput) => {
    const { from } = validateStatusChangeStep(input)
    const update = transform({ input }, ({ input }) => ({
      entity: "Affiliate" as const,
      data: [{ id: input.affiliate_id, status: input.status }],
    }))
    const updated = updateAffiliateRecordsStep(update)
    const history = transform({ input, from }, ({ input, from }) => ({
      entity: "AffiliateStatusChange" as const,
      data: [
        {
          affiliate_id: input.affiliate_id,
          from_status: from,
          to_status: input.status,
          reason: input.reason ?? null,
          actor_type: input.actor.type,
          actor_id: input.actor.id ?? null,
        },
      ],
    }))
    createAffiliateRecordsStep(history).config({ name: "append-affiliate-status-change" })
    const event = transform({ input, from }, ({ input, from }) => ({
      eventName: AffiliateEvents.STATUS_CHANGED,
      data: { id: input.affiliate_id, from, to: input.status, reason: input.reason ?? null },
    }))
    emitEventStep(event)
    // Programs that give every new partner a code: an approval gives one (once).
    giveNewPartnerCodeStep(transform({ input, from }, ({ input, from }) => ({ affiliate_id: input.affiliate_id, from, to: input.status })))
    const affiliate = transform({ updated }, ({ updated }) => updated[0])
    return new WorkflowResponse(affiliate)
  }
)
