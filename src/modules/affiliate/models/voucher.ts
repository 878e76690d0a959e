import { model } from "@medusajs/framework/utils"
import Referral from "./referral"
import VoucherCode from "./voucher-code"

/**
 * A type-in code for a referral (podcasts, video, events). Its primary code
 * and aliases live in `voucher_code`, one case-insensitive namespace. It may
 * link a Medusa promotion that gives the shopper an incentive.
 */
const Voucher = model
  .define("affiliate_voucher", {
    id: model.id({ prefix: "affvch" }).primaryKey(),
    referral: model.belongsTo(() => Referral, { mappedBy: "vouchers" }),
    code: model.text().searchable(),
    promotion_id: model.text().nullable(),
    status: model.enum(["active", "inactive"]).default("active"),
    description: model.text().nullable(),
    codes: model.hasMany(() => VoucherCode, { mappedBy: "voucher" }),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["promotion_id"] }])

export default Voucher
