/**
 * The commerce side of the demo store, made with Medusa's core workflows:
 * currencies, regions, sales channels (the plugin's sites), a warehouse with
 * shipping, products with prices and publishable API keys (one for the two
 * shops and the portal, one for the example storefront). Each step looks for
 * what exists first, so running it again only adds what is missing.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkProductsToSalesChannelWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  ALL_SITES,
  CURRENCIES,
  EXAMPLE_SITE,
  EXAMPLE_STOREFRONT,
  PRODUCTS,
  PUBLISHABLE_KEY_TITLE,
  REGIONS,
  SITES,
  STOCK_LOCATION,
} from "./demo-data"

type Log = (message: string) => void

const FULFILLMENT_SET = "Central Warehouse delivery"
const SHIPPING = [
  { name: "Standard shipping (Europe)", zone: "Europe", currency: "eur", amount: 5.9 },
  { name: "Standard shipping (United States)", zone: "United States", currency: "usd", amount: 7.9 },
]

export type DemoStore = {
  storeId: string
  channels: Record<string, string>
  regions: Record<string, string>
  publishableKey: string
  /** The key of the example storefront, linked to its sales channel only. */
  examplePublishableKey: string
  products: number
}

const created = (n: number, what: string, existing: number) =>
  n ? `created ${n} ${what}${existing ? `, ${existing} already there` : ""}` : `${existing} ${what} already there`

