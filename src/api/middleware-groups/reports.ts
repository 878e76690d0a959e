import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../utils/validate"
import { AdminReportQuery, PartnerReportQuery } from "../admin/affiliate-reports/validators"
import { ListAttributionsQuery } from "../admin/affiliate-attributions/validators"
import { PartnerConversionsQuery } from "../store/affiliate/me/conversions/validators"
import { PartnerOverviewQuery } from "../store/affiliate/me/overview/validators"

const customer = authenticate("customer", ["session", "bearer"])

/** Reports and attributions: admin and partner read routes. */
export const reportRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/affiliate-reports", middlewares: [validateQuery(AdminReportQuery)] },
  { method: ["GET"], matcher: "/admin/affiliate-attributions", middlewares: [validateQuery(ListAttributionsQuery)] },
  { method: ["GET"], matcher: "/store/affiliate/me/reports", middlewares: [customer, validateQuery(PartnerReportQuery)] },
  { method: ["GET"], matcher: "/store/affiliate/me/reports/export", middlewares: [customer, validateQuery(PartnerReportQuery)] },
  { method: ["GET"], matcher: "/store/affiliate/me/overview", middlewares: [customer, validateQuery(PartnerOverviewQuery)] },
  { method: ["GET"], matcher: "/store/affiliate/me/conversions", middlewares: [customer, validateQuery(PartnerConversionsQuery)] },
]
