import { model } from "@medusajs/framework/utils"
import Voucher from "./voucher"

/**
 * Every code a shopper can type: the voucher's primary code and its aliases.
 * `normalized_code` is unique over all of them, so no two vouchers ever answer
 * to the same code, and a retired code is never reused.
 */
const VoucherCode = model
  .define("affiliate_voucher_code", {
    id: model.id({ prefix: "affcode" }).primaryKey(),
    voucher: model.belongsTo(() => Voucher, { mappedBy: "codes" }),
    code: model.text().searchable(),
    normalized_code: model.text(),
    kind: model.enum(["primary", "alias"]).default("alias"),
    status: model.enum(["active", "inactive"]).default("active"),
  })
  .indexes([
    // Not scoped to deleted_at: a code stays reserved forever.
    { on: ["normalized_code"], unique: true, where: null as any },
  ])

export default VoucherCode
