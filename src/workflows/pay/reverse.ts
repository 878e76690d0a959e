import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { decimal, sumMoney } from "../../domain/pay/money"
import { OrderOutcome, reversedShare } from "../../domain/pay/reversal"
import { affiliateService } from "../steps/load"
import { AffiliateEvents } from "../events"

type Container = { resolve: (key: string) => any }
export type ReversalCause = "canceled" | "refunded" | "returned"

/** What happened to an order after it was placed: canceled, refunds, items received back. */
export async function loadOrderOutcome(container: Container, orderId: string, placedTotal: string | null): Promise<OrderOutcome | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: [
      "id", "status", "total", "items.id", "items.quantity", "items.unit_price", "items.detail.return_received_quantity",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  if (!order) return null
  const refunds = (order.payment_collections ?? []).flatMap((pc: any) => (pc?.payments ?? []).flatMap((p: any) => (p?.refunds ?? []).map((r: any) => String(r.amount ?? 0))))
  // Shares of the items by list price: what came back against what was ordered.
  const items = (order.items ?? []).filter(Boolean)
  const value = (item: any, quantity: unknown) => decimal(String(item.unit_price ?? 0)).times(String(quantity ?? 0))
  return {
    canceled: order.status === "canceled",
    refunded: sumMoney(refunds).toString(),
    // Medusa lowers the order's current total as refunds come in: shares are of what was paid at placement.
    order_total: placedTotal ?? String(order.total ?? 0),
    returned_value: sumMoney(items.map((i: any) => value(i, i.detail?.return_received_quantity))).toString(),
    items_value: sumMoney(items.map((i: any) => value(i, i.quantity))).toString(),
  }
}

/** The order behind a payment, for payment.refunded. */
export async function orderOfPayment(container: Container, paymentId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [payment] } = await query.graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: paymentId } })
  return payment?.payment_collection?.order?.id ?? null
}

const reverseCommissionsStep = createStep(
  "reverse-affiliate-commissions",
  async (input: { order_id: string; cause: ReversalCause; created_by?: string }, { container }) => {
    const svc = affiliateService(container)
    // Most orders earned nothing: do not load the order for them.
    const [earned] = await svc.listAffiliateCommissions({ order_id: input.order_id, entry_type: "commission" }, { take: 1, select: ["id"] })
    if (!earned) return new StepResponse([] as string[], [] as string[])
    const [attribution] = await svc.listAffiliateAttributions({ order_id: input.order_id, conversion: "order" }, { take: 1, select: ["id", "order_total"] })
    const placedTotal = attribution?.order_total == null ? null : String(attribution.order_total)
    const outcome = await loadOrderOutcome(container, input.order_id, placedTotal)
    if (!outcome) return new StepResponse([] as string[], [] as string[])
    const stored = await svc.reverseOrderCommissions({
      order_id: input.order_id,
      share: reversedShare(outcome).toString(),
      cause: input.cause,
      created_by: input.created_by ?? `order.${input.cause}`,
    })
    return new StepResponse(stored, stored)
  },
  async (stored, { container }) => {
    if (stored?.length) await affiliateService(container).deleteUnsettledCommissions(stored)
  }
)

/**
 * Takes back commission when an order is canceled, refunded or returned:
 * reversal entries for the share of the order taken back (clawbacks when the
 * commission was already paid). Recomputed from the order each time, so a
 * replayed or late event adds only what is still missing.
 */
export const reverseOrderCommissionsWorkflow = createWorkflow(
  "reverse-affiliate-commissions",
  (input: { order_id: string; cause: ReversalCause; created_by?: string }) => {
    const stored = reverseCommissionsStep(input)
    const events = transform({ stored }, ({ stored }) => stored.map((id) => ({ id })))
    emitEventStep({ eventName: AffiliateEvents.COMMISSION_REVERSED, data: events }).config({ name: "emit-commission-reversed" })
    return new WorkflowResponse(stored)
  }
)
