import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findPublishableKey } from "../../workflows/track/lookups"

/**
 * The tracking endpoints are called from storefront pages on other origins,
 * without cookies: any origin may call them; the publishable key says which
 * store it is for.
 */
export function trackingCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.setHeader("Access-Control-Allow-Origin", "*")
  res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
  res.setHeader("Access-Control-Allow-Headers", "content-type, x-publishable-api-key")
  res.setHeader("Access-Control-Max-Age", "86400")
  if (req.method === "OPTIONS") {
    res.status(204).end()
    return
  }
  next()
}

export type TrackingKey = { id: string; sales_channel_ids: string[] }

/** A valid publishable key from the x-publishable-api-key header (or ?key= where headers cannot be set). */
export async function requirePublishableKey(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const header = req.headers["x-publishable-api-key"]
  const token = (Array.isArray(header) ? header[0] : header) ?? (typeof req.query.key === "string" ? req.query.key : undefined)
  if (!token) {
    return next(
      new MedusaError(MedusaError.Types.INVALID_DATA, "A publishable API key is required: send it in the x-publishable-api-key header.")
    )
  }
  try {
    const key = await findPublishableKey(req.scope, String(token))
    if (!key) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The publishable API key is unknown or revoked."))
    }
    ;(req as any).trackingKey = key
    next()
  } catch (error) {
    next(error)
  }
}

/** The caller's IP as Express sees it (set `trust proxy` in the host app behind a load balancer). */
export function clientIp(req: MedusaRequest): string | null {
  return req.ip ?? req.socket?.remoteAddress ?? null
}

export function userAgent(req: MedusaRequest): string | null {
  const ua = req.headers["user-agent"]
  return typeof ua === "string" ? ua : null
}
