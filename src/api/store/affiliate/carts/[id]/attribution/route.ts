import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { attachToCartWorkflow } from "../../../../../../workflows/track/attach-cart"
import { runWorkflow } from "../../../../../utils/http"
import type { AttachTouchBody } from "../../../track-validators"
import { withoutClient } from "../../../../../utils/tracking"

/** Attaches a click id or a typed code to the shopper's cart; a code with an incentive applies its promotion. */
export async function POST(req: MedusaRequest<AttachTouchBody>, res: MedusaResponse) {
  const result = await runWorkflow(attachToCartWorkflow, req, { cart_id: req.params.id, ...withoutClient(req.validatedBody as AttachTouchBody) })
  res.json(result)
}
