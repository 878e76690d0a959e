/**
 * Six weeks of demo traffic for `npm run demo`, so Reports, Attributions and
 * the portal's Reporting tab have something to show: clicks on every
 * referral (weekday rhythm, campaign spikes, bots, repeat visits, UTM
 * variants, the store's own partner-less campaigns), registrations and real
 * Medusa orders, each decided by the plugin's own attribution workflows.
 *
 * Deterministic: a seeded PRNG and a fixed anchor time (stored in the
 * program's metadata before anything is written) give the same data every
 * time, so a run that stopped half way is completed by the next one: clicks
 * carry ids made from that PRNG (only missing ones are inserted), orders and
 * signups are found again by their demo key, and attribution is idempotent
 * per order and customer. Once everything is in, `demo_traffic_seeded` in
 * the program's metadata makes later runs leave the traffic alone.
 *
 * Clicks go through `insertClicks` (which keeps the hourly rollup in step and
 * decides `is_unique`), never raw SQL.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow, createOrderWorkflow } from "@medusajs/medusa/core-flows"
import type AffiliateModuleService from "../modules/affiliate/service"
import type { ClickRow } from "../modules/affiliate/track/clicks"
import { attributeOrderWorkflow, attributeRegistrationWorkflow } from "../workflows/track/attribute"
import { isKnownBot } from "../domain/track/bots"
import { hashIp } from "../domain/track/visitor"
import { normalizeUtm } from "../domain/enable/utm"
import { normalizeCode } from "../domain/enable/codes"
import type { DemoStore } from "./demo-store"
import {
  AFFILIATES,
  AffiliateSeed,
  PRODUCTS,
  SHOPPER_NAMES,
  STATUS_TIMELINE,
  STORE_CAMPAIGNS,
  TRAFFIC,
  TrafficProfile,
  TrafficRhythm,
} from "./demo-data"

export type TrafficCounts = {
  days: number
  clicks: number
  bot_clicks: number
  blocked_clicks: number
  unique_clicks: number
  registrations: number
  attributed_registrations: number
  rejected_registrations: number
  orders: number
  attributed_orders: number
  rejected_orders: number
}

type Input = {
  container: MedusaContainer
  svc: AffiliateModuleService
  log: (message: string) => void
  programId: string
  /** Site id per sales channel name. */
  sites: Record<string, string>
  store: DemoStore
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const DAYS = 42
const BOT_SHARE = 0.03
const CLICK_SEED = 20_261_101
const PLAN_SEED = 20_261_102
const BATCH = 500
const ORDER_CONCURRENCY = 4

// ---------------------------------------------------------------------------
// Deterministic randomness

type Rand = () => number

/** mulberry32: small, fast, good enough for demo data, and the same on every machine. */
function prng(seed: number): Rand {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const int = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1))
const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)]
function weighted<T>(r: Rand, items: readonly T[], weight: (t: T) => number): T {
  const total = items.reduce((s, t) => s + weight(t), 0)
  let x = r() * total
  for (const t of items) {
    x -= weight(t)
    if (x < 0) return t
  }
  return items[items.length - 1]
}
function poisson(r: Rand, lambda: number): number {
  if (lambda <= 0) return 0
  if (lambda > 30) {
    // Normal approximation (Box-Muller) for big bursts.
    const z = Math.sqrt(-2 * Math.log(r() || 1e-12)) * Math.cos(2 * Math.PI * r())
    return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z))
  }
  const limit = Math.exp(-lambda)
  let k = 0
  let p = 1
  do {
    k++
    p *= r()
  } while (p > limit)
  return k - 1
}
const exponential = (r: Rand, mean: number) => -Math.log(1 - r()) * mean

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
/** A ULID (as Medusa's ids use) for a back-dated instant, its random part from the PRNG. */
function ulid(ms: number, r: Rand): string {
  let time = ""
  let t = ms
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time
    t = Math.floor(t / 32)
  }
  let random = ""
  for (let i = 0; i < 16; i++) random += CROCKFORD[Math.floor(r() * 32)]
  return time + random
}
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
/** The shape newVisitorId() gives: "v" + 22 base64url characters. */
const visitorId = (r: Rand) => "v" + Array.from({ length: 22 }, () => B64URL[Math.floor(r() * 64)]).join("")

// ---------------------------------------------------------------------------
// Traffic shape

/** Weekday factors, Sunday first. */
const RHYTHM: Record<TrafficRhythm, number[]> = {
  social: [1.35, 0.9, 0.9, 0.95, 1, 1.1, 1.4],
  search: [0.7, 1.1, 1.05, 1.05, 1, 0.9, 0.65],
  email: [0.6, 1.1, 1.1, 1, 1, 0.9, 0.5],
  display: [0.8, 1, 1, 1, 1, 1, 0.8],
  blog: [0.85, 1.05, 1, 1, 1, 0.95, 0.8],
}
/** Visits per UTC hour: quiet nights, a lunch bump, evenings in Europe. */
const HOUR_WEIGHTS = [1, 0.6, 0.4, 0.3, 0.4, 0.8, 2, 3, 4, 4, 4, 4.5, 5, 4.5, 4, 4.5, 5.5, 6.5, 7.5, 8, 7, 5.5, 3.5, 2]
const HOURS = HOUR_WEIGHTS.map((_, i) => i)

const HUMAN_AGENTS = [
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 334.0.0.42.95 (iPhone15,3; iOS 17_4; de_DE; de; scale=3.00; 1290x2796; 606142290)",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
]
const BOT_AGENTS = [
  "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
  "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
  "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
  "Mozilla/5.0 (compatible; SemrushBot/7~bl; +http://www.semrush.com/bot.html)",
  "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)",
  "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
  "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
  "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
]

