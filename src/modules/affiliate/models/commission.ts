import { model } from "@medusajs/framework/utils"
import PayoutItem from "./payout-item"

/**
 * An append-only ledger entry. Corrections are new entries (reversal,
 * clawback, adjustment) that point at what they correct; an entry's amount
 * never changes after it is written.
 */
const Commission = model
  .define("affiliate_commission", {
    id: model.id({ prefix: "affcom" }).primaryKey(),
    program_id: model.text(),
    affiliate_id: model.text(),
    referral_id: model.text().nullable(),
    site_id: model.text().nullable(),
    attribution_id: model.text().nullable(),
    order_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    rule_id: model.text().nullable(),
    rule_snapshot: model.json().nullable(),
    entry_type: model.enum(["commission", "reversal", "clawback", "adjustment"]).default("commission"),
    /** What earned it: a registration bounty, an order, a customer's first order. */
    event: model.enum(["registration", "order", "first_order"]).nullable(),
    basis_amount: model.bigNumber().nullable(),
    /** The percentage applied (10 = 10 %), after tiers; null for flat amounts. */
    rate: model.bigNumber().nullable(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    status: model.enum(["pending", "approved", "paid", "void"]).default("pending"),
    hold_until: model.dateTime().nullable(),
    approved_at: model.dateTime().nullable(),
    paid_at: model.dateTime().nullable(),
    reverses_id: model.text().nullable(),
    is_internal: model.boolean().default(false),
    idempotency_key: model.text(),
    explanation: model.json().nullable(),
    /** Who or what caused it: "order.placed", "payment.refunded", "user:<id>", "job:approve-commissions". */
    created_by: model.text().nullable(),
    /** Why an adjustment was made (required for adjustments). */
    reason: model.text().nullable(),
    payout_items: model.hasMany(() => PayoutItem, { mappedBy: "commission" }),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true, where: null as any },
    { on: ["affiliate_id", "status", "currency_code"] },
    { on: ["order_id"] },
    { on: ["status", "hold_until"] },
    { on: ["reverses_id"] },
    { on: ["program_id", "status", "created_at"] },
  ])

export default Commission
