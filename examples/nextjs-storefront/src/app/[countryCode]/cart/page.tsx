import { Button, Heading, Text } from "@medusajs/ui"
import Link from "next/link"
import { PromoCodeForm } from "@/components/promo-code-form"
import { removePromoCodeAction, retrieveCart } from "@/lib/data/cart"
import { formatMoney } from "@/lib/money"

export default async function CartPage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const cart = await retrieveCart()
  if (!cart?.items?.length) {
    return (
      <div className="flex flex-col gap-4">
        <Heading level="h1">Cart</Heading>
        <Text data-testid="cart-empty">Your cart is empty.</Text>
        <Link href={`/${countryCode}`} className="text-ui-fg-interactive">Continue shopping</Link>
      </div>
    )
  }
  const money = (amount: number | null | undefined) => formatMoney(amount, cart.currency_code)
  return (
    <div className="grid gap-8 sm:grid-cols-[2fr_1fr]">
      <div className="flex flex-col gap-4">
        <Heading level="h1">Cart</Heading>
        <ul className="divide-y divide-ui-border-base rounded-lg border border-ui-border-base bg-ui-bg-base">
          {cart.items.map((item) => (
            <li key={item.id} className="flex justify-between p-4" data-testid="cart-item">
              <Text>
                {item.product_title} ({item.variant_title}) × {item.quantity}
              </Text>
              <Text weight="plus">{money(item.total)}</Text>
            </li>
          ))}
        </ul>
        <PromoCodeForm />
        {(cart.promotions ?? []).length ? (
          <ul className="flex flex-wrap gap-2" aria-label="Applied codes">
            {cart.promotions!.map((promotion) => (
              <li key={promotion.id} className="flex items-center gap-2 rounded-md border border-ui-border-base bg-ui-bg-base px-2 py-1" data-testid="applied-code">
                <Text size="small" weight="plus">{promotion.code}</Text>
                <form action={removePromoCodeAction}>
                  <input type="hidden" name="code" value={promotion.code ?? ""} />
                  <button type="submit" className="txt-compact-small text-ui-fg-muted hover:text-ui-fg-base" aria-label={`Remove ${promotion.code}`}>×</button>
                </form>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <aside className="flex h-fit flex-col gap-2 rounded-lg border border-ui-border-base bg-ui-bg-base p-6">
        <Heading level="h2">Summary</Heading>
        <div className="flex justify-between"><Text>Subtotal</Text><Text data-testid="cart-subtotal">{money(cart.item_subtotal)}</Text></div>
        <div className="flex justify-between"><Text>Discount</Text><Text data-testid="cart-discount">-{money(cart.discount_total)}</Text></div>
        <div className="flex justify-between"><Text weight="plus">Total</Text><Text weight="plus" data-testid="cart-total">{money(cart.total)}</Text></div>
        <Button asChild className="mt-2">
          <Link href={`/${countryCode}/checkout`} data-testid="go-to-checkout">Go to checkout</Link>
        </Button>
      </aside>
    </div>
  )
}
