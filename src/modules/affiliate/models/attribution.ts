import { model } from "@medusajs/framework/utils"

/**
 * A conversion (registration or order) and the partner it was credited to,
 * with the explanation of why. Rejected attributions are kept too, so
 * conversions are reported and disputes can be answered.
 */
const Attribution = model
  .define("affiliate_attribution", {
    id: model.id({ prefix: "affattr" }).primaryKey(),
    program_id: model.text(),
    conversion: model.enum(["registration", "order"]),
    status: model.enum(["attributed", "rejected"]).default("attributed"),
    customer_id: model.text().nullable(),
    order_id: model.text().nullable(),
    affiliate_id: model.text().nullable(),
    referral_id: model.text().nullable(),
    voucher_id: model.text().nullable(),
    voucher_code: model.text().nullable(),
    click_id: model.text().nullable(),
    site_id: model.text().nullable(),
    source: model.enum(["link", "code", "utm", "registration", "manual"]).nullable(),
    utm_source: model.text().nullable(),
    utm_medium: model.text().nullable(),
    utm_campaign: model.text().nullable(),
    utm_term: model.text().nullable(),
    utm_content: model.text().nullable(),
    attributed_at: model.dateTime(),
    window_ends_at: model.dateTime().nullable(),
    order_total: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    explanation: model.json(),
    /** What the conversion earned: earned | none | awaiting (a registration bounty waiting for evidence). */
    commission_status: model.text().nullable(),
    /** Why it earned nothing or waits (machine code, see domain/pay/commission-outcome), and one readable sentence. */
    commission_reason: model.text().nullable(),
    commission_detail: model.text().nullable(),
    /** Salted hash of the signup request's IP, for the daily registration caps. */
    ip_hash: model.text().nullable(),
    /** One attribution per conversion, however often its event is delivered. */
    idempotency_key: model.text(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true, where: null as any },
    { on: ["affiliate_id", "attributed_at"] },
    { on: ["customer_id"] },
    { on: ["order_id"] },
    { on: ["site_id", "attributed_at"] },
    { on: ["attributed_at"] },
    { on: ["ip_hash", "attributed_at"], where: "ip_hash is not null" as any },
  ])

export default Attribution
