import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  maskAccount,
  nextPayoutDestination,
  payoutAccount,
  payoutDestinationChanged,
  type PayoutDestination,
} from "../../domain/pay/payout-destination"
import { createAffiliateRecordsStep, updateAffiliateRecordsStep } from "../steps/records"
import { affiliateService, loadAffiliate } from "../steps/load"
import { conflict, forbidden, invalid } from "../steps/errors"
import { AffiliateEvents } from "../events"
import type { PartnerDetails } from "./apply"
import type { Actor } from "./status"

export type UpdateAffiliateInput = PartnerDetails & {
  id: string
  email?: string | null
  metadata?: Record<string, unknown> | null
  /** Set by the operator once business details have been checked. */
  verify?: { by: string | null } | null
  /** Who makes the change, for the history; a partner ("customer") is held to their account's status. */
  actor?: Actor
}

/** A partner in these states is paid nothing new, so nobody may point their money elsewhere meanwhile. */
const PAYOUT_LOCKED_STATUSES = ["suspended", "disabled", "rejected"]

type PayoutChange = { before: PayoutDestination; after: PayoutDestination; cleared_verification: boolean }

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
    const { verify, actor, ...fields } = input
    const data: Record<string, unknown> = { ...fields }
    const before: PayoutDestination = { payout_method: affiliate.payout_method ?? null, payout_details: affiliate.payout_details ?? null }
    const after = nextPayoutDestination(before, input)
    let change: PayoutChange | null = null
    if (payoutDestinationChanged(before, after)) {
      if (actor?.type === "customer" && PAYOUT_LOCKED_STATUSES.includes(affiliate.status)) {
        throw forbidden(`Your partner account is ${affiliate.status}, so its payout details cannot be changed. Contact the program team.`)
      }
      // Where the money goes is what verification vouched for: a new destination needs a new check.
      const cleared = Boolean(affiliate.verified_at)
      change = { before, after, cleared_verification: cleared }
      data.verified_at = null
      data.verified_by = null
      if (cleared) data.verification_cleared_at = new Date()
    } else {
      // The same details again (a profile form saves every field) change nothing.
      delete data.payout_method
      delete data.payout_details
    }
    if (verify) {
      data.verified_at = new Date()
      data.verified_by = verify.by
      data.verification_cleared_at = null
    }
    return new StepResponse({ data: data as { id: string }, change, status: affiliate.status as string })
  }
)

/** Tells the partner their payout details changed, so a change they did not make is noticed. A store without an email provider still saves it. */
const notifyPayoutDetailsChangedStep = createStep(
  "notify-affiliate-payout-details-changed",
  async (input: { id: string; change: PayoutChange | null }, { container }) => {
    if (!input.change) return new StepResponse({ sent: false })
    const svc = affiliateService(container)
    const affiliate = await loadAffiliate(container, input.id)
    if (!affiliate.email) return new StepResponse({ sent: false })
    const { notificationChannel, payoutDetailsChangedTemplate } = svc.getOptions()
    const { after } = input.change
    try {
      await (container.resolve(Modules.NOTIFICATION) as any).createNotifications([
        {
          to: affiliate.email,
          channel: notificationChannel,
          template: payoutDetailsChangedTemplate,
          trigger_type: AffiliateEvents.PAYOUT_DETAILS_CHANGED,
          resource_id: affiliate.id,
          resource_type: "affiliate",
          data: {
            affiliate_name: affiliate.name,
            payout_method: after.payout_method,
            account_masked: maskAccount(payoutAccount(after.payout_details)),
            changed_at: new Date().toISOString(),
          },
        },
      ])
      return new StepResponse({ sent: true })
    } catch (error: any) {
      ;(container.resolve("logger") as any).warn(
        `medusa-plugin-affiliate: the payout details email for ${affiliate.id} was not sent (${error?.message ?? error}).`
      )
      return new StepResponse({ sent: false })
    }
  }
)

/**
 * Updates contact, business and payout details, or marks them verified. A
 * real change of payout details clears verification, adds an entry to the
 * partner's history and emails the partner.
 */
export const updateAffiliateWorkflow = createWorkflow("update-affiliate", (input: UpdateAffiliateInput) => {
  const validated = validateAffiliateUpdateStep(input)
  // Nothing but the id left (the same details sent again): nothing to write.
  const update = transform({ validated }, ({ validated }) => ({
    entity: "Affiliate" as const,
    data: Object.keys(validated.data).length > 1 ? [validated.data] : [],
  }))
  const updated = updateAffiliateRecordsStep(update)
  const history = transform({ validated, input }, ({ validated, input }) => ({
    entity: "AffiliateStatusChange" as const,
    data: validated.change
      ? [
          {
            affiliate_id: input.id,
            kind: "payout_details",
            from_status: validated.status,
            to_status: validated.status,
            reason: validated.change.cleared_verification ? "Payout details changed; verification cleared" : "Payout details changed",
            change: validated.change,
            actor_type: input.actor?.type ?? "system",
            actor_id: input.actor?.id ?? null,
          },
        ]
      : [],
  }))
  createAffiliateRecordsStep(history).config({ name: "append-affiliate-payout-details-change" })
  const event = transform({ validated, input }, ({ validated, input }) =>
    validated.change ? [{ id: input.id, cleared_verification: validated.change.cleared_verification }] : []
  )
  emitEventStep({ eventName: AffiliateEvents.PAYOUT_DETAILS_CHANGED, data: event }).config({ name: "emit-payout-details-changed" })
  notifyPayoutDetailsChangedStep(transform({ validated, input }, ({ validated, input }) => ({ id: input.id, change: validated.change })))
  const affiliate = transform({ updated }, ({ updated }) => updated[0])
  return new WorkflowResponse(affiliate)
})
