import { model } from "@medusajs/framework/utils"

/**
 * One visit through a referral link or a UTM-tagged landing. High volume:
 * plain columns, no relations, and reports read rollups rather than this table.
 * The raw IP is never stored, only a salted hash.
 */
const Click = model
  .define("affiliate_click", {
    id: model.id({ prefix: "affclk" }).primaryKey(),
    program_id: model.text(),
    affiliate_id: model.text().nullable(),
    referral_id: model.text().nullable(),
    voucher_id: model.text().nullable(),
    site_id: model.text().nullable(),
    visitor_id: model.text(),
    ip_hash: model.text().nullable(),
    /** Salted hash of IP and user agent: one device for unique visits, whatever visitor id it sends. */
    agent_hash: model.text().nullable(),
    is_bot: model.boolean().default(false),
    is_unique: model.boolean().default(true),
    /** Why this click can never attribute (its partner was not active when it happened). */
    blocked_reason: model.text().nullable(),
    landing_path: model.text().nullable(),
    referrer_host: model.text().nullable(),
    utm_source: model.text().nullable(),
    utm_medium: model.text().nullable(),
    utm_campaign: model.text().nullable(),
    utm_term: model.text().nullable(),
    utm_content: model.text().nullable(),
  })
  .indexes([
    { on: ["referral_id", "created_at"] },
    { on: ["affiliate_id", "created_at"] },
    { on: ["visitor_id", "created_at"] },
    { on: ["agent_hash", "created_at"] },
    { on: ["site_id", "created_at"] },
    { on: ["created_at"] },
  ])

export default Click
