import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildReport } from "./helpers"
import type { AdminReportQueryType } from "./validators"

/**
 * Traffic and conversions from the hourly rollup, grouped by up to three
 * dimensions (day in the requested time zone, site, affiliate, referral,
 * UTM source / medium / campaign), with names for the ids; with
 * `commission=true`, the commission each group's conversions earned.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { from, to, timezone, by, commission, ...filters } = req.validatedQuery as AdminReportQueryType
  res.json(await buildReport(req.scope, { from, to, timezone, by, filters, commission: commission === "true" }))
}
