import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderCommissionsWorkflow } from "../workflows/pay/reverse"

/** Items received back take back the commission on their share of the order (once, even when refunded later). */
export default async function returnReceivedReversal({ event, container }: SubscriberArgs<{ order_id: string; return_id: string }>) {
  await reverseOrderCommissionsWorkflow(container).run({
    input: { order_id: event.data.order_id, cause: "returned", created_by: "order.return_received" },
  })
}

export const config: SubscriberConfig = { event: "order.return_received", context: { subscriberId: "affiliate-return-received" } }
