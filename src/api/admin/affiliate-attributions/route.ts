import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../workflows/steps/load"
import { listArgs } from "../../utils/validators"
import { attributedAtFilter, attributionLookups, presentAttribution } from "./helpers"
import type { ListAttributionsQueryType } from "./validators"

/** Registrations and orders credited to partners, and the refused ones, each with its explanation. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { attributed_from, attributed_to, ...query } = req.validatedQuery as ListAttributionsQueryType
  const { filters, config, page } = listArgs(query, "-attributed_at")
  const attributed_at = attributedAtFilter(attributed_from, attributed_to)
  const [rows, count] = await affiliateService(req.scope).listAndCountAffiliateAttributions(
    { ...filters, ...(attributed_at ? { attributed_at } : {}) },
    // Newest first, and a stable order among attributions of the same instant.
    { ...config, order: { ...config.order, id: "DESC" } }
  )
  const lookups = await attributionLookups(req.scope, rows)
  res.json({ attributions: rows.map((row: any) => presentAttribution(row, lookups)), count, ...page })
}