export async function seedStore(container: MedusaContainer, log: Log): Promise<DemoStore> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as any
  const link = container.resolve(ContainerRegistrationKeys.LINK) as any
  const storeService = container.resolve(Modules.STORE) as any
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL) as any
  const regionService = container.resolve(Modules.REGION) as any
  const taxService = container.resolve(Modules.TAX) as any
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION) as any
  const fulfillmentService = container.resolve(Modules.FULFILLMENT) as any
  const productService = container.resolve(Modules.PRODUCT) as any

  // Store currencies.
  const [store] = await storeService.listStores({}, { relations: ["supported_currencies"] })
  if (!store) throw new Error("No store exists. Run `npx medusa db:migrate` first: it creates the default store.")
  const have = new Set((store.supported_currencies ?? []).map((c: any) => c.currency_code))
  if (CURRENCIES.some((c) => !have.has(c.currency_code))) {
    const keep = (store.supported_currencies ?? [])
      .filter((c: any) => !CURRENCIES.some((d) => d.currency_code === c.currency_code))
      .map((c: any) => ({ currency_code: c.currency_code, is_default: false, is_tax_inclusive: c.is_tax_inclusive }))
    await updateStoresWorkflow(container).run({
      input: { selector: { id: store.id }, update: { supported_currencies: [...CURRENCIES, ...keep] } as any },
    })
    log(`store currencies: ${CURRENCIES.map((c) => c.currency_code).join(", ")} (eur default)`)
  } else {
    log("store currencies: eur, usd already set")
  }

  // Sales channels: one per site.
  const names = ALL_SITES.map((s) => s.channel)
  const existingChannels = await salesChannelService.listSalesChannels({ name: names })
  const missingChannels = ALL_SITES.filter((s) => !existingChannels.some((c: any) => c.name === s.channel))
  let newChannels: any[] = []
  if (missingChannels.length) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: missingChannels.map((s) => ({ name: s.channel, description: s.description })) },
    })
    newChannels = result
  }
  const channels: Record<string, string> = {}
  for (const c of [...existingChannels, ...newChannels]) channels[c.name] = c.id
  log(`sales channels: ${created(newChannels.length, "channels", existingChannels.length)} (${names.join(", ")})`)

  // Regions and their tax regions.
  const existingRegions = await regionService.listRegions({ name: REGIONS.map((r) => r.name) })
  const missingRegions = REGIONS.filter((r) => !existingRegions.some((e: any) => e.name === r.name))
  let newRegions: any[] = []
  if (missingRegions.length) {
    const { result } = await createRegionsWorkflow(container).run({
      input: { regions: missingRegions.map((r) => ({ ...r, payment_providers: ["pp_system_default"] })) },
    })
    newRegions = result
  }
  const regions: Record<string, string> = {}
  for (const r of [...existingRegions, ...newRegions]) regions[r.name] = r.id
  const countries = REGIONS.flatMap((r) => r.countries)
  const taxRegions = await taxService.listTaxRegions({ country_code: countries, parent_id: null })
  const missingTax = countries.filter((c) => !taxRegions.some((t: any) => t.country_code === c))
  if (missingTax.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTax.map((country_code) => ({ country_code, provider_id: "tp_system" })),
    })
  }
  log(`regions: ${created(newRegions.length, "regions", existingRegions.length)} (Europe in eur, United States in usd), ${missingTax.length} tax regions added`)
  if (!countries.includes(EXAMPLE_STOREFRONT.country)) {
    throw new Error(`No demo region includes "${EXAMPLE_STOREFRONT.country}", the example storefront's default country.`)
  }

  if (!store.default_region_id || !store.default_sales_channel_id) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          ...(store.default_region_id ? {} : { default_region_id: regions["Europe"] }),
          ...(store.default_sales_channel_id ? {} : { default_sales_channel_id: channels[SITES[0].channel] }),
        } as any,
      },
    })
  }

  // Warehouse, shipping profile, delivery zones and shipping options.
  let [location] = await stockLocationService.listStockLocations({ name: STOCK_LOCATION.name })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({ input: { locations: [STOCK_LOCATION] } })
    location = result[0]
  }
  const {
    data: [locationLinks],
  } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_providers.id", "fulfillment_sets.id"],
    filters: { id: location.id },
  })
  const linkedChannels = new Set((locationLinks?.sales_channels ?? []).map((c: any) => c.id))
  const addChannels = Object.values(channels).filter((id) => !linkedChannels.has(id))
  if (addChannels.length) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: addChannels } })
  }
  if (!(locationLinks?.fulfillment_providers ?? []).some((p: any) => p.id === "manual_manual")) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
  }

  let [profile] = await fulfillmentService.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }

  let [fulfillmentSet] = await fulfillmentService.listFulfillmentSets({ name: FULFILLMENT_SET }, { relations: ["service_zones"] })
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillmentService.createFulfillmentSets({
      name: FULFILLMENT_SET,
      type: "shipping",
      service_zones: REGIONS.map((r) => ({
        name: r.name,
        geo_zones: r.countries.map((country_code) => ({ country_code, type: "country" })),
      })),
    })
    fulfillmentSet = (await fulfillmentService.listFulfillmentSets({ id: fulfillmentSet.id }, { relations: ["service_zones"] }))[0]
  }
  if (!(locationLinks?.fulfillment_sets ?? []).some((s: any) => s.id === fulfillmentSet.id)) {
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  const existingOptions = await fulfillmentService.listShippingOptions({ name: SHIPPING.map((s) => s.name) })
  const missingOptions = SHIPPING.filter((s) => !existingOptions.some((o: any) => o.name === s.name))
  if (missingOptions.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missingOptions.map((s) => {
        const region = REGIONS.find((r) => r.name === s.zone)!
        return {
          name: s.name,
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: fulfillmentSet.service_zones.find((z: any) => z.name === s.zone).id,
          shipping_profile_id: profile.id,
          type: { label: "Standard", description: "Delivered in 2-4 business days.", code: "standard" },
          prices: [
            { currency_code: s.currency, amount: s.amount },
            { region_id: regions[region.name], amount: s.amount },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        }
      }) as any,
    })
  }
  log(
    `warehouse and shipping: "${STOCK_LOCATION.name}", ${created(missingOptions.length, "shipping options", existingOptions.length)}`
  )

  // Products, sold on every site (the example storefront's too).
  const existingProducts = await productService.listProducts({ handle: PRODUCTS.map((p) => p.handle) }, { select: ["id", "handle"] })
  const missingProducts = PRODUCTS.filter((p) => !existingProducts.some((e: any) => e.handle === p.handle))
  if (missingProducts.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missingProducts.map((p) => ({
          title: p.title,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: profile.id,
          options: [{ title: p.option.title, values: p.option.values }],
          variants: p.option.values.map((value) => ({
            title: value,
            sku: `${p.handle}-${value}`.toUpperCase().replace(/[^A-Z0-9]+/g, "-"),
            options: { [p.option.title]: value },
            manage_inventory: false,
            prices: [
              { currency_code: "eur", amount: p.eur },
              { currency_code: "usd", amount: p.usd },
            ],
          })),
          sales_channels: Object.values(channels).map((id) => ({ id })),
        })) as any,
      },
    })
  }
  // Products made before a site was added (an older demo database) go on sale there too.
  if (existingProducts.length) {
    const { data: onSale } = await query.graph({
      entity: "product",
      fields: ["id", "sales_channels.id"],
      filters: { id: existingProducts.map((p: any) => p.id) },
    })
    for (const [name, channelId] of Object.entries(channels)) {
      const add = onSale
        .filter((p: any) => !(p.sales_channels ?? []).some((c: any) => c?.id === channelId))
        .map((p: any) => p.id)
      if (!add.length) continue
      await linkProductsToSalesChannelWorkflow(container).run({ input: { id: channelId, add } })
      log(`products: ${add.length} put on sale in ${name}`)
    }
  }
  log(`products: ${created(missingProducts.length, "products", existingProducts.length)}, sold on ${names.join(", ")}`)

  // Publishable API keys: one for the two shops and the portal, one for the example storefront alone.
  const shopChannels = SITES.map((s) => s.channel)
  const key = await ensurePublishableKey(container, log, PUBLISHABLE_KEY_TITLE, shopChannels.map((name) => channels[name]), {
    names: shopChannels,
    exclusive: false,
  })
  const exampleKey = await ensurePublishableKey(container, log, EXAMPLE_STOREFRONT.publishable_key_title, [channels[EXAMPLE_SITE.channel]], {
    names: [EXAMPLE_SITE.channel],
    // Medusa refuses a cart made with only a region when the key has several channels.
    exclusive: true,
  })

  return {
    storeId: store.id,
    channels,
    regions,
    publishableKey: key.token,
    examplePublishableKey: exampleKey.token,
    products: existingProducts.length + missingProducts.length,
  }
}

