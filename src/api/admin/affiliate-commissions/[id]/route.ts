import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../../workflows/steps/load"
import { notFound } from "../../../utils/http"
import { commissionLookups, presentCommission } from "../helpers"

/** One entry with its explanation, rule snapshot, payout, the entries reversing it, and the entry it reverses. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = affiliateService(req.scope)
  const [row] = await svc.listAffiliateCommissions({ id: req.params.id }, { take: 1 })
  if (!row) throw notFound(`Commission ${req.params.id} was not found.`)
  const reversals = await svc.listAffiliateCommissions({ reverses_id: row.id }, { order: { created_at: "ASC" }, take: 1000 })
  const lookups = await commissionLookups(req.scope, [row, ...reversals])
  res.json({
    commission: presentCommission(row, lookups),
    reversals: reversals.map((r: any) => presentCommission(r, lookups)),
  })
}
