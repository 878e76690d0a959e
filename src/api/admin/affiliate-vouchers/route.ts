import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { createVoucherWorkflow } from "../../../workflows"
import { affiliateService } from "../../../workflows/steps/load"
import { runWorkflow } from "../../utils/http"
import { listArgs } from "../../utils/validators"
import { retrieveAffiliateVoucher } from "./helpers"
import { CreateVoucher, ListVouchersQuery } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { affiliate_id, ...query } = req.validatedQuery as z.infer<typeof ListVouchersQuery>
  const { filters, config, page } = listArgs(query)
  const svc = affiliateService(req.scope)
  if (affiliate_id) {
    const referrals = await svc.listAffiliateReferrals({ affiliate_id }, { select: ["id"] })
    const ids = referrals.map((r) => r.id)
    filters.referral_id = filters.referral_id ? ids.filter((id) => id === filters.referral_id) : ids
  }
  const [vouchers, count] = await svc.listAndCountAffiliateVouchers(filters, {
    ...config,
    relations: ["codes"],
  })
  res.json({ vouchers, count, ...page })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof CreateVoucher>>, res: MedusaResponse) {
  const created = await runWorkflow(createVoucherWorkflow, req, req.validatedBody as any)
  res.status(201).json({ voucher: await retrieveAffiliateVoucher(req.scope, created.id) })
}
