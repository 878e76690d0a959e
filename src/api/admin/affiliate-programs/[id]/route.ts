import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { updateAffiliateProgramWorkflow } from "../../../../workflows"
import { loadProgram } from "../../../../workflows/steps/load"
import { runWorkflow } from "../../../utils/http"
import { UpdateProgram } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ program: await loadProgram(req.scope, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateProgram>>, res: MedusaResponse) {
  await loadProgram(req.scope, req.params.id)
  const program = await runWorkflow(updateAffiliateProgramWorkflow, req, { ...(req.validatedBody as any), id: req.params.id })
  res.json({ program })
}
