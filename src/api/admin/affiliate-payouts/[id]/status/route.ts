import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlePayoutWorkflow } from "../../../../../workflows/pay/payouts"
import { affiliateService } from "../../../../../workflows/steps/load"
import { actorId, runWorkflow } from "../../../../utils/http"
import { payoutLookups, presentPayout } from "../../helpers"
import type { SettlePayoutType } from "../../validators"

/** processing, paid (with the payment reference), failed (with the reason) or canceled. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as SettlePayoutType
  await runWorkflow(settlePayoutWorkflow, req, { id: req.params.id, ...body, actor: actorId(req) })
  const [row] = await affiliateService(req.scope).listAffiliatePayouts({ id: req.params.id }, { take: 1 })
  res.json({ payout: presentPayout(row, await payoutLookups(req.scope, [row])) })
}
