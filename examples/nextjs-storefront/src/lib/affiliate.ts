import "server-only"
import type { AffiliateKitOptions } from "medusa-plugin-affiliate/storefront/next"
import { MEDUSA_BACKEND_URL, PUBLISHABLE_KEY } from "./config"

/** What the affiliate kit needs: the same server and key as the SDK, plus the storefront secret. */
export const affiliateOptions: AffiliateKitOptions = {
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: PUBLISHABLE_KEY,
  storefrontSecret: process.env.AFFILIATE_STOREFRONT_SECRET,
}
