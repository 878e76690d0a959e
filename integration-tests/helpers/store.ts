import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Headers } from "./actors"

/**
 * A real Medusa store for tests that place orders: a region in eur, two sales
 * channels (one site each) on the publishable key, a warehouse that ships to
 * Germany, and a product with a priced variant. Orders go through the store
 * API exactly as a storefront would place them.
 */
export type TestStore = {
  regionId: string
  /** Two sales channels, both on the publishable key. */
  channels: { main: string; outlet: string }
  variantId: string
  shippingOptionId: string
  /** Price of one item and of shipping, in eur. */
  itemPrice: number
  shippingPrice: number
}

const ITEM_PRICE = 40
const SHIPPING_PRICE = 5

export async function buildStore(container: MedusaContainer, publishableKey: string): Promise<TestStore> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as any
  const link = container.resolve(ContainerRegistrationKeys.LINK) as any
  const storeService = container.resolve(Modules.STORE) as any
  const fulfillment = container.resolve(Modules.FULFILLMENT) as any

  const [store] = await storeService.listStores({}, { relations: ["supported_currencies"] })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { supported_currencies: [{ currency_code: "eur", is_default: true }] } as any,
    },
  })

  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Main webshop" }, { name: "Outlet webshop" }] },
  })
  const channelIds = channels.map((c: any) => c.id)
  const {
    data: [key],
  } = await query.graph({ entity: "api_key", fields: ["id"], filters: { token: publishableKey } })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: channelIds } })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de", "fr"], payment_providers: ["pp_system_default"] }] },
  })
  const region = regions[0]
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "de", provider_id: "tp_system" }, { country_code: "fr", provider_id: "tp_system" }],
  })

  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Test warehouse", address: { address_1: "Lagerstr. 1", city: "Berlin", country_code: "de" } }] },
  })
  const location = locations[0]
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: channelIds } })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  let [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }
  const set = await fulfillment.createFulfillmentSets({
    name: "Test delivery",
    type: "shipping",
    service_zones: [{ name: "Europe", geo_zones: [{ country_code: "de", type: "country" }, { country_code: "fr", type: "country" }] }],
  })
  const [withZones] = await fulfillment.listFulfillmentSets({ id: set.id }, { relations: ["service_zones"] })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
  })
  const { result: options } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard shipping",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: withZones.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "2-4 days", code: "standard" },
        prices: [
          { currency_code: "eur", amount: SHIPPING_PRICE },
          { region_id: region.id, amount: SHIPPING_PRICE },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ] as any,
  })

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Trail Backpack",
          handle: "trail-backpack",
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: profile.id,
          options: [{ title: "Size", values: ["M"] }],
          variants: [
            {
              title: "M",
              sku: "TRAIL-BACKPACK-M",
              options: { Size: "M" },
              manage_inventory: false,
              prices: [{ currency_code: "eur", amount: ITEM_PRICE }],
            },
          ],
          sales_channels: channelIds.map((id: string) => ({ id })),
        },
      ] as any,
    },
  })

  return {
    regionId: region.id,
    channels: { main: channelIds[0], outlet: channelIds[1] },
    variantId: products[0].variants[0].id,
    shippingOptionId: options[0].id,
    itemPrice: ITEM_PRICE,
    shippingPrice: SHIPPING_PRICE,
  }
}

const ADDRESS = {
  first_name: "Sam",
  last_name: "Shopper",
  address_1: "Hauptstr. 5",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
}

/** Store API request options: the publishable key, plus a signed-in customer's token when given. */
export function storeHeaders(publishableKey: string, customer?: Headers) {
  return { headers: { ...(customer?.headers ?? {}), "x-publishable-api-key": publishableKey } }
}

/** A cart with one item, an email and a shipping address, on a sales channel; as a guest or a signed-in customer. */
export async function createCart(
  api: any,
  publishableKey: string,
  store: TestStore,
  { salesChannelId, email, customer }: { salesChannelId?: string; email?: string; customer?: Headers } = {}
) {
  const body: Record<string, unknown> = {
    region_id: store.regionId,
    sales_channel_id: salesChannelId ?? store.channels.main,
    items: [{ variant_id: store.variantId, quantity: 1 }],
    shipping_address: ADDRESS,
    billing_address: ADDRESS,
  }
  if (email) body.email = email
  const { data } = await api.post("/store/carts", body, storeHeaders(publishableKey, customer))
  return data.cart as { id: string; customer_id: string | null; email: string; sales_channel_id: string }
}

/** Shipping, a payment session with the system provider, then completion: a placed order. */
export async function completeCart(api: any, publishableKey: string, store: TestStore, cartId: string, customer?: Headers) {
  const opts = storeHeaders(publishableKey, customer)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: store.shippingOptionId }, opts)
  const collection = (await api.post("/store/payment-collections", { cart_id: cartId }, opts)).data.payment_collection
  await api.post(`/store/payment-collections/${collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, opts)
  const completed = await api.post(`/store/carts/${cartId}/complete`, {}, opts)
  if (completed.data.type !== "order") {
    throw new Error(`cart ${cartId} did not complete: ${JSON.stringify(completed.data.error ?? completed.data)}`)
  }
  return completed.data.order as { id: string; customer_id: string; email: string; total: number; sales_channel_id: string; created_at: string }
}

/** Signs up through Medusa's own routes; `metadata` goes on the customer (where a storefront puts the affiliate click). */
export async function signUp(
  api: any,
  publishableKey: string,
  { email, password = "secret-pass-1", metadata }: { email: string; password?: string; metadata?: Record<string, unknown> }
) {
  const key = { "x-publishable-api-key": publishableKey }
  const registered = await api.post("/auth/customer/emailpass/register", { email, password })
  const created = await api.post(
    "/store/customers",
    { email, first_name: "Robin", last_name: "Referred", ...(metadata ? { metadata } : {}) },
    { headers: { ...key, authorization: `Bearer ${registered.data.token}` } }
  )
  const login = await api.post("/auth/customer/emailpass", { email, password })
  return {
    customer: created.data.customer as { id: string; email: string },
    headers: { headers: { ...key, authorization: `Bearer ${login.data.token}` } } as Headers,
  }
}

/** Polls until `find` returns something (short interval, bounded); fails with `what` when it never does. */
export async function eventually<T>(find: () => Promise<T | null | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const found = await find()
    if (found) return found
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
