import { currencyDigits, roundMoney, type Amount } from "./money"

/**
 * PayPal Payouts file (Payouts web upload): one payout per line, no header,
 * columns recipient, amount, currency, customer id, note, wallet. One
 * currency per file and at most 5,000 lines (PayPal's rules).
 */
export const PAYPAL_MAX_LINES = 5000
const CUSTOMER_ID_MAX = 30
const NOTE_MAX = 400

export type PayoutToFile = {
  id: string
  affiliate_id: string
  amount: Amount
  currency_code: string
  partner: { name?: string | null; payout_method?: string | null; payout_details?: Record<string, unknown> | null } | null
}

export type PaypalLine = [recipient: string, amount: string, currency: string, customerId: string, note: string, wallet: "PAYPAL"]

/** The PayPal account the partner gave in their payout details, if it looks like an email address. */
export function paypalRecipient(details: Record<string, unknown> | null | undefined): string | null {
  const value = details?.paypal_email ?? details?.email
  if (typeof value !== "string") return null
  const email = value.trim()
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null
}

/**
 * A payout's line in the PayPal file: `null` when the partner is paid another
 * way (their payout belongs in the bank file), a problem when they chose
 * PayPal but the money could not reach them.
 */
export function paypalLine(p: PayoutToFile): { line: PaypalLine } | { problem: string } | null {
  if (p.partner?.payout_method !== "paypal") return null
  const name = p.partner.name || p.affiliate_id
  const recipient = paypalRecipient(p.partner.payout_details)
  if (!recipient) return { problem: `${name} chose PayPal but has no PayPal email in their payout details` }
  const amount = roundMoney(p.amount, p.currency_code)
  if (amount.lte(0)) return { problem: `${name}'s payout ${p.id} is not a positive amount` }
  return {
    line: [
      recipient,
      amount.toFixed(currencyDigits(p.currency_code)),
      p.currency_code.toUpperCase(),
      // PayPal's customer id: 30 characters at most, no spaces. Partner ids fit.
      p.affiliate_id.replace(/\s/g, "").slice(-CUSTOMER_ID_MAX),
      `Commission payout ${p.id}`.slice(0, NOTE_MAX),
      "PAYPAL",
    ],
  }
}

/** The file for a set of payouts, or what stops it from being made (every problem, so they can all be fixed at once). */
export function paypalFile(payouts: PayoutToFile[]): { lines: PaypalLine[]; left_out: number } | { problems: string[] } {
  const lines: PaypalLine[] = []
  const problems: string[] = []
  const currencies = new Set<string>()
  for (const p of payouts) {
    const result = paypalLine(p)
    if (!result) continue
    if ("problem" in result) problems.push(result.problem)
    else {
      lines.push(result.line)
      currencies.add(result.line[2])
    }
  }
  if (currencies.size > 1) problems.unshift(`PayPal takes one currency per file; these payouts are in ${[...currencies].sort().join(", ")}: filter by currency_code`)
  if (lines.length > PAYPAL_MAX_LINES) problems.unshift(`PayPal takes at most ${PAYPAL_MAX_LINES} payouts per file; these filters match ${lines.length}: export one run at a time`)
  if (!problems.length && !lines.length) problems.push("None of these payouts goes to a partner paid by PayPal")
  return problems.length ? { problems } : { lines, left_out: payouts.length - lines.length }
}
