import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../utils/validate"
import * as externalPartners from "../admin/affiliates/invite-external/validators"

/**
 * Recruit: an external partner added by email (linked to their storefront
 * account, or invited). Medusa registers static paths before parameters, so
 * the /admin/affiliates/:id update validator never sees this route's body.
 */
export const externalPartnerRoutes: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/affiliates/invite-external", middlewares: [validateBody(externalPartners.InviteExternalPartner)] },
]
