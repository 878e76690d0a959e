import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { createAffiliateSiteWorkflow } from "../../../workflows"
import { affiliateService } from "../../../workflows/steps/load"
import { runWorkflow } from "../../utils/http"
import { listArgs } from "../../utils/validators"
import { CreateSite, ListSitesQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { filters, config, page } = listArgs(req.validatedQuery as z.infer<typeof ListSitesQuery>)
  const [sites, count] = await affiliateService(req.scope).listAndCountAffiliateSites(filters, config)
  res.json({ sites, count, ...page })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateSite>>, res: MedusaResponse) {
  const site = await runWorkflow(createAffiliateSiteWorkflow, req, req.validatedBody as any)
  res.status(201).json({ site })
}