// ---------------------------------------------------------------------------
// The world the traffic lands in (records made by the rest of the seed)

type Partner = {
  key: string
  id: string
  name: string
  kind: "external" | "internal"
  status: string
  customer_id: string | null
  email: string | null
  approved_sites: Set<string>
  /** Status changes with their (back-dated) times, oldest first; empty when the history was left as it is. */
  timeline: { at: number; status: string }[]
}

type Source = {
  key: string
  profile: TrafficProfile
  partner: Partner | null
  referral_id: string | null
  /** Fixed site, or a mix for referrals without one. */
  site: string | null
  site_mix: { id: string; weight: number }[]
  landing_path: string
  utm: { utm_source: string | null; utm_medium: string | null; utm_campaign: string | null }
  code_voucher: { id: string; share: number } | null
}

type World = {
  partners: Record<string, Partner>
  sources: Source[]
  channelOfSite: Record<string, string>
}

function statusAt(partner: Partner | null, at: number): string {
  if (!partner) return "active"
  if (!partner.timeline.length) return partner.status
  let status = partner.timeline[0].status
  for (const change of partner.timeline) if (change.at <= at) status = change.status
  return status
}

const dayStart = (anchor: number, daysAgo: number) => Math.floor(anchor / DAY) * DAY - daysAgo * DAY
const timelineAt = (anchor: number, t: { days_ago: number; hour: number }) => dayStart(anchor, t.days_ago) + t.hour * HOUR

function isAccountOf(spec: AffiliateSeed, affiliate: any): boolean {
  return spec.kind === "internal"
    ? affiliate.kind === "internal" && affiliate.name === spec.name
    : (affiliate.email ?? "").toLowerCase() === spec.email!.toLowerCase()
}

/**
 * Loads the partners, referrals and codes of the seed, and moves the status
 * history of partners listed in STATUS_TIMELINE into the past (demo data
 * only: the recruit seed makes every change "now", but blocked clicks need a
 * suspension that happened during the six weeks).
 */
async function loadWorld(input: Input, anchor: number, knex: any): Promise<World> {
  const { svc, programId, sites } = input
  const affiliates = await svc.listAffiliates({ program_id: programId }, { relations: ["site_authorizations"], take: 1000 } as any)
  const partners: Record<string, Partner> = {}
  for (const spec of AFFILIATES) {
    const affiliate: any = affiliates.find((a: any) => isAccountOf(spec, a))
    if (!affiliate) continue
    const partner: Partner = {
      key: spec.key,
      id: affiliate.id,
      name: affiliate.name,
      kind: affiliate.kind,
      status: affiliate.status,
      customer_id: affiliate.customer_id ?? null,
      email: affiliate.email ?? null,
      approved_sites: new Set(
        (affiliate.site_authorizations ?? []).filter((a: any) => a.status === "approved").map((a: any) => a.site_id)
      ),
      timeline: [],
    }
    const plan = STATUS_TIMELINE[spec.key]
    if (plan) {
      const history = await svc.listAffiliateStatusChanges({ affiliate_id: affiliate.id }, { order: { created_at: "ASC" }, take: 100 } as any)
      if (history.length === plan.length) {
        // Back-dating demo history with knex: acceptable for demo data only.
        for (let i = 0; i < plan.length; i++) {
          const at = new Date(timelineAt(anchor, plan[i]))
          await knex("affiliate_status_change").where({ id: history[i].id }).update({ created_at: at, updated_at: at })
          partner.timeline.push({ at: at.getTime(), status: history[i].to_status })
        }
        await knex("affiliate").where({ id: affiliate.id }).update({ created_at: new Date(timelineAt(anchor, plan[0])) })
      }
    }
    partners[spec.key] = partner
  }

  const referrals: any[] = await svc.listAffiliateReferrals({ slug: Object.keys(TRAFFIC) }, { take: 1000 })
  const siteIds = Object.fromEntries(Object.entries(sites))
  const sources: Source[] = []
  for (const spec of AFFILIATES) {
    const partner = partners[spec.key]
    if (!partner) continue
    for (const r of spec.referrals ?? []) {
      const profile = TRAFFIC[r.slug]
      const referral = referrals.find((x) => x.slug === r.slug)
      if (!profile || !referral || referral.status !== "active") continue
      let codeVoucher: Source["code_voucher"] = null
      if (profile.code_link) {
        const [code] = await svc.listAffiliateVoucherCodes({ normalized_code: normalizeCode(profile.code_link.code) })
        if (code) codeVoucher = { id: code.voucher_id, share: profile.code_link.share }
      }
      sources.push({
        key: r.slug,
        profile,
        partner,
        referral_id: referral.id,
        site: referral.site_id ?? null,
        site_mix: Object.entries(profile.sites ?? {}).map(([name, weight]) => ({ id: siteIds[name], weight })),
        landing_path: referral.landing_path || "/",
        utm: { utm_source: referral.utm_source ?? null, utm_medium: referral.utm_medium ?? null, utm_campaign: referral.utm_campaign ?? null },
        code_voucher: codeVoucher,
      })
    }
  }
  for (const campaign of STORE_CAMPAIGNS) {
    const utm = normalizeUtm(campaign.utm)
    sources.push({
      key: `campaign:${utm.utm_source}/${utm.utm_campaign}`,
      profile: campaign,
      partner: null,
      referral_id: null,
      site: siteIds[campaign.site] ?? null,
      site_mix: [],
      landing_path: campaign.landing_path,
      utm: { utm_source: utm.utm_source ?? null, utm_medium: utm.utm_medium ?? null, utm_campaign: utm.utm_campaign ?? null },
      code_voucher: null,
    })
  }
  const channelOfSite = Object.fromEntries(Object.entries(sites).map(([channel, id]) => [id, channel]))
  return { partners, sources, channelOfSite }
}

