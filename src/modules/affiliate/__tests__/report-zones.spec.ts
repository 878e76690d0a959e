import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { generateEntityId } from "@medusajs/framework/utils"
import AffiliateModuleService from "../service"
import { resolveReportRange } from "../../../domain/track/report-range"
import type { ClickRow } from "../track/clicks"
import type { AttributionRow } from "../track/conversions"

jest.setTimeout(300 * 1000)

/**
 * Days in zones whose midnight falls inside a UTC hour (+05:30, +05:45,
 * +08:45) must hold the same figures as the raw tables: traffic at :10, :40
 * and :50 around each local midnight lands on the right day, whichever
 * rollup answers, and whole-hour zones (a DST change included) stay right.
 */
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const ZONES = ["Asia/Kolkata", "Asia/Kathmandu", "Australia/Eucla", "Europe/Berlin", "UTC"]
// Berlin leaves summer time on 2026-10-25: a 25-hour day inside the range.
const FROM = "2026-10-24"
const TO = "2026-10-26"

function click(i: number, at: Date, data: Partial<ClickRow> = {}): ClickRow {
  return {
    id: generateEntityId(undefined, "affclk"),
    program_id: "affprog_default",
    affiliate_id: "aff_1",
    referral_id: i % 3 === 0 ? "affref_b" : "affref_a",
    voucher_id: null,
    site_id: i % 4 === 0 ? "affsite_2" : "affsite_1",
    // Few visitors, so repeats within the hour are not unique visits.
    visitor_id: `visitor-${i % 5}`,
    ip_hash: null,
    is_bot: i % 7 === 0,
    blocked_reason: null,
    landing_path: "/",
    referrer_host: null,
    utm_source: i % 2 ? "newsletter" : null,
    utm_medium: null,
    utm_campaign: null,
    utm_term: null,
    utm_content: null,
    created_at: at,
    ...data,
  }
}

function attribution(i: number, at: Date): AttributionRow {
  return {
    id: generateEntityId(undefined, "affattr"),
    program_id: "affprog_default",
    conversion: i % 4 === 0 ? "registration" : "order",
    status: i % 5 === 0 ? "rejected" : "attributed",
    customer_id: `cus_${i}`,
    order_id: `order_${i}`,
    affiliate_id: "aff_1",
    referral_id: i % 3 === 0 ? "affref_b" : "affref_a",
    voucher_id: null,
    voucher_code: null,
    click_id: null,
    site_id: "affsite_1",
    source: "link",
    utm_source: null,
    utm_medium: null,
    utm_campaign: null,
    utm_term: null,
    utm_content: null,
    attributed_at: at,
    window_ends_at: null,
    order_total: i % 4 === 0 ? null : `${10 + i}.25`,
    currency_code: i % 4 === 0 ? null : i % 2 ? "eur" : "usd",
    explanation: { summary: "test" },
    idempotency_key: `zones:${i}:${at.toISOString()}`,
  }
}

/** Instants at :10, :40 and :50 of the hour before, of and after every local midnight from FROM to the day after TO. */
function instantsAroundMidnights(timezone: string): Date[] {
  const range = resolveReportRange({ from: "2026-10-23", to: "2026-10-28", timezone }, new Date())
  if (!range.ok) throw new Error(range.message)
  const midnights = range.days.map((day) => {
    const r = resolveReportRange({ from: day, to: day, timezone }, new Date())
    if (!r.ok) throw new Error(r.message)
    return r.start.getTime()
  })
  const instants: Date[] = []
  for (const midnight of midnights) {
    const hour = Math.floor(midnight / HOUR) * HOUR
    for (const h of [hour - HOUR, hour, hour + HOUR]) {
      for (const m of [10, 40, 50]) instants.push(new Date(h + m * MINUTE))
    }
  }
  return instants
}

