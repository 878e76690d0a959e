import path from "node:path"
import fc from "fast-check"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { generateEntityId } from "@medusajs/framework/utils"
import AffiliateModuleService from "../service"
import type { ClickRow } from "../track/clicks"
import type { AttributionRow } from "../track/conversions"

jest.setTimeout(300 * 1000)

/**
 * The click and conversion writers keep the hourly rollup in step with the
 * raw tables, so reports read the rollup. These tests compare the rollup with
 * the same questions asked of the raw rows, after random traffic, replays and
 * concurrent writes.
 */
const DAY = 24 * 60 * 60 * 1000
const BASE = Date.parse("2026-10-01T00:00:00Z")

function click(data: Partial<ClickRow> = {}): ClickRow {
  return {
    id: generateEntityId(undefined, "affclk"),
    program_id: "affprog_default",
    affiliate_id: "aff_1",
    referral_id: "affref_1",
    voucher_id: null,
    site_id: "affsite_1",
    visitor_id: "visitor-aaaa",
    ip_hash: null,
    is_bot: false,
    blocked_reason: null,
    landing_path: "/",
    referrer_host: null,
    utm_source: null,
    utm_medium: null,
    utm_campaign: null,
    utm_term: null,
    utm_content: null,
    created_at: new Date(BASE),
    ...data,
  }
}

function attribution(data: Partial<AttributionRow> = {}): AttributionRow {
  return {
    id: generateEntityId(undefined, "affattr"),
    program_id: "affprog_default",
    conversion: "order",
    status: "attributed",
    customer_id: "cus_1",
    order_id: "order_1",
    affiliate_id: "aff_1",
    referral_id: "affref_1",
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
    attributed_at: new Date(BASE),
    window_ends_at: null,
    order_total: "10.00",
    currency_code: "eur",
    explanation: { summary: "test" },
    idempotency_key: `order:${Math.random()}`,
    ...data,
  }
}