// ---------------------------------------------------------------------------
// Clicks

type Visitor = { id: string; ip_hash: string | null; agent: string; day: number }

/** A generated click and what the order planner needs to know about it. */
type DemoClick = ClickRow & { source: string; partner: Partner | null; visit_start: boolean }

function generateClicks(world: World, anchor: number, salt: string): DemoClick[] {
  const r = prng(CLICK_SEED)
  const clicks: DemoClick[] = []
  const pools = new Map<string, Visitor[]>()
  const everyone: Visitor[] = []
  const newVisitor = (day: number, ip?: string): Visitor => ({
    id: visitorId(r),
    ip_hash: hashIp(ip ?? `${int(r, 11, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`, salt),
    agent: pick(r, HUMAN_AGENTS),
    day,
  })
  const start = dayStart(anchor, DAYS)

  for (let daysAgo = DAYS; daysAgo >= 0; daysAgo--) {
    const day = dayStart(anchor, daysAgo)
    const weekday = new Date(day).getUTCDay()
    const trend = 0.85 + 0.3 * (1 - daysAgo / DAYS)
    for (const source of world.sources) {
      const p = source.profile
      // A partner who is not active loses most traffic (ads paused), not all (old posts keep being found).
      const active = statusAt(source.partner, day + 12 * HOUR) === "active" ? 1 : 0.3
      const flight = p.flight && daysAgo <= p.flight.from_days_ago && daysAgo >= p.flight.to_days_ago ? p.flight.factor : 1
      const times: { at: number; burst: boolean }[] = []
      const ordinary = poisson(r, p.daily * RHYTHM[p.rhythm][weekday] * trend * flight * active)
      for (let i = 0; i < ordinary; i++) times.push({ at: day + weighted(r, HOURS, (h) => HOUR_WEIGHTS[h]) * HOUR + r() * HOUR, burst: false })
      for (const spike of p.spikes ?? []) {
        const k = spike.days_ago - daysAgo
        if (k < 0 || k >= (spike.decay_days ?? 1)) continue
        const n = poisson(r, spike.visits * Math.pow(0.35, k) * active)
        for (let i = 0; i < n; i++) {
          const at = k === 0 ? day + spike.hour * HOUR + exponential(r, 2.5 * HOUR) : day + weighted(r, HOURS, (h) => HOUR_WEIGHTS[h]) * HOUR + r() * HOUR
          times.push({ at, burst: true })
        }
      }
      if (p.weekly && p.weekly.weekday === weekday) {
        const n = poisson(r, p.weekly.visits * trend * active)
        for (let i = 0; i < n; i++) times.push({ at: day + p.weekly.hour * HOUR + exponential(r, 3 * HOUR), burst: true })
      }

      const pool = pools.get(source.key) ?? []
      pools.set(source.key, pool)
      // Retargeting shows ads to earlier visitors; search ads catch some of them again.
      const crossShare = source.key === "fb-retargeting" ? 0.35 : source.key === "gads-brand" ? 0.08 : 0.02
      for (const { at: raw, burst } of times) {
        const at = Math.round(raw)
        const site = source.site ?? (source.site_mix.length ? weighted(r, source.site_mix, (s) => s.weight).id : null)
        const variant = p.variants?.length ? weighted(r, p.variants, (v) => v.weight) : null
        const tags = normalizeUtm(variant?.utm ?? {})
        const voucher = source.code_voucher && r() < source.code_voucher.share ? source.code_voucher.id : null
        const status = statusAt(source.partner, at)
        const base = {
          program_id: "",
          affiliate_id: source.partner?.id ?? null,
          referral_id: source.referral_id,
          voucher_id: voucher,
          site_id: site,
          // The live route's rule (blockedReason): a partner who is not active gets no credit for the click.
          blocked_reason: source.partner && status !== "active" ? `affiliate_${status}` : null,
          landing_path: source.landing_path,
          utm_source: tags.utm_source ?? source.utm.utm_source,
          utm_medium: tags.utm_medium ?? source.utm.utm_medium,
          utm_campaign: tags.utm_campaign ?? source.utm.utm_campaign,
          utm_term: tags.utm_term ?? null,
          utm_content: tags.utm_content ?? null,
          source: source.key,
          partner: source.partner,
        }
        if (r() < BOT_SHARE) {
          // Crawlers and link previews: no cookie, so a new visitor every time.
          const agent = pick(r, BOT_AGENTS)
          const bot = newVisitor(daysAgo, `66.249.${int(r, 64, 95)}.${int(r, 1, 254)}`)
          clicks.push({
            ...base,
            id: "",
            visitor_id: bot.id,
            ip_hash: bot.ip_hash,
            is_bot: isKnownBot(agent),
            referrer_host: null,
            created_at: new Date(at),
            visit_start: true,
          })
          continue
        }
        let visitor: Visitor
        const recent = (list: Visitor[]) => list.filter((v) => v.day - daysAgo <= 10 && v.day >= daysAgo)
        if (pool.length && r() < 0.12) visitor = pick(r, recent(pool).length ? recent(pool) : pool)
        else if (everyone.length && r() < crossShare) visitor = pick(r, recent(everyone).length ? recent(everyone) : everyone)
        else {
          // Bursts of a display network come from a handful of addresses (why Marco was reviewed).
          const networkIp = burst && source.key === "rossi-display" ? `185.220.101.${int(r, 1, 4)}` : undefined
          visitor = newVisitor(daysAgo, networkIp)
          everyone.push(visitor)
        }
        if (!pool.includes(visitor)) pool.push(visitor)
        visitor.day = daysAgo
        const referrer = pick(r, p.referrers)
        const repeats = r() < 0.14 ? (r() < 0.3 ? 2 : 1) : 0
        let t = at
        for (let i = 0; i <= repeats; i++) {
          if (i > 0) t += int(r, 2, 40) * MINUTE
          const status = statusAt(source.partner, t)
          clicks.push({
            ...base,
            blocked_reason: source.partner && status !== "active" ? `affiliate_${status}` : null,
            id: "",
            visitor_id: visitor.id,
            ip_hash: visitor.ip_hash,
            is_bot: isKnownBot(visitor.agent),
            referrer_host: referrer,
            created_at: new Date(t),
            visit_start: i === 0,
          })
        }
      }
    }
  }
  const inRange = clicks.filter((c) => c.created_at.getTime() >= start && c.created_at.getTime() <= anchor)
  // Chronological, so each batch sees the visits before it (the writer decides is_unique against the past hour).
  inRange.sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.visitor_id.localeCompare(b.visitor_id))
  for (const c of inRange) c.id = `affclk_${ulid(c.created_at.getTime(), r)}`
  return inRange
}

