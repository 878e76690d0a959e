import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateReferralWorkflow } from "../../../../../../workflows"
import { runWorkflow } from "../../../../../utils/http"
import { loadOwnAffiliate } from "../../../helpers"
import type { UpdatePartnerReferralBody } from "../../self-service-validators"
import { loadOwnReferral, partnerActor } from "../helpers"

/** The partner renames a link, changes its landing path or UTM defaults, or archives it (and back). */
export async function POST(req: AuthenticatedMedusaRequest<UpdatePartnerReferralBody>, res: MedusaResponse) {
  const { program_id, ...fields } = req.validatedBody as UpdatePartnerReferralBody
  const { affiliate } = await loadOwnAffiliate(req, program_id)
  await loadOwnReferral(req.scope, affiliate.id, req.params.id)
  await runWorkflow(updateReferralWorkflow, req, { ...fields, id: req.params.id, affiliate_id: affiliate.id, actor: partnerActor(req) })
  res.json({ referral: await loadOwnReferral(req.scope, affiliate.id, req.params.id) })
}
