import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRACKER_CONTENT_TYPE, TRACKER_JS, TRACKER_VERSION } from "../../../storefront/tracker"

/** True when an If-None-Match header names the current version (a list, weak tags and * included). */
function matches(header: string | string[] | undefined, etag: string) {
  const value = Array.isArray(header) ? header.join(",") : header
  if (!value) return false
  return value.split(",").some((tag) => {
    const t = tag.trim()
    return t === "*" || t.replace(/^W\//, "") === etag
  })
}

/**
 * GET /affiliate/tracker.js: the storefront tracking script (see
 * src/storefront/tracker.ts). Public and cacheable for a few minutes, so a
 * new version reaches storefronts quickly; any origin may load it.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const etag = `"${TRACKER_VERSION}"`
  res.setHeader("Content-Type", TRACKER_CONTENT_TYPE)
  res.setHeader("Cache-Control", "public, max-age=300")
  res.setHeader("ETag", etag)
  res.setHeader("Access-Control-Allow-Origin", "*")
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin")
  res.setHeader("X-Content-Type-Options", "nosniff")
  if (matches(req.headers["if-none-match"], etag)) {
    res.status(304).end()
    return
  }
  res.status(200).send(TRACKER_JS)
}