async function insertDemoClicks(input: Input, clicks: DemoClick[]) {
  let inserted = 0
  for (let i = 0; i < clicks.length; i += BATCH) {
    const batch = clicks.slice(i, i + BATCH)
    // A run that stopped half way has stored some batches already.
    const stored = await input.svc.listAffiliateClicks({ id: batch.map((c) => c.id) }, { select: ["id"], take: BATCH })
    const have = new Set(stored.map((c: any) => c.id))
    const rows: ClickRow[] = batch
      .filter((c) => !have.has(c.id))
      .map(({ source: _s, partner: _p, visit_start: _v, ...row }) => ({ ...row, program_id: input.programId }))
    if (rows.length) inserted += (await input.svc.insertClicks(rows)).length
  }
  return inserted
}

// ---------------------------------------------------------------------------
// Registrations and orders: planned from the clicks, deterministically

type Shopper = { first_name: string; last_name: string; email: string }

type PlannedSignup = { key: string; at: number; shopper: Shopper; click: DemoClick }

type PlannedOrder = {
  key: string
  story: string
  at: number
  channel: string
  region: "Europe" | "United States"
  country: string
  /** A guest by email, a demo signup, or a partner's own customer account. */
  buyer: { guest: Shopper } | { signup: string } | { partner: string }
  affiliate: { click_id?: string; visitor_id?: string; code?: string } | null
  promo: boolean
  items: { handle: string; option: string; quantity: number }[]
}

const ascii = (s: string) => s.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase()
function shopper(index: number, domain: string): Shopper {
  const [first_name, last_name] = SHOPPER_NAMES[index % SHOPPER_NAMES.length]
  const n = Math.floor(index / SHOPPER_NAMES.length)
  return { first_name, last_name, email: `${ascii(first_name)}.${ascii(last_name)}${n ? n + 1 : ""}@${domain}` }
}

const COUNTRIES: Record<string, string[]> = {
  "Nordic Outdoor": ["se", "se", "dk", "fi", "de", "nl"],
  "Alpine Gear": ["at", "at", "de", "it", "fr"],
}
const ADDRESSES: Record<string, { city: string; postal_code: string; street: string }> = {
  se: { city: "Stockholm", postal_code: "114 35", street: "Sveavägen" },
  dk: { city: "Copenhagen", postal_code: "2100", street: "Østerbrogade" },
  fi: { city: "Helsinki", postal_code: "00100", street: "Mannerheimintie" },
  de: { city: "Munich", postal_code: "80331", street: "Sendlinger Straße" },
  nl: { city: "Utrecht", postal_code: "3511", street: "Oudegracht" },
  at: { city: "Innsbruck", postal_code: "6020", street: "Maria-Theresien-Straße" },
  it: { city: "Bolzano", postal_code: "39100", street: "Via dei Portici" },
  fr: { city: "Chamonix", postal_code: "74400", street: "Rue du Docteur Paccard" },
  us: { city: "Boulder", postal_code: "80302", street: "Pearl Street" },
}
/** What sells where: the Nordic shop sells packs and layers, the Alpine shop jackets and poles. */
const BASKET: Record<string, Record<string, number>> = {
  "Nordic Outdoor": { "fjord-30l-daypack": 4, "merino-base-layer": 4, "insulated-bottle-750": 3, "trail-running-shoes": 3, "summit-trekking-poles": 1, "alpine-down-jacket": 1 },
  "Alpine Gear": { "alpine-down-jacket": 4, "summit-trekking-poles": 4, "merino-base-layer": 3, "trail-running-shoes": 1, "fjord-30l-daypack": 1, "insulated-bottle-750": 2 },
}

function planSignups(world: World, clicks: DemoClick[], anchor: number) {
  const r = prng(PLAN_SEED)
  const usedVisitors = new Set<string>()
  const plans: PlannedSignup[] = []
  const wanted: { source: string; blocked: boolean }[] = [
    { source: "anna-instagram", blocked: false },
    { source: "anna-newsletter", blocked: false },
    { source: "ben-youtube", blocked: false },
    { source: "fb-spring-prospecting", blocked: false },
    { source: "gads-brand", blocked: false },
    { source: "content-trail-guides", blocked: false },
    { source: "peak-blog", blocked: false },
    { source: "anna-alpine", blocked: false },
    { source: "campaign:instagram/bio-link", blocked: false },
    { source: "rossi-display", blocked: true },
    { source: "sofia-tiktok", blocked: true },
  ]
  for (const w of wanted) {
    const candidates = clicks.filter(
      (c) =>
        c.source === w.source &&
        c.visit_start &&
        !c.is_bot &&
        !!c.blocked_reason === w.blocked &&
        !usedVisitors.has(c.visitor_id) &&
        c.created_at.getTime() >= dayStart(anchor, 38) &&
        c.created_at.getTime() <= anchor - 4 * DAY
    )
    if (!candidates.length) continue
    const click = pick(r, candidates)
    usedVisitors.add(click.visitor_id)
    plans.push({ key: "", at: click.created_at.getTime() + int(r, 3, 25) * MINUTE, shopper: shopper(50 + plans.length, "example.org"), click })
  }
  plans.sort((a, b) => a.at - b.at)
  plans.forEach((p, i) => (p.key = `demo-signup-${String(i + 1).padStart(2, "0")}`))
  return { plans, usedVisitors }
}

