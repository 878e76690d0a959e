import { model } from "@medusajs/framework/utils"
import Affiliate from "./affiliate"
import Voucher from "./voucher"

/**
 * A partner's channel sub-account ("Instagram", "Newsletter"): its own link
 * slug and default UTM tags, so each channel is reported on its own.
 */
const Referral = model
  .define("affiliate_referral", {
    id: model.id({ prefix: "affref" }).primaryKey(),
    affiliate: model.belongsTo(() => Affiliate, { mappedBy: "referrals" }),
    site_id: model.text().nullable(),
    name: model.text().searchable(),
    slug: model.text().searchable(),
    landing_path: model.text().default("/"),
    utm_source: model.text().nullable(),
    utm_medium: model.text().nullable(),
    utm_campaign: model.text().nullable(),
    status: model.enum(["active", "archived"]).default("active"),
    vouchers: model.hasMany(() => Voucher, { mappedBy: "referral" }),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["slug"], unique: true }, { on: ["site_id"] }])

export default Referral
