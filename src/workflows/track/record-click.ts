import { isKnownBot } from "../../domain/track/bots"
import { agentHash, hashIp, isVisitorId, newVisitorId } from "../../domain/track/visitor"
import { hostOf, landingPathOf, referrerHost } from "../../domain/track/landing"
import { windowEndsAt } from "../../domain/track/window"
import { normalizeUtm, UTM_FIELDS, UtmTags } from "../../domain/enable/utm"
import { normalizeDomain } from "../../domain/enable/domain-name"
import { affiliateService } from "../steps/load"
import { invalid, notFound } from "../steps/errors"
import { newClickId } from "./click-id"
import { allSites, findCode, findReferralBySlug, programFacts, ReferralFacts, SiteFacts } from "./lookups"

type Container = { resolve: (key: string) => any }

export type ClickInput = UtmTags & {
  referral?: string
  code?: string
  visitor_id?: string
  landing_url?: string
  referrer?: string
  /** Which registered site the visitor is on, when the key's sales channel does not say. */
  site?: string
}

/** Who clicked, as the route could verify it: the request's own IP and User-Agent, or a proven storefront server's report. */
export type ClickContext = { sales_channel_ids?: string[]; user_agent?: string | null; ip?: string | null; now?: Date }

export type RecordedClick = {
  click_id: string
  visitor_id: string
  is_unique: boolean
  is_bot: boolean
  /** False when this click can never earn attribution (bot, inactive partner or link, site not approved). */
  attributing: boolean
  /** Stored for the operator; public answers leave it out (it tells the partner's status). */
  blocked_reason: string | null
  referral: string | null
  site: { id: string; domain: string } | null
  /** The tags stored: the link's own over the referral's defaults. */
  utm: UtmTags
  window_days: number
  expires_at: string
}

const unknownCode = (typed: string) => notFound(`No voucher code "${typed}" exists.`)

/** Why a partner's click can never attribute, or null when it can (the site is checked by siteBlockedReason). */
export function blockedReason(facts: ReferralFacts, code?: { status: string; voucherStatus: string }): string | null {
  if (facts.partner.affiliate_status !== "active") return `affiliate_${facts.partner.affiliate_status}`
  if (facts.referral.status !== "active") return "referral_archived"
  if (code && (code.status !== "active" || code.voucherStatus !== "active")) return "code_inactive"
  return null
}

/** An external partner's link counts only on sites the partner is approved for. */
export function siteBlockedReason(facts: ReferralFacts, site: { id: string } | null): string | null {
  if (!site || facts.partner.affiliate_kind !== "external") return null
  return facts.partner.authorized_site_ids.includes(site.id) ? null : "site_not_authorized"
}

/** The site the visitor is on: the storefront key's sales channel, the landing host, the site named, or the referral's. */
export function pickSite(
  sites: SiteFacts[],
  programId: string,
  hints: { sales_channel_ids?: string[]; landing_host?: string | null; site?: string | null; referral_site_id?: string | null }
): SiteFacts | null {
  const live = sites.filter((s) => s.program_id === programId && s.status === "active")
  const byChannel = live.find((s) => s.sales_channel_id && hints.sales_channel_ids?.includes(s.sales_channel_id))
  if (byChannel) return byChannel
  const check = hints.site ? normalizeDomain(hints.site) : null
  const named = check?.ok ? check.domain : null
  const byName = live.find((s) => s.id === hints.site || (named && s.domain === named))
  if (byName) return byName
  const byHost = hints.landing_host ? live.find((s) => s.domain === hints.landing_host) : undefined
  if (byHost) return byHost
  return live.find((s) => s.id === hints.referral_site_id) ?? null
}

/**
 * Records one click: a referral link hit, a code in a URL, or a UTM-tagged
 * landing. Not a workflow: it is the hot path, writes one row (batched with
 * its neighbours) and has nothing to compensate.
 */
