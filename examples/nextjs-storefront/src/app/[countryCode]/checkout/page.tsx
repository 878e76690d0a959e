import { Heading, Text } from "@medusajs/ui"
import { redirect } from "next/navigation"
import { CheckoutForm } from "@/components/checkout-form"
import { listShippingOptions, retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { formatMoney } from "@/lib/money"

export default async function CheckoutPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const cart = await retrieveCart()
  if (!cart?.items?.length) redirect(`/${countryCode}/cart`)
  const [options, customer] = await Promise.all([listShippingOptions(cart.id), retrieveCustomer()])
  const countries = (cart.region?.countries ?? []).map((country) => ({ code: country.iso_2 ?? "", name: country.display_name ?? country.iso_2 ?? "" }))
  return (
    <div className="grid gap-8 sm:grid-cols-[2fr_1fr]">
      <div className="flex flex-col gap-4 rounded-lg border border-ui-border-base bg-ui-bg-base p-6">
        <Heading level="h1">Checkout</Heading>
        <CheckoutForm
          countryCode={countryCode}
          email={cart.email ?? customer?.email ?? undefined}
          countries={countries}
          options={options.map((option) => ({ id: option.id, name: option.name, price: formatMoney(option.amount, cart.currency_code) }))}
        />
      </div>
      <aside className="flex h-fit flex-col gap-2 rounded-lg border border-ui-border-base bg-ui-bg-base p-6">
        <Heading level="h2">Your order</Heading>
        {cart.items.map((item) => (
          <div key={item.id} className="flex justify-between">
            <Text>{item.product_title} × {item.quantity}</Text>
            <Text>{formatMoney(item.total, cart.currency_code)}</Text>
          </div>
        ))}
        <div className="flex justify-between"><Text>Discount</Text><Text>-{formatMoney(cart.discount_total, cart.currency_code)}</Text></div>
        <div className="flex justify-between"><Text weight="plus">Total before delivery</Text><Text weight="plus">{formatMoney(cart.total, cart.currency_code)}</Text></div>
      </aside>
    </div>
  )
}
