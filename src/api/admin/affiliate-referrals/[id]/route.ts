import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { updateReferralWorkflow } from "../../../../workflows"
import { affiliateService } from "../../../../workflows/steps/load"
import { notFound, runWorkflow } from "../../../utils/http"
import { UpdateReferral } from "../validators"

async function retrieveAffiliateReferral(scope: { resolve: (k: string) => unknown }, id: string) {
  const [referral] = await affiliateService(scope).listAffiliateReferrals({ id }, { relations: ["vouchers", "vouchers.codes"] })
  if (!referral) throw notFound(`Referral ${id} was not found.`)
  return referral
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ referral: await retrieveAffiliateReferral(req.scope, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateReferral>>, res: MedusaResponse) {
  await runWorkflow(updateReferralWorkflow, req, { ...(req.validatedBody as any), id: req.params.id })
  res.json({ referral: await retrieveAffiliateReferral(req.scope, req.params.id) })
}
