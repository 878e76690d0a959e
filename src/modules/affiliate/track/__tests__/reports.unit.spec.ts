import { foldStats, rollupFor, statsSql, type StatsQuery } from "../reports"

const base: StatsQuery = { start: new Date("2026-10-01T00:00:00Z"), end: new Date("2026-11-01T00:00:00Z"), timezone: "UTC", by: [] }

describe("which rollup answers a report", () => {
  it.each([
    [{ by: ["day"] }, "affiliate_stats_site_hourly"],
    [{ by: ["site"] }, "affiliate_stats_site_hourly"],
    [{ by: [] }, "affiliate_stats_site_hourly"],
    [{ by: ["day", "site"], site_id: "affsite_1", program_id: "affprog_default" }, "affiliate_stats_site_hourly"],
    [{ by: ["utm_source", "utm_medium", "utm_campaign"] }, "affiliate_stats_hourly"],
    [{ by: ["day"], utm_campaign: "spring" }, "affiliate_stats_hourly"],
    [{ by: ["referral"] }, "affiliate_stats_hourly"],
    [{ by: ["affiliate"] }, "affiliate_stats_hourly"],
    [{ by: ["day"], affiliate_id: "aff_1" }, "affiliate_stats_hourly"],
    [{ by: ["site"], referral_id: "affref_1" }, "affiliate_stats_hourly"],
  ] as [Partial<StatsQuery>, string][])("%j reads %s", (query, table) => {
    const q = { ...base, ...query }
    expect(rollupFor(q)).toBe(table)
    expect(statsSql(q).sql).toContain(`from ${table} where`)
  })

  it("a filter on 'no referral' ('') is still a referral filter", () => {
    expect(rollupFor({ ...base, by: ["day"], referral_id: "" })).toBe("affiliate_stats_hourly")
  })
})

describe("statsSql", () => {
  it("passes the time zone, the range and the filters as parameters, never in the SQL text", () => {
    const { sql, params } = statsSql({ ...base, timezone: "Europe/Berlin", by: ["day", "site"], utm_source: "x'; drop table y" })
    expect(params).toEqual(["Europe/Berlin", "2026-10-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z", "x'; drop table y"])
    expect(sql).not.toContain("drop table")
    expect(sql).toContain("group by 1, 2, 3 order by 1, 2, 3")
  })
})

describe("foldStats", () => {
  it("adds currencies apart and exactly, and computes the conversion rate from unique visits", () => {
    const row = (site: string, currency: string, revenue: string, orders: number, unique: number) => ({
      site, currency_code: currency, clicks: String(unique), unique_clicks: String(unique), bot_clicks: "0",
      registrations: "0", orders: String(orders), revenue, rejected_registrations: "0", rejected_orders: "0",
    })
    const { rows, totals } = foldStats(["site"], [
      row("a", "", "0", 0, 10),
      row("a", "eur", "0.10", 1, 0),
      row("a", "eur", "0.20", 1, 0),
      row("b", "usd", "7", 1, 4),
    ])
    expect(rows).toEqual([
      expect.objectContaining({ site: "a", orders: 2, unique_clicks: 10, revenue: { eur: "0.30" }, conversion_rate: 0.2 }),
      expect.objectContaining({ site: "b", orders: 1, unique_clicks: 4, revenue: { usd: "7" }, conversion_rate: 0.25 }),
    ])
    expect(totals).toMatchObject({ orders: 3, unique_clicks: 14, revenue: { eur: "0.30", usd: "7" } })
  })
})
