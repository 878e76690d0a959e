import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createReferralWorkflow } from "../../../../../workflows"
import { runWorkflow } from "../../../../utils/http"
import { loadOwnAffiliate } from "../../helpers"
import type { CreatePartnerReferralBody } from "../self-service-validators"
import { loadOwnReferral, partnerActor } from "./helpers"

/**
 * The partner adds a link of their own (a channel such as "Instagram") on a
 * site they are approved for; the slug comes from the name unless they choose one.
 */
export async function POST(req: AuthenticatedMedusaRequest<CreatePartnerReferralBody>, res: MedusaResponse) {
  const { program_id, ...fields } = req.validatedBody as CreatePartnerReferralBody
  const { affiliate } = await loadOwnAffiliate(req, program_id)
  const created = await runWorkflow(createReferralWorkflow, req, { ...fields, affiliate_id: affiliate.id, actor: partnerActor(req) })
  res.status(201).json({ referral: await loadOwnReferral(req.scope, affiliate.id, created.id) })
}
