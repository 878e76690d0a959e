import fc from "fast-check"
import { planReportHours, reportBoundaries } from "../report-hours"
import { localDate, resolveReportRange } from "../report-range"

const HOUR = 3_600_000
const iso = (d: Date) => d.toISOString()
const rangeOf = (from: string, to: string, timezone: string) => {
  const r = resolveReportRange({ from, to, timezone }, new Date("2026-12-01T00:00:00Z"))
  if (!r.ok) throw new Error(r.message)
  return r
}
const planFor = (from: string, to: string, timezone: string, byDay = true) => {
  const r = rangeOf(from, to, timezone)
  return planReportHours(reportBoundaries(r.start, r.end, r.timezone, byDay))
}

/** Every instant of the range is answered once: by a whole rollup hour or by one raw piece. */
function expectExactCover(plan: ReturnType<typeof planReportHours>, start: Date, end: Date) {
  const spans: [number, number][] = plan.rawPieces.map((p) => [p.start.getTime(), p.end.getTime()])
  const split = new Set(plan.splitHours.map((h) => h.getTime()))
  for (let h = plan.rollupStart.getTime(); h < plan.rollupEnd.getTime(); h += HOUR) {
    if (!split.has(h)) spans.push([h, h + HOUR])
  }
  spans.sort((a, b) => a[0] - b[0])
  let at = start.getTime()
  for (const [from, to] of spans) {
    expect(from).toBe(at)
    expect(to).toBeGreaterThan(from)
    at = to
  }
  expect(at).toBe(end.getTime())
}

describe("planReportHours", () => {
  it("UTC and Europe/Berlin (whole-hour zones, DST change included) read the rollup alone", () => {
    for (const [from, to, tz] of [
      ["2026-11-01", "2026-11-30", "UTC"],
      ["2026-03-28", "2026-03-30", "Europe/Berlin"],
      ["2026-10-24", "2026-10-26", "Europe/Berlin"],
    ]) {
      const r = rangeOf(from, to, tz)
      const plan = planFor(from, to, tz)
      expect(plan.rawPieces).toEqual([])
      expect(plan.splitHours).toEqual([])
      expect([iso(plan.rollupStart), iso(plan.rollupEnd)]).toEqual([iso(r.start), iso(r.end)])
    }
    // Berlin's spring-forward day is 23 rollup hours, its fall-back day 25.
    const spring = planFor("2026-03-29", "2026-03-29", "Europe/Berlin")
    expect((spring.rollupEnd.getTime() - spring.rollupStart.getTime()) / HOUR).toBe(23)
    const fall = planFor("2026-10-25", "2026-10-25", "Europe/Berlin")
    expect((fall.rollupEnd.getTime() - fall.rollupStart.getTime()) / HOUR).toBe(25)
  })

  it("Asia/Kolkata (+05:30): the hour holding each local midnight is split at :30", () => {
    const plan = planFor("2026-11-01", "2026-11-02", "Asia/Kolkata")
    // Nov 1 starts 2026-10-31T18:30Z, Nov 2 at 2026-11-01T18:30Z, and the range ends 2026-11-02T18:30Z.
    expect([iso(plan.rollupStart), iso(plan.rollupEnd)]).toEqual(["2026-10-31T19:00:00.000Z", "2026-11-02T18:00:00.000Z"])
    expect(plan.splitHours.map(iso)).toEqual(["2026-11-01T18:00:00.000Z"])
    expect(plan.rawPieces.map((p) => [iso(p.start), iso(p.end)])).toEqual([
      ["2026-10-31T18:30:00.000Z", "2026-10-31T19:00:00.000Z"],
      ["2026-11-01T18:00:00.000Z", "2026-11-01T18:30:00.000Z"],
      ["2026-11-01T18:30:00.000Z", "2026-11-01T19:00:00.000Z"],
      ["2026-11-02T18:00:00.000Z", "2026-11-02T18:30:00.000Z"],
    ])
    expect(plan.rawPieces.map((p) => localDate(p.start, "Asia/Kolkata"))).toEqual(["2026-11-01", "2026-11-01", "2026-11-02", "2026-11-02"])
  })

  it("Asia/Kathmandu (+05:45) splits at :15, Australia/Eucla (+08:45) at :15 of the previous UTC day", () => {
    const kathmandu = planFor("2026-11-01", "2026-11-01", "Asia/Kathmandu")
    expect(kathmandu.rawPieces.map((p) => [iso(p.start), iso(p.end)])).toEqual([
      ["2026-10-31T18:15:00.000Z", "2026-10-31T19:00:00.000Z"],
      ["2026-11-01T18:00:00.000Z", "2026-11-01T18:15:00.000Z"],
    ])
    const eucla = planFor("2026-11-01", "2026-11-03", "Australia/Eucla")
    expect(eucla.splitHours.map(iso)).toEqual(["2026-11-01T15:00:00.000Z", "2026-11-02T15:00:00.000Z"])
    expect(eucla.rawPieces[0]).toEqual({ start: new Date("2026-10-31T15:15:00Z"), end: new Date("2026-10-31T16:00:00Z") })
    expect(eucla.rawPieces).toHaveLength(6)
  })

  it("without a day dimension only the range's own edges are split", () => {
    const plan = planFor("2026-11-01", "2026-11-30", "Asia/Kolkata", false)
    expect(plan.splitHours).toEqual([])
    expect(plan.rawPieces.map((p) => [iso(p.start), iso(p.end)])).toEqual([
      ["2026-10-31T18:30:00.000Z", "2026-10-31T19:00:00.000Z"],
      ["2026-11-30T18:00:00.000Z", "2026-11-30T18:30:00.000Z"],
    ])
  })

  it("a range inside one hour is a single raw piece", () => {
    const plan = planReportHours([new Date("2026-11-01T10:10:00Z"), new Date("2026-11-01T10:50:00Z")])
    expect(plan.rawPieces).toEqual([{ start: new Date("2026-11-01T10:10:00Z"), end: new Date("2026-11-01T10:50:00Z") }])
    expect(plan.rollupEnd.getTime() - plan.rollupStart.getTime()).toBe(0)
  })

  it("in any zone, whole hours and raw pieces cover each range exactly once and no piece spans two days", () => {
    const zones = ["UTC", "Europe/Berlin", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Eucla", "Australia/Lord_Howe", "America/St_Johns", "Pacific/Chatham"]
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 40 }), fc.boolean(), (tz, offset, length, byDay) => {
        const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10)
        const r = rangeOf(day(offset), day(offset + length), tz)
        const boundaries = reportBoundaries(r.start, r.end, r.timezone, byDay)
        if (byDay) expect(boundaries).toHaveLength(r.days.length + 1)
        const plan = planReportHours(boundaries)
        expectExactCover(plan, r.start, r.end)
        for (const piece of plan.rawPieces) {
          expect(localDate(piece.start, tz)).toBe(localDate(new Date(piece.end.getTime() - 1), tz))
          expect(piece.end.getTime() - piece.start.getTime()).toBeLessThanOrEqual(HOUR)
        }
        // Whole rollup hours never cross a boundary.
        const split = new Set(plan.splitHours.map((h) => h.getTime()))
        for (let h = plan.rollupStart.getTime(); h < plan.rollupEnd.getTime(); h += HOUR) {
          if (!split.has(h)) expect(boundaries.some((b) => b.getTime() > h && b.getTime() < h + HOUR)).toBe(false)
        }
      }),
      { numRuns: 60 }
    )
  })
})
