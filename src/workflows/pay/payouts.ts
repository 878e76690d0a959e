import { generateEntityId, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { PayoutStatus } from "../../domain/pay/payout"
import { formatMoney } from "../../domain/pay/money"
import { affiliateService, loadProgram } from "../steps/load"
import { notFound } from "../steps/errors"
import { AffiliateEvents } from "../events"

export type PayoutRunInput = {
  program_id?: string | null
  affiliate_ids?: string[] | null
  cutoff?: string | null
  currency_code?: string | null
  actor: string | null
}

const runPayoutsStep = createStep(
  "create-affiliate-payout-run",
  async (input: PayoutRunInput, { container }) => {
    const svc = affiliateService(container)
    const program = await loadProgram(container, input.program_id ?? null)
    if (input.affiliate_ids?.length) {
      const found = await svc.listAffiliates({ id: input.affiliate_ids, program_id: program.id }, { select: ["id"], take: input.affiliate_ids.length })
      const missing = input.affiliate_ids.filter((id) => !found.some((a: any) => a.id === id))
      if (missing.length) throw notFound(`No affiliate ${missing.join(", ")} exists in program ${program.id}.`)
    }
    const run_id = generateEntityId(undefined, "affrun")
    const payouts = await svc.createPayoutRun({
      run_id,
      program_id: program.id,
      created_by: input.actor,
      cutoff: input.cutoff ? new Date(input.cutoff) : null,
      currency_code: input.currency_code?.toLowerCase() ?? null,
      affiliate_ids: input.affiliate_ids?.length ? input.affiliate_ids : null,
      minimums: (program.payout_minimums ?? {}) as Record<string, number>,
    })
    return new StepResponse({ run_id, payout_ids: payouts.map((p) => p.id) }, run_id)
  },
  async (runId, { container }) => {
    if (runId) await affiliateService(container).deletePayoutRun(runId)
  }
)

/**
 * A payout run: one draft payout per affiliate and currency whose approved
 * balance (clawbacks netted) reaches the program minimum, optionally for
 * some affiliates, one currency, or commissions up to a cut-off.
 */
export const createPayoutRunWorkflow = createWorkflow("create-affiliate-payout-run", (input: PayoutRunInput) => {
  const run = runPayoutsStep(input)
  const events = transform({ run }, ({ run }) => run.payout_ids.map((id) => ({ id, run_id: run.run_id })))
  emitEventStep({ eventName: AffiliateEvents.PAYOUT_CREATED, data: events }).config({ name: "emit-payout-created" })
  return new WorkflowResponse(run)
})

export type SettleInput = { id: string; status: PayoutStatus; reference?: string | null; reason?: string | null; actor: string | null }

const settlePayoutStep = createStep("settle-affiliate-payout", async (input: SettleInput, { container }) => {
  const moved = await affiliateService(container).settlePayout(input)
  return new StepResponse(moved)
})

/** Tells the partner their payout went out. A store without an email provider still settles the payout. */
const notifyPayoutPaidStep = createStep("notify-affiliate-payout-paid", async (input: { id: string; to: PayoutStatus }, { container }) => {
  if (input.to !== "paid") return new StepResponse({ sent: false })
  const svc = affiliateService(container)
  const [payout] = await svc.listAffiliatePayouts({ id: input.id }, { take: 1 })
  const [affiliate] = payout ? await svc.listAffiliates({ id: payout.affiliate_id }, { take: 1 }) : []
  if (!affiliate?.email) return new StepResponse({ sent: false })
  const { notificationChannel, payoutPaidTemplate } = svc.getOptions()
  try {
    await (container.resolve(Modules.NOTIFICATION) as any).createNotifications([{
      to: affiliate.email,
      channel: notificationChannel,
      template: payoutPaidTemplate,
      trigger_type: AffiliateEvents.PAYOUT_PAID,
      resource_id: payout.id,
      resource_type: "affiliate_payout",
      data: {
        affiliate_name: affiliate.name,
        amount: Number(payout.amount),
        currency_code: payout.currency_code,
        amount_formatted: formatMoney(String(payout.amount), payout.currency_code),
        reference: payout.reference,
        paid_at: payout.paid_at,
        payout_id: payout.id,
      },
    }])
    return new StepResponse({ sent: true })
  } catch (error: any) {
    ;(container.resolve("logger") as any).warn(`medusa-plugin-affiliate: the payout email for ${payout.id} was not sent (${error?.message ?? error}).`)
    return new StepResponse({ sent: false })
  }
})

/**
 * Moves a payout along draft -> processing -> paid | failed (or canceled).
 * Paid marks its commissions paid and emails the partner; failed and
 * canceled give the commissions back to the approved balance.
 */
export const settlePayoutWorkflow = createWorkflow("settle-affiliate-payout", (input: SettleInput) => {
  const moved = settlePayoutStep(input)
  const paid = transform({ moved, input }, ({ moved, input }) => (moved.to === "paid" ? [{ id: input.id }] : []))
  const failed = transform({ moved, input }, ({ moved, input }) => (moved.to === "failed" ? [{ id: input.id }] : []))
  emitEventStep({ eventName: AffiliateEvents.PAYOUT_PAID, data: paid }).config({ name: "emit-payout-paid" })
  emitEventStep({ eventName: AffiliateEvents.PAYOUT_FAILED, data: failed }).config({ name: "emit-payout-failed" })
  notifyPayoutPaidStep(transform({ moved, input }, ({ moved, input }) => ({ id: input.id, to: moved.to })))
  return new WorkflowResponse(moved)
})
