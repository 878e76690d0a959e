import "server-only"
import Medusa from "@medusajs/js-sdk"

/**
 * Every Medusa call of this storefront runs on its server (server components
 * and server actions), so the publishable key is read at run time and never
 * reaches the browser.
 */
export const MEDUSA_BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
export const PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY || process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY || ""

export const sdk = new Medusa({
  baseUrl: MEDUSA_BACKEND_URL,
  publishableKey: PUBLISHABLE_KEY,
  // The customer's token lives in an httpOnly cookie; each call passes it (see cookies.ts).
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})
