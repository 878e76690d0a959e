import { model } from "@medusajs/framework/utils"
import Affiliate from "./affiliate"
import Site from "./site"
import Invitation from "./invitation"

/** A partner program: who may join, on what terms, and how attribution and payouts work. */
const Program = model
  .define("affiliate_program", {
    id: model.id({ prefix: "affprog" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text(),
    description: model.text().nullable(),
    is_default: model.boolean().default(false),
    registration_mode: model.enum(["open", "invite", "closed"]).default("open"),
    auto_approve: model.boolean().default(false),
    agreement_text: model.text().nullable(),
    agreement_version: model.text().nullable(),
    attribution_model: model.enum(["first_touch", "last_touch"]).default("last_touch"),
    attribution_window_days: model.number().default(30),
    /** Which touch wins an order when several qualify, highest first. */
    attribution_precedence: model.json().default(["code", "click", "registration"] as any),
    hold_days: model.number().default(30),
    /** When a registration bounty becomes a commission: at the customer's first order, or when an operator releases it. */
    registration_bounty_release: model.enum(["first_order", "review"]).default("first_order"),
    /** Registrations credited per day from one IP hash, and per partner; null for no cap. Over a cap they earn nothing. */
    registration_daily_cap_per_ip: model.number().default(3).nullable(),
    registration_daily_cap_per_partner: model.number().default(50).nullable(),
    /** Minimum approved balance before a payout is made, per currency code: { "eur": 50 }. */
    payout_minimums: model.json().default({}),
    timezone: model.text().default("UTC"),
    /** Codes partners ask for: granted at once when free and valid ("auto"), or queued for an operator ("review"). */
    code_requests: model.enum(["auto", "review"]).default("review"),
    /** A partner, once approved, gets a voucher with a code made from their name on their first link. */
    auto_code_for_new_partners: model.boolean().default(false),
    /** Help-center entries shown in the partner portal: [{ "question", "answer" }]. */
    help_center: model.json().default({ entries: [] } as any),
    affiliates: model.hasMany(() => Affiliate, { mappedBy: "program" }),
    sites: model.hasMany(() => Site, { mappedBy: "program" }),
    invitations: model.hasMany(() => Invitation, { mappedBy: "program" }),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["handle"], unique: true }])

export default Program
