import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { updateAffiliateSiteWorkflow } from "../../../../workflows"
import { loadSite } from "../../../../workflows/steps/load"
import { runWorkflow } from "../../../utils/http"
import { UpdateSite } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ site: await loadSite(req.scope, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateSite>>, res: MedusaResponse) {
  const site = await runWorkflow(updateAffiliateSiteWorkflow, req, { ...(req.validatedBody as any), id: req.params.id })
  res.json({ site })
}
