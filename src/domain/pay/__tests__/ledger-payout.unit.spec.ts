import fc from "fast-check"
import { isDueForApproval, ledgerBalance, payoutBlock } from "../ledger"
import { PAYOUT_TRANSITIONS, PayoutStatus, payoutTransitionProblem, releasesCommissions } from "../payout"

describe("ledgerBalance", () => {
  it("puts every entry in one bucket; the buckets add up to the total", () => {
    const entry = fc.record({
      amount: fc.integer({ min: -100_000, max: 100_000 }).map((c) => (c / 100).toString()),
      status: fc.constantFrom("pending", "approved", "paid", "void" as const),
      in_payout: fc.boolean(),
    })
    fc.assert(fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
      const b = ledgerBalance(entries)
      expect(b.pending.plus(b.approved).plus(b.in_payout).plus(b.paid).toString()).toBe(b.total.toString())
    }))
  })

  it("leaves void entries out and counts entries in a live payout apart", () => {
    const b = ledgerBalance([
      { amount: "10", status: "approved", in_payout: true },
      { amount: "5", status: "approved", in_payout: false },
      { amount: "-2", status: "approved", in_payout: false },
      { amount: "99", status: "void", in_payout: false },
      { amount: "7", status: "paid", in_payout: false },
    ])
    expect([b.in_payout, b.approved, b.paid, b.total].map(String)).toEqual(["10", "3", "7", "20"])
  })
})

describe("isDueForApproval", () => {
  it("approves pending entries whose hold has passed, nothing else", () => {
    const now = new Date("2026-06-15T12:00:00Z")
    expect(isDueForApproval({ status: "pending", hold_until: "2026-06-15T12:00:00Z" }, now)).toBe(true)
    expect(isDueForApproval({ status: "pending", hold_until: "2026-06-15T12:00:01Z" }, now)).toBe(false)
    expect(isDueForApproval({ status: "approved", hold_until: null }, now)).toBe(false)
  })
})

describe("payoutBlock", () => {
  const active = { kind: "external", status: "active" }
  it("pays external active partners owed at least the minimum", () => {
    expect(payoutBlock(active, "50", 50)).toBeNull()
    expect(payoutBlock(active, "0.01", null)).toBeNull()
  })
  it("says why a balance waits", () => {
    expect(payoutBlock({ kind: "internal", status: "active" }, "500", 0)).toContain("never paid")
    expect(payoutBlock({ kind: "external", status: "suspended" }, "500", 0)).toContain("suspended")
    expect(payoutBlock(active, "49.99", 50)).toContain("below the minimum of 50")
    expect(payoutBlock(active, "-2", 0)).toBe("nothing is owed")
  })
})

describe("payout life", () => {
  const all: PayoutStatus[] = ["draft", "processing", "paid", "failed", "canceled"]
  it("allows only the documented moves", () => {
    const allowed = all.flatMap((from) => all.filter((to) => !payoutTransitionProblem(from, to, { reference: "R", reason: "x" })).map((to) => `${from}->${to}`))
    expect(allowed.sort()).toEqual(["draft->canceled", "draft->paid", "draft->processing", "processing->failed", "processing->paid"])
    expect(Object.values(PAYOUT_TRANSITIONS).flat().length).toBe(5)
  })
  it("explains refusals and asks for the reference or the reason", () => {
    expect(payoutTransitionProblem("paid", "failed", { reason: "x" })).toBe("A paid payout cannot become failed; it is final.")
    expect(payoutTransitionProblem("draft", "failed", { reason: "x" })).toContain("it can become processing or paid or canceled")
    expect(payoutTransitionProblem("processing", "paid", {})).toContain("reference")
    expect(payoutTransitionProblem("processing", "failed", { reason: " " })).toContain("reason")
    expect(payoutTransitionProblem("draft", "draft", {})).toBe("The payout is already draft.")
  })
  it("gives commissions back only when a payout fails or is canceled", () => {
    expect(all.filter(releasesCommissions)).toEqual(["failed", "canceled"])
  })
})
