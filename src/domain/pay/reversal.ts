import BigNumber from "bignumber.js"
import { Amount, decimal, roundMoney } from "./money"

/**
 * Reversals follow what happened to the order: a cancellation reverses the
 * whole commission, refunds and returns the share of the order they took
 * back. Returns are usually followed by their refund, so the share is the
 * larger of the two, never their sum: one refunded return is reversed once.
 */
export type OrderOutcome = {
  canceled: boolean
  /** Money refunded on the order so far, and what was paid. */
  refunded: Amount
  order_total: Amount
  /** Value of the items received back so far, and of all items. */
  returned_value: Amount
  items_value: Amount
}

function share(part: Amount, whole: Amount): BigNumber {
  const w = decimal(whole)
  if (w.lte(0)) return new BigNumber(0)
  return BigNumber.min(1, BigNumber.max(0, decimal(part).dividedBy(w)))
}

/** The share of the order (0..1) taken back so far. */
export function reversedShare(outcome: OrderOutcome): BigNumber {
  if (outcome.canceled) return new BigNumber(1)
  return BigNumber.max(share(outcome.refunded, outcome.order_total), share(outcome.returned_value, outcome.items_value))
}

/**
 * How much more of a commission to reverse now: the reversed target for the
 * share minus what earlier reversals took. Never negative, never more than
 * what is left, so replays and out-of-order events cannot over-reverse.
 */
export function reversalDue(commissionAmount: Amount, alreadyReversed: Amount, reversed: BigNumber, currency: string): BigNumber {
  const amount = decimal(commissionAmount)
  if (amount.lte(0)) return new BigNumber(0)
  const target = BigNumber.min(amount, roundMoney(amount.times(reversed), currency))
  const due = target.minus(decimal(alreadyReversed).abs())
  return due.gt(0) ? due : new BigNumber(0)
}

/**
 * A reversal of money already paid is a clawback: it is approved at once and
 * nets against the next payout. A reversal of unpaid money follows the
 * status of what it reverses (a pending one waits for the same hold).
 */
export function reversalEntry(originalStatus: "pending" | "approved" | "paid" | "void", inPaidPayout: boolean): {
  entry_type: "reversal" | "clawback"
  status: "pending" | "approved"
} {
  if (originalStatus === "paid" || inPaidPayout) return { entry_type: "clawback", status: "approved" }
  return { entry_type: "reversal", status: originalStatus === "pending" ? "pending" : "approved" }
}
