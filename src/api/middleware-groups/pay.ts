import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../utils/validate"
import * as commissions from "../admin/affiliate-commissions/validators"
import * as payouts from "../admin/affiliate-payouts/validators"
import * as rules from "../admin/affiliate-commission-rules/validators"
import * as partner from "../store/affiliate/me/pay-validators"

const customer = authenticate("customer", ["session", "bearer"])

/** Pay: rules, the ledger, payouts (admin) and the partner's earnings (portal). */
export const payRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/affiliate-commission-rules", middlewares: [validateQuery(rules.ListRulesQuery)] },
  { method: ["POST"], matcher: "/admin/affiliate-commission-rules", middlewares: [validateBody(rules.CreateRule)] },
  { method: ["POST"], matcher: "/admin/affiliate-commission-rules/preview", middlewares: [validateBody(rules.PreviewRule)] },
  { method: ["POST"], matcher: "/admin/affiliate-commission-rules/:id", middlewares: [validateBody(rules.UpdateRule)] },
  { method: ["GET"], matcher: "/admin/affiliate-commissions", middlewares: [validateQuery(commissions.ListCommissionsQuery)] },
  { method: ["GET"], matcher: "/admin/affiliate-commissions/export", middlewares: [validateQuery(commissions.ExportCommissionsQuery)] },
  { method: ["POST"], matcher: "/admin/affiliate-commissions/adjustments", middlewares: [validateBody(commissions.CreateAdjustment)] },
  { method: ["POST"], matcher: "/admin/affiliate-commissions/approve-due", middlewares: [validateBody(commissions.ApproveDue)] },
  { method: ["GET"], matcher: "/admin/affiliate-payouts", middlewares: [validateQuery(payouts.ListPayoutsQuery)] },
  { method: ["POST"], matcher: "/admin/affiliate-payouts", middlewares: [validateBody(payouts.CreatePayoutRun)] },
  { method: ["GET"], matcher: "/admin/affiliate-payouts/export", middlewares: [validateQuery(payouts.ExportPayoutsQuery)] },
  { method: ["POST"], matcher: "/admin/affiliate-payouts/:id/status", middlewares: [validateBody(payouts.SettlePayout)] },
  { method: ["GET"], matcher: "/store/affiliate/me/balance", middlewares: [customer, validateQuery(partner.PartnerBalanceQuery)] },
  { method: ["GET"], matcher: "/store/affiliate/me/commissions", middlewares: [customer, validateQuery(partner.PartnerCommissionsQuery)] },
  { method: ["GET"], matcher: "/store/affiliate/me/commissions/export", middlewares: [customer, validateQuery(partner.PartnerCommissionsExportQuery)] },
  { method: ["GET"], matcher: "/store/affiliate/me/payouts", middlewares: [customer, validateQuery(partner.PartnerPayoutsQuery)] },
  { method: ["GET"], matcher: "/store/affiliate/me/payouts/:id", middlewares: [customer, validateQuery(partner.PartnerBalanceQuery)] },
  { method: ["GET"], matcher: "/store/affiliate/me/payouts/:id/export", middlewares: [customer, validateQuery(partner.PartnerBalanceQuery)] },
]
