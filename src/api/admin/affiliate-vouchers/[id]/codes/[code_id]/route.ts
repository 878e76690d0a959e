import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { setVoucherCodeStatusWorkflow } from "../../../../../../workflows"
import { runWorkflow } from "../../../../../utils/http"
import { retrieveAffiliateVoucher } from "../../../helpers"
import { SetCodeStatus } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof SetCodeStatus>>, res: MedusaResponse) {
  const body = req.validatedBody as z.infer<typeof SetCodeStatus>
  await runWorkflow(setVoucherCodeStatusWorkflow, req, {
    voucher_id: req.params.id,
    code_id: req.params.code_id,
    status: body.status,
  })
  res.json({ voucher: await retrieveAffiliateVoucher(req.scope, req.params.id) })
}