function planOrders(world: World, clicks: DemoClick[], signups: PlannedSignup[], usedVisitors: Set<string>, anchor: number, hasPromotion: boolean) {
  const r = prng(PLAN_SEED + 1)
  const orders: Omit<PlannedOrder, "key">[] = []
  const latest = anchor - 10 * MINUTE
  const byVisitor = new Map<string, DemoClick[]>()
  for (const c of clicks) byVisitor.set(c.visitor_id, [...(byVisitor.get(c.visitor_id) ?? []), c])
  const channelOf = (c: DemoClick) => world.channelOfSite[c.site_id ?? ""] ?? null
  const creditable = (c: DemoClick, at: number) => {
    const p = c.partner
    if (!p) return true
    return (
      p.status === "active" &&
      statusAt(p, at) === "active" &&
      (p.kind === "internal" || p.approved_sites.has(c.site_id ?? ""))
    )
  }
  const take = (filter: (c: DemoClick) => boolean) => {
    const candidates = clicks.filter((c) => c.visit_start && !usedVisitors.has(c.visitor_id) && !!channelOf(c) && filter(c))
    if (!candidates.length) return null
    const click = pick(r, candidates)
    usedVisitors.add(click.visitor_id)
    return click
  }
  let guests = 0
  const basket = (channel: string) => {
    const handles = Object.keys(BASKET[channel])
    const lines = int(r, 1, 10) <= 6 ? 1 : int(r, 1, 10) <= 7 ? 2 : 3
    const items: PlannedOrder["items"] = []
    for (let i = 0; i < lines; i++) {
      const handle = weighted(r, handles, (h) => BASKET[channel][h])
      if (items.some((it) => it.handle === handle)) continue
      const product = PRODUCTS.find((p) => p.handle === handle)!
      items.push({ handle, option: pick(r, product.option.values), quantity: handle === "insulated-bottle-750" && r() < 0.4 ? 2 : 1 })
    }
    return items
  }
  const add = (story: string, at: number, channel: string, extra: Partial<PlannedOrder> & { us?: boolean } = {}) => {
    const us = extra.us ?? r() < 0.2
    orders.push({
      story,
      at: Math.min(Math.round(at), latest),
      channel,
      region: us ? "United States" : "Europe",
      country: us ? "us" : pick(r, COUNTRIES[channel]),
      buyer: extra.buyer ?? { guest: shopper(guests++, "example.com") },
      affiliate: extra.affiliate ?? null,
      promo: extra.promo ?? false,
      items: basket(channel),
    })
  }
  /** The last click of the visit that starts with `c` (repeat clicks follow within minutes). */
  const lastOfVisit = (c: DemoClick) =>
    (byVisitor.get(c.visitor_id) ?? [])
      .filter((x) => x.source === c.source && x.created_at >= c.created_at && x.created_at.getTime() - c.created_at.getTime() < 2 * HOUR)
      .pop() ?? c
  const afterClick = (c: DemoClick, minMinutes = 6, maxMinutes = 90) => lastOfVisit(c).created_at.getTime() + int(r, minMinutes, maxMinutes) * MINUTE
  // The storefront attaches the latest click to the cart.
  const viaClick = (c: DemoClick) => ({ click_id: lastOfVisit(c).id, visitor_id: c.visitor_id })

  // Link and campaign clicks that turn into orders within the hour or two.
  const recentEnough = (c: DemoClick) => c.created_at.getTime() <= anchor - 2 * HOUR
  for (let i = 0; i < 22; i++) {
    const c = take((c) => !c.is_bot && !!c.partner && !c.blocked_reason && recentEnough(c) && creditable(c, c.created_at.getTime() + 2 * HOUR))
    if (c) add("link", afterClick(c), channelOf(c)!, { affiliate: viaClick(c) })
  }
  for (let i = 0; i < 4; i++) {
    const c = take((c) => !c.is_bot && !c.partner && recentEnough(c))
    if (c) add("utm", afterClick(c), channelOf(c)!, { affiliate: viaClick(c) })
  }
  // Returning visitors who came through several channels: the explanation lists every touch.
  const multi = [...byVisitor.values()].filter((list) => new Set(list.filter((c) => c.visit_start).map((c) => c.source)).size >= 2)
  for (let i = 0, found = 0; i < multi.length && found < 4; i++) {
    const list = pick(r, multi)
    const last = list[list.length - 1]
    if (usedVisitors.has(last.visitor_id) || !channelOf(last) || last.is_bot || last.blocked_reason || !recentEnough(last)) continue
    if (!creditable(last, last.created_at.getTime() + 2 * HOUR)) continue
    usedVisitors.add(last.visitor_id)
    add("multi-touch", afterClick(last), channelOf(last)!, { affiliate: viaClick(last) })
    found++
  }
  // Codes typed at checkout, and the promotion of the incentive voucher typed in Medusa's own promotion field.
  const someTime = (fromDaysAgo: number, toDaysAgo: number) =>
    dayStart(anchor, int(r, toDaysAgo, fromDaysAgo)) + weighted(r, HOURS, (h) => HOUR_WEIGHTS[h]) * HOUR + r() * HOUR
  add("code", someTime(38, 2), "Nordic Outdoor", { affiliate: { code: "TRAILTALK" } })
  add("code", someTime(30, 1), "Nordic Outdoor", { affiliate: { code: "annaberg" } })
  add("code", someTime(20, 2), "Nordic Outdoor", { affiliate: { code: "anna-news" } })
  add("code", someTime(25, 3), "Alpine Gear", { affiliate: { code: "TRAILGUIDE" } })
  if (hasPromotion) {
    add("promotion", someTime(34, 2), "Nordic Outdoor", { promo: true, us: false })
    add("promotion", someTime(15, 1), "Nordic Outdoor", { promo: true, us: true })
  }
  // Signed-up customers come back: on their own (the registration is the touch), or through another link.
  const credited = signups.filter((s) => !s.click.blocked_reason)
  for (const s of credited.slice(0, 3)) {
    add("registration", Math.min(s.at + int(r, 2, 10) * DAY + int(r, 0, 12) * HOUR, latest), channelOf(s.click) ?? "Nordic Outdoor", {
      buyer: { signup: s.key },
    })
  }
  for (const s of credited.slice(3, 5)) {
    const c = take((c) => !c.is_bot && !c.blocked_reason && (c.source === "gads-brand" || c.source === "fb-retargeting") && c.created_at.getTime() > s.at + DAY && recentEnough(c) && creditable(c, c.created_at.getTime() + 2 * HOUR))
    if (c) add("registration+link", afterClick(c), channelOf(c)!, { buyer: { signup: s.key }, affiliate: viaClick(c) })
  }

  // Refused, each for a reason the Attributions page explains. The visitor of
  // each came only once, so no other touch of theirs wins the order instead.
  const once = (c: DemoClick) => (byVisitor.get(c.visitor_id) ?? []).every((x) => x.source === c.source && Math.abs(x.created_at.getTime() - c.created_at.getTime()) < 2 * HOUR)
  const ben = (c: DemoClick) => c.source === "ben-podcast" && channelOf(c) === "Alpine Gear" && !c.is_bot
  let c = take((c) => ben(c) && recentEnough(c) && once(c))
  if (c) add("site not authorized (link)", afterClick(c), "Alpine Gear", { affiliate: viaClick(c) })
  add("site not authorized (code)", someTime(28, 3), "Alpine Gear", { affiliate: { code: "trail-talk" } })
  for (let i = 0; i < 2; i++) {
    // A visitor who never came back: the only click is older than the window.
    c = take(
      (c) =>
        !c.is_bot &&
        !!c.partner &&
        !c.blocked_reason &&
        c.created_at.getTime() < dayStart(anchor, 34) &&
        once(c)
    )
    if (c) add("window expired", c.created_at.getTime() + (31 + int(r, 0, 2)) * DAY + int(r, 1, 8) * HOUR, channelOf(c)!, { affiliate: viaClick(c) })
  }
  c = take((c) => c.source === "anna-instagram" && !c.is_bot && !c.blocked_reason && recentEnough(c) && once(c))
  if (c) add("self-referral (account)", afterClick(c, 5, 30), channelOf(c)!, { buyer: { partner: "anna" }, affiliate: viaClick(c), us: false })
  add("self-referral (email)", someTime(20, 2), "Nordic Outdoor", { buyer: { partner: "ben" }, affiliate: { code: "TRAILTALK" }, us: false })
  c = take((c) => c.is_bot && !!c.partner && !c.blocked_reason && recentEnough(c))
  if (c) add("bot click", afterClick(c, 10, 40), channelOf(c)!, { affiliate: viaClick(c) })
  c = take((c) => c.source === "rossi-display" && !c.is_bot && !!c.blocked_reason && recentEnough(c) && once(c))
  if (c) add("blocked at click", afterClick(c, 10, 60), channelOf(c)!, { affiliate: viaClick(c) })
  for (const key of ["marco", "sofia"]) {
    const change = world.partners[key]?.timeline[1]?.at
    if (!change) continue
    c = take((c) => c.partner?.key === key && !c.is_bot && !c.blocked_reason && c.created_at.getTime() < change && c.created_at.getTime() > change - 10 * DAY && once(c))
    if (c) add("partner no longer active", change + int(r, 6, 72) * HOUR, channelOf(c)!, { affiliate: viaClick(c) })
  }
  // And a few orders nobody referred.
  for (let i = 0; i < 4; i++) add("no touch", someTime(40, 1), pick(r, ["Nordic Outdoor", "Alpine Gear"]))

  const sorted = orders.sort((a, b) => a.at - b.at)
  return sorted.map((o, i) => ({ ...o, key: `demo-order-${String(i + 1).padStart(2, "0")}` }))
}

