import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordClick } from "../../../workflows/track/record-click"
import { clientIp, TrackingKey, userAgent } from "../../utils/tracking"
import type { RecordClickBody } from "./validators"

/** Records a click reported by a storefront page or server; answers with the click and visitor ids. */
export async function POST(req: MedusaRequest<RecordClickBody>, res: MedusaResponse) {
  const key = (req as any).trackingKey as TrackingKey
  const click = await recordClick(req.scope, req.validatedBody as RecordClickBody, {
    sales_channel_ids: key.sales_channel_ids,
    user_agent: userAgent(req),
    ip: clientIp(req),
  })
  res.status(201).json({ click })
}
