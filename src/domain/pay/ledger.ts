import BigNumber from "bignumber.js"
import { Amount, decimal } from "./money"

/**
 * Balances of a partner in one currency, read off the ledger. Every entry
 * counts in exactly one bucket, so the buckets always add up to the total.
 */
export type LedgerEntry = {
  amount: Amount
  status: "pending" | "approved" | "paid" | "void"
  /** Included in a payout that is draft or processing. */
  in_payout: boolean
}

export type Balance = { pending: BigNumber; approved: BigNumber; in_payout: BigNumber; paid: BigNumber; total: BigNumber }

export function ledgerBalance(entries: LedgerEntry[]): Balance {
  const b: Balance = { pending: new BigNumber(0), approved: new BigNumber(0), in_payout: new BigNumber(0), paid: new BigNumber(0), total: new BigNumber(0) }
  for (const e of entries) {
    if (e.status === "void") continue
    const amount = decimal(e.amount)
    b.total = b.total.plus(amount)
    if (e.status === "paid") b.paid = b.paid.plus(amount)
    else if (e.in_payout) b.in_payout = b.in_payout.plus(amount)
    else if (e.status === "approved") b.approved = b.approved.plus(amount)
    else b.pending = b.pending.plus(amount)
  }
  return b
}

/** Pending entries become approved once their hold has passed. */
export function isDueForApproval(entry: { status: string; hold_until: Date | string | null }, now: Date): boolean {
  return entry.status === "pending" && (!entry.hold_until || new Date(entry.hold_until).getTime() <= now.getTime())
}

/**
 * Why a partner's approved balance is not paid out now, or null when it is.
 * Internal channels are never paid; suspended partners accrue but wait for
 * reactivation; a balance below the program minimum (or a net debt after a
 * clawback) waits for more commissions.
 */
export function payoutBlock(partner: { kind: string; status: string }, approved: Amount, minimum: Amount | null | undefined): string | null {
  if (partner.kind === "internal") return "internal channels are never paid out"
  if (partner.status !== "active") return `the partner is ${partner.status}`
  const balance = decimal(approved)
  if (balance.lte(0)) return "nothing is owed"
  if (minimum != null && balance.lt(decimal(minimum))) return `the approved balance is below the minimum of ${decimal(minimum).toString()}`
  return null
}
