import { model } from "@medusajs/framework/utils"
import Payout from "./payout"
import Commission from "./commission"

/** One commission settled by a payout. A commission is in at most one live payout. */
const PayoutItem = model
  .define("affiliate_payout_item", {
    id: model.id({ prefix: "affpitem" }).primaryKey(),
    payout: model.belongsTo(() => Payout, { mappedBy: "items" }),
    commission: model.belongsTo(() => Commission, { mappedBy: "payout_items" }),
    amount: model.bigNumber(),
    /** Released when the payout fails or is canceled, so the commission can be paid again. */
    released_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["commission_id"], unique: true, where: "released_at IS NULL AND deleted_at IS NULL" },
    { on: ["payout_id"] },
  ])

export default PayoutItem
