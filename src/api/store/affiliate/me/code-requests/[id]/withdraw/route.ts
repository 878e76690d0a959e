import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { decideCodeRequestWorkflow } from "../../../../../../../workflows"
import { affiliateService } from "../../../../../../../workflows/steps/load"
import { runWorkflow } from "../../../../../../utils/http"
import { loadOwnAffiliate } from "../../../../helpers"
import { presentPartnerCodeRequest } from "../../../../presenters"
import { WithdrawCodeRequest } from "../../validators"

/** The partner takes back a request that still waits for review. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof WithdrawCodeRequest>>, res: MedusaResponse) {
  const body = req.validatedBody as z.infer<typeof WithdrawCodeRequest>
  const { affiliate } = await loadOwnAffiliate(req, body.program_id)
  await runWorkflow(decideCodeRequestWorkflow, req, {
    id: req.params.id,
    action: "withdraw" as const,
    actor: { type: "customer" as const, id: req.auth_context.actor_id },
    affiliate_id: affiliate.id,
  })
  const [request] = await affiliateService(req.scope).listAffiliateCodeRequests({ id: req.params.id }, { take: 1 })
  res.json({ code_request: presentPartnerCodeRequest(request) })
}
