import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { decimal, formatMoney, roundMoney } from "../../domain/pay/money"
import type { CommissionRow } from "../../modules/affiliate/pay/ledger"
import { affiliateService } from "../steps/load"
import { invalid, notFound } from "../steps/errors"
import { AffiliateEvents } from "../events"
import { storeCommissionsStep } from "./earn"

export type AdjustmentInput = { affiliate_id: string; amount: number; currency_code: string; reason: string; site_id?: string | null; actor: string | null }

const prepareAdjustmentStep = createStep("prepare-affiliate-adjustment", async (input: AdjustmentInput, { container }) => {
  const svc = affiliateService(container)
  const [affiliate] = await svc.listAffiliates({ id: input.affiliate_id }, { take: 1 })
  if (!affiliate) throw notFound(`Affiliate ${input.affiliate_id} was not found.`)
  if (input.site_id) {
    const [site] = await svc.listAffiliateSites({ id: input.site_id, program_id: affiliate.program_id }, { take: 1, select: ["id"] })
    if (!site) throw notFound(`No site ${input.site_id} exists in the partner's program.`)
  }
  const currency = input.currency_code.toLowerCase()
  const amount = roundMoney(input.amount, currency)
  if (amount.isZero()) throw invalid(`The adjustment rounds to 0 ${currency.toUpperCase()}; give an amount of at least one minor unit.`)
  const actor = input.actor ? `user:${input.actor}` : "admin"
  const row: CommissionRow = {
    id: generateEntityId(undefined, "affcom"),
    program_id: affiliate.program_id,
    affiliate_id: affiliate.id,
    referral_id: null,
    site_id: input.site_id ?? null,
    attribution_id: null,
    order_id: null,
    customer_id: null,
    rule_id: null,
    rule_snapshot: null,
    entry_type: "adjustment",
    event: null,
    basis_amount: null,
    rate: null,
    amount: amount.toString(),
    currency_code: currency,
    // The operator decided it: no hold.
    status: "approved",
    hold_until: null,
    approved_at: new Date(),
    reverses_id: null,
    is_internal: affiliate.kind === "internal",
    idempotency_key: `adjustment:${generateEntityId(undefined, "adj")}`,
    explanation: {
      summary: `Manual adjustment of ${formatMoney(amount, currency)}: ${input.reason.trim()}`,
      steps: [{ label: "Adjustment", detail: `${decimal(amount).isNegative() ? "Deducted" : "Added"} by ${actor}: ${input.reason.trim()}` }],
    },
    created_by: actor,
    reason: input.reason.trim(),
  }
  return new StepResponse([row])
})

/** An operator credits or debits a partner by hand, with a reason; approved at once. */
export const createAdjustmentWorkflow = createWorkflow("create-affiliate-adjustment", (input: AdjustmentInput) => {
  const rows = prepareAdjustmentStep(input)
  const stored = storeCommissionsStep(rows)
  emitEventStep({ eventName: AffiliateEvents.COMMISSION_CREATED, data: transform({ stored }, ({ stored }) => stored.map((id) => ({ id }))) }).config({ name: "emit-adjustment-created" })
  return new WorkflowResponse(transform({ stored }, ({ stored }) => stored[0]))
})
