import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { createReferralWorkflow } from "../../../workflows"
import { affiliateService } from "../../../workflows/steps/load"
import { runWorkflow } from "../../utils/http"
import { listArgs } from "../../utils/validators"
import { CreateReferral, ListReferralsQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { filters, config, page } = listArgs(req.validatedQuery as z.infer<typeof ListReferralsQuery>)
  const [referrals, count] = await affiliateService(req.scope).listAndCountAffiliateReferrals(filters, config)
  res.json({ referrals, count, ...page })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateReferral>>, res: MedusaResponse) {
  const referral = await runWorkflow(createReferralWorkflow, req, req.validatedBody as any)
  res.status(201).json({ referral })
}
