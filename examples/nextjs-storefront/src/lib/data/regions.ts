import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"

export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  const { regions } = await sdk.store.region.list()
  return regions
}

/** The region that sells to a country, as the URL's /[countryCode] names it. */
export async function getRegion(countryCode: string): Promise<HttpTypes.StoreRegion | null> {
  const regions = await listRegions()
  return regions.find((region) => region.countries?.some((country) => country.iso_2 === countryCode.toLowerCase())) ?? null
}
