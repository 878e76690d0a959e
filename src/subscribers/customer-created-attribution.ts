import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { attachedTouchOf } from "../workflows/track/touches"
import { attributeRegistrationWorkflow } from "../workflows/track/attribute"

/**
 * A storefront that passes `metadata.affiliate = { click_id | code | visitor_id }`
 * when creating the customer gets the signup attributed here. Customers
 * without it are left alone (the signup route can still report it later).
 */
export default async function customerCreatedAttribution({ event, container }: SubscriberArgs<{ id: string }>) {
  const customers = container.resolve("customer")
  const [customer] = await customers.listCustomers({ id: event.data.id }, { take: 1, select: ["id", "metadata", "created_at"] })
  const touch = attachedTouchOf(customer?.metadata)
  if (!customer || !(touch.click_id || touch.code || touch.visitor_id)) return
  try {
    // The touch came with the account itself, so a delayed or retried event is never a late report.
    await attributeRegistrationWorkflow(container).run({ input: { customer_id: customer.id, at: new Date(customer.created_at).toISOString() } })
  } catch (error: any) {
    // A stale click or a mistyped code must not break signups; the explanation-less skip is logged.
    container.resolve("logger").warn(`affiliate: signup of ${customer.id} not attributed: ${error?.message ?? error}`)
  }
}

export const config: SubscriberConfig = { event: "customer.created", context: { subscriberId: "affiliate-registration-attribution" } }
