import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"

const FIELDS = "*variants.calculated_price,+variants.inventory_quantity"

export async function listProducts(regionId: string): Promise<HttpTypes.StoreProduct[]> {
  const { products } = await sdk.store.product.list({ region_id: regionId, fields: FIELDS, limit: 24 })
  return products
}

export async function getProductByHandle(handle: string, regionId: string): Promise<HttpTypes.StoreProduct | null> {
  const { products } = await sdk.store.product.list({ handle, region_id: regionId, fields: FIELDS, limit: 1 })
  return products[0] ?? null
}
