import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PORTAL_ASSETS, PORTAL_SECURITY_HEADERS, renderMissingKeyPage, renderPortalPage } from "../../portal"

type Container = { resolve: (key: string) => unknown }

/**
 * The publishable key the portal sends with its /store calls: the store's
 * oldest publishable key that has not been revoked. Resolved on the server so
 * nobody has to paste a key into a URL.
 */
export async function findPublishableKey(container: Container): Promise<string | null> {
  const apiKeys = container.resolve(Modules.API_KEY) as {
    listApiKeys: (filters: Record<string, unknown>, config?: Record<string, unknown>) => Promise<{ token: string }[]>
  }
  const config = { take: 1, order: { created_at: "ASC" }, select: ["id", "token", "type", "revoked_at", "created_at"] }
  const [key] = await apiKeys.listApiKeys({ type: "publishable", revoked_at: null }, config)
  if (key?.token) return key.token
  // A key whose revocation is scheduled for later still works until then.
  const [expiring] = await apiKeys.listApiKeys({ type: "publishable", revoked_at: { $gt: new Date() } }, config)
  return expiring?.token || null
}

function securityHeaders(res: MedusaResponse) {
  for (const [name, value] of Object.entries(PORTAL_SECURITY_HEADERS)) res.setHeader(name, value)
}

/** GET handler shared by /affiliate-portal and its accept-invitation paths. */
export async function servePortalPage(req: MedusaRequest, res: MedusaResponse) {
  const publishableKey = await findPublishableKey(req.scope)
  securityHeaders(res)
  // The page carries the current key: never cache it.
  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  if (!publishableKey) {
    res.status(503).send(renderMissingKeyPage())
    return
  }
  res.status(200).send(renderPortalPage({ publishableKey }))
}

/** GET handler for the script and the stylesheet; URLs carry a content hash, so they cache for long. */
export function serveAsset(asset: keyof typeof PORTAL_ASSETS) {
  return async (req: MedusaRequest, res: MedusaResponse) => {
    const { body, type, version } = PORTAL_ASSETS[asset]
    securityHeaders(res)
    res.setHeader("Content-Type", type)
    res.setHeader("ETag", `"${version}"`)
    res.setHeader("Cache-Control", req.query?.v === version ? "public, max-age=31536000, immutable" : "public, max-age=300")
    if (req.headers["if-none-match"] === `"${version}"`) {
      res.status(304).end()
      return
    }
    res.status(200).send(body)
  }
}
