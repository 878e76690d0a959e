import { Heading, Text } from "@medusajs/ui"
import { LoginForm, SignupForm } from "@/components/auth-forms"
import { listOrders, retrieveCustomer } from "@/lib/data/customer"
import { formatMoney } from "@/lib/money"

export default async function AccountPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const customer = await retrieveCustomer()
  if (!customer) {
    return (
      <div className="grid gap-8 sm:grid-cols-2">
        <div className="rounded-lg border border-ui-border-base bg-ui-bg-base p-6"><LoginForm countryCode={countryCode} /></div>
        <div className="rounded-lg border border-ui-border-base bg-ui-bg-base p-6"><SignupForm countryCode={countryCode} /></div>
      </div>
    )
  }
  const orders = await listOrders()
  return (
    <div className="flex flex-col gap-4">
      <Heading level="h1" data-testid="account-greeting">Hello, {customer.first_name}</Heading>
      <Text className="text-ui-fg-subtle">Signed in as {customer.email}.</Text>
      <Heading level="h2">Your orders</Heading>
      {orders.length === 0 ? <Text>No orders yet.</Text> : null}
      <ul className="flex flex-col gap-1">
        {orders.map((order) => (
          <li key={order.id} className="flex justify-between rounded-md border border-ui-border-base bg-ui-bg-base px-4 py-2">
            <Text>#{order.display_id}</Text>
            <Text>{formatMoney(order.total, order.currency_code)}</Text>
          </li>
        ))}
      </ul>
    </div>
  )
}
