import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { createAffiliateProgramWorkflow } from "../../../workflows"
import { affiliateService } from "../../../workflows/steps/load"
import { runWorkflow } from "../../utils/http"
import { listArgs } from "../../utils/validators"
import { CreateProgram, ListProgramsQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { filters, config, page } = listArgs(req.validatedQuery as z.infer<typeof ListProgramsQuery>)
  const [programs, count] = await affiliateService(req.scope).listAndCountAffiliatePrograms(filters, config)
  res.json({ programs, count, ...page })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateProgram>>, res: MedusaResponse) {
  const program = await runWorkflow(createAffiliateProgramWorkflow, req, req.validatedBody as any)
  res.status(201).json({ program })
}
