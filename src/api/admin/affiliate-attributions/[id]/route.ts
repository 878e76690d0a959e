import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../../workflows/steps/load"
import { notFound } from "../../../utils/http"
import { attributionLookups, presentAttribution } from "../helpers"

/** One attribution with its full explanation: the model, the window and every touch considered. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [row] = await affiliateService(req.scope).listAffiliateAttributions({ id: req.params.id }, { take: 1 })
  if (!row) throw notFound(`Attribution ${req.params.id} was not found.`)
  const lookups = await attributionLookups(req.scope, [row])
  res.json({ attribution: presentAttribution(row, lookups) })
}