/**
 * A publishable key (found by title, unless revoked) linked to `channelIds`;
 * `exclusive` also unlinks any other channel, so the key keeps exactly those.
 */
async function ensurePublishableKey(
  container: MedusaContainer,
  log: Log,
  title: string,
  channelIds: string[],
  { names, exclusive }: { names: string[]; exclusive: boolean }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as any
  const apiKeyService = container.resolve(Modules.API_KEY) as any
  const keys = await apiKeyService.listApiKeys({ title, type: "publishable" })
  let key = keys.find((k: any) => !k.revoked_at)
  const existed = !!key
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title, type: "publishable", created_by: "" }] },
    })
    key = result[0]
  }
  const {
    data: [links],
  } = await query.graph({ entity: "api_key", fields: ["id", "sales_channels.id"], filters: { id: key.id } })
  const linked: string[] = (links?.sales_channels ?? []).map((c: any) => c?.id).filter(Boolean)
  const add = channelIds.filter((id) => !linked.includes(id))
  const remove = exclusive ? linked.filter((id) => !channelIds.includes(id)) : []
  if (add.length || remove.length) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add, remove } })
  }
  const changes = [add.length ? `${add.length} channel${add.length === 1 ? "" : "s"} linked` : "", remove.length ? `${remove.length} other unlinked` : ""]
    .filter(Boolean)
    .join(", ")
  log(
    `publishable API key "${title}": ${existed ? "already there" : "created"}, linked to ${names.join(" and ")}${exclusive ? " only" : ""}` +
      (existed && changes ? ` (${changes})` : "")
  )
  return key
}
