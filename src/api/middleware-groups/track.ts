import { authenticate, type MedusaRequest, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../utils/validate"
import { requirePublishableKey, trackingCors, verifyStorefront } from "../utils/tracking"
import { rateLimit } from "../utils/rate-limit"
import { RecordClick } from "../affiliate/clicks/validators"
import { AttachTouch } from "../store/affiliate/track-validators"

const carriesCode = (req: MedusaRequest) => typeof (req as any).validatedBody?.code === "string"

/**
 * Track: clicks, referral links, carts and signups. The public ones are
 * rate-limited per IP hash (plugin option `rateLimits`); the click route
 * counts the shopper's IP when a storefront server proves itself.
 */
export const trackRoutes: MiddlewareRoute[] = [
  { method: ["OPTIONS"], matcher: "/affiliate/clicks", middlewares: [trackingCors] },
  {
    method: ["POST"],
    matcher: "/affiliate/clicks",
    middlewares: [
      trackingCors,
      requirePublishableKey,
      validateBody(RecordClick),
      verifyStorefront,
      rateLimit("clicks"),
      rateLimit("codeLookups", carriesCode),
    ],
  },
  { method: ["GET"], matcher: "/r/:slug", middlewares: [rateLimit("redirects")] },
  {
    method: ["POST"],
    matcher: "/store/affiliate/carts/:id/attribution",
    middlewares: [validateBody(AttachTouch), verifyStorefront, rateLimit("codeLookups", carriesCode)],
  },
  {
    method: ["POST"],
    matcher: "/store/affiliate/signup-attribution",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateBody(AttachTouch), verifyStorefront, rateLimit("signups")],
  },
]
