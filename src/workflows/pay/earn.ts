import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CommissionRow } from "../../modules/affiliate/pay/ledger"
import { affiliateService } from "../steps/load"
import { AffiliateEvents } from "../events"
import { CommissionOutcome, quoteOutcome, refusedAttributionOutcome, registrationBountyOutcome, RegistrationCounts } from "../../domain/pay/commission-outcome"
import { loadOrderForCommission, quoteConversion, ruleSnapshot } from "./quote"

const DAY_MS = 24 * 60 * 60 * 1000

/** A registration bounty released by the customer's first order (its order id) or by an operator. */
export type BountyRelease = { order_id: string | null; at: string; by: string }
export type EarnInput = { attribution_id: string | null; created_by?: string; release?: BountyRelease | null }

type OutcomeColumns = { commission_status: string | null; commission_reason: string | null; commission_detail: string | null }
type Prepared = {
  row: CommissionRow | null
  existing_id: string | null
  reason: string | null
  /** What to store on the attribution, and what it held before (for compensation); null to leave it. */
  outcome: { attribution_id: string; next: OutcomeColumns; previous: OutcomeColumns } | null
}

function chosenTouchAt(explanation: any): Date | null {
  const chosen = (explanation?.considered ?? []).find((t: any) => t.outcome === "chosen")
  return chosen?.at ? new Date(chosen.at) : null
}

const columnsOf = (o: CommissionOutcome): OutcomeColumns => ({ commission_status: o.status, commission_reason: o.reason, commission_detail: o.detail })

/**
 * Registrations credited to the partner, and from the signup's IP hash, in the
 * 24 hours before this one. Signups still being decided count too: two at once
 * may both be capped at the limit, never both credited over it.
 */
async function registrationCounts(container: any, attribution: any, at: Date): Promise<RegistrationCounts> {
  const svc = affiliateService(container)
  const base = {
    program_id: attribution.program_id,
    conversion: "registration",
    $or: [{ commission_status: ["earned", "awaiting"] }, { commission_status: null, status: "attributed" }],
    attributed_at: { $gte: new Date(at.getTime() - DAY_MS), $lte: at },
    id: { $ne: attribution.id },
  }
  const [, same_partner] = await svc.listAndCountAffiliateAttributions({ ...base, affiliate_id: attribution.affiliate_id }, { take: 1, select: ["id"] })
  const same_ip_hash = attribution.ip_hash
    ? (await svc.listAndCountAffiliateAttributions({ ...base, ip_hash: attribution.ip_hash }, { take: 1, select: ["id"] }))[1]
    : null
  return { same_partner, same_ip_hash }
}

/**
 * Decides what an attributed conversion earns, and records on the attribution
 * why it earns nothing when it does not. Registration bounties are credited
 * under the program's daily caps and wait for the customer's first order or an
 * operator's review (`release`) before they become a ledger entry.
 */
export const prepareCommissionStep = createStep(
  "prepare-affiliate-commission",
  async (input: EarnInput, { container }) => {
    const none = (reason: string | null, existing_id: string | null = null, outcome: Prepared["outcome"] = null) =>
      new StepResponse<Prepared>({ row: null, existing_id, reason, outcome })
    if (!input.attribution_id) return none("nothing was attributed")
    const svc = affiliateService(container)
    const key = `commission:${input.attribution_id}`
    const [already] = await svc.listAffiliateCommissions({ idempotency_key: key }, { take: 1, select: ["id"] })
    if (already) return none(null, already.id)
    const [attribution] = await svc.listAffiliateAttributions({ id: input.attribution_id }, { take: 1 })
    if (!attribution) return none("nothing was attributed")
    const previous: OutcomeColumns = {
      commission_status: attribution.commission_status ?? null,
      commission_reason: attribution.commission_reason ?? null,
      commission_detail: attribution.commission_detail ?? null,
    }
    const settle = (o: CommissionOutcome) => none(o.detail, null, { attribution_id: attribution.id, next: columnsOf(o), previous })
    const registration = attribution.conversion === "registration"

    if (input.release && !(registration && attribution.commission_status === "awaiting")) return none("no registration bounty awaits release")
    // Decided before (refused late signup, capped or waiting bounty): a replay changes nothing.
    if (!input.release && attribution.commission_status) return none(attribution.commission_detail ?? null)
    if (attribution.status !== "attributed" || !attribution.affiliate_id) {
      const [partner] = attribution.affiliate_id
        ? await svc.listAffiliates({ id: attribution.affiliate_id }, { take: 1, select: ["id", "status"] })
        : []
      return settle(refusedAttributionOutcome(attribution.explanation, attribution.affiliate_id ?? null, partner?.status ?? null))
    }

    const at = new Date(attribution.attributed_at)
    let order: Awaited<ReturnType<typeof loadOrderForCommission>> = null
    if (attribution.conversion === "order") {
      order = await loadOrderForCommission(container, attribution.order_id!)
      if (!order) return none(`order ${attribution.order_id} no longer exists`)
    }
    const { quote, rule, program, partner } = await quoteConversion(container, {
      program_id: attribution.program_id,
      site_id: attribution.site_id,
      affiliate_id: attribution.affiliate_id,
      referral_id: attribution.referral_id,
      conversion: attribution.conversion,
      first_order: order?.first_order ?? false,
      at,
      currency_code: order ? String(order.order.currency_code).toLowerCase() : null,
      amounts: order?.amounts ?? null,
      winning_touch_at: chosenTouchAt(attribution.explanation),
      customer_id: attribution.customer_id,
      imagined: false,
    })
    const outcome = quoteOutcome(quote, partner)
    if (!quote.earns || outcome.status === "none") return settle(outcome)
    if (registration && !input.release) {
      const caps = { per_ip_hash_daily: program.registration_daily_cap_per_ip ?? null, per_partner_daily: program.registration_daily_cap_per_partner ?? null }
      return settle(registrationBountyOutcome(caps, await registrationCounts(container, attribution, at), program.registration_bounty_release ?? "first_order"))
    }

    const release = input.release ?? null
    const explanation = {
      summary: quote.explanation.summary,
      steps: [
        { label: "Attribution", detail: String((attribution.explanation as any)?.summary ?? "Credited to the partner.") },
        ...(release ? [{ label: "Release", detail: release.order_id ? "Released by the customer's first order; reversed if that order is canceled or refunded." : "Released by the store's review." }] : []),
        ...quote.explanation.steps,
      ],
      tier_index: quote.tier_index,
    }
    // A bounty's hold runs from its release; it belongs to the releasing order, so that order's cancelation reverses it.
    const holdFrom = release ? new Date(release.at) : at
    const row: CommissionRow = {
      id: generateEntityId(undefined, "affcom"),
      program_id: program.id,
      affiliate_id: attribution.affiliate_id,
      referral_id: attribution.referral_id,
      site_id: attribution.site_id,
      attribution_id: attribution.id,
      order_id: release ? release.order_id : attribution.order_id,
      customer_id: attribution.customer_id,
      rule_id: rule?.id ?? null,
      rule_snapshot: ruleSnapshot(rule),
      entry_type: "commission",
      event: registration ? "registration" : order?.first_order && rule?.event === "first_order" ? "first_order" : "order",
      basis_amount: quote.basis_amount,
      rate: quote.rate,
      amount: quote.amount,
      currency_code: quote.currency_code,
      status: "pending",
      hold_until: new Date(holdFrom.getTime() + (program.hold_days ?? 0) * DAY_MS),
      approved_at: null,
      reverses_id: null,
      is_internal: partner.kind === "internal",
      idempotency_key: key,
      explanation,
      created_by: release?.by ?? input.created_by ?? (attribution.conversion === "order" ? "order.placed" : "customer.created"),
      reason: null,
    }
    return new StepResponse<Prepared>({ row, existing_id: null, reason: null, outcome: { attribution_id: attribution.id, next: columnsOf(outcome), previous } })
  }
)

