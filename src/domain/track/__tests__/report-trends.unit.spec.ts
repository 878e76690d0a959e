import { amountTrend, countTrend, earnedCommission, resolveTrendPeriods, summarizeTrends, type DayFigures } from "../report-trends"

const NOW = new Date("2026-12-06T05:00:00Z")
const ok = (r: ReturnType<typeof resolveTrendPeriods>) => {
  if (!r.ok) throw new Error(r.message)
  return r
}

describe("resolveTrendPeriods", () => {
  it("defaults to the last 30 days up to today in the zone, against the 30 days before", () => {
    const p = ok(resolveTrendPeriods({ timezone: "Asia/Kolkata" }, NOW))
    expect([p.current.from, p.current.to, p.current.days.length]).toEqual(["2026-11-07", "2026-12-06", 30])
    expect([p.previous.from, p.previous.to, p.previous.days.length]).toEqual(["2026-10-08", "2026-11-06", 30])
    // Local midnights of a +05:30 zone, and the previous period ends where the current one starts.
    expect(p.current.start.toISOString()).toBe("2026-11-06T18:30:00.000Z")
    expect(p.previous.end.toISOString()).toBe(p.current.start.toISOString())
    // At 04:00 UTC on Dec 6 it is still Dec 5 in New York: that is "today" there.
    expect(ok(resolveTrendPeriods({ timezone: "America/New_York" }, new Date("2026-12-06T04:00:00Z"))).current.to).toBe("2026-12-05")
  })

  it.each([
    { label: "one day against the day before", from: "2026-11-10", to: "2026-11-10", previous: ["2026-11-09", "2026-11-09"] },
    { label: "a week", from: "2026-11-08", to: "2026-11-14", previous: ["2026-11-01", "2026-11-07"] },
    { label: "a month of 31 days across a month end", from: "2026-03-01", to: "2026-03-31", previous: ["2026-01-29", "2026-02-28"] },
    { label: "across a year end", from: "2027-01-01", to: "2027-01-10", previous: ["2026-12-22", "2026-12-31"] },
  ])("$label", ({ from, to, previous }) => {
    const p = ok(resolveTrendPeriods({ from, to, timezone: "UTC" }, NOW))
    expect([p.previous.from, p.previous.to]).toEqual(previous)
    expect(p.previous.days.length).toBe(p.current.days.length)
  })

  it("counts local days, so a DST week is 7 days long in both periods, whatever their hours", () => {
    const p = ok(resolveTrendPeriods({ from: "2026-10-26", to: "2026-11-01", timezone: "Europe/Berlin" }, NOW))
    expect([p.previous.from, p.previous.to]).toEqual(["2026-10-19", "2026-10-25"])
    // The previous week holds the 25-hour day of the change back to winter time.
    expect((p.previous.end.getTime() - p.previous.start.getTime()) / 3_600_000).toBe(7 * 24 + 1)
    expect((p.current.end.getTime() - p.current.start.getTime()) / 3_600_000).toBe(7 * 24)
  })

  it("refuses what a report refuses, and periods longer than a year", () => {
    expect(resolveTrendPeriods({ from: "2026-11-10", to: "2026-11-01" }, NOW)).toMatchObject({ ok: false, message: expect.stringContaining("must not be after") })
    expect(resolveTrendPeriods({ timezone: "Mars/Olympus" }, NOW)).toMatchObject({ ok: false, message: expect.stringContaining("timezone") })
    expect(resolveTrendPeriods({ from: "2025-01-01", to: "2026-01-02" }, NOW)).toMatchObject({ ok: false, message: expect.stringContaining("at most 366 days") })
    // 365 days of 2025 against the 365 days before them: 2024 was a leap year.
    expect(ok(resolveTrendPeriods({ from: "2025-01-01", to: "2025-12-31" }, NOW)).previous).toMatchObject({ from: "2024-01-02", to: "2024-12-31" })
  })
})