moduleIntegrationTestRunner<AffiliateModuleService>({
  moduleName: "affiliate",
  resolve: path.resolve(__dirname, ".."),
  pathToMigrations: path.resolve(__dirname, "../migrations"),
  dbName: "medusa-affiliate-module-report-zones",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = async (text: string, params: unknown[] = []) =>
      (MikroOrmWrapper.forkManager() as any).execute(text, params, "all")

    const rawDays = async (timezone: string, start: Date, end: Date) => {
      const bounds = [timezone, start.toISOString(), end.toISOString()]
      const clicks = await sql(
        `select to_char(created_at at time zone ?, 'YYYY-MM-DD') as day,
           count(*) filter (where not is_bot)::int as clicks,
           count(*) filter (where is_unique and not is_bot)::int as unique_clicks,
           count(*) filter (where is_bot)::int as bot_clicks
         from affiliate_click where deleted_at is null and created_at >= ? and created_at < ? group by 1`,
        bounds
      )
      const conversions = await sql(
        `select to_char(attributed_at at time zone ?, 'YYYY-MM-DD') as day, currency_code,
           count(*) filter (where status = 'attributed' and conversion = 'registration')::int as registrations,
           count(*) filter (where status = 'attributed' and conversion = 'order')::int as orders,
           count(*) filter (where status = 'rejected')::int as rejected,
           coalesce(sum(order_total) filter (where status = 'attributed' and conversion = 'order'), 0)::text as revenue
         from affiliate_attribution where deleted_at is null and attributed_at >= ? and attributed_at < ? group by 1, 2`,
        bounds
      )
      const days = new Map<string, any>()
      const dayOf = (day: string) => {
        if (!days.has(day)) days.set(day, { clicks: 0, unique_clicks: 0, bot_clicks: 0, registrations: 0, orders: 0, rejected: 0, revenue: {} })
        return days.get(day)
      }
      for (const c of clicks) Object.assign(dayOf(c.day), { clicks: c.clicks, unique_clicks: c.unique_clicks, bot_clicks: c.bot_clicks })
      for (const a of conversions) {
        const d = dayOf(a.day)
        d.registrations += a.registrations
        d.orders += a.orders
        d.rejected += a.rejected
        if (a.currency_code && Number(a.revenue) !== 0) d.revenue[a.currency_code] = a.revenue
      }
      return days
    }

    const figures = (r: any) => ({
      clicks: r.clicks,
      unique_clicks: r.unique_clicks,
      bot_clicks: r.bot_clicks,
      registrations: r.registrations,
      orders: r.orders,
      rejected: r.rejected_registrations + r.rejected_orders,
      revenue: Object.fromEntries(Object.entries(r.revenue).map(([c, v]) => [c, Number(v).toFixed(2)])),
    })
    const rawFigures = (r: any) => ({ ...r, revenue: Object.fromEntries(Object.entries(r.revenue).map(([c, v]) => [c, Number(v).toFixed(2)])) })

    it.each(ZONES)("%s: every day, by either rollup, equals the raw tables", async (timezone) => {
      for (const table of ["affiliate_click", "affiliate_attribution", "affiliate_stats_hourly", "affiliate_stats_site_hourly"]) {
        await sql(`delete from ${table}`)
      }
      const instants = instantsAroundMidnights(timezone)
      await service.insertClicks(instants.flatMap((at, i) => [click(i, at), click(i + 1, new Date(at.getTime() + MINUTE))]))
      await service.insertAttributions(instants.map((at, i) => attribution(i, at)))

      const range = resolveReportRange({ from: FROM, to: TO, timezone }, new Date())
      if (!range.ok) throw new Error(range.message)
      const raw = await rawDays(timezone, range.start, range.end)
      expect([...raw.keys()].sort()).toEqual(range.days)

      const query = { start: range.start, end: range.end, timezone }
      const overview = await service.reportStats({ ...query, by: ["day"] })
      const detail = await service.reportStats({ ...query, by: ["day", "referral"] })
      const perDayFromDetail = new Map<string, any>()
      for (const row of detail.rows) {
        const d = perDayFromDetail.get(row.day!) ?? { clicks: 0, unique_clicks: 0, bot_clicks: 0, registrations: 0, orders: 0, rejected_registrations: 0, rejected_orders: 0, revenue: {} }
        for (const k of ["clicks", "unique_clicks", "bot_clicks", "registrations", "orders", "rejected_registrations", "rejected_orders"]) d[k] += (row as any)[k]
        for (const [c, v] of Object.entries(row.revenue)) d.revenue[c] = (Number(d.revenue[c] ?? 0) + Number(v)).toFixed(2)
        perDayFromDetail.set(row.day!, d)
      }
      for (const day of range.days) {
        const expected = rawFigures(raw.get(day))
        expect({ day, ...figures(overview.rows.find((r) => r.day === day)) }).toEqual({ day, ...expected })
        expect({ day, ...figures(perDayFromDetail.get(day)) }).toEqual({ day, ...expected })
      }
      expect(overview.rows.map((r) => r.day)).toEqual(range.days)

      // Totals without a day dimension (range edges only) and by site say the same.
      const totals = figures(overview.totals)
      expect(figures((await service.reportStats({ ...query, by: [] })).totals)).toEqual(totals)
      expect(figures((await service.reportStats({ ...query, by: ["site"] })).totals)).toEqual(totals)
      expect(figures((await service.reportStats({ ...query, by: ["utm_source"], affiliate_id: "aff_1" })).totals)).toEqual(totals)
      // A filter applies to the raw pieces as to the rollup.
      const siteTwo = await service.reportStats({ ...query, by: ["day"], site_id: "affsite_2" })
      const [rawSiteTwo] = await sql(
        `select count(*) filter (where not is_bot)::int as clicks from affiliate_click where site_id = 'affsite_2' and created_at >= ? and created_at < ?`,
        [range.start.toISOString(), range.end.toISOString()]
      )
      expect(siteTwo.totals.clicks).toBe(rawSiteTwo.clicks)
    })
  },
})
