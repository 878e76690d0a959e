import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../utils/validate"
import * as admin from "../admin/affiliate-code-requests/validators"
import * as partner from "../store/affiliate/me/code-requests/validators"

const customer = authenticate("customer", ["session", "bearer"])

/** Enable: codes partners ask for (portal) and the operator's review queue (admin). */
export const codeRequestRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/affiliate-code-requests", middlewares: [validateQuery(admin.ListCodeRequestsQuery)] },
  { method: ["POST"], matcher: "/admin/affiliate-code-requests/:id/approve", middlewares: [validateBody(admin.ApproveCodeRequest)] },
  { method: ["POST"], matcher: "/admin/affiliate-code-requests/:id/refuse", middlewares: [validateBody(admin.RefuseCodeRequest)] },
  { method: ["GET"], matcher: "/store/affiliate/me/code-requests", middlewares: [customer, validateQuery(partner.PartnerCodeRequestsQuery)] },
  { method: ["POST"], matcher: "/store/affiliate/me/code-requests", middlewares: [customer, validateBody(partner.RequestCode)] },
  { method: ["POST"], matcher: "/store/affiliate/me/code-requests/:id/withdraw", middlewares: [customer, validateBody(partner.WithdrawCodeRequest)] },
]
