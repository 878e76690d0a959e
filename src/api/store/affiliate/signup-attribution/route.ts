import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { attributeRegistrationWorkflow } from "../../../../workflows/track/attribute"
import { affiliateService } from "../../../../workflows/steps/load"
import { runWorkflow } from "../../../utils/http"
import { trustedClient, withoutClient } from "../../../utils/tracking"
import type { AttachTouchBody } from "../track-validators"

/**
 * Right after signing up, the storefront reports the click or code that
 * brought the new customer. One registration attribution per customer: a
 * second report answers with the first decision. A report long after the
 * account was created is refused (stored as rejected, reason
 * `signup_too_late`); the request's IP hash (as clicks take it: the
 * shopper's when a storefront server proved itself) counts toward the daily caps.
 */
export async function POST(req: AuthenticatedMedusaRequest<AttachTouchBody>, res: MedusaResponse) {
  const body = req.validatedBody as AttachTouchBody
  const result = await runWorkflow(attributeRegistrationWorkflow, req, { ...withoutClient(body), customer_id: req.auth_context.actor_id, ip: trustedClient(req).ip })
  const [attribution] = result.id ? await affiliateService(req.scope).listAffiliateAttributions({ id: result.id }, { take: 1 }) : []
  // The shopper learns whether the signup counted and why not, not who the partner is.
  res.status(result.created ? 201 : 200).json({
    created: result.created,
    attribution: attribution
      ? {
          id: attribution.id,
          status: attribution.status,
          source: attribution.source,
          attributed_at: attribution.attributed_at,
          reason: attribution.commission_reason === "signup_too_late" ? "signup_too_late" : null,
          detail: attribution.commission_reason === "signup_too_late" ? attribution.commission_detail : null,
        }
      : null,
  })
}
