import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadOwnAffiliate } from "../../helpers"
import { buildOverview } from "./helpers"
import type { PartnerOverviewQueryType } from "./validators"

/**
 * The partner's dashboard: action items first, then clicks, visits,
 * registrations, orders, revenue and commission of the period against the
 * period before, and a daily series for the chart.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { program_id, from, to, timezone } = req.validatedQuery as PartnerOverviewQueryType
  const { program, affiliate } = await loadOwnAffiliate(req, program_id)
  res.json(await buildOverview(req.scope, { program, affiliate, from, to, timezone }))
}
