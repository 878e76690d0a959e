import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Partner } from "../../domain/track/attribution"
import { CODE_PATTERN, normalizeCode } from "../../domain/enable/codes"
import { affiliateService } from "../steps/load"

type Container = { resolve: (key: string) => any }

/*
 * The click and redirect routes are the hot path: they look up the same
 * referral, key and sites over and over. A short cache keeps that to one
 * query per value every few seconds. Workflows that change what a lookup
 * returns (status, referral, voucher, site) call forgetTrackingLookups(), so
 * this process sees a change at once and other processes within TTL_MS.
 */
const TTL_MS = 2_000
const KEY_TTL_MS = 60_000
const cache = new Map<string, { until: number; value: Promise<unknown> }>()

export function forgetTrackingLookups() {
  cache.clear()
}

function cached<T>(key: string, load: () => Promise<T>, ttl = TTL_MS): Promise<T> {
  const now = Date.now()
  const hit = cache.get(key)
  if (hit && hit.until > now) return hit.value as Promise<T>
  const value = load()
  cache.set(key, { until: now + ttl, value })
  value.catch(() => cache.delete(key))
  if (cache.size > 10_000) cache.clear()
  return value
}

export type ReferralFacts = {
  program_id: string
  referral: {
    id: string
    slug: string
    name: string
    status: string
    site_id: string | null
    landing_path: string
    utm_source: string | null
    utm_medium: string | null
    utm_campaign: string | null
  }
  partner: Partner
}

export type CodeFacts = ReferralFacts & {
  code: { id: string; code: string; status: string; kind: string }
  voucher: { id: string; code: string; status: string; promotion_id: string | null }
}

/** What attribution needs to know about a partner: status, kind, identity and approved sites. */
export async function loadPartner(container: Container, affiliateId: string, referral?: { id: string; status: string } | null): Promise<Partner & { program_id: string }> {
  const svc = affiliateService(container)
  const [affiliate] = await svc.listAffiliates({ id: affiliateId }, { relations: ["site_authorizations"], withDeleted: true } as any)
  if (!affiliate) throw new Error(`affiliate ${affiliateId} is missing`)
  return {
    program_id: affiliate.program_id,
    affiliate_id: affiliate.id,
    affiliate_name: affiliate.name,
    affiliate_status: affiliate.deleted_at ? "disabled" : affiliate.status,
    affiliate_kind: affiliate.kind,
    customer_id: affiliate.customer_id ?? null,
    email: affiliate.email ?? null,
    authorized_site_ids: (affiliate.site_authorizations ?? [])
      .filter((a: any) => a.status === "approved")
      .map((a: any) => a.site_id),
    referral_id: referral?.id ?? null,
    referral_status: referral?.status ?? null,
  }
}

async function referralFacts(container: Container, referral: any): Promise<ReferralFacts> {
  const partner = await loadPartner(container, referral.affiliate_id, referral)
  const { program_id, ...rest } = partner
  return {
    program_id,
    referral: {
      id: referral.id,
      slug: referral.slug,
      name: referral.name,
      status: referral.status,
      site_id: referral.site_id ?? null,
      landing_path: referral.landing_path || "/",
      utm_source: referral.utm_source ?? null,
      utm_medium: referral.utm_medium ?? null,
      utm_campaign: referral.utm_campaign ?? null,
    },
    partner: rest,
  }
}

export function findReferralBySlug(container: Container, slug: string): Promise<ReferralFacts | null> {
  const key = slug.trim().toLowerCase()
  // Stored slugs are lower-case letters, digits and hyphens; other input (NUL bytes included) never reaches the database.
  if (!/^[a-z0-9-]{1,100}$/.test(key)) return Promise.resolve(null)
  return cached(`referral:${key}`, async () => {
    const [referral] = await affiliateService(container).listAffiliateReferrals({ slug: key }, { take: 1 })
    return referral ? referralFacts(container, referral) : null
  })
}

export async function findReferralById(container: Container, id: string): Promise<ReferralFacts | null> {
  const [referral] = await affiliateService(container).listAffiliateReferrals({ id }, { take: 1, withDeleted: true } as any)
  return referral ? referralFacts(container, referral) : null
}

