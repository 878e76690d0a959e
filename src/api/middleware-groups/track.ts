import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../utils/validate"
import { requirePublishableKey, trackingCors } from "../utils/tracking"
import { RecordClick } from "../affiliate/clicks/validators"
import { AttachTouch } from "../store/affiliate/track-validators"

/** Track: clicks, referral links, carts and signups. */
export const trackRoutes: MiddlewareRoute[] = [
  { method: ["OPTIONS"], matcher: "/affiliate/clicks", middlewares: [trackingCors] },
  { method: ["POST"], matcher: "/affiliate/clicks", middlewares: [trackingCors, requirePublishableKey, validateBody(RecordClick)] },
  { method: ["POST"], matcher: "/store/affiliate/carts/:id/attribution", middlewares: [validateBody(AttachTouch)] },
  {
    method: ["POST"],
    matcher: "/store/affiliate/signup-attribution",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateBody(AttachTouch)],
  },
]
