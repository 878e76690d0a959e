import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { setSiteAuthorizationWorkflow } from "../../../../../workflows"
import { runWorkflow } from "../../../../utils/http"
import { loadOwnAffiliate } from "../../helpers"
import { presentPartnerSiteAuthorization } from "../../presenters"
import { RequestSite } from "../../validators"

/** The partner asks to promote another site; the operator approves it in the admin. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof RequestSite>>, res: MedusaResponse) {
  const body = req.validatedBody as z.infer<typeof RequestSite>
  const { affiliate } = await loadOwnAffiliate(req, body.program_id)
  const site_authorization = await runWorkflow(setSiteAuthorizationWorkflow, req, {
    affiliate_id: affiliate.id,
    site_id: body.site_id,
    status: "requested" as const,
    note: body.note ?? null,
    actor: { type: "customer" as const, id: req.auth_context.actor_id },
  })
  res.status(201).json({ site_authorization: presentPartnerSiteAuthorization(site_authorization) })
}
