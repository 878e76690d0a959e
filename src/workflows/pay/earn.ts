import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CommissionRow } from "../../modules/affiliate/pay/ledger"
import { affiliateService } from "../steps/load"
import { AffiliateEvents } from "../events"
import { loadOrderForCommission, quoteConversion, ruleSnapshot } from "./quote"

const DAY_MS = 24 * 60 * 60 * 1000

type Prepared = { row: CommissionRow | null; existing_id: string | null; reason: string | null }

function chosenTouchAt(explanation: any): Date | null {
  const chosen = (explanation?.considered ?? []).find((t: any) => t.outcome === "chosen")
  return chosen?.at ? new Date(chosen.at) : null
}

/**
 * Decides what an attributed conversion earns. Rejected attributions and
 * conversions no rule pays for earn nothing; a disabled partner earns nothing.
 */
export const prepareCommissionStep = createStep(
  "prepare-affiliate-commission",
  async (input: { attribution_id: string | null; created_by?: string }, { container }) => {
    const none = (reason: string | null, existing_id: string | null = null) => new StepResponse<Prepared>({ row: null, existing_id, reason })
    if (!input.attribution_id) return none("nothing was attributed")
    const svc = affiliateService(container)
    const key = `commission:${input.attribution_id}`
    const [already] = await svc.listAffiliateCommissions({ idempotency_key: key }, { take: 1, select: ["id"] })
    if (already) return none(null, already.id)
    const [attribution] = await svc.listAffiliateAttributions({ id: input.attribution_id }, { take: 1 })
    if (!attribution || attribution.status !== "attributed" || !attribution.affiliate_id) return none("the conversion was not credited to a partner")

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
    if (!quote.earns) return none(quote.reason)
    const explanation = {
      summary: quote.explanation.summary,
      steps: [{ label: "Attribution", detail: String((attribution.explanation as any)?.summary ?? "Credited to the partner.") }, ...quote.explanation.steps],
      tier_index: quote.tier_index,
    }
    const row: CommissionRow = {
      id: generateEntityId(undefined, "affcom"),
      program_id: program.id,
      affiliate_id: attribution.affiliate_id,
      referral_id: attribution.referral_id,
      site_id: attribution.site_id,
      attribution_id: attribution.id,
      order_id: attribution.order_id,
      customer_id: attribution.customer_id,
      rule_id: rule?.id ?? null,
      rule_snapshot: ruleSnapshot(rule),
      entry_type: "commission",
      event: attribution.conversion === "registration" ? "registration" : order?.first_order && rule?.event === "first_order" ? "first_order" : "order",
      basis_amount: quote.basis_amount,
      rate: quote.rate,
      amount: quote.amount,
      currency_code: quote.currency_code,
      status: "pending",
      hold_until: new Date(at.getTime() + (program.hold_days ?? 0) * DAY_MS),
      approved_at: null,
      reverses_id: null,
      is_internal: partner.kind === "internal",
      idempotency_key: key,
      explanation,
      created_by: input.created_by ?? (attribution.conversion === "order" ? "order.placed" : "customer.created"),
      reason: null,
    }
    return new StepResponse<Prepared>({ row, existing_id: null, reason: null })
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
  (input: { attribution_id: string | null; created_by?: string }) => {
    const prepared = prepareCommissionStep(input)
    const rows = transform({ prepared }, ({ prepared }) => (prepared.row ? [prepared.row] : []))
    const stored = storeCommissionsStep(rows)
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
