import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../../workflows/steps/load"
import { notFound } from "../../../utils/http"
import { commissionLookups, presentCommission } from "../../affiliate-commissions/helpers"
import { payoutLookups, presentPayout } from "../helpers"

/** A payout and every commission it includes (released ones too, marked by the payout's status). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = affiliateService(req.scope)
  const [row] = await svc.listAffiliatePayouts({ id: req.params.id }, { take: 1 })
  if (!row) throw notFound(`Payout ${req.params.id} was not found.`)
  const items = await svc.listAffiliatePayoutItems({ payout_id: row.id }, { select: ["commission_id"], take: 1_000_000 })
  const ids = (items as any[]).map((i) => i.commission_id)
  const commissions = ids.length ? await svc.listAffiliateCommissions({ id: ids }, { take: ids.length, order: { created_at: "ASC" } }) : []
  const [lookups, names] = await Promise.all([payoutLookups(req.scope, [row]), commissionLookups(req.scope, commissions)])
  res.json({ payout: presentPayout(row, lookups), items: commissions.map((c: any) => presentCommission(c, names)) })
}
