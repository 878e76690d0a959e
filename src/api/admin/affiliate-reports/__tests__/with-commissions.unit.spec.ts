import { emptyFigures, withCommissions } from "../helpers"

const stats = (over: Record<string, unknown>) => ({ ...emptyFigures(), ...over }) as any
const none = { commission_pending: {}, commission_approved: {}, commission_paid: {} }

describe("withCommissions", () => {
  it("puts each group's commission next to its traffic, zero where a group earned nothing", () => {
    const rows = withCommissions(["referral"], [stats({ referral: "affref_1", clicks: 4 }), stats({ referral: null, clicks: 1 })], [
      { referral: "affref_1", ...none, commission_pending: { eur: "8" } },
    ])
    expect(rows).toEqual([
      expect.objectContaining({ referral: "affref_1", clicks: 4, commission_pending: { eur: "8" }, commission_approved: {} }),
      expect.objectContaining({ referral: null, clicks: 1, ...none }),
    ])
  })

  it("a group with commission and no traffic (an adjustment on a quiet day) becomes a row, in day order", () => {
    const rows = withCommissions(["day"], [stats({ day: "2026-11-01", clicks: 2 }), stats({ day: "2026-11-03", clicks: 1 })], [
      { day: "2026-11-02", ...none, commission_approved: { eur: "10" } },
    ])
    expect(rows.map((r) => [r.day, r.clicks, r.commission_approved])).toEqual([
      ["2026-11-01", 2, {}],
      ["2026-11-02", 0, { eur: "10" }],
      ["2026-11-03", 1, {}],
    ])
  })
})
