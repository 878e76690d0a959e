import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { updateVoucherWorkflow } from "../../../../workflows"
import { runWorkflow } from "../../../utils/http"
import { retrieveAffiliateVoucher } from "../helpers"
import { UpdateVoucher } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ voucher: await retrieveAffiliateVoucher(req.scope, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof UpdateVoucher>>, res: MedusaResponse) {
  await retrieveAffiliateVoucher(req.scope, req.params.id)
  await runWorkflow(updateVoucherWorkflow, req, { ...(req.validatedBody as any), id: req.params.id })
  res.json({ voucher: await retrieveAffiliateVoucher(req.scope, req.params.id) })
}
