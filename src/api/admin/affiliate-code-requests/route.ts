import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../workflows/steps/load"
import { listArgs } from "../../utils/validators"
import { withContext } from "./helpers"
import type { ListCodeRequestsQueryType } from "./validators"

/** The review queue: code requests by status, program or partner, newest first unless ordered otherwise. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q, ...query } = req.validatedQuery as ListCodeRequestsQueryType
  const { filters, config, page } = listArgs(query)
  if (q) filters.normalized_code = { $ilike: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\s+/g, "").toUpperCase()}%` }
  const [rows, count] = await affiliateService(req.scope).listAndCountAffiliateCodeRequests(filters, config)
  res.json({ code_requests: await withContext(req.scope, rows), count, ...page })
}
