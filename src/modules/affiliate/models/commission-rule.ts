import { model } from "@medusajs/framework/utils"

/**
 * How much a conversion earns. The most specific active rule wins
 * (referral > affiliate > site > program), then priority.
 */
const CommissionRule = model
  .define("affiliate_commission_rule", {
    id: model.id({ prefix: "affrule" }).primaryKey(),
    program_id: model.text(),
    name: model.text().searchable(),
    scope: model.enum(["program", "site", "affiliate", "referral"]).default("program"),
    site_id: model.text().nullable(),
    affiliate_id: model.text().nullable(),
    referral_id: model.text().nullable(),
    event: model.enum(["registration", "order", "first_order"]).default("order"),
    type: model.enum(["flat", "percentage"]),
    /** Percent of the basis, e.g. 10 for 10 %. */
    percentage: model.bigNumber().nullable(),
    /** Flat amount per currency code: { "eur": 5 }. */
    flat_amounts: model.json().nullable(),
    basis: model.enum(["item_subtotal", "order_total"]).default("item_subtotal"),
    /** Tier table: { metric, period, period_days, tiers: [{ threshold, percentage?, flat_amounts? }] }. */
    tiers: model.json().nullable(),
    /** No commission for conversions later than this many days after referral. */
    window_days: model.number().nullable(),
    priority: model.number().default(0),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    status: model.enum(["active", "archived"]).default("active"),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["program_id", "scope", "status"] }])

export default CommissionRule
