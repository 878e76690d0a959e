import { model } from "@medusajs/framework/utils"
import Program from "./program"
import AffiliateStatusChange from "./affiliate-status-change"
import SiteAuthorization from "./site-authorization"
import Referral from "./referral"

/**
 * A partner account. External partners log in to the portal with their
 * storefront customer account; internal accounts are the operator's own
 * marketing channels and never receive payouts.
 */
const Affiliate = model
  .define("affiliate", {
    id: model.id({ prefix: "aff" }).primaryKey(),
    program: model.belongsTo(() => Program, { mappedBy: "affiliates" }),
    kind: model.enum(["external", "internal"]).default("external"),
    status: model
      .enum(["pending", "active", "suspended", "disabled", "rejected"])
      .default("pending"),
    customer_id: model.text().nullable(),
    name: model.text().searchable(),
    email: model.text().searchable().nullable(),
    phone: model.text().nullable(),
    company_name: model.text().searchable().nullable(),
    website: model.text().nullable(),
    tax_id: model.text().nullable(),
    address: model.json().nullable(),
    /** Free-form answers from the application: audience, channels, expected volume. */
    business_details: model.json().nullable(),
    payout_method: model.enum(["bank_transfer", "paypal", "other"]).nullable(),
    payout_details: model.json().nullable(),
    timezone: model.text().default("UTC"),
    agreement_version: model.text().nullable(),
    agreement_accepted_at: model.dateTime().nullable(),
    verified_at: model.dateTime().nullable(),
    verified_by: model.text().nullable(),
    /** When a change of payout details cleared a verification; null again once verified. */
    verification_cleared_at: model.dateTime().nullable(),
    invitation_id: model.text().nullable(),
    status_changes: model.hasMany(() => AffiliateStatusChange, { mappedBy: "affiliate" }),
    site_authorizations: model.hasMany(() => SiteAuthorization, { mappedBy: "affiliate" }),
    referrals: model.hasMany(() => Referral, { mappedBy: "affiliate" }),
    metadata: model.json().nullable(),
  })
  .indexes([
    // One partner account per storefront customer and program.
    { on: ["program_id", "customer_id"], unique: true, where: "customer_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["status"] },
    { on: ["kind"] },
  ])

export default Affiliate
