import { signupTiming } from "../signup-timing"

const created = new Date("2026-06-01T12:00:00Z")
const after = (ms: number) => new Date(created.getTime() + ms)
const MIN = 60 * 1000

describe("signupTiming", () => {
  test.each([
    { label: "reported at once", reported: after(0), late: false },
    { label: "exactly at the limit", reported: after(60 * MIN), late: false },
    { label: "a clock a little behind (reported before creation)", reported: after(-5 * MIN), late: false },
    { label: "one minute past the limit", reported: after(61 * MIN), late: true },
  ])("$label", ({ reported, late }) => {
    expect(signupTiming(created, reported, 60).late).toBe(late)
  })

  test.each([
    { elapsed: 90 * MIN, words: "90 minutes" },
    { elapsed: 5 * 60 * MIN, words: "5 hours" },
    { elapsed: 400 * 24 * 60 * MIN, words: "400 days" },
  ])("says how late: $words", ({ elapsed, words }) => {
    const timing = signupTiming(created, after(elapsed), 60)
    expect(timing.late && timing.detail).toBe(`The signup was reported ${words} after the account was created; registrations count only within 60 minutes.`)
  })
})
