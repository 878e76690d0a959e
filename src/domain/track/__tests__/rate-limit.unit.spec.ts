import fc from "fast-check"
import { decideRate, windowSlot } from "../rate-limit"

const MINUTE = 60_000
// 10:00:00.000 UTC: the start of a one-minute window.
const T0 = Date.parse("2026-12-06T10:00:00Z")

describe("windowSlot", () => {
  it.each([
    { label: "start of a window", now: T0, slot: T0 / MINUTE },
    { label: "last millisecond of it", now: T0 + MINUTE - 1, slot: T0 / MINUTE },
    { label: "next window", now: T0 + MINUTE, slot: T0 / MINUTE + 1 },
  ])("$label", ({ now, slot }) => {
    expect(windowSlot(now, MINUTE)).toBe(slot)
  })
})

describe("decideRate", () => {
  it.each([
    { label: "first request", current: 1, previous: 0, at: 0, allowed: true },
    { label: "the limit itself", current: 5, previous: 0, at: 0, allowed: true },
    { label: "one over the limit", current: 6, previous: 0, at: 0, allowed: false },
    { label: "a full previous window right after the boundary", current: 1, previous: 5, at: 1, allowed: false },
    { label: "a full previous window half way through", current: 2, previous: 5, at: MINUTE / 2, allowed: true },
    { label: "the previous window has slid out almost entirely", current: 5, previous: 100, at: MINUTE - 1, allowed: false },
  ])("limit 5: $label -> allowed $allowed", ({ current, previous, at, allowed }) => {
    expect(decideRate({ current, previous }, 5, T0 + at, MINUTE).allowed).toBe(allowed)
  })

  it("a limit of 0 is no limit", () => {
    expect(decideRate({ current: 1_000_000, previous: 1_000_000 }, 0, T0, MINUTE)).toEqual({ allowed: true })
  })

  it("over the limit in this window: retry when the window is over", () => {
    // Next minute the 6 weigh in as the previous window: 6 * (1 - g) + 1 <= 5 at g = 1/3 (20 s).
    expect(decideRate({ current: 6, previous: 0 }, 5, T0 + 20_000, MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 40 + 20 })
  })

  it("refused because of the previous window: retry when enough of it has slid out", () => {
    // 10 last minute, 2 now, limit 5: one more fits when 10 * (1 - f) + 3 <= 5, at f = 0.8 (48 s).
    expect(decideRate({ current: 2, previous: 10 }, 5, T0 + 6_000, MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 42 })
  })

  it("never tells to retry in less than a second", () => {
    // Fits 100 ms later, at the window boundary.
    expect(decideRate({ current: 4, previous: 100_000 }, 5, T0 + MINUTE - 100, MINUTE)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })

  it("a request at the time it was told to retry is allowed (if nothing else came)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: MINUTE - 1 }),
        (limit, previous, current, at) => {
          const now = T0 + at
          const decision = decideRate({ current, previous }, limit, now, MINUTE)
          if (decision.allowed) return
          const later = now + decision.retryAfterSeconds * 1000
          const sameWindow = windowSlot(later, MINUTE) === windowSlot(now, MINUTE)
          const nextWindow = windowSlot(later, MINUTE) === windowSlot(now, MINUTE) + 1
          const counts = sameWindow
            ? { current: current + 1, previous }
            : nextWindow
              ? { current: 1, previous: current }
              : { current: 1, previous: 0 }
          expect(decideRate(counts, limit, later, MINUTE).allowed).toBe(true)
          // And it was not allowed a second earlier.
          expect(decision.retryAfterSeconds).toBeGreaterThanOrEqual(1)
        }
      )
    )
  })
})
