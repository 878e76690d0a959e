import { model } from "@medusajs/framework/utils"
import Program from "./program"
import SiteAuthorization from "./site-authorization"

/** A storefront domain / brand / region that partners promote, tied to a Medusa sales channel. */
const Site = model
  .define("affiliate_site", {
    id: model.id({ prefix: "affsite" }).primaryKey(),
    program: model.belongsTo(() => Program, { mappedBy: "sites" }),
    name: model.text().searchable(),
    domain: model.text().searchable(),
    sales_channel_id: model.text().nullable(),
    landing_url: model.text(),
    locale: model.text().nullable(),
    status: model.enum(["active", "archived"]).default("active"),
    authorizations: model.hasMany(() => SiteAuthorization, { mappedBy: "site" }),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["domain"], unique: true },
    { on: ["sales_channel_id"] },
  ])

export default Site
