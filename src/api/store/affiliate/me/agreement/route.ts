import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptAgreementWorkflow } from "../../../../../workflows/recruit/accept-agreement"
import { runWorkflow } from "../../../../utils/http"
import { loadOwnAffiliate } from "../../helpers"
import type { AcceptAgreementBody } from "../self-service-validators"

/**
 * The partner accepts the program's current agreement (after the operator
 * published a new version). `changed` is false when it was accepted already.
 */
export async function POST(req: AuthenticatedMedusaRequest<AcceptAgreementBody>, res: MedusaResponse) {
  const { program_id, version } = req.validatedBody as AcceptAgreementBody
  const { affiliate } = await loadOwnAffiliate(req, program_id)
  const { changed } = await runWorkflow(acceptAgreementWorkflow, req, {
    affiliate_id: affiliate.id,
    version,
    actor: { type: "customer" as const, id: req.auth_context.actor_id },
  })
  const reloaded = await loadOwnAffiliate(req, program_id)
  res.json({ affiliate: reloaded.affiliate, changed })
}
