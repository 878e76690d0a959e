import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { createAffiliateWorkflow } from "../../../workflows"
import { affiliateService } from "../../../workflows/steps/load"
import { actorId, runWorkflow } from "../../utils/http"
import { listArgs } from "../../utils/validators"
import { CreateAffiliate, ListAffiliatesQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { filters, config, page } = listArgs(req.validatedQuery as z.infer<typeof ListAffiliatesQuery>)
  const [affiliates, count] = await affiliateService(req.scope).listAndCountAffiliates(filters, config)
  res.json({ affiliates, count, ...page })
}

/** Creates an internal channel account, or an external partner signed up by the operator. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateAffiliate>>, res: MedusaResponse) {
  const affiliate = await runWorkflow(createAffiliateWorkflow, req, {
    ...(req.validatedBody as any),
    actor_id: actorId(req),
  })
  res.status(201).json({ affiliate })
}
