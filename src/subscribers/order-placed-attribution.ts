import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attributeOrderWorkflow } from "../workflows/track/attribute"
import { releaseBountyOnOrderWorkflow } from "../workflows/pay/earn"

/**
 * Attributes every placed order, then lets it release the customer's
 * registration bounty if one waits for a first order. A replayed event finds
 * both done and changes nothing.
 */
export default async function orderPlacedAttribution({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve("logger")
  try {
    await attributeOrderWorkflow(container).run({ input: { order_id: event.data.id } })
    await releaseBountyOnOrderWorkflow(container).run({ input: { order_id: event.data.id } })
  } catch (error: any) {
    logger.error(`affiliate: could not attribute order ${event.data.id}: ${error?.message ?? error}`)
    throw error
  }
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "affiliate-order-attribution" } }
