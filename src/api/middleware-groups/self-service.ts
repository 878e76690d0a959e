import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../utils/validate"
import * as partner from "../store/affiliate/me/self-service-validators"

const customer = authenticate("customer", ["session", "bearer"])

/** The partner's self-service in the portal: own links, deep links to a site's products, accepting the agreement. */
export const selfServiceRoutes: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/affiliate/me/referrals", middlewares: [customer, validateBody(partner.CreatePartnerReferral)] },
  { method: ["POST"], matcher: "/store/affiliate/me/referrals/:id", middlewares: [customer, validateBody(partner.UpdatePartnerReferral)] },
  { method: ["GET"], matcher: "/store/affiliate/me/sites/:id/products", middlewares: [customer, validateQuery(partner.PartnerSiteProductsQuery)] },
  { method: ["POST"], matcher: "/store/affiliate/me/agreement", middlewares: [customer, validateBody(partner.AcceptAgreement)] },
]
