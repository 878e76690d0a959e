import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { updateAffiliateWorkflow } from "../../../../workflows"
import { actorId, runWorkflow } from "../../../utils/http"
import { retrieveAffiliateDetail } from "../helpers"
import { UpdateAffiliate } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ affiliate: await retrieveAffiliateDetail(req.scope, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateAffiliate>>, res: MedusaResponse) {
  const actor = { type: "user" as const, id: actorId(req) }
  await runWorkflow(updateAffiliateWorkflow, req, { ...(req.validatedBody as any), id: req.params.id, actor })
  res.json({ affiliate: await retrieveAffiliateDetail(req.scope, req.params.id) })
}
