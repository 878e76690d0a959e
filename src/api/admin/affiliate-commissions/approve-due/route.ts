import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../../workflows/steps/load"

/** What the hourly job does, now: approve pending entries whose hold has passed. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const approved = await affiliateService(req.scope).approveDueCommissions(new Date())
  res.json({ approved: approved.length })
}
