import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createPayoutRunWorkflow } from "../../../workflows/pay/payouts"
import { affiliateService } from "../../../workflows/steps/load"
import { listArgs } from "../../utils/validators"
import { actorRef, runWorkflow } from "../../utils/http"
import { payoutLookups, presentPayout } from "./helpers"
import type { CreatePayoutRunType, ListPayoutsQueryType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { filters, config, page } = listArgs(req.validatedQuery as ListPayoutsQueryType, "-created_at")
  const [rows, count] = await affiliateService(req.scope).listAndCountAffiliatePayouts(filters, { ...config, order: { ...config.order, id: "DESC" } })
  const lookups = await payoutLookups(req.scope, rows)
  res.json({ payouts: rows.map((r: any) => presentPayout(r, lookups)), count, ...page })
}

const RUN_ANSWER_LIMIT = 100

/**
 * A payout run: draft payouts for every partner and currency owed at least
 * the program minimum. The answer lists the largest 100; `count` says how
 * many were made (page through them with GET ?run_id=).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as CreatePayoutRunType
  const run = await runWorkflow(createPayoutRunWorkflow, req, { ...body, actor: actorRef(req) })
  const rows = run.payout_ids.length
    ? await affiliateService(req.scope).listAffiliatePayouts({ run_id: run.run_id }, { take: RUN_ANSWER_LIMIT, order: { amount: "DESC", id: "ASC" } })
    : []
  const lookups = await payoutLookups(req.scope, rows)
  res.status(201).json({ run_id: run.run_id, payouts: rows.map((r: any) => presentPayout(r, lookups)), count: run.payout_ids.length })
}