async function codeFacts(container: Container, row: any): Promise<CodeFacts | null> {
  const svc = affiliateService(container)
  const [voucher] = await svc.listAffiliateVouchers({ id: row.voucher_id }, { take: 1, withDeleted: true } as any)
  if (!voucher) return null
  const [referral] = await svc.listAffiliateReferrals({ id: voucher.referral_id }, { take: 1, withDeleted: true } as any)
  if (!referral) return null
  return {
    ...(await referralFacts(container, referral)),
    code: { id: row.id, code: row.code, status: row.status, kind: row.kind },
    voucher: { id: voucher.id, code: voucher.code, status: voucher.status, promotion_id: voucher.promotion_id ?? null },
  }
}

/** A voucher code or alias as a shopper types it, case-insensitive. */
export function findCode(container: Container, typed: string): Promise<CodeFacts | null> {
  const normalized = normalizeCode(typed)
  // Every stored code passed checkCode; anything else (NUL bytes included) is no code at all.
  if (!CODE_PATTERN.test(normalized)) return Promise.resolve(null)
  return cached(`code:${normalized}`, async () => {
    const [row] = await affiliateService(container).listAffiliateVoucherCodes({ normalized_code: normalized }, { take: 1 })
    return row ? codeFacts(container, row) : null
  })
}

/** The voucher whose Medusa promotion was used (a code typed in the store's own promotion field). */
export async function findCodeByPromotion(container: Container, promotionId: string): Promise<CodeFacts | null> {
  const svc = affiliateService(container)
  const [voucher] = await svc.listAffiliateVouchers({ promotion_id: promotionId }, { take: 1 })
  if (!voucher) return null
  const [primary] = await svc.listAffiliateVoucherCodes({ voucher_id: voucher.id, kind: "primary" }, { take: 1 })
  return primary ? codeFacts(container, primary) : null
}

/** A storefront's publishable key and the sales channels it serves; null when unknown or revoked. */
export function findPublishableKey(container: Container, token: string): Promise<{ id: string; sales_channel_ids: string[] } | null> {
  return cached(
    `key:${token}`,
    async () => {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "api_key",
        fields: ["id", "revoked_at", "sales_channels.id"],
        filters: { token, type: "publishable" },
      })
      const key = data[0]
      if (!key || key.revoked_at) return null
      return { id: key.id, sales_channel_ids: (key.sales_channels ?? []).map((s: any) => s.id) }
    },
    KEY_TTL_MS
  )
}

export type SiteFacts = { id: string; program_id: string; domain: string; sales_channel_id: string | null; landing_url: string; status: string }

/** Every site, across programs: few rows, read on every click. */
export function allSites(container: Container): Promise<SiteFacts[]> {
  return cached("sites", async () => {
    const sites = await affiliateService(container).listAffiliateSites({}, { take: 10_000 })
    return sites.map((s: any) => ({
      id: s.id,
      program_id: s.program_id,
      domain: s.domain,
      sales_channel_id: s.sales_channel_id ?? null,
      landing_url: s.landing_url,
      status: s.status,
    }))
  })
}

export type ProgramFacts = {
  id: string
  attribution_model: "first_touch" | "last_touch"
  attribution_window_days: number
  attribution_precedence: string[]
}

export function programFacts(container: Container, programId: string | null): Promise<ProgramFacts | null> {
  return cached(`program:${programId ?? "default"}`, async () => {
    const [program] = await affiliateService(container).listAffiliatePrograms(programId ? { id: programId } : { is_default: true }, { take: 1 })
    if (!program) return null
    return {
      id: program.id,
      attribution_model: program.attribution_model,
      attribution_window_days: program.attribution_window_days,
      attribution_precedence: (program as any).attribution_precedence ?? ["code", "click", "registration"],
    }
  })
}

/** Medusa's customer record, for self-referral checks (id and email only). */
export async function loadShopper(container: Container, customerId: string | null) {
  if (!customerId) return null
  const customers = container.resolve(Modules.CUSTOMER)
  const [customer] = await customers.listCustomers({ id: customerId }, { take: 1, select: ["id", "email", "metadata", "created_at"] })
  return customer ?? null
}
