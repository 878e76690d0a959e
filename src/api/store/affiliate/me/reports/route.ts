import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { partnerReport } from "./helpers"

/** The signed-in partner's own traffic, conversions and commission, grouped like the admin report. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await partnerReport(req))
}
