import { generateEntityId } from "@medusajs/framework/utils"
import { decimal, formatMoney } from "../../../domain/pay/money"
import { reversalDue, reversalEntry } from "../../../domain/pay/reversal"
import type { CommissionRow } from "./ledger"

export type ReversalInput = {
  order_id: string
  /** Share of the order taken back so far, 0..1, as a decimal string. */
  share: string
  cause: "canceled" | "refunded" | "returned"
  created_by: string
  at?: Date
}

type LockedCommission = {
  id: string; program_id: string; affiliate_id: string; referral_id: string | null; site_id: string | null
  attribution_id: string | null; order_id: string; customer_id: string | null; amount: string; currency_code: string
  status: "pending" | "approved" | "paid" | "void"; hold_until: Date | string | null; is_internal: boolean
  event: "registration" | "order" | "first_order" | null; reversed: string; in_paid_payout: boolean
}

const CAUSE: Record<ReversalInput["cause"], string> = {
  canceled: "The order was canceled",
  refunded: "The order was refunded",
  returned: "Items of the order were returned",
}

/**
 * The reversal entries for an order's locked commissions. Each key names the
 * cumulative amount reversed, so a replay computes the same key and stores
 * nothing, while a later, larger refund adds only the difference.
 */
export function reversalRows(locked: LockedCommission[], input: ReversalInput): CommissionRow[] {
  const at = input.at ?? new Date()
  const share = decimal(input.share)
  const rows: CommissionRow[] = []
  for (const c of locked) {
    const due = reversalDue(c.amount, c.reversed, share, c.currency_code)
    if (due.lte(0)) continue
    const reversedTotal = decimal(c.reversed).abs().plus(due)
    const kind = reversalEntry(c.status, c.in_paid_payout)
    const percent = share.times(100).decimalPlaces(2).toString()
    const summary = `${CAUSE[input.cause]} (${percent} % taken back): ${formatMoney(due.negated(), c.currency_code)}${
      kind.entry_type === "clawback" ? ", clawed back from the next payout" : ""}.`
    rows.push({
      id: generateEntityId(undefined, "affcom"),
      program_id: c.program_id,
      affiliate_id: c.affiliate_id,
      referral_id: c.referral_id,
      site_id: c.site_id,
      attribution_id: c.attribution_id,
      order_id: c.order_id,
      customer_id: c.customer_id,
      rule_id: null,
      rule_snapshot: null,
      entry_type: kind.entry_type,
      event: c.event,
      basis_amount: null,
      rate: null,
      amount: due.negated().toString(),
      currency_code: c.currency_code,
      status: kind.status,
      hold_until: kind.status === "pending" && c.hold_until ? new Date(c.hold_until) : null,
      approved_at: kind.status === "approved" ? at : null,
      reverses_id: c.id,
      is_internal: c.is_internal,
      idempotency_key: `reversal:${c.id}:${reversedTotal.toString()}`,
      explanation: {
        summary,
        steps: [
          { label: "Cause", detail: `${CAUSE[input.cause]}; ${percent} % of the order has been taken back so far.` },
          { label: "Arithmetic", detail: `${percent} % of ${formatMoney(c.amount, c.currency_code)} = ${formatMoney(reversedTotal, c.currency_code)} reversed in all; earlier reversals ${formatMoney(decimal(c.reversed).abs(), c.currency_code)}; this entry ${formatMoney(due.negated(), c.currency_code)}.` },
          ...(kind.entry_type === "clawback" ? [{ label: "Clawback", detail: "The commission was already paid: this amount is deducted from the partner's next payout." }] : []),
        ],
        cause: input.cause,
        share: share.toString(),
      },
      created_by: input.created_by,
      reason: null,
    })
  }
  return rows
}
