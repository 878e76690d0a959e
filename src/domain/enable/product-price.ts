import { landingCountry } from "./deep-link"

/**
 * Which region's prices a partner sees for a site's products, and the price
 * shown for a product: the lowest of its variants' prices in that region.
 *
 * The region, first that applies:
 *  1. the `region_id` the partner asks for (an unknown one is refused);
 *  2. the region of the site's landing URL country ("/de" -> the region
 *     selling to Germany), as the starter storefront picks it;
 *  3. the store's default region;
 *  4. the store's oldest region.
 * A store without regions shows no prices.
 */
export type RegionFacts = { id: string; name: string; currency_code: string; countries: string[] }

export type RegionChoice =
  | { ok: true; region: RegionFacts | null; source: "requested" | "landing_url" | "store_default" | "oldest" | "none" }
  | { ok: false; message: string }

export function priceRegion(input: {
  requestedRegionId?: string | null
  landingUrl?: string | null
  /** Oldest first. */
  regions: RegionFacts[]
  defaultRegionId?: string | null
}): RegionChoice {
  const { regions } = input
  if (input.requestedRegionId) {
    const region = regions.find((r) => r.id === input.requestedRegionId)
    return region ? { ok: true, region, source: "requested" } : { ok: false, message: `region_id: region ${input.requestedRegionId} was not found.` }
  }
  const country = landingCountry(input.landingUrl)
  const byCountry = country ? regions.find((r) => r.countries.map((c) => c.toLowerCase()).includes(country)) : undefined
  if (byCountry) return { ok: true, region: byCountry, source: "landing_url" }
  const byDefault = input.defaultRegionId ? regions.find((r) => r.id === input.defaultRegionId) : undefined
  if (byDefault) return { ok: true, region: byDefault, source: "store_default" }
  if (regions.length) return { ok: true, region: regions[0], source: "oldest" }
  return { ok: true, region: null, source: "none" }
}

export type VariantPrice = {
  calculated_amount?: number | string | null
  currency_code?: string | null
  is_calculated_price_tax_inclusive?: boolean | null
} | null

export type ProductPrice = { amount: number; currency_code: string; tax_inclusive: boolean }

/** The lowest calculated price among a product's variants; null when none has one in the region's currency. */
export function lowestPrice(variants: { calculated_price?: VariantPrice }[] | null | undefined): ProductPrice | null {
  let best: ProductPrice | null = null
  for (const variant of variants ?? []) {
    const price = variant?.calculated_price
    if (!price || price.calculated_amount == null || !price.currency_code) continue
    const amount = Number(price.calculated_amount)
    if (!Number.isFinite(amount)) continue
    if (!best || amount < best.amount) {
      best = { amount, currency_code: price.currency_code.toLowerCase(), tax_inclusive: Boolean(price.is_calculated_price_tax_inclusive) }
    }
  }
  return best
}
