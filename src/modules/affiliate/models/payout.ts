import { model } from "@medusajs/framework/utils"
import PayoutItem from "./payout-item"

/** A payment to one affiliate in one currency, made of the commissions it settles. */
const Payout = model
  .define("affiliate_payout", {
    id: model.id({ prefix: "affpay" }).primaryKey(),
    program_id: model.text(),
    affiliate_id: model.text(),
    run_id: model.text().nullable(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    status: model.enum(["draft", "processing", "paid", "failed", "canceled"]).default("draft"),
    reference: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    failed_reason: model.text().nullable(),
    created_by: model.text().nullable(),
    /** Where the money goes, frozen when the run made the payout: { payout_method, payout_details } as they were then. */
    destination: model.json().nullable(),
    items: model.hasMany(() => PayoutItem, { mappedBy: "payout" }),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["affiliate_id", "status"] }, { on: ["run_id"] }])

export default Payout