moduleIntegrationTestRunner<AffiliateModuleService>({
  moduleName: "affiliate",
  resolve: path.resolve(__dirname, ".."),
  pathToMigrations: path.resolve(__dirname, "../migrations"),
  dbName: "medusa-affiliate-module-track",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = async (text: string, params: unknown[] = []) =>
      (MikroOrmWrapper.forkManager() as any).execute(text, params, "all")
    const range = { start: new Date(BASE - 30 * DAY), end: new Date(BASE + 60 * DAY), timezone: "UTC" }

    describe("clicks", () => {
      it("counts a visitor once per referral per hour, keeps bots apart, and never stores more than it answers", async () => {
        const stored = await Promise.all([
          service.recordClick(click({ visitor_id: "visitor-one", created_at: new Date(BASE) })),
          service.recordClick(click({ visitor_id: "visitor-one", created_at: new Date(BASE + 10 * 60 * 1000) })),
          service.recordClick(click({ visitor_id: "visitor-two", created_at: new Date(BASE + 10 * 60 * 1000) })),
          service.recordClick(click({ visitor_id: "visitor-bot", is_bot: true })),
        ])
        expect(stored.map((s) => s.is_unique)).toEqual([true, false, true, true])
        // Later than an hour after the last visit: a new unique visit.
        const later = await service.recordClick(click({ visitor_id: "visitor-one", created_at: new Date(BASE + 3 * 60 * 60 * 1000) }))
        expect(later.is_unique).toBe(true)
        // Another referral within the hour is another visit.
        const other = await service.recordClick(click({ visitor_id: "visitor-one", referral_id: "affref_2", created_at: new Date(BASE + 5 * 60 * 1000) }))
        expect(other.is_unique).toBe(true)

        const report = await service.reportStats({ ...range, by: ["referral"] })
        expect(report.totals).toMatchObject({ clicks: 5, unique_clicks: 4, bot_clicks: 1 })
        expect(report.rows.map((r) => [r.referral, r.clicks])).toEqual([["affref_1", 4], ["affref_2", 1]])
        const [{ count }] = await sql("select count(*)::int as count from affiliate_click")
        expect(count).toBe(6)
      })

      it("groups days by the requested time zone", async () => {
        // 23:30 UTC on Oct 1 is Oct 2 in Berlin, and still Oct 1 in New York.
        await service.recordClick(click({ visitor_id: "visitor-tz", created_at: new Date(BASE + 23.5 * 60 * 60 * 1000) }))
        const berlin = await service.reportStats({ ...range, timezone: "Europe/Berlin", by: ["day"] })
        const newYork = await service.reportStats({ ...range, timezone: "America/New_York", by: ["day"] })
        expect(berlin.rows.map((r) => r.day)).toEqual(["2026-10-02"])
        expect(newYork.rows.map((r) => r.day)).toEqual(["2026-10-01"])
      })
    })

    describe("attributions", () => {
      it("stores one attribution per idempotency key, however often or concurrently it is written", async () => {
        const key = "order:order_replayed"
        const results = await Promise.all(
          Array.from({ length: 8 }, () => service.insertAttributions([attribution({ idempotency_key: key, order_total: "25.50" })]))
        )
        expect(results.flat()).toHaveLength(1)
        const report = await service.reportStats({ ...range, by: [] })
        expect(report.totals).toMatchObject({ orders: 1, revenue: { eur: "25.50" } })
        const [{ count }] = await sql("select count(*)::int as count from affiliate_attribution where idempotency_key = ?", [key])
        expect(count).toBe(1)
      })

      it("reports revenue per currency exactly and keeps rejected conversions apart", async () => {
        await service.insertAttributions([
          attribution({ idempotency_key: "a", order_total: "0.10", currency_code: "eur" }),
          attribution({ idempotency_key: "b", order_total: "0.20", currency_code: "eur" }),
          attribution({ idempotency_key: "c", order_total: "7", currency_code: "usd", utm_campaign: "spring" }),
          attribution({ idempotency_key: "d", status: "rejected", order_total: "99", currency_code: "eur" }),
          attribution({ idempotency_key: "e", conversion: "registration", order_total: null, currency_code: null }),
        ])
        const report = await service.reportStats({ ...range, by: ["utm_campaign"] })
        expect(report.totals).toMatchObject({ orders: 3, registrations: 1, rejected_orders: 1, revenue: { eur: "0.30", usd: "7" } })
        expect(report.rows.find((r) => r.utm_campaign === "spring")).toMatchObject({ orders: 1, revenue: { usd: "7" } })
      })
    })

    it("the rollup answers like the raw tables after random traffic, and a rebuild gives the same rollup", async () => {
      const visitors = ["visitor-a1", "visitor-b2", "visitor-c3"]
      const referrals = ["affref_x", "affref_y", null]
      const clickArb = fc.record({
        visitor: fc.constantFrom(...visitors),
        referral: fc.constantFrom(...referrals),
        campaign: fc.constantFrom(null, "spring", "fall"),
        minutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
        bot: fc.boolean(),
      })
      const orderArb = fc.record({
        key: fc.constantFrom("k1", "k2", "k3", "k4", "k5"),
        minutes: fc.integer({ min: 0, max: 3 * 24 * 60 }),
        cents: fc.integer({ min: 0, max: 100000 }),
        rejected: fc.boolean(),
      })
      await fc.assert(
        fc.asyncProperty(fc.array(clickArb, { maxLength: 40 }), fc.array(orderArb, { maxLength: 10 }), async (clicks, orders) => {
          await sql("delete from affiliate_click")
          await sql("delete from affiliate_attribution")
          await sql("delete from affiliate_stats_hourly")
          await sql("delete from affiliate_stats_site_hourly")
          // Written as they would arrive: some together (one batch), some alone.
          const rows = clicks.map((c) =>
            click({
              visitor_id: c.visitor,
              referral_id: c.referral,
              affiliate_id: c.referral ? "aff_1" : null,
              utm_campaign: c.campaign,
              is_bot: c.bot,
              created_at: new Date(BASE + c.minutes * 60 * 1000),
            })
          )
          rows.sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
          for (let i = 0; i < rows.length; i += 7) await Promise.all(rows.slice(i, i + 7).map((r) => service.recordClick(r)))
          for (const o of orders) {
            await service.insertAttributions([
              attribution({
                idempotency_key: o.key,
                status: o.rejected ? "rejected" : "attributed",
                order_total: (o.cents / 100).toFixed(2),
                attributed_at: new Date(BASE + o.minutes * 60 * 1000),
              }),
            ])
          }
          const fromRollup = await service.reportStats({ ...range, by: ["day", "referral"] })
          const raw = await sql(
            `select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day, referral_id,
               count(*) filter (where not is_bot)::int as clicks, count(*) filter (where is_unique and not is_bot)::int as unique_clicks
             from affiliate_click group by 1, 2`
          )
          for (const r of raw) {
            const row = fromRollup.rows.find((x) => x.day === r.day && (x.referral ?? null) === r.referral_id)
            expect(row).toMatchObject({ clicks: r.clicks, unique_clicks: r.unique_clicks })
          }
          const [orderTotals] = await sql(
            `select count(*) filter (where status = 'attributed')::int as orders, coalesce(sum(order_total) filter (where status = 'attributed'), 0)::text as revenue from affiliate_attribution`
          )
          expect(fromRollup.totals.orders).toBe(orderTotals.orders)
          expect(Number(fromRollup.totals.revenue.eur ?? 0)).toBeCloseTo(Number(orderTotals.revenue), 2)

          // Dashboard questions (by day, by site) come from the overview rollup and must say the same.
          const byDay = await service.reportStats({ ...range, timezone: "Europe/Berlin", by: ["day", "site"] })
          const rawDays = await sql(
            `select to_char(created_at at time zone 'Europe/Berlin', 'YYYY-MM-DD') as day, site_id,
               count(*) filter (where not is_bot)::int as clicks, count(*) filter (where is_unique and not is_bot)::int as unique_clicks,
               count(*) filter (where is_bot)::int as bot_clicks
             from affiliate_click group by 1, 2`
          )
          expect(byDay.rows.filter((r) => r.clicks + r.bot_clicks > 0)).toHaveLength(rawDays.length)
          for (const r of rawDays) {
            const row = byDay.rows.find((x) => x.day === r.day && x.site === r.site_id)
            expect(row).toMatchObject({ clicks: r.clicks, unique_clicks: r.unique_clicks, bot_clicks: r.bot_clicks })
          }
          expect(byDay.totals).toEqual(fromRollup.totals)

          const rollups = () =>
            Promise.all([
              sql("select * from affiliate_stats_hourly order by 1,2,3,4,5,6,7,8,9"),
              sql("select * from affiliate_stats_site_hourly order by 1,2,3,4"),
            ])
          const before = await rollups()
          await service.rebuildStats({ from: range.start, to: range.end })
          expect(await rollups()).toEqual(before)

          // Taking the attributions back (a workflow's compensation) leaves the clicks only, in both rollups.
          const ids = (await sql("select id from affiliate_attribution")).map((r: { id: string }) => r.id)
          await service.deleteAttributions(ids)
          for (const by of [["referral"], ["site"]] as const) {
            const report = await service.reportStats({ ...range, by: [...by] })
            expect(report.totals).toMatchObject({ orders: 0, registrations: 0, rejected_orders: 0, revenue: {} })
            expect(report.totals.clicks).toBe(fromRollup.totals.clicks)
          }
        }),
        { numRuns: 25 }
      )
    })

    it("a rebuild while clicks keep arriving counts every click once", async () => {
      await sql("delete from affiliate_click")
      await sql("delete from affiliate_stats_hourly")
      await sql("delete from affiliate_stats_site_hourly")
      // History written behind the rollup's back (as a restore would), one rollup row per click, so that
      // the rebuild's delete takes long enough for live clicks to commit in the middle of it.
      await sql(
        `insert into affiliate_click (id, program_id, affiliate_id, referral_id, site_id, visitor_id, is_bot, is_unique, utm_campaign, created_at)
         select 'affclk_hist_' || g, 'affprog_default', 'aff_1', 'affref_' || (g % 50), 'affsite_1', 'visitor-' || (g % 5000),
                g % 31 = 0, g % 3 <> 0, 'c' || g, ?::timestamptz + (g % 4000) * interval '1 minute'
         from generate_series(1, 60000) g`,
        [new Date(BASE).toISOString()]
      )
      await service.rebuildStats({ from: range.start, to: range.end })
      // Live clicks with rollup keys the history does not have, written while the rebuild runs.
      const live = Array.from({ length: 80 }, (_, i) =>
        click({ visitor_id: `visitor-live-${i}`, utm_campaign: `live-${i}`, created_at: new Date(BASE + (i % 60) * 60 * 1000) })
      )
      const writes = (async () => {
        for (let i = 0; i < live.length; i += 4) {
          await Promise.all(live.slice(i, i + 4).map((c) => service.recordClick(c)))
          await new Promise((r) => setTimeout(r, 2))
        }
      })()
      await Promise.all([service.rebuildStats({ from: range.start, to: range.end }), writes])

      const [raw] = await sql(
        `select count(*) filter (where not is_bot)::int as clicks, count(*) filter (where is_bot)::int as bots,
                count(*) filter (where is_unique and not is_bot)::int as unique_clicks from affiliate_click`
      )
      expect(raw.clicks + raw.bots).toBe(60_000 + live.length)
      for (const table of ["affiliate_stats_hourly", "affiliate_stats_site_hourly"]) {
        const [rolled] = await sql(
          `select sum(clicks)::int as clicks, sum(bot_clicks)::int as bots, sum(unique_clicks)::int as unique_clicks from ${table}`
        )
        expect({ table, ...rolled }).toEqual({ table, ...raw })
      }
    })
  },
})
