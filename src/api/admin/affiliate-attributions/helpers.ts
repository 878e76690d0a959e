import { storedCommissionOutcome } from "../../../domain/pay/commission-outcome"
import { affiliateService } from "../../../workflows/steps/load"

type Scope = { resolve: (key: string) => unknown }
type Row = Record<string, any>

export type AttributionLookups = {
  affiliates: Map<string, { id: string; name: string; kind: string; status: string }>
  referrals: Map<string, { id: string; name: string; slug: string }>
  sites: Map<string, { id: string; name: string; domain: string }>
}

function ids(rows: Row[], key: string): string[] {
  return [...new Set(rows.map((r) => r[key]).filter((v): v is string => typeof v === "string" && !!v))]
}

/** Names of the partners, referrals and sites the attributions point to: one list query each. */
export async function attributionLookups(
  scope: Scope,
  rows: Row[],
  want: { affiliates?: boolean } = { affiliates: true }
): Promise<AttributionLookups> {
  const svc = affiliateService(scope)
  const affiliateIds = want.affiliates ? ids(rows, "affiliate_id") : []
  const referralIds = ids(rows, "referral_id")
  const siteIds = ids(rows, "site_id")
  const [affiliates, referrals, sites] = await Promise.all([
    affiliateIds.length
      ? svc.listAffiliates({ id: affiliateIds }, { select: ["id", "name", "kind", "status"], take: affiliateIds.length })
      : [],
    referralIds.length
      ? svc.listAffiliateReferrals({ id: referralIds }, { select: ["id", "name", "slug"], take: referralIds.length })
      : [],
    siteIds.length ? svc.listAffiliateSites({ id: siteIds }, { select: ["id", "name", "domain"], take: siteIds.length }) : [],
  ])
  return {
    affiliates: new Map((affiliates as any[]).map((a) => [a.id, { id: a.id, name: a.name, kind: a.kind, status: a.status }])),
    referrals: new Map((referrals as any[]).map((r) => [r.id, { id: r.id, name: r.name, slug: r.slug }])),
    sites: new Map((sites as any[]).map((s) => [s.id, { id: s.id, name: s.name, domain: s.domain }])),
  }
}

/** An attribution for the operator: every stored field, plus who and where by name. */
export function presentAttribution(row: Row, lookups: AttributionLookups) {
  return {
    ...row,
    affiliate: row.affiliate_id ? lookups.affiliates.get(row.affiliate_id) ?? null : null,
    referral: row.referral_id ? lookups.referrals.get(row.referral_id) ?? null : null,
    site: row.site_id ? lookups.sites.get(row.site_id) ?? null : null,
    commission_outcome: storedCommissionOutcome(row),
  }
}

/** attributed_from / attributed_to as a filter on attributed_at; a date-only `to` includes that day. */
export function attributedAtFilter(from?: string, to?: string) {
  const range: Record<string, Date> = {}
  if (from) range.$gte = new Date(dateOnly(from) ? `${from}T00:00:00Z` : from)
  if (to) {
    range.$lt = dateOnly(to) ? new Date(Date.parse(`${to}T00:00:00Z`) + 24 * 60 * 60 * 1000) : new Date(to)
  }
  return Object.keys(range).length ? range : undefined
}

const dateOnly = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v)