export async function recordClick(container: Container, input: ClickInput, ctx: ClickContext = {}): Promise<RecordedClick> {
  const utm = normalizeUtm(Object.fromEntries(UTM_FIELDS.map((f) => [f, input[f] ?? null])))
  let facts: ReferralFacts | null = null
  let voucherId: string | null = null
  let blocked: string | null = null
  if (input.code) {
    const code = await findCode(container, input.code)
    if (!code) throw unknownCode(input.code)
    facts = code
    voucherId = code.voucher.id
    blocked = blockedReason(code, { status: code.code.status, voucherStatus: code.voucher.status })
  } else if (input.referral) {
    facts = await findReferralBySlug(container, input.referral)
    if (!facts) throw notFound(`No referral link "${input.referral}" exists.`)
    blocked = blockedReason(facts)
  } else if (!utm.utm_source && !utm.utm_campaign) {
    throw invalid("Nothing to track: send a referral slug, a code, or UTM tags (at least utm_source or utm_campaign).")
  }

  const program = await programFacts(container, facts?.program_id ?? null)
  if (!program) throw notFound("No default program exists; create one first.")
  const site = pickSite(await allSites(container), program.id, {
    sales_channel_ids: ctx.sales_channel_ids,
    landing_host: hostOf(input.landing_url ?? null),
    site: input.site ?? null,
    referral_site_id: facts?.referral.site_id ?? null,
  })
  if (facts && !blocked) blocked = siteBlockedReason(facts, site)
  // A code that cannot earn (inactive, suspended partner, site not approved) answers
  // as a code that does not exist, and like any refusal stores nothing: codes
  // cannot be probed for their partner's status.
  if (voucherId && blocked) throw unknownCode(input.code as string)
  // The link's own tags win over the referral's defaults.
  const tags: UtmTags = {
    utm_source: utm.utm_source ?? facts?.referral.utm_source ?? null,
    utm_medium: utm.utm_medium ?? facts?.referral.utm_medium ?? null,
    utm_campaign: utm.utm_campaign ?? facts?.referral.utm_campaign ?? null,
    utm_term: utm.utm_term ?? null,
    utm_content: utm.utm_content ?? null,
  }
  const now = ctx.now ?? new Date()
  const userAgent = ctx.user_agent ?? null
  const isBot = isKnownBot(userAgent)
  const visitorId = isVisitorId(input.visitor_id) ? input.visitor_id : newVisitorId()
  const svc = affiliateService(container)
  const ipHash = hashIp(ctx.ip ?? null, svc.ipHashSalt())
  const stored = await svc.recordClick({
    id: newClickId(now.getTime()),
    program_id: program.id,
    affiliate_id: facts?.partner.affiliate_id ?? null,
    referral_id: facts?.referral.id ?? null,
    voucher_id: voucherId,
    site_id: site?.id ?? null,
    visitor_id: visitorId,
    ip_hash: ipHash,
    agent_hash: agentHash(ipHash, userAgent),
    is_bot: isBot,
    blocked_reason: blocked,
    landing_path: landingPathOf(input.landing_url ?? null),
    referrer_host: referrerHost(input.referrer ?? null),
    utm_source: tags.utm_source ?? null,
    utm_medium: tags.utm_medium ?? null,
    utm_campaign: tags.utm_campaign ?? null,
    utm_term: tags.utm_term ?? null,
    utm_content: tags.utm_content ?? null,
    created_at: now,
  })
  return {
    click_id: stored.id,
    visitor_id: visitorId,
    is_unique: stored.is_unique,
    is_bot: isBot,
    attributing: !isBot && !blocked,
    blocked_reason: blocked,
    referral: facts?.referral.slug ?? null,
    site: site ? { id: site.id, domain: site.domain } : null,
    utm: tags,
    window_days: program.attribution_window_days,
    expires_at: windowEndsAt(now, program.attribution_window_days).toISOString(),
  }
}
