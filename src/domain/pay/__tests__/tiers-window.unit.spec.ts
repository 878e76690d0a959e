import { tierFor, tierPeriod, describePeriod } from "../tiers"
import { commissionWindow, referralMoment } from "../window"

describe("tierPeriod", () => {
  it("counts the calendar month in the program's time zone", () => {
    // 23:30 UTC on 31 March is already 1 April in Berlin (UTC+2): April's tier.
    const lateMarchUtc = new Date("2026-03-31T23:30:00Z")
    expect(tierPeriod({ period: "calendar_month" }, lateMarchUtc, "Europe/Berlin").from?.toISOString()).toBe("2026-03-31T22:00:00.000Z")
    expect(tierPeriod({ period: "calendar_month" }, lateMarchUtc, "UTC").from?.toISOString()).toBe("2026-03-01T00:00:00.000Z")
    expect(tierPeriod({ period: "calendar_month" }, lateMarchUtc, "America/New_York").from?.toISOString()).toBe("2026-03-01T05:00:00.000Z")
  })

  it("counts rolling days back from the conversion, or all time", () => {
    const at = new Date("2026-06-15T12:00:00Z")
    expect(tierPeriod({ period: "rolling_days", period_days: 30 }, at, "UTC")).toEqual({ from: new Date("2026-05-16T12:00:00Z"), to: at })
    expect(tierPeriod({ period: "lifetime" }, at, "UTC")).toEqual({ from: null, to: at })
    expect(describePeriod({ period: "rolling_days", period_days: 7 }, "UTC")).toBe("the last 7 days")
  })
})

describe("tierFor", () => {
  const table = { metric: "orders" as const, period: "lifetime" as const, tiers: [{ threshold: 10, percentage: 15 }, { threshold: 5, percentage: 12 }, { threshold: 20, percentage: 8 }] }
  it("picks the highest threshold reached, in any table order; none below the first", () => {
    expect(tierFor(table, 4)).toBeNull()
    expect(tierFor(table, 5)?.tier.percentage).toBe(12)
    expect(tierFor(table, 19)?.tier.percentage).toBe(15)
    // Tiers may also lower the rate.
    expect(tierFor(table, 25)?.tier.percentage).toBe(8)
  })
})

describe("commissionWindow", () => {
  const referred = new Date("2026-01-01T00:00:00Z")
  it("pays up to exactly N days after referral, not after", () => {
    expect(commissionWindow(30, referred, new Date("2026-01-31T00:00:00Z")).within).toBe(true)
    expect(commissionWindow(30, referred, new Date("2026-01-31T00:00:01Z")).within).toBe(false)
    expect(commissionWindow(30, referred, new Date("2026-01-31T00:00:01Z")).detail).toContain("window ended")
  })

  it("has no limit without window_days, and starts at the conversion when nobody referred before", () => {
    expect(commissionWindow(null, referred, new Date("2030-01-01")).within).toBe(true)
    expect(commissionWindow(60, null, new Date("2030-01-01")).within).toBe(true)
  })

  it("takes the earliest referral moment", () => {
    expect(referralMoment(new Date("2026-03-01"), [new Date("2026-01-15"), new Date("2026-02-01")])).toEqual(new Date("2026-01-15"))
    expect(referralMoment(null, [])).toBeNull()
  })
})
