import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordClick } from "../../../workflows/track/record-click"
import { TrackingKey, trustedClient, withoutClient } from "../../utils/tracking"
import { publicClick } from "../../utils/public-click"
import type { RecordClickBody } from "./validators"

/** Records a click reported by a storefront page or server; answers with the click and visitor ids. */
export async function POST(req: MedusaRequest<RecordClickBody>, res: MedusaResponse) {
  const key = (req as any).trackingKey as TrackingKey
  // The body's ip and user_agent count only when verifyStorefront accepted the storefront's secret.
  const client = trustedClient(req)
  const click = await recordClick(req.scope, withoutClient(req.validatedBody as RecordClickBody), {
    sales_channel_ids: key.sales_channel_ids,
    user_agent: client.user_agent,
    ip: client.ip,
  })
  res.status(201).json({ click: publicClick(click) })
}
