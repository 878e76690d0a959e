import BigNumber from "bignumber.js"
import fc from "fast-check"
import { reversalDue, reversalEntry, reversedShare } from "../reversal"

const outcome = (over: Partial<Parameters<typeof reversedShare>[0]> = {}) => ({
  canceled: false, refunded: "0", order_total: "100", returned_value: "0", items_value: "80", ...over,
})

describe("reversedShare", () => {
  it("is everything for a cancellation, the refunded share for refunds, the returned share for returns", () => {
    expect(reversedShare(outcome({ canceled: true })).toString()).toBe("1")
    expect(reversedShare(outcome({ refunded: "25" })).toString()).toBe("0.25")
    expect(reversedShare(outcome({ returned_value: "40" })).toString()).toBe("0.5")
  })

  it("counts a refunded return once: the larger share, not the sum", () => {
    expect(reversedShare(outcome({ returned_value: "40", refunded: "50" })).toString()).toBe("0.5")
  })

  it("never exceeds the whole order, and is 0 for an order of nothing", () => {
    expect(reversedShare(outcome({ refunded: "150" })).toString()).toBe("1")
    expect(reversedShare(outcome({ order_total: "0", items_value: "0", refunded: "5" })).toString()).toBe("0")
  })
})

describe("reversalDue", () => {
  it("takes back the difference between what should be reversed by now and what already was", () => {
    expect(reversalDue("8", "0", new BigNumber("0.5"), "eur").toString()).toBe("4")
    expect(reversalDue("8", "-4", new BigNumber("0.5"), "eur").toString()).toBe("0")
    expect(reversalDue("8", "-4", new BigNumber("1"), "eur").toString()).toBe("4")
    expect(reversalDue("3.33", "0", new BigNumber("0.5"), "eur").toString()).toBe("1.67")
  })

  it("over any sequence of growing shares, reverses exactly round(amount x last share), never more than the amount", () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 10 }),
      (cents, percents) => {
        const amount = new BigNumber(cents).dividedBy(100)
        let reversed = new BigNumber(0)
        let maxShare = 0
        for (const p of percents) {
          maxShare = Math.max(maxShare, p)
          const due = reversalDue(amount, reversed.negated(), new BigNumber(p).dividedBy(100), "eur")
          expect(due.gte(0)).toBe(true)
          reversed = reversed.plus(due)
          expect(reversed.lte(amount)).toBe(true)
        }
        const expected = amount.times(maxShare).dividedBy(100).decimalPlaces(2, BigNumber.ROUND_HALF_UP)
        expect(reversed.toString()).toBe(BigNumber.min(expected, amount).toString())
      }
    ))
  })
})

describe("reversalEntry", () => {
  it("is a clawback, approved at once, when the money was paid; otherwise it follows the commission", () => {
    expect(reversalEntry("paid", false)).toEqual({ entry_type: "clawback", status: "approved" })
    expect(reversalEntry("approved", true)).toEqual({ entry_type: "clawback", status: "approved" })
    expect(reversalEntry("approved", false)).toEqual({ entry_type: "reversal", status: "approved" })
    expect(reversalEntry("pending", false)).toEqual({ entry_type: "reversal", status: "pending" })
  })
})
