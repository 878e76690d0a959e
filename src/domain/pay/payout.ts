/**
 * A payout's life: draft -> processing -> paid | failed, or draft -> paid
 * for payments made outside, or draft -> canceled. Failed and canceled
 * payouts release their commissions, which return to the approved balance.
 */
export type PayoutStatus = "draft" | "processing" | "paid" | "failed" | "canceled"

export const PAYOUT_TRANSITIONS: Record<PayoutStatus, PayoutStatus[]> = {
  draft: ["processing", "paid", "canceled"],
  processing: ["paid", "failed"],
  paid: [],
  failed: [],
  canceled: [],
}

export function payoutTransitionProblem(from: PayoutStatus, to: PayoutStatus, details: { reference?: string | null; reason?: string | null }): string | null {
  if (from === to) return `The payout is already ${to}.`
  if (!PAYOUT_TRANSITIONS[from].includes(to)) {
    const allowed = PAYOUT_TRANSITIONS[from]
    return `A ${from} payout cannot become ${to}${allowed.length ? `; it can become ${allowed.join(" or ")}` : "; it is final"}.`
  }
  if (to === "paid" && !details.reference?.trim()) return "A paid payout needs the payment reference (bank or PayPal transaction id)."
  if (to === "failed" && !details.reason?.trim()) return "A failed payout needs the reason it failed."
  return null
}

/** Failed and canceled payouts give their commissions back to the approved balance. */
export function releasesCommissions(status: PayoutStatus): boolean {
  return status === "failed" || status === "canceled"
}
