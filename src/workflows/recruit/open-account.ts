import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAffiliateRecordsStep } from "../steps/records"
import { AffiliateEvents } from "../events"
import { giveNewPartnerCodeStep } from "../enable/code-request"
import type { Actor } from "./status"

/** What a partner tells us about themselves when they apply or accept an invitation. */
export type PartnerDetails = {
  name?: string
  company_name?: string | null
  phone?: string | null
  website?: string | null
  tax_id?: string | null
  address?: Record<string, unknown> | null
  business_details?: Record<string, unknown> | null
  payout_method?: "bank_transfer" | "paypal" | "other" | null
  payout_details?: Record<string, unknown> | null
  timezone?: string
  agreement_version?: string | null
}

export type AffiliateAccountData = PartnerDetails & {
  program_id: string
  kind: "external" | "internal"
  status: "pending" | "active"
  customer_id?: string | null
  name: string
  email?: string | null
  agreement_accepted_at?: Date | null
  invitation_id?: string | null
  metadata?: Record<string, unknown> | null
}

/**
 * Creates an affiliate account and the first row of its status history.
 * Every way in (admin, application, invitation) goes through here.
 */
export const openAffiliateAccountWorkflow = createWorkflow(
  "open-affiliate-account",
  (input: { account: AffiliateAccountData; actor: Actor; reason?: string }) => {
    const create = transform({ input }, ({ input }) => ({
      entity: "Affiliate" as const,
      data: [input.account],
      duplicateMessage: "A partner account for this customer already exists in this program.",
    }))
    const created = createAffiliateRecordsStep(create)
    const affiliate = transform({ created }, ({ created }) => created[0])
    const history = transform({ affiliate, input }, ({ affiliate, input }) => ({
      entity: "AffiliateStatusChange" as const,
      data: [
        {
          affiliate_id: affiliate.id,
          from_status: null,
          to_status: input.account.status,
          reason: input.reason ?? null,
          actor_type: input.actor.type,
          actor_id: input.actor.id ?? null,
        },
      ],
    }))
    createAffiliateRecordsStep(history).config({ name: "record-initial-affiliate-status" })
    const event = transform({ affiliate }, ({ affiliate }) => ({
      eventName: AffiliateEvents.CREATED,
      data: { id: affiliate.id, kind: affiliate.kind, status: affiliate.status },
    }))
    emitEventStep(event)
    // An account approved on opening (auto-approved application, operator-made) gets the program's new-partner code too.
    giveNewPartnerCodeStep(transform({ affiliate }, ({ affiliate }) => ({ affiliate_id: affiliate.id, from: null, to: String(affiliate.status) })))
    return new WorkflowResponse(affiliate)
  }
)
