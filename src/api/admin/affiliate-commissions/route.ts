import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../workflows/steps/load"
import { listArgs } from "../../utils/validators"
import { commissionFilters, commissionLookups, presentCommission } from "./helpers"
import type { ListCommissionsQueryType } from "./validators"

/** The ledger: every entry with its explanation and payout, plus totals per currency over the whole filter. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, order, ...query } = req.validatedQuery as ListCommissionsQueryType
  const { filters, ledger } = await commissionFilters(req.scope, query)
  const { config, page } = listArgs({ limit, offset, order }, "-created_at")
  const svc = affiliateService(req.scope)
  const [[rows, count], totals] = await Promise.all([
    svc.listAndCountAffiliateCommissions(filters, { ...config, order: { ...config.order, id: "DESC" } }),
    svc.ledgerTotals(ledger),
  ])
  const lookups = await commissionLookups(req.scope, rows)
  res.json({ commissions: rows.map((r: any) => presentCommission(r, lookups)), count, ...page, totals })
}
