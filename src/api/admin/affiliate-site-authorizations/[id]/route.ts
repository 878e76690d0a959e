import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { setSiteAuthorizationWorkflow, loadSiteAuthorization } from "../../../../workflows"
import { actorId, runWorkflow } from "../../../utils/http"
import { UpdateSiteAuthorization } from "../validators"

/** Approves or revokes an existing authorization. */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateSiteAuthorization>>, res: MedusaResponse) {
  const body = req.validatedBody as z.infer<typeof UpdateSiteAuthorization>
  const current = await loadSiteAuthorization(req.scope, req.params.id)
  const site_authorization = await runWorkflow(setSiteAuthorizationWorkflow, req, {
    affiliate_id: current.affiliate_id,
    site_id: current.site_id,
    status: body.status,
    note: body.note ?? null,
    actor: { type: "user" as const, id: actorId(req) },
  })
  res.json({ site_authorization })
}
