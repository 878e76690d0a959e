import { payoutAccount, type PayoutDestination } from "../../../domain/pay/payout-destination"
import { customerPseudonym } from "../../../domain/track/anonymise"

/**
 * Everything a partner is shown, field by field. Each presenter names what
 * goes out; anything not named (operator notes in metadata, who decided,
 * sales channels, promotions, internal keys, new columns) stays in the admin.
 */
type Row = Record<string, any>

const list = <T>(rows: unknown, present: (row: Row) => T): T[] => (Array.isArray(rows) ? rows.map(present) : [])

/** Only what a partner should see of a program (no internal settings). */
export function presentProgram(program: Row) {
  return {
    id: program.id,
    name: program.name,
    handle: program.handle,
    description: program.description ?? null,
    registration_mode: program.registration_mode,
    agreement_text: program.agreement_text ?? null,
    agreement_version: program.agreement_version ?? null,
    attribution_window_days: program.attribution_window_days,
    hold_days: program.hold_days,
    payout_minimums: program.payout_minimums ?? {},
    help_center: program.help_center ?? null,
    // Whether a free code a partner asks for is granted at once ("auto") or reviewed first.
    code_requests: program.code_requests ?? "review",
  }
}

export function presentPartnerSite(site: Row) {
  return {
    id: site.id,
    name: site.name,
    domain: site.domain,
    landing_url: site.landing_url ?? null,
    locale: site.locale ?? null,
  }
}

/** Whether the partner may promote a site; who decided and the operator's note stay out. */
export function presentPartnerSiteAuthorization(authorization: Row) {
  return {
    id: authorization.id,
    site_id: authorization.site_id ?? authorization.site?.id ?? null,
    status: authorization.status,
    decided_at: authorization.decided_at ?? null,
    created_at: authorization.created_at,
    site: authorization.site ? presentPartnerSite(authorization.site) : null,
  }
}

export function presentPartnerVoucherCode(code: Row) {
  return { id: code.id, code: code.code, kind: code.kind, status: code.status }
}

/** A voucher says whether shoppers get an incentive, never which promotion gives it. */
export function presentPartnerVoucher(voucher: Row) {
  return {
    id: voucher.id,
    code: voucher.code,
    status: voucher.status,
    description: voucher.description ?? null,
    has_incentive: Boolean(voucher.promotion_id),
    created_at: voucher.created_at,
    codes: list(voucher.codes, presentPartnerVoucherCode),
  }
}

export function presentPartnerReferral(referral: Row) {
  return {
    id: referral.id,
    site_id: referral.site_id ?? null,
    name: referral.name,
    slug: referral.slug,
    landing_path: referral.landing_path,
    utm_source: referral.utm_source ?? null,
    utm_medium: referral.utm_medium ?? null,
    utm_campaign: referral.utm_campaign ?? null,
    status: referral.status,
    created_at: referral.created_at,
    vouchers: list(referral.vouchers, presentPartnerVoucher),
  }
}

/** The partner's own account: their contact, business and payout details, sites, links and codes. */
export function presentPartner(affiliate: Row) {
  return {
    id: affiliate.id,
    program_id: affiliate.program_id,
    kind: affiliate.kind,
    status: affiliate.status,
    name: affiliate.name,
    email: affiliate.email ?? null,
    phone: affiliate.phone ?? null,
    company_name: affiliate.company_name ?? null,
    website: affiliate.website ?? null,
    tax_id: affiliate.tax_id ?? null,
    address: affiliate.address ?? null,
    business_details: affiliate.business_details ?? null,
    payout_method: affiliate.payout_method ?? null,
    payout_details: affiliate.payout_details ?? null,
    timezone: affiliate.timezone,
    agreement_version: affiliate.agreement_version ?? null,
    agreement_accepted_at: affiliate.agreement_accepted_at ?? null,
    verified_at: affiliate.verified_at ?? null,
    created_at: affiliate.created_at,
    updated_at: affiliate.updated_at,
    site_authorizations: list(affiliate.site_authorizations, presentPartnerSiteAuthorization),
    referrals: list(affiliate.referrals, presentPartnerReferral),
  }
}

/** Where a payout goes, as its run froze it: the method and the account, never the partner's current details. */
export function presentPartnerPayoutDestination(destination: Partial<PayoutDestination> | null | undefined) {
  return { payout_method: destination?.payout_method ?? null, account: payoutAccount(destination?.payout_details) || null }
}

export function presentPartnerPayout(row: Row, itemCount: number) {
  return {
    id: row.id,
    amount: Number(row.amount),
    currency_code: row.currency_code,
    status: row.status,
    reference: row.status === "paid" ? row.reference ?? null : null,
    paid_at: row.paid_at ?? null,
    created_at: row.created_at,
    item_count: itemCount,
    destination: presentPartnerPayoutDestination(row.destination),
  }
}

/**
 * A ledger line as the partner sees it: amounts, status, source and a
 * pseudonym for the customer. Never the customer's id, name or email, and
 * never the order id.
 */
export function presentPartnerCommission(
  row: Row,
  context: { affiliateId: string; referral?: Row | null; site?: Row | null; payoutId?: string | null }
) {
  return {
    id: row.id,
    entry_type: row.entry_type,
    event: row.event,
    status: row.status,
    amount: Number(row.amount),
    currency_code: row.currency_code,
    basis_amount: row.basis_amount == null ? null : Number(row.basis_amount),
    rate: row.rate == null ? null : Number(row.rate),
    referral: context.referral ? { name: context.referral.name, slug: context.referral.slug } : null,
    site: context.site ? { name: context.site.name } : null,
    customer: row.customer_id ? customerPseudonym(row.customer_id, context.affiliateId) : null,
    summary: (row.explanation as any)?.summary ?? null,
    reverses_id: row.reverses_id ?? null,
    created_at: row.created_at,
    hold_until: row.hold_until ?? null,
    approved_at: row.approved_at ?? null,
    paid_at: row.paid_at ?? null,
    payout_id: context.payoutId ?? null,
  }
}

export function presentPartnerBalance(totals: Row, minimum: number) {
  return {
    currency_code: totals.currency_code,
    pending: Number(totals.pending),
    approved: Number(totals.approved),
    in_payout: Number(totals.in_payout),
    paid: Number(totals.paid),
    minimum,
  }
}

/** A product of a site the partner may promote, with the path a deep link lands on; nothing but what the storefront shows anyway. */
export function presentPartnerProduct(product: Row, extra: { price: { amount: number; currency_code: string; tax_inclusive: boolean } | null; landing_path: string | null }) {
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    thumbnail: product.thumbnail ?? null,
    price: extra.price,
    landing_path: extra.landing_path,
  }
}

/** The region whose prices a partner sees. */
export function presentPartnerRegion(region: Row | null) {
  return region ? { id: region.id, name: region.name, currency_code: region.currency_code } : null
}

/**
 * A code the partner asked for: what they typed, for which link, where it
 * stands and, once refused, the operator's reason. Never who decided, nor the
 * stored key of the code.
 */
export function presentPartnerCodeRequest(request: Row) {
  return {
    id: request.id,
    referral_id: request.referral_id,
    kind: request.kind,
    voucher_id: request.voucher_id ?? null,
    code: request.code,
    status: request.status,
    reason: request.status === "refused" ? request.reason ?? null : null,
    decided_at: request.decided_at ?? null,
    created_at: request.created_at,
  }
}
