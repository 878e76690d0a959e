import { createHash } from "node:crypto"

/**
 * What a partner may see of a conversion credited to (or refused for) them.
 * Referred customers are anonymised: a pseudonym, dates, site, the link /
 * code / UTM context and amounts; never a customer or order id, a name, an
 * email, a phone number or an address.
 */

/** A pseudonym for a referred customer, stable for one partner and unrelated across partners. */
export function customerPseudonym(customerId: string | null | undefined, affiliateId: string): string {
  if (!customerId) return "Guest"
  // Keyed by the partner: two partners see different names for one customer,
  // so they cannot put their lists side by side and match customers.
  const hex = createHash("sha256").update(`${affiliateId}:${customerId}`).digest("hex").slice(0, 8).toUpperCase()
  return `Customer ${hex.slice(0, 4)}-${hex.slice(4)}`
}

/** Every field of a partner's conversion, and nothing else. */
export const PARTNER_CONVERSION_FIELDS = [
  "id",
  "conversion",
  "status",
  "attributed_at",
  "site",
  "referral",
  "source",
  "voucher_code",
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "utm_term",
  "utm_content",
  "order_total",
  "currency_code",
  "customer",
  "summary",
  "reasons",
] as const

export type PartnerConversion = {
  id: string
  conversion: "registration" | "order"
  status: "attributed" | "rejected"
  attributed_at: string
  site: { id: string; name: string; domain: string } | null
  referral: { id: string; name: string; slug: string } | null
  source: string | null
  voucher_code: string | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  utm_term: string | null
  utm_content: string | null
  order_total: string | null
  currency_code: string | null
  customer: string
  summary: string | null
  reasons: string[]
}

/** The stored attribution, as far as this module reads it. */
export type AttributionForPartner = {
  id: string
  conversion: "registration" | "order"
  status: "attributed" | "rejected"
  customer_id?: string | null
  affiliate_id?: string | null
  site_id?: string | null
  referral_id?: string | null
  source?: string | null
  voucher_code?: string | null
  utm_source?: string | null
  utm_medium?: string | null
  utm_campaign?: string | null
  utm_term?: string | null
  utm_content?: string | null
  attributed_at: Date | string
  order_total?: unknown
  /** Medusa's exact form of a big number ({ value: "49.90", precision }), preferred when present. */
  raw_order_total?: unknown
  currency_code?: string | null
  explanation?: unknown
}

type Touch = { affiliate_id?: unknown; outcome?: unknown; reason?: unknown }

/** The reason codes of the refused touches that name this partner, each once, in order. */
export function rejectionReasons(explanation: unknown, affiliateId: string): string[] {
  const considered = (explanation as { considered?: unknown } | null)?.considered
  if (!Array.isArray(considered)) return []
  const reasons: string[] = []
  for (const touch of considered as Touch[]) {
    if (!touch || touch.affiliate_id !== affiliateId || touch.outcome !== "rejected") continue
    if (typeof touch.reason === "string" && touch.reason && !reasons.includes(touch.reason)) reasons.push(touch.reason)
  }
  return reasons
}

function summaryOf(explanation: unknown): string | null {
  const summary = (explanation as { summary?: unknown } | null)?.summary
  return typeof summary === "string" && summary.trim() ? summary : null
}

/** A money amount as a decimal string, whatever shape the stored big number has. */
function amountText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null
  if (typeof value === "number" || typeof value === "string" || typeof value === "bigint") return String(value)
  const v = value as { value?: unknown; numeric?: unknown; toString?: () => string }
  if (v.value !== undefined) return String(v.value)
  if (v.numeric !== undefined) return String(v.numeric)
  return null
}

/**
 * A conversion as the partner sees it: built field by field (never by
 * copying the row), so a column added to attributions later stays private
 * until someone adds it here on purpose.
 */
export function toPartnerConversion(
  row: AttributionForPartner,
  affiliateId: string,
  lookups: {
    site?: { id: string; name: string; domain: string } | null
    referral?: { id: string; name: string; slug: string } | null
  } = {}
): PartnerConversion {
  const site = lookups.site ? { id: lookups.site.id, name: lookups.site.name, domain: lookups.site.domain } : null
  const referral = lookups.referral
    ? { id: lookups.referral.id, name: lookups.referral.name, slug: lookups.referral.slug }
    : null
  const at = row.attributed_at instanceof Date ? row.attributed_at.toISOString() : new Date(row.attributed_at).toISOString()
  return {
    id: row.id,
    conversion: row.conversion,
    status: row.status,
    attributed_at: at,
    site,
    referral,
    source: row.source ?? null,
    voucher_code: row.voucher_code ?? null,
    utm_source: row.utm_source ?? null,
    utm_medium: row.utm_medium ?? null,
    utm_campaign: row.utm_campaign ?? null,
    utm_term: row.utm_term ?? null,
    utm_content: row.utm_content ?? null,
    order_total: row.conversion === "order" ? amountText(row.raw_order_total ?? row.order_total) : null,
    currency_code: row.conversion === "order" ? row.currency_code ?? null : null,
    customer: customerPseudonym(row.customer_id ?? null, affiliateId),
    summary: summaryOf(row.explanation),
    reasons: rejectionReasons(row.explanation, affiliateId),
  }
}