// ---------------------------------------------------------------------------
// Writing registrations and orders

async function seedSignups(input: Input, plans: PlannedSignup[], knex: any) {
  const customers = input.container.resolve(Modules.CUSTOMER) as any
  const ids: Record<string, string> = {}
  for (const plan of plans) {
    let [customer] = await customers.listCustomers({ email: plan.shopper.email })
    if (!customer) {
      const { result } = await createCustomersWorkflow(input.container).run({
        input: { customersData: [{ ...plan.shopper, has_account: true, metadata: { demo_signup: plan.key } }] },
      })
      customer = result[0]
    }
    // Back-dating the signup with knex: acceptable for demo data only.
    await knex("customer").where({ id: customer.id }).update({ created_at: new Date(plan.at), updated_at: new Date(plan.at) })
    await attributeRegistrationWorkflow(input.container).run({
      input: { customer_id: customer.id, click_id: plan.click.id, at: new Date(plan.at).toISOString() },
    })
    ids[plan.key] = customer.id
  }
  return ids
}

type Catalog = {
  regions: Record<string, { id: string; currency: string }>
  channels: Record<string, string>
  variants: Record<string, string>
  shipping: Record<string, { id: string; name: string; amount: number }>
  promotion: string | null
}

async function loadCatalog(input: Input): Promise<Catalog> {
  const { container, store } = input
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as any
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["handle", "variants.id", "variants.title"],
    filters: { handle: PRODUCTS.map((p) => p.handle) },
  })
  const variants: Record<string, string> = {}
  for (const p of products) for (const v of p.variants ?? []) variants[`${p.handle}/${v.title}`] = v.id
  const regionService = container.resolve(Modules.REGION) as any
  const regions: Catalog["regions"] = {}
  for (const region of await regionService.listRegions({ id: Object.values(store.regions) })) {
    regions[region.name] = { id: region.id, currency: region.currency_code }
  }
  const fulfillment = container.resolve(Modules.FULFILLMENT) as any
  const options = await fulfillment.listShippingOptions({}, { relations: ["service_zone"] })
  const shipping: Catalog["shipping"] = {}
  // The flat rates demo-store.ts gives these options.
  for (const [region, amount] of [["Europe", 5.9], ["United States", 7.9]] as const) {
    const option = options.find((o: any) => o.service_zone?.name === region)
    if (option) shipping[region] = { id: option.id, name: option.name, amount }
  }
  const promotions = container.resolve(Modules.PROMOTION) as any
  // The first incentive voucher (Anna's ANNA10), not one added later.
  const [voucher] = await input.svc.listAffiliateVouchers({ promotion_id: { $ne: null } } as any, { take: 1, order: { created_at: "ASC" } })
  const [promotion] = voucher ? await promotions.listPromotions({ id: voucher.promotion_id }) : []
  return { regions, channels: store.channels, variants, shipping, promotion: promotion?.code ?? null }
}

