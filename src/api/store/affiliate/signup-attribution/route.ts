import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { attributeRegistrationWorkflow } from "../../../../workflows/track/attribute"
import { affiliateService } from "../../../../workflows/steps/load"
import { runWorkflow } from "../../../utils/http"
import type { AttachTouchBody } from "../track-validators"

/**
 * Right after signing up, the storefront reports the click or code that
 * brought the new customer. One registration attribution per customer: a
 * second report answers with the first decision.
 */
export async function POST(req: AuthenticatedMedusaRequest<AttachTouchBody>, res: MedusaResponse) {
  const body = req.validatedBody as AttachTouchBody
  const result = await runWorkflow(attributeRegistrationWorkflow, req, { customer_id: req.auth_context.actor_id, ...body })
  const [attribution] = result.id ? await affiliateService(req.scope).listAffiliateAttributions({ id: result.id }, { take: 1 }) : []
  // The shopper learns whether the signup counted, not who the partner is.
  res.status(result.created ? 201 : 200).json({
    created: result.created,
    attribution: attribution ? { id: attribution.id, status: attribution.status, source: attribution.source, attributed_at: attribution.attributed_at } : null,
  })
}
