import { model } from "@medusajs/framework/utils"
import Affiliate from "./affiliate"
import Site from "./site"

/** Whether an affiliate may promote a site; one row per affiliate and site. */
const SiteAuthorization = model
  .define("affiliate_site_authorization", {
    id: model.id({ prefix: "affauth" }).primaryKey(),
    affiliate: model.belongsTo(() => Affiliate, { mappedBy: "site_authorizations" }),
    site: model.belongsTo(() => Site, { mappedBy: "authorizations" }),
    status: model.enum(["requested", "approved", "revoked"]).default("requested"),
    note: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["affiliate_id", "site_id"], unique: true }, { on: ["site_id", "status"] }])

export default SiteAuthorization
