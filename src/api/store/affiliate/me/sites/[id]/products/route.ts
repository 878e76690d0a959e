import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { productLandingPath } from "../../../../../../../domain/enable/deep-link"
import { lowestPrice, priceRegion, type RegionFacts } from "../../../../../../../domain/enable/product-price"
import { affiliateService } from "../../../../../../../workflows/steps/load"
import { notFound } from "../../../../../../utils/http"
import { loadOwnAffiliate } from "../../../../helpers"
import { presentPartnerProduct, presentPartnerRegion, presentPartnerSite } from "../../../../presenters"
import type { PartnerSiteProductsQueryType } from "../../../self-service-validators"

/** Every region, oldest first, and the store's default one: what the price region is chosen from. */
async function loadRegions(query: any): Promise<{ regions: RegionFacts[]; defaultRegionId: string | null }> {
  const { data: rows } = await query.graph({ entity: "region", fields: ["id", "name", "currency_code", "created_at", "countries.iso_2"] })
  const regions = [...rows]
    .sort((a: any, b: any) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || String(a.id).localeCompare(String(b.id)))
    .map((r: any) => ({ id: r.id, name: r.name, currency_code: r.currency_code, countries: (r.countries ?? []).map((c: any) => c.iso_2) }))
  const { data: stores } = await query.graph({ entity: "store", fields: ["id", "default_region_id"] })
  return { regions, defaultRegionId: stores[0]?.default_region_id ?? null }
}

/**
 * The published products of a site the partner is approved for (the products
 * of the site's sales channel), with the lowest variant price in the site's
 * region and the landing path of each product's page, for deep links.
 * Any other site is "not found".
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { program_id, q, limit, offset, region_id } = (req as any).validatedQuery as PartnerSiteProductsQueryType
  const { program, affiliate } = await loadOwnAffiliate(req, program_id)
  const siteId = req.params.id
  const approved = affiliate.site_authorizations.some((a) => a.site_id === siteId && a.status === "approved")
  const [site] = approved
    ? await affiliateService(req.scope).listAffiliateSites({ id: siteId, program_id: program.id, status: "active" }, { take: 1 })
    : []
  if (!site) throw notFound(`Site ${siteId} was not found among the sites you are approved for.`)

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY) as any
  const choice = priceRegion({ requestedRegionId: region_id, landingUrl: site.landing_url, ...(await loadRegions(query)) })
  if (!choice.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, choice.message)
  const region = choice.region
  const page = { limit, offset }
  const answer = (products: unknown[], count: number) =>
    res.json({ site: presentPartnerSite(site), region: presentPartnerRegion(region), products, count, ...page })

  if (!site.sales_channel_id) return answer([], 0)
  const { data: links } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: site.sales_channel_id },
  })
  const ids = [...new Set((links as { product_id: string }[]).map((l) => l.product_id))]
  // An empty id filter would mean "every product".
  if (!ids.length) return answer([], 0)

  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: [
      "id", "title", "handle", "thumbnail",
      ...(region
        ? ["variants.id", "variants.calculated_price.calculated_amount", "variants.calculated_price.currency_code", "variants.calculated_price.is_calculated_price_tax_inclusive"]
        : []),
    ],
    filters: { id: ids, status: "published", ...(q ? { q } : {}) },
    pagination: { skip: offset, take: limit, order: { title: "ASC", id: "ASC" } },
    ...(region ? { context: { variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) } } } : {}),
  })
  answer(
    products.map((p: any) =>
      presentPartnerProduct(p, { price: region ? lowestPrice(p.variants) : null, landing_path: productLandingPath(site.landing_url, p.handle) })
    ),
    metadata?.count ?? products.length
  )
}