/** Stores on the attribution what it earned or why not; undone by restoring what it held. */
export const recordCommissionOutcomeStep = createStep(
  "record-affiliate-commission-outcome",
  async (outcome: Prepared["outcome"], { container }) => {
    if (!outcome) return new StepResponse(null, null)
    await affiliateService(container).updateAffiliateAttributions({ id: outcome.attribution_id, ...outcome.next })
    return new StepResponse(null, outcome)
  },
  async (outcome, { container }) => {
    if (outcome) await affiliateService(container).updateAffiliateAttributions({ id: outcome.attribution_id, ...outcome.previous })
  }
)

/** Stores the entry once per conversion; undone by removing it while nothing has settled it. */
export const storeCommissionsStep = createStep(
  "store-affiliate-commissions",
  async (rows: CommissionRow[], { container }) => {
    const stored = await affiliateService(container).insertCommissions(rows)
    return new StepResponse(stored, stored)
  },
  async (stored, { container }) => {
    if (stored?.length) await affiliateService(container).deleteUnsettledCommissions(stored)
  }
)

/**
 * Turns an attributed registration or order into a pending commission under
 * the most specific active rule. One entry per conversion, however often the
 * event arrives; the entry keeps a snapshot of the rule and the explanation.
 */
export const earnCommissionWorkflow = createWorkflow(
  "earn-affiliate-commission",
  (input: EarnInput) => {
    const prepared = prepareCommissionStep(input)
    const rows = transform({ prepared }, ({ prepared }) => (prepared.row ? [prepared.row] : []))
    const stored = storeCommissionsStep(rows)
    recordCommissionOutcomeStep(transform({ prepared }, ({ prepared }) => prepared.outcome))
    const events = transform({ stored }, ({ stored }) => stored.map((id) => ({ id })))
    emitEventStep({ eventName: AffiliateEvents.COMMISSION_CREATED, data: events }).config({ name: "emit-commission-created" })
    const result = transform({ prepared, stored }, ({ prepared, stored }) => ({
      commission_id: stored[0] ?? prepared.existing_id,
      created: stored.length > 0,
      reason: prepared.reason,
    }))
    return new WorkflowResponse(result)
  }
)

const findBountyReleasedByOrderStep = createStep("find-affiliate-bounty-released-by-order", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "customer_id", "created_at"], filters: { id: input.order_id } })
  const nothing: EarnInput = { attribution_id: null }
  if (!order?.customer_id) return new StepResponse(nothing)
  const [waiting] = await affiliateService(container).listAffiliateAttributions(
    { idempotency_key: `registration:${order.customer_id}`, commission_status: "awaiting", commission_reason: "awaiting_first_order" },
    { take: 1, select: ["id"] }
  )
  if (!waiting) return new StepResponse(nothing)
  const at = new Date(order.created_at).toISOString()
  return new StepResponse<EarnInput>({ attribution_id: waiting.id, release: { order_id: order.id, at, by: "order.placed" } })
})

/**
 * The customer's first placed order releases a registration bounty waiting
 * for it. Replays and concurrent orders find the bounty's key taken and add nothing.
 */
export const releaseBountyOnOrderWorkflow = createWorkflow("release-affiliate-bounty-on-order", (input: { order_id: string }) => {
  const earnInput = findBountyReleasedByOrderStep(input)
  return new WorkflowResponse(earnCommissionWorkflow.runAsStep({ input: earnInput }))
})
