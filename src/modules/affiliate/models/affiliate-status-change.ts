import { model } from "@medusajs/framework/utils"
import Affiliate from "./affiliate"

/** Append-only history of an affiliate's status, payout details and accepted agreements: who changed them, when and why. */
const AffiliateStatusChange = model
  .define("affiliate_status_change", {
    id: model.id({ prefix: "affstat" }).primaryKey(),
    affiliate: model.belongsTo(() => Affiliate, { mappedBy: "status_changes" }),
    /** A status move, a change of payout details or an accepted agreement version (status stays; `change` holds before and after). */
    kind: model.enum(["status", "payout_details", "agreement"]).default("status"),
    change: model.json().nullable(),
    from_status: model.text().nullable(),
    to_status: model.text(),
    reason: model.text().nullable(),
    actor_type: model.enum(["user", "customer", "system"]),
    actor_id: model.text().nullable(),
  })
  .indexes([{ on: ["affiliate_id", "created_at"] }])

export default AffiliateStatusChange
