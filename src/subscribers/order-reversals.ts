import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderCommissionsWorkflow } from "../workflows/pay/reverse"

/** A canceled order takes back its whole commission; a replay finds nothing left to reverse. */
export default async function orderCanceledReversal({ event, container }: SubscriberArgs<{ id: string }>) {
  await reverseOrderCommissionsWorkflow(container).run({ input: { order_id: event.data.id, cause: "canceled" } })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "affiliate-order-canceled" } }
