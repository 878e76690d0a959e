import fc from "fast-check"
import { localDate, localMidnight, resolveReportRange } from "../report-range"

const HOUR = 3_600_000
const iso = (d: Date) => d.toISOString()
const hoursOf = (date: string, next: string, tz: string) => (localMidnight(next, tz).getTime() - localMidnight(date, tz).getTime()) / HOUR
const ok = (r: ReturnType<typeof resolveReportRange>) => {
  if (!r.ok) throw new Error(r.message)
  return r
}
const NOW = new Date("2026-11-23T21:30:00Z")

describe("localMidnight", () => {
  it.each([
    ["UTC", "2026-11-01", "2026-11-01T00:00:00.000Z"],
    ["Europe/Berlin", "2026-11-01", "2026-10-31T23:00:00.000Z"],
    ["Europe/Berlin", "2026-07-01", "2026-06-30T22:00:00.000Z"],
    ["America/New_York", "2026-11-01", "2026-11-01T04:00:00.000Z"],
    ["America/New_York", "2026-11-02", "2026-11-02T05:00:00.000Z"],
    ["Asia/Kolkata", "2026-11-01", "2026-10-31T18:30:00.000Z"],
    ["Pacific/Kiritimati", "2026-11-01", "2026-10-31T10:00:00.000Z"],
    ["Pacific/Pago_Pago", "2026-11-01", "2026-11-01T11:00:00.000Z"],
    ["Asia/Kathmandu", "2026-11-01", "2026-10-31T18:15:00.000Z"],
  ])("%s %s starts at %s", (tz, date, expected) => {
    expect(iso(localMidnight(date, tz))).toBe(expected)
  })

  it("Berlin's spring-forward day has 23 hours, its fall-back day 25", () => {
    expect(iso(localMidnight("2026-03-29", "Europe/Berlin"))).toBe("2026-03-28T23:00:00.000Z")
    expect(iso(localMidnight("2026-03-30", "Europe/Berlin"))).toBe("2026-03-29T22:00:00.000Z")
    expect(hoursOf("2026-03-29", "2026-03-30", "Europe/Berlin")).toBe(23)
    expect(hoursOf("2026-10-25", "2026-10-26", "Europe/Berlin")).toBe(25)
    expect(hoursOf("2026-10-24", "2026-10-25", "Europe/Berlin")).toBe(24)
  })

  it("New York's DST days have 23 and 25 hours", () => {
    expect(hoursOf("2026-03-08", "2026-03-09", "America/New_York")).toBe(23)
    expect(hoursOf("2026-11-01", "2026-11-02", "America/New_York")).toBe(25)
  })

  it("where DST skips midnight, the day starts at the first instant it exists", () => {
    // Chile springs forward at 00:00 -> 01:00; so do Lebanon and Egypt.
    expect(iso(localMidnight("2026-09-06", "America/Santiago"))).toBe("2026-09-06T04:00:00.000Z")
    expect(iso(localMidnight("2026-03-29", "Asia/Beirut"))).toBe("2026-03-28T22:00:00.000Z")
    expect(iso(localMidnight("2026-04-24", "Africa/Cairo"))).toBe("2026-04-23T22:00:00.000Z")
    expect(hoursOf("2026-09-06", "2026-09-07", "America/Santiago")).toBe(23)
  })

  it("where midnight happens twice (Havana falls back 01:00 -> 00:00), the day starts at the first", () => {
    expect(iso(localMidnight("2026-11-01", "America/Havana"))).toBe("2026-11-01T04:00:00.000Z")
    expect(hoursOf("2026-11-01", "2026-11-02", "America/Havana")).toBe(25)
  })

  it("refuses something that is not a date", () => {
    expect(() => localMidnight("2026-02-30", "UTC")).toThrow(RangeError)
    expect(() => localMidnight("yesterday", "UTC")).toThrow(RangeError)
  })

  const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati", "America/Santiago", "Australia/Lord_Howe", "Pacific/Chatham", "America/Havana"]
  const dateArb = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => iso(d).slice(0, 10))

  it("is the first instant of that local date, in any zone", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), dateArb, (tz, date) => {
        const start = localMidnight(date, tz)
        expect(localDate(start, tz)).toBe(date)
        expect(localDate(new Date(start.getTime() - 1000), tz) < date).toBe(true)
      }),
      { numRuns: 300 }
    )
  })

  it("days follow each other without gaps: each day is 22 to 26 hours", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), dateArb, (tz, date) => {
        const next = new Date(Date.parse(`${date}T00:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10)
        const hours = hoursOf(date, next, tz)
        expect(hours).toBeGreaterThanOrEqual(22)
        expect(hours).toBeLessThanOrEqual(26)
      }),
      { numRuns: 300 }
    )
  })
})

describe("localDate", () => {
  it.each([
    ["2026-11-01T22:59:59Z", "Europe/Berlin", "2026-11-01"],
    ["2026-11-01T23:00:00Z", "Europe/Berlin", "2026-11-02"],
    ["2026-11-01T03:59:59Z", "America/New_York", "2026-10-31"],
    ["2026-10-31T18:30:00Z", "Asia/Kolkata", "2026-11-01"],
    ["2026-10-31T18:29:59Z", "Asia/Kolkata", "2026-10-31"],
    ["2026-10-31T10:00:00Z", "Pacific/Kiritimati", "2026-11-01"],
    ["2026-12-31T23:59:59Z", "UTC", "2026-12-31"],
  ])("%s is %s in %s", (instant, tz, date) => {
    expect(localDate(new Date(instant), tz)).toBe(date)
  })

  it("says midnight is the start of the day, not hour 24 of the day before", () => {
    expect(localDate(new Date("2026-11-01T00:00:00Z"), "UTC")).toBe("2026-11-01")
    expect(localDate(new Date("2026-10-31T23:00:00Z"), "Europe/Berlin")).toBe("2026-11-01")
  })
})

describe("resolveReportRange", () => {
  it("defaults to the last 30 days up to today, in UTC", () => {
    const r = ok(resolveReportRange({}, NOW))
    expect(r).toMatchObject({ timezone: "UTC", from: "2026-10-25", to: "2026-11-23" })
    expect(iso(r.start)).toBe("2026-10-25T00:00:00.000Z")
    expect(iso(r.end)).toBe("2026-11-24T00:00:00.000Z")
    expect(r.days).toHaveLength(30)
    expect(r.days[0]).toBe("2026-10-25")
    expect(r.days[29]).toBe("2026-11-23")
  })

  it("'today' is today in the report's time zone", () => {
    // 21:30 UTC on the 23rd is already the 24th in Kolkata and Kiritimati, still the 23rd in New York.
    expect(ok(resolveReportRange({ timezone: "Asia/Kolkata" }, NOW)).to).toBe("2026-11-24")
    expect(ok(resolveReportRange({ timezone: "Pacific/Kiritimati" }, NOW)).to).toBe("2026-11-24")
    expect(ok(resolveReportRange({ timezone: "America/New_York" }, NOW)).to).toBe("2026-11-23")
  })

  it("a range with only `from` runs to today, one with only `to` covers 30 days", () => {
    expect(ok(resolveReportRange({ from: "2026-11-20" }, NOW))).toMatchObject({ from: "2026-11-20", to: "2026-11-23" })
    expect(ok(resolveReportRange({ to: "2026-10-31" }, NOW))).toMatchObject({ from: "2026-10-02", to: "2026-10-31" })
  })

  it("covers the local days exactly: start at local midnight of from, end at local midnight after to", () => {
    const r = ok(resolveReportRange({ from: "2026-10-01", to: "2026-10-31", timezone: "Europe/Berlin" }, NOW))
    expect(iso(r.start)).toBe("2026-09-30T22:00:00.000Z")
    expect(iso(r.end)).toBe("2026-10-31T23:00:00.000Z")
    expect(r.days).toHaveLength(31)
    // October in Berlin has one 25-hour day.
    expect((r.end.getTime() - r.start.getTime()) / HOUR).toBe(31 * 24 + 1)
  })

  it("a single DST day is 23 or 25 hours long", () => {
    const spring = ok(resolveReportRange({ from: "2026-03-29", to: "2026-03-29", timezone: "Europe/Berlin" }, NOW))
    expect((spring.end.getTime() - spring.start.getTime()) / HOUR).toBe(23)
    expect(spring.days).toEqual(["2026-03-29"])
    const fall = ok(resolveReportRange({ from: "2026-11-01", to: "2026-11-01", timezone: "America/New_York" }, NOW))
    expect((fall.end.getTime() - fall.start.getTime()) / HOUR).toBe(25)
  })

  it("handles half-hour and +14 zones", () => {
    const kolkata = ok(resolveReportRange({ from: "2026-11-01", to: "2026-11-01", timezone: "Asia/Kolkata" }, NOW))
    expect([iso(kolkata.start), iso(kolkata.end)]).toEqual(["2026-10-31T18:30:00.000Z", "2026-11-01T18:30:00.000Z"])
    const kiritimati = ok(resolveReportRange({ from: "2026-11-01", to: "2026-11-01", timezone: "Pacific/Kiritimati" }, NOW))
    expect([iso(kiritimati.start), iso(kiritimati.end)]).toEqual(["2026-10-31T10:00:00.000Z", "2026-11-01T10:00:00.000Z"])
  })

  it("lists days across month and leap-year ends", () => {
    const r = ok(resolveReportRange({ from: "2028-02-27", to: "2028-03-01" }, NOW))
    expect(r.days).toEqual(["2028-02-27", "2028-02-28", "2028-02-29", "2028-03-01"])
  })

  it("trims its inputs and treats blank values as not given", () => {
    expect(ok(resolveReportRange({ from: " 2026-11-01 ", to: "", timezone: "  " }, NOW))).toMatchObject({
      timezone: "UTC",
      from: "2026-11-01",
      to: "2026-11-23",
    })
  })

  it("names the time zone as the runtime knows it", () => {
    expect(ok(resolveReportRange({ timezone: "utc" }, NOW)).timezone).toBe("UTC")
    expect(ok(resolveReportRange({ timezone: "Europe/Berlin" }, NOW)).timezone).toBe("Europe/Berlin")
  })

  it.each([
    [{ from: "2026/11/01" }, "from must be a date like 2026-11-01"],
    [{ from: "1 Nov 2026" }, "from must be a date like 2026-11-01"],
    [{ from: "2026-11-1" }, "from must be a date like 2026-11-01"],
    [{ from: "2026-11-01T00:00:00Z" }, "from must be a date like 2026-11-01"],
    [{ to: "tomorrow" }, "to must be a date like 2026-11-01"],
    [{ from: "2026-02-30" }, "from is not a real date: 2026-02-30"],
    [{ to: "2026-13-01" }, "to is not a real date: 2026-13-01"],
    [{ from: "2027-02-29" }, "from is not a real date: 2027-02-29"],
    [{ from: "2026-11-01", to: "2026-10-31" }, "from (2026-11-01) must not be after to (2026-10-31)"],
    [{ from: "2024-01-01", to: "2026-11-23" }, "the range covers 1058 days; at most 732 days are allowed"],
    [{ timezone: "Mars/Olympus_Mons" }, "timezone must be an IANA time zone such as Europe/Berlin"],
    [{ timezone: "Berlin" }, "timezone must be an IANA time zone such as Europe/Berlin"],
  ])("refuses %j", (input, message) => {
    expect(resolveReportRange(input, NOW)).toEqual({ ok: false, message })
  })

  it("allows exactly maxDays days, and takes another limit", () => {
    expect(resolveReportRange({ from: "2024-11-22", to: "2026-11-23" }, NOW).ok).toBe(true) // 732 days
    expect(resolveReportRange({ from: "2024-11-21", to: "2026-11-23" }, NOW).ok).toBe(false)
    expect(resolveReportRange({ from: "2026-11-01", to: "2026-11-07" }, NOW, 7).ok).toBe(true)
    expect(resolveReportRange({ from: "2026-11-01", to: "2026-11-08" }, NOW, 7)).toEqual({
      ok: false,
      message: "the range covers 8 days; at most 7 days are allowed",
    })
  })

  it("consecutive days of a range meet exactly, so no event is counted twice or lost", () => {
    const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati"]
    const dateArb = fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => iso(d).slice(0, 10))
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), dateArb, fc.integer({ min: 1, max: 40 }), (tz, from, length) => {
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + (length - 1) * 24 * HOUR).toISOString().slice(0, 10)
        const r = ok(resolveReportRange({ from, to, timezone: tz }, NOW))
        expect(r.days).toHaveLength(length)
        expect(r.start.getTime()).toBe(localMidnight(r.days[0], tz).getTime())
        for (let i = 1; i < r.days.length; i++) {
          expect(localMidnight(r.days[i], tz).getTime()).toBeGreaterThan(localMidnight(r.days[i - 1], tz).getTime())
        }
        expect(localDate(new Date(r.end.getTime() - 1), tz)).toBe(to)
        expect(localDate(r.end, tz) > to).toBe(true)
      }),
      { numRuns: 200 }
    )
  })
})
