import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { addVoucherAliasWorkflow } from "../../../../../workflows"
import { runWorkflow } from "../../../../utils/http"
import { retrieveAffiliateVoucher } from "../../helpers"
import { AddAlias } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<z.infer<typeof AddAlias>>, res: MedusaResponse) {
  const body = req.validatedBody as z.infer<typeof AddAlias>
  await runWorkflow(addVoucherAliasWorkflow, req, { voucher_id: req.params.id, code: body.code })
  res.status(201).json({ voucher: await retrieveAffiliateVoucher(req.scope, req.params.id) })
}
