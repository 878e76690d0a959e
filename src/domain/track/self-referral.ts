/**
 * A partner does not earn from their own purchases or sign-ups. We compare
 * what identifies a shopper: the customer account, or the email address
 * (trimmed, case-insensitive), since a partner may check out as a guest.
 */
export type Identity = { customer_id?: string | null; email?: string | null }

function clean(value: string | null | undefined, lower: boolean): string | null {
  if (typeof value !== "string") return null
  const v = value.trim()
  if (!v) return null
  return lower ? v.toLowerCase() : v
}

export function isSelfReferral(partner: Identity, shopper: Identity): boolean {
  const partnerId = clean(partner.customer_id, false)
  if (partnerId !== null && partnerId === clean(shopper.customer_id, false)) return true
  const partnerEmail = clean(partner.email, true)
  return partnerEmail !== null && partnerEmail === clean(shopper.email, true)
}
