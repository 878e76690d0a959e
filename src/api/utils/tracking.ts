import { createHash, timingSafeEqual } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findPublishableKey } from "../../workflows/track/lookups"
import { affiliateService } from "../../workflows/steps/load"

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

export const STOREFRONT_SECRET_HEADER = "x-affiliate-storefront-secret"

/** Compares in constant time (both sides hashed first, so their lengths match). */
export function secretMatches(sent: string, configured: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest()
  return timingSafeEqual(digest(sent), digest(configured))
}

export type TrustedClient = { ip: string | null; user_agent: string | null; proven: boolean }

/** A tracking body without who reported it: the shopper's ip and user agent are `trustedClient`'s to say. */
export function withoutClient<T extends { ip?: unknown; user_agent?: unknown }>(body: T): Omit<T, "ip" | "user_agent"> {
  const { ip: _ip, user_agent: _userAgent, ...rest } = body
  return rest
}

/**
 * The visitor as far as this request proves it: its own IP and User-Agent
 * header, unless `verifyStorefront` accepted the storefront server's secret
 * and the shopper's IP and user agent it reported.
 */
export function trustedClient(req: MedusaRequest): TrustedClient {
  const known = (req as any).affiliateClient as TrustedClient | undefined
  if (known) return known
  const own = { ip: clientIp(req), user_agent: userAgent(req), proven: false }
  ;(req as any).affiliateClient = own
  return own
}

/**
 * A storefront server records clicks for its shoppers: their IP and user
 * agent in the body count only with the configured secret in the
 * x-affiliate-storefront-secret header. Anyone else's (a browser, a script
 * with the public publishable key) are ignored. A wrong secret is refused
 * with 401, so a misconfigured storefront notices. A proven request must
 * carry the shopper's `user_agent` (an empty string when the shopper sent
 * none): 400 without it.
 */
export function verifyStorefront(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const header = req.headers[STOREFRONT_SECRET_HEADER]
  const sent = Array.isArray(header) ? header[0] : header
  if (sent === undefined) {
    trustedClient(req)
    return next()
  }
  const configured = affiliateService(req.scope).getOptions().storefrontSecret
  if (!configured || !secretMatches(sent, configured)) {
    return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, `The ${STOREFRONT_SECRET_HEADER} header does not match the plugin's storefrontSecret option.`))
  }
  const body = ((req as any).validatedBody ?? {}) as { ip?: string; user_agent?: string }
  // The server's own user agent ("node", "undici") would store the shopper's click as a bot.
  if (body.user_agent === undefined) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "user_agent: required when a storefront server reports for a shopper"))
  }
  ;(req as any).affiliateClient = {
    ip: body.ip ?? clientIp(req),
    user_agent: body.user_agent,
    proven: true,
  } satisfies TrustedClient
  next()
}
