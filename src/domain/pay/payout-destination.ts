/**
 * Where a partner's money goes: a payout method and the details that go with
 * it (IBAN, PayPal address...). A payout freezes its destination when it is
 * made; a change of destination clears the operator's verification.
 */
export type PayoutDestination = {
  payout_method: string | null
  payout_details: Record<string, unknown> | null
}

/** The details as they mean something: trimmed strings, no empty or null keys, keys in order. */
export function normalizePayoutDetails(details: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const kept: Record<string, unknown> = {}
  for (const key of Object.keys(details ?? {}).sort()) {
    const raw = (details as Record<string, unknown>)[key]
    const value = typeof raw === "string" ? raw.trim() : raw
    if (value === null || value === undefined || value === "") continue
    kept[key] = value
  }
  return kept
}

/**
 * The destination after an update that may leave method or details out
 * (`undefined` keeps the current value, `null` clears it).
 */
export function nextPayoutDestination(
  current: PayoutDestination,
  update: { payout_method?: string | null; payout_details?: Record<string, unknown> | null }
): PayoutDestination {
  return {
    payout_method: update.payout_method === undefined ? current.payout_method : update.payout_method,
    payout_details: update.payout_details === undefined ? current.payout_details : update.payout_details,
  }
}

/**
 * Whether the money would go somewhere else. Sending the same details again
 * (a profile form saving every field, blanks as null) is no change.
 */
export function payoutDestinationChanged(before: PayoutDestination, after: PayoutDestination): boolean {
  if ((before.payout_method ?? null) !== (after.payout_method ?? null)) return true
  return stableJson(normalizePayoutDetails(before.payout_details)) !== stableJson(normalizePayoutDetails(after.payout_details))
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`
  if (value && typeof value === "object") {
    const entries = Object.keys(value as object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
    return `{${entries.join(",")}}`
  }
  return JSON.stringify(value ?? null)
}

/** The account the money is sent to, as named in the payout details (PayPal address, IBAN, account number). */
export function payoutAccount(details: Record<string, unknown> | null | undefined): string {
  if (!details) return ""
  const value = details.paypal_email ?? details.email ?? details.iban ?? details.account_number ?? details.account ?? ""
  return String(value).trim()
}

/**
 * An account for an email or a notice: an address's first letter and domain,
 * another account's last four characters, so a message that reaches the wrong
 * inbox does not hand out the account.
 */
export function maskAccount(account: string): string {
  const compact = account.replace(/\s/g, "")
  if (!compact) return ""
  const at = compact.lastIndexOf("@")
  if (at > 0) return `${compact[0]}\u2022\u2022\u2022${compact.slice(at)}`
  if (compact.length <= 4) return "\u2022".repeat(compact.length)
  return `\u2022\u2022\u2022\u2022${compact.slice(-4)}`
}
