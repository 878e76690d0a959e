import { Heading, Text } from "@medusajs/ui"
import { notFound } from "next/navigation"
import { AddToCartForm } from "@/components/add-to-cart-form"
import { getProductByHandle } from "@/lib/data/products"
import { getRegion } from "@/lib/data/regions"
import { formatMoney } from "@/lib/money"

export default async function ProductPage({ params }: { params: Promise<{ countryCode: string; handle: string }> }) {
  const { countryCode, handle } = await params
  const region = await getRegion(countryCode)
  if (!region) notFound()
  const product = await getProductByHandle(handle, region.id)
  if (!product) notFound()
  const variants = (product.variants ?? []).map((variant) => ({
    id: variant.id,
    title: variant.title ?? "Default",
    price: formatMoney(variant.calculated_price?.calculated_amount, variant.calculated_price?.currency_code ?? region.currency_code),
  }))
  return (
    <div className="grid gap-8 sm:grid-cols-2">
      <div className="flex flex-col gap-2">
        <Heading level="h1" data-testid="product-title">{product.title}</Heading>
        {product.description ? <Text className="text-ui-fg-subtle">{product.description}</Text> : null}
        <Text weight="plus" data-testid="product-price">{variants[0]?.price}</Text>
      </div>
      <div className="rounded-lg border border-ui-border-base bg-ui-bg-base p-6 shadow-elevation-card-rest">
        <AddToCartForm countryCode={countryCode} variants={variants} />
      </div>
    </div>
  )
}
