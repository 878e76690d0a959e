import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderOfPayment, reverseOrderCommissionsWorkflow } from "../workflows/pay/reverse"

/** A refund takes back commission in proportion to the refunded share of the order. */
export default async function paymentRefundedReversal({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderOfPayment(container, event.data.id)
  if (!orderId) return
  await reverseOrderCommissionsWorkflow(container).run({ input: { order_id: orderId, cause: "refunded", created_by: "payment.refunded" } })
}

export const config: SubscriberConfig = { event: "payment.refunded", context: { subscriberId: "affiliate-payment-refunded" } }