describe("countTrend and amountTrend", () => {
  it.each([
    { label: "growth", current: 15, previous: 10, change: 5, change_percent: 50, direction: "up" },
    { label: "decline", current: 2, previous: 3, change: -1, change_percent: -33.3, direction: "down" },
    { label: "no change", current: 7, previous: 7, change: 0, change_percent: 0, direction: "flat" },
    { label: "from nothing: no percent", current: 4, previous: 0, change: 4, change_percent: null, direction: "up" },
    { label: "nothing in both", current: 0, previous: 0, change: 0, change_percent: null, direction: "flat" },
    { label: "two thirds round half up", current: 5, previous: 3, change: 2, change_percent: 66.7, direction: "up" },
  ])("$label", ({ label: _label, current, previous, ...expected }) => {
    expect(countTrend(current, previous)).toEqual({ current, previous, ...expected })
  })

  it("keeps amounts exact decimal strings", () => {
    expect(amountTrend("0.30", "0.10")).toEqual({ current: "0.30", previous: "0.10", change: "0.20", change_percent: 200, direction: "up" })
    expect(amountTrend("50.10", "15")).toMatchObject({ change: "35.10", change_percent: 234 })
    expect(amountTrend(undefined, "8.5")).toEqual({ current: "0", previous: "8.5", change: "-8.5", change_percent: -100, direction: "down" })
    // Against a debt: from -10 to -5 is half the debt gone.
    expect(amountTrend("-5", "-10")).toMatchObject({ change: "5", change_percent: 50, direction: "up" })
  })
})

const day = (d: string, over: Partial<DayFigures> = {}): DayFigures => ({
  day: d,
  clicks: 0,
  unique_clicks: 0,
  registrations: 0,
  orders: 0,
  revenue: {},
  commission_pending: {},
  commission_approved: {},
  commission_paid: {},
  ...over,
})

describe("summarizeTrends", () => {
  it("adds each period's days, compares them and gives the current period's series", () => {
    const periods = { previous: { days: ["2026-11-01", "2026-11-02"] }, current: { days: ["2026-11-03", "2026-11-04"] } }
    const rows = [
      day("2026-10-31", { clicks: 100 }), // outside both periods
      day("2026-11-01", { clicks: 3, unique_clicks: 2, orders: 1, revenue: { eur: "40.00" }, commission_paid: { eur: "4" } }),
      day("2026-11-02", { clicks: 1, unique_clicks: 1, registrations: 1 }),
      day("2026-11-03", { clicks: 5, unique_clicks: 4, orders: 2, revenue: { eur: "80.00", usd: "15" }, commission_pending: { eur: "8", usd: "1.5" }, commission_approved: { eur: "-4" } }),
      // 2026-11-04 missing: a quiet day
    ]
    const { metrics, series } = summarizeTrends(rows, periods)
    expect(metrics.clicks).toEqual({ current: 5, previous: 4, change: 1, change_percent: 25, direction: "up" })
    expect(metrics.unique_visits).toMatchObject({ current: 4, previous: 3 })
    expect(metrics.registrations).toEqual({ current: 0, previous: 1, change: -1, change_percent: -100, direction: "down" })
    expect(metrics.orders).toMatchObject({ current: 2, previous: 1, change_percent: 100 })
    expect(metrics.revenue).toEqual({
      eur: { current: "80.00", previous: "40.00", change: "40.00", change_percent: 100, direction: "up" },
      usd: { current: "15", previous: "0", change: "15", change_percent: null, direction: "up" },
    })
    // Earned = pending + approved + paid, a reversal netting: 8 - 4 = 4 against 4.
    expect(metrics.commission.eur).toEqual({ current: "4", previous: "4", change: "0", change_percent: 0, direction: "flat" })
    expect(metrics.commission.usd).toMatchObject({ current: "1.5", previous: "0", change_percent: null })
    expect(series).toEqual([
      { day: "2026-11-03", clicks: 5, registrations: 0, orders: 2, commission: { eur: "4", usd: "1.5" } },
      { day: "2026-11-04", clicks: 0, registrations: 0, orders: 0, commission: {} },
    ])
  })

  it("earnedCommission adds the three statuses per currency", () => {
    expect(earnedCommission({ commission_pending: { eur: "1.10" }, commission_approved: { eur: "2" }, commission_paid: { eur: "3.5", usd: "1" } })).toEqual({ eur: "6.60", usd: "1" })
  })
})
