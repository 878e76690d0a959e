import { Heading, Text } from "@medusajs/ui"
import Link from "next/link"
import { notFound } from "next/navigation"
import { listProducts } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { formatMoney } from "@/lib/money"

export default async function HomePage({ params }: { params: Promise<{ countryCode: string }> }) {
  const { countryCode } = await params
  const region = await getRegion(countryCode)
  if (!region) notFound()
  const products = await listProducts(region.id)
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Heading level="h1">Gear for the trail</Heading>
        <Text className="text-ui-fg-subtle">Prices in {region.currency_code.toUpperCase()}, shipped to {countryCode.toUpperCase()}.</Text>
      </div>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {products.map((product) => {
          const price = product.variants?.[0]?.calculated_price
          return (
            <li key={product.id} className="rounded-lg border border-ui-border-base bg-ui-bg-base p-4 shadow-elevation-card-rest">
              <Link href={`/${countryCode}/products/${product.handle}`} className="flex flex-col gap-1" data-testid="product-link">
                <Text weight="plus">{product.title}</Text>
                {price?.calculated_amount != null ? (
                  <Text className="text-ui-fg-subtle">{formatMoney(price.calculated_amount, price.currency_code ?? region.currency_code)}</Text>
                ) : null}
              </Link>
            </li>
          )
        })}
      </ul>
      {products.length === 0 ? <Text>No products in this region yet.</Text> : null}
    </div>
  )
}
