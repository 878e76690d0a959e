/**
 * Shapes of the affiliate admin API responses, as the admin UI reads them.
 * The server is the authority; fields the UI never reads are left out.
 */

export type AffiliateStatus =
  | "pending"
  | "active"
  | "suspended"
  | "disabled"
  | "rejected"

export type AffiliateKind = "external" | "internal"

export type ListResponse<K extends string, T> = {
  [key in K]: T[]
} & {
  count: number
  limit: number
  offset: number
}

export type ListQuery = {
  limit?: number
  offset?: number
  order?: string
  q?: string
}

export type RegistrationMode = "open" | "invite" | "closed"
export type AttributionModel = "first_touch" | "last_touch"

export type Program = {
  id: string
  name: string
  handle: string
  description: string | null
  is_default: boolean
  registration_mode: RegistrationMode
  auto_approve: boolean
  agreement_text: string | null
  agreement_version: string | null
  attribution_model: AttributionModel
  attribution_window_days: number
  attribution_precedence?: ("code" | "click" | "registration")[]
  hold_days: number
  registration_bounty_release?: "first_order" | "review"
  registration_daily_cap_per_ip?: number | null
  registration_daily_cap_per_partner?: number | null
  /** Codes partners ask for: granted at once when free ("auto") or reviewed first. */
  code_requests?: "auto" | "review"
  auto_code_for_new_partners?: boolean
  payout_minimums: Record<string, number> | null
  timezone: string
  help_center: { entries: { question: string; answer: string }[] } | null
  created_at?: string
  updated_at?: string
}

export type ProgramInput = Partial<
  Omit<Program, "id" | "is_default" | "created_at" | "updated_at">
>

export type Site = {
  id: string
  program_id: string | null
  name: string
  domain: string
  sales_channel_id: string | null
  landing_url: string
  locale: string | null
  status: "active" | "archived"
  created_at?: string
}

export type SiteInput = {
  program_id?: string
  name: string
  domain: string
  sales_channel_id?: string | null
  landing_url: string
  locale?: string | null
  status?: "active" | "archived"
}

export type SiteAuthorizationStatus = "requested" | "approved" | "revoked"

export type SiteAuthorization = {
  id: string
  affiliate_id?: string
  site_id: string
  site?: Site | null
  status: SiteAuthorizationStatus
  note: string | null
  decided_by: string | null
  decided_at: string | null
  created_at?: string
}

export type VoucherCode = {
  id: string
  code: string
  normalized_code: string
  kind: "primary" | "alias"
  status: "active" | "inactive"
}

export type Voucher = {
  id: string
  referral_id: string
  code: string
  promotion_id: string | null
  status: "active" | "inactive"
  description: string | null
  codes?: VoucherCode[]
  created_at?: string
}

export type VoucherIncentive = {
  type: "percentage" | "fixed"
  value: number
  currency_code?: string
}

export type VoucherCreateInput = {
  referral_id: string
  code: string
  aliases?: string[]
  description?: string
  promotion_id?: string
  incentive?: VoucherIncentive
}

export type Referral = {
  id: string
  affiliate_id: string
  site_id: string | null
  name: string
  slug: string
  landing_path: string | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  status: "active" | "archived"
  vouchers?: Voucher[]
  created_at?: string
}

export type ReferralCreateInput = {
  affiliate_id: string
  name: string
  slug?: string
  site_id?: string
  landing_path?: string
  utm_source?: string
  utm_medium?: string
  utm_campaign?: string
}

export type Affiliate = {
  id: string
  program_id: string
  kind: AffiliateKind
  status: AffiliateStatus
  customer_id: string | null
  name: string
  email: string | null
  phone: string | null
  company_name: string | null
  website: string | null
  tax_id: string | null
  address: Record<string, unknown> | null
  business_details: Record<string, unknown> | null
  payout_method: string | null
  payout_details: Record<string, unknown> | null
  timezone: string | null
  agreement_version: string | null
  agreement_accepted_at: string | null
  verified_at: string | null
  /** When a change of payout details cleared a verification; null once verified again. */
  verification_cleared_at?: string | null
  /** Detail route: a verified partner changed their payout details since. */
  payout_details_changed_since_verification?: boolean
  created_at: string
  /** Included by the detail route. */
  program?: Program | null
  site_authorizations?: SiteAuthorization[]
  referrals?: Referral[]
}

export type AffiliateCreateInput = {
  program_id?: string
  kind: AffiliateKind
  name: string
  email?: string
  company_name?: string
}

export type AffiliateUpdateInput = Partial<
  Pick<
    Affiliate,
    | "name"
    | "email"
    | "phone"
    | "company_name"
    | "website"
    | "tax_id"
    | "timezone"
  >
>

export type AgreementChange = { before: { version: string | null; accepted_at: string | null }; after: { version: string | null; accepted_at: string | null } }
export type PayoutDestination = { payout_method: string | null; payout_details: Record<string, unknown> | null }

export type AffiliateStatusChange = {
  id: string
  /** A status move, or a change of payout details (status unchanged). */
  kind?: "status" | "payout_details" | "agreement"
  /** payout_details: the destination before and after; agreement: the accepted version before and after (see AgreementChange). */
  change?: { before: PayoutDestination; after: PayoutDestination; cleared_verification: boolean } | null
  from_status: AffiliateStatus | null
  to_status: AffiliateStatus
  reason: string | null
  actor_type: "user" | "customer" | "system"
  actor_id: string | null
  created_at: string
}

export type InvitationState = "open" | "accepted" | "expired" | "revoked"

export type Invitation = {
  id: string
  program_id: string | null
  email: string
  name: string | null
  kind: AffiliateKind
  state: InvitationState
  expires_at: string
  accepted_at: string | null
  revoked_at: string | null
  affiliate_id: string | null
  created_at: string
}

export type InvitationCreateInput = {
  email: string
  name?: string
  program_id?: string
  kind?: AffiliateKind
  message?: string
}

export type SalesChannel = {
  id: string
  name: string
}

/** A Medusa admin user, as far as the status history names who acted. */
export type AdminUser = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
}
