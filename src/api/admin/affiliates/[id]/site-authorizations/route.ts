import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { setSiteAuthorizationWorkflow } from "../../../../../workflows"
import { affiliateService, loadAffiliate } from "../../../../../workflows/steps/load"
import { actorId, runWorkflow } from "../../../../utils/http"
import { SetSiteAuthorization } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await loadAffiliate(req.scope, req.params.id)
  const site_authorizations = await affiliateService(req.scope).listAffiliateSiteAuthorizations(
    { affiliate_id: req.params.id },
    { relations: ["site"], order: { created_at: "ASC" } }
  )
  res.json({ site_authorizations })
}

/** Authorizes the affiliate for a site (or records a request, or revokes). */
export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof SetSiteAuthorization>>, res: MedusaResponse) {
  const body = req.validatedBody as z.infer<typeof SetSiteAuthorization>
  const site_authorization = await runWorkflow(setSiteAuthorizationWorkflow, req, {
    affiliate_id: req.params.id,
    site_id: body.site_id,
    status: body.status,
    note: body.note ?? null,
    actor: { type: "user" as const, id: actorId(req) },
  })
  res.status(200).json({ site_authorization })
}
