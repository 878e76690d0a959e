import fc from "fast-check"
import { isWithinWindow, windowEndsAt } from "../window"

const at = (iso: string) => new Date(iso)

describe("windowEndsAt", () => {
  it("is the touch plus the window in 24-hour days", () => {
    expect(windowEndsAt(at("2026-11-02T10:15:00Z"), 30).toISOString()).toBe("2026-12-02T10:15:00.000Z")
  })

  it("does not shift with daylight saving: 24 hours per day, whatever the local clock does", () => {
    // Berlin leaves summer time on 2026-10-25; the window still ends 7 x 24 h later.
    expect(windowEndsAt(at("2026-10-22T12:00:00Z"), 7).toISOString()).toBe("2026-10-29T12:00:00.000Z")
  })

  it("a zero-day window ends at the touch", () => {
    expect(windowEndsAt(at("2026-11-02T10:15:00Z"), 0).toISOString()).toBe("2026-11-02T10:15:00.000Z")
  })

  it("does not change the date it is given", () => {
    const touched = at("2026-11-02T10:15:00Z")
    windowEndsAt(touched, 30)
    expect(touched.toISOString()).toBe("2026-11-02T10:15:00.000Z")
  })
})

describe("isWithinWindow", () => {
  const touched = at("2026-11-02T10:00:00Z")

  it.each([
    ["at the touch itself", "2026-11-02T10:00:00Z", true],
    ["a day later", "2026-11-03T10:00:00Z", true],
    ["at the last millisecond of the window", "2026-12-02T10:00:00Z", true],
    ["a millisecond after the window", "2026-12-02T10:00:00.001Z", false],
    ["before the touch (the touch came after the conversion)", "2026-11-02T09:59:59.999Z", false],
  ])("%s: %s -> %s", (_name, conversion, expected) => {
    expect(isWithinWindow(touched, at(conversion), 30)).toBe(expected)
  })

  it("agrees with windowEndsAt for any touch, moment and window", () => {
    const date = fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
    fc.assert(
      fc.property(date, date, fc.integer({ min: 0, max: 3650 }), (t, c, days) => {
        const inside = t.getTime() <= c.getTime() && c.getTime() <= windowEndsAt(t, days).getTime()
        expect(isWithinWindow(t, c, days)).toBe(inside)
      })
    )
  })
})