async function demoOrderIds(knex: any): Promise<Map<string, string>> {
  const rows: { id: string; key: string }[] = await knex("order")
    .select("id", knex.raw(`metadata->>'demo_order' as key`))
    .whereNull("deleted_at")
    .whereRaw(`metadata->>'demo_order' is not null`)
  return new Map(rows.map((r) => [r.key, r.id]))
}

async function seedOrders(input: Input, plans: PlannedOrder[], signupIds: Record<string, string>, world: World, knex: any) {
  const catalog = await loadCatalog(input)
  const existing = await demoOrderIds(knex)
  let created = 0
  const place = async (plan: PlannedOrder) => {
    let orderId = existing.get(plan.key)
    if (!orderId) {
      const region = catalog.regions[plan.region]
      const address = ADDRESSES[plan.country]
      let names = { first_name: "", last_name: "" }
      const buyer: { email?: string; customer_id?: string } = {}
      if ("guest" in plan.buyer) {
        names = { first_name: plan.buyer.guest.first_name, last_name: plan.buyer.guest.last_name }
        buyer.email = plan.buyer.guest.email
      } else if ("signup" in plan.buyer) {
        buyer.customer_id = signupIds[plan.buyer.signup]
      } else {
        const partner = world.partners[plan.buyer.partner]
        if (plan.buyer.partner === "anna") buyer.customer_id = partner.customer_id!
        else buyer.email = partner.email!
      }
      if (buyer.customer_id) {
        const [customer] = await (input.container.resolve(Modules.CUSTOMER) as any).listCustomers({ id: buyer.customer_id })
        names = { first_name: customer?.first_name ?? "", last_name: customer?.last_name ?? "" }
      } else if ("partner" in plan.buyer) {
        const [first_name, ...rest] = world.partners[plan.buyer.partner].name.split(" ")
        names = { first_name, last_name: rest.join(" ") }
      }
      const shippingAddress = {
        ...names,
        address_1: `${address.street} ${1 + (plan.key.length * 7 + plan.at) % 90}`,
        city: address.city,
        postal_code: address.postal_code,
        country_code: plan.country,
      }
      const shipping = catalog.shipping[plan.region]
      const { result } = await createOrderWorkflow(input.container).run({
        input: {
          region_id: region.id,
          currency_code: region.currency,
          sales_channel_id: catalog.channels[plan.channel],
          ...buyer,
          items: plan.items.map((i) => ({ variant_id: catalog.variants[`${i.handle}/${i.option}`], quantity: i.quantity })) as any,
          shipping_address: shippingAddress,
          billing_address: shippingAddress,
          shipping_methods: shipping ? [{ name: shipping.name, amount: shipping.amount, shipping_option_id: shipping.id }] : [],
          promo_codes: plan.promo && catalog.promotion ? [catalog.promotion] : [],
          metadata: { demo_order: plan.key, demo_story: plan.story, ...(plan.affiliate ? { affiliate: plan.affiliate } : {}) },
        } as any,
      })
      orderId = result.id
      created++
    }
    // Back-dating the order (and the guest customer Medusa made for it) with knex: acceptable for demo data only.
    const at = new Date(plan.at)
    await knex("order").where({ id: orderId }).update({ created_at: at, updated_at: at })
    const [order] = await knex("order").select("customer_id").where({ id: orderId })
    if (order?.customer_id) {
      await knex("customer").where({ id: order.customer_id, has_account: false }).andWhere("created_at", ">", at).update({ created_at: at })
    }
    await attributeOrderWorkflow(input.container).run({ input: { order_id: orderId! } })
  }
  // Oldest first, so Medusa's order numbers (roughly) grow with the dates. The
  // workflows mostly wait on the database, so a few at a time is much faster.
  let next = 0
  const worker = async () => {
    while (next < plans.length) await place(plans[next++])
  }
  await Promise.all(Array.from({ length: ORDER_CONCURRENCY }, worker))
  return created
}

// ---------------------------------------------------------------------------
// Counting and the entry point

