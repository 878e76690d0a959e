import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { applyForAffiliateProgramWorkflow } from "../../../../workflows"
import { runWorkflow } from "../../../utils/http"
import { loadOwnAffiliate } from "../helpers"
import { Apply } from "../validators"

/** The signed-in customer applies to the program; open + auto-approve programs activate at once. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof Apply>>, res: MedusaResponse) {
  const { program_id, agreement_version, ...details } = req.validatedBody as z.infer<typeof Apply>
  const created = await runWorkflow(applyForAffiliateProgramWorkflow, req, {
    customer_id: req.auth_context.actor_id,
    program_id,
    details: { ...details, agreement_version },
  })
  const { affiliate } = await loadOwnAffiliate(req, created.program_id)
  res.status(201).json({ affiliate })
}
