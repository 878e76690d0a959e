import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { updateAffiliateWorkflow } from "../../../../workflows"
import { runWorkflow } from "../../../utils/http"
import { loadOwnAffiliate, presentProgram } from "../helpers"
import { UpdateMe } from "../validators"

/** The portal's starting point: the partner's own account, sites, referrals and codes. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { program_id } = (req as any).validatedQuery as { program_id?: string }
  const { program, affiliate } = await loadOwnAffiliate(req, program_id)
  res.json({ affiliate, program: presentProgram(program) })
}

/** The partner keeps contact, business and payout details current. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateMe>>, res: MedusaResponse) {
  const { program_id, ...details } = req.validatedBody as z.infer<typeof UpdateMe>
  const { affiliate } = await loadOwnAffiliate(req, program_id)
  // A partner is held to their account's status (a suspended one cannot redirect payouts).
  const actor = { type: "customer" as const, id: req.auth_context.actor_id }
  await runWorkflow(updateAffiliateWorkflow, req, { ...details, id: affiliate.id, actor })
  const reloaded = await loadOwnAffiliate(req, program_id)
  res.json({ affiliate: reloaded.affiliate })
}