async function countTraffic(input: Input, knex: any): Promise<TrafficCounts> {
  const { svc, programId } = input
  const count = async (filters: Record<string, unknown>) => (await svc.listAndCountAffiliateClicks({ program_id: programId, ...filters }, { take: 1, select: ["id"] }))[1]
  const attributions: any[] = await svc.listAffiliateAttributions({ program_id: programId }, { take: 100_000, select: ["conversion", "status"] })
  const of = (conversion: string, status?: string) => attributions.filter((a) => a.conversion === conversion && (!status || a.status === status)).length
  return {
    days: DAYS,
    clicks: await count({}),
    bot_clicks: await count({ is_bot: true }),
    blocked_clicks: await count({ blocked_reason: { $ne: null } }),
    unique_clicks: await count({ is_bot: false, is_unique: true }),
    registrations: of("registration"),
    attributed_registrations: of("registration", "attributed"),
    rejected_registrations: of("registration", "rejected"),
    orders: (await demoOrderIds(knex)).size,
    attributed_orders: of("order", "attributed"),
    rejected_orders: of("order", "rejected"),
  }
}

const n = (v: number) => v.toLocaleString("en-US")
const secs = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

export async function seedTraffic(input: Input): Promise<TrafficCounts> {
  const { svc, log, programId } = input
  const knex = input.container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const [program] = await svc.listAffiliatePrograms({ id: programId })
  const metadata = (program.metadata ?? {}) as Record<string, any>
  if (metadata.demo_traffic_seeded) {
    const counts = await countTraffic(input, knex)
    log(
      `traffic: already seeded (${DAYS} days up to ${String(metadata.demo_traffic_anchor).slice(0, 16).replace("T", " ")} UTC), ` +
        `leaving it as it is: ${n(counts.clicks)} clicks, ${counts.registrations} registrations, ${counts.orders} orders`
    )
    return counts
  }

  // The anchor ("now" of the traffic) is kept, so a second run after a failure makes the same data.
  const anchorIso: string = metadata.demo_traffic_anchor ?? new Date(Math.floor(Date.now() / MINUTE) * MINUTE).toISOString()
  if (!metadata.demo_traffic_anchor) {
    await svc.updateAffiliatePrograms({ id: programId, metadata: { ...metadata, demo_traffic_anchor: anchorIso } } as any)
  }
  const anchor = new Date(anchorIso).getTime()
  const salt = svc.getOptions().ipHashSalt ?? "medusa-affiliate-demo-salt"

  let t = Date.now()
  const world = await loadWorld(input, anchor, knex)
  const clicks = generateClicks(world, anchor, salt)
  const inserted = await insertDemoClicks(input, clicks)
  const bots = clicks.filter((c) => c.is_bot).length
  const blocked = clicks.filter((c) => c.blocked_reason).length
  const perDay = Math.round(clicks.length / (DAYS + 1))
  log(
    `traffic: ${n(clicks.length)} clicks over ${DAYS} days (${n(bots)} bots, ${n(blocked)} blocked while their partner was suspended or disabled, ` +
      `~${perDay} a day, ${world.sources.length} sources incl. ${STORE_CAMPAIGNS.length} partner-less campaigns)` +
      `${inserted === clicks.length ? "" : `, ${n(inserted)} of them new`} in ${secs(t)}`
  )

  t = Date.now()
  const { plans: signups, usedVisitors } = planSignups(world, clicks, anchor)
  const signupIds = await seedSignups(input, signups, knex)
  const signupRows: any[] = await svc.listAffiliateAttributions({ conversion: "registration", customer_id: Object.values(signupIds) }, { select: ["status"], take: 1000 })
  log(
    `registrations: ${signups.length} demo customers signed up through links, ` +
      `${signupRows.filter((a) => a.status === "attributed").length} attributed, ${signupRows.filter((a) => a.status === "rejected").length} rejected in ${secs(t)}`
  )

  t = Date.now()
  const catalogHasPromotion = (await svc.listAffiliateVouchers({ promotion_id: { $ne: null } } as any, { take: 1 })).length > 0
  const orders = planOrders(world, clicks, signups, usedVisitors, anchor, catalogHasPromotion)
  const created = await seedOrders(input, orders, signupIds, world, knex)
  const orderRows: any[] = await svc.listAffiliateAttributions({ conversion: "order", program_id: programId }, { select: ["status", "source", "currency_code"], take: 1000 })
  const bySource: Record<string, number> = {}
  for (const a of orderRows.filter((a) => a.status === "attributed")) bySource[a.source] = (bySource[a.source] ?? 0) + 1
  const attributed = orderRows.filter((a) => a.status === "attributed").length
  const rejected = orderRows.filter((a) => a.status === "rejected").length
  const eur = orders.filter((o) => o.region === "Europe").length
  const alpine = orders.filter((o) => o.channel === "Alpine Gear").length
  const sources = Object.entries(bySource).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  log(
    `orders: ${orders.length} placed${created === orders.length ? "" : ` (${created} new)`} ` +
      `(${orders.length - alpine} Nordic Outdoor, ${alpine} Alpine Gear; ${eur} EUR, ${orders.length - eur} USD), ${attributed} attributed ` +
      `(${sources.map(([s, k]) => `${k} ${s}`).join(", ")}), ${rejected} rejected, ` +
      `${orders.length - attributed - rejected} without any touch in ${secs(t)}`
  )

  const [latest] = await svc.listAffiliatePrograms({ id: programId })
  await svc.updateAffiliatePrograms({
    id: programId,
    metadata: { ...(latest.metadata ?? {}), demo_traffic_anchor: anchorIso, demo_traffic_seeded: new Date().toISOString() },
  } as any)
  return countTraffic(input, knex)
}
