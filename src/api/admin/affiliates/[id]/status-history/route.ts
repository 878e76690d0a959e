import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { affiliateService, loadAffiliate } from "../../../../../workflows/steps/load"
import { listArgs } from "../../../../utils/validators"
import { ListStatusHistoryQuery } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await loadAffiliate(req.scope, req.params.id)
  const { config, page } = listArgs(req.validatedQuery as z.infer<typeof ListStatusHistoryQuery>)
  const [status_changes, count] = await affiliateService(req.scope).listAndCountAffiliateStatusChanges(
    { affiliate_id: req.params.id },
    config
  )
  res.json({ status_changes, count, ...page })
}
