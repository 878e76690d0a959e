import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attributeOrderWorkflow } from "../workflows/track/attribute"

/** Attributes every placed order; a replayed event finds the order attributed and changes nothing. */
export default async function orderPlacedAttribution({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve("logger")
  try {
    await attributeOrderWorkflow(container).run({ input: { order_id: event.data.id } })
  } catch (error: any) {
    logger.error(`affiliate: could not attribute order ${event.data.id}: ${error?.message ?? error}`)
    throw error
  }
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "affiliate-order-attribution" } }
