import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutStatementCsv } from "../../../../../../../domain/pay/partner-ledger-csv"
import { affiliateService } from "../../../../../../../workflows/steps/load"
import { notFound } from "../../../../../../utils/http"
import { loadOwnAffiliate } from "../../../../helpers"
import { presentPartnerPayout } from "../../../../presenters"
import { partnerCommissions } from "../../../pay-helpers"

/** A payout's statement as CSV: one line per commission it pays, with the payout's status and reference. Another partner's payout is not found. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { affiliate } = await loadOwnAffiliate(req, (req.validatedQuery as any)?.program_id)
  const svc = affiliateService(req.scope)
  const [payout] = await svc.listAffiliatePayouts({ id: req.params.id, affiliate_id: affiliate.id }, { take: 1 })
  if (!payout) throw notFound(`Payout ${req.params.id} was not found.`)
  const items = await svc.listAffiliatePayoutItems({ payout_id: payout.id }, { select: ["commission_id"], take: 1_000_000 })
  const ids = (items as any[]).map((i) => i.commission_id)
  const rows = ids.length
    ? await svc.listAffiliateCommissions({ id: ids, affiliate_id: affiliate.id }, { take: ids.length, order: { created_at: "ASC", id: "ASC" } })
    : []
  const csv = payoutStatementCsv(presentPartnerPayout(payout, ids.length), await partnerCommissions(req.scope, rows, affiliate.id))
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="affiliate-payout-${payout.id}-statement.csv"`)
  res.send(csv)
}
