import { Heading, Text } from "@medusajs/ui"
import { notFound } from "next/navigation"
import { retrieveOrder } from "@/lib/data/cart"
import { formatMoney } from "@/lib/money"

export default async function OrderConfirmedPage({ params }: { params: Promise<{ countryCode: string; id: string }> }) {
  const { id } = await params
  const order = await retrieveOrder(id)
  if (!order) notFound()
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-ui-border-base bg-ui-bg-base p-6" data-testid="order-confirmed" data-order-id={order.id}>
      <Heading level="h1">Thank you!</Heading>
      <Text>
        Order <span data-testid="order-display-id">#{order.display_id}</span> is placed. We sent a confirmation to {order.email}.
      </Text>
      <ul className="flex flex-col gap-1">
        {(order.items ?? []).map((item) => (
          <li key={item.id} className="flex justify-between"><Text>{item.product_title} × {item.quantity}</Text><Text>{formatMoney(item.total, order.currency_code)}</Text></li>
        ))}
      </ul>
      <div className="flex justify-between"><Text>Discount</Text><Text data-testid="order-discount">-{formatMoney(order.discount_total, order.currency_code)}</Text></div>
      <div className="flex justify-between"><Text weight="plus">Total</Text><Text weight="plus" data-testid="order-total">{formatMoney(order.total, order.currency_code)}</Text></div>
    </div>
  )
}
