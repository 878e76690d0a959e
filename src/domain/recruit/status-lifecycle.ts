/**
 * The affiliate account lifecycle. Every move between statuses goes through
 * `assertTransition`, so the admin API, the workflows and the portal agree on
 * what is allowed; every accepted move is appended to the status history.
 */
export const AFFILIATE_STATUSES = [
  "pending",
  "active",
  "suspended",
  "disabled",
  "rejected",
] as const
export type AffiliateStatus = (typeof AFFILIATE_STATUSES)[number]

const ALLOWED: Record<AffiliateStatus, readonly AffiliateStatus[]> = {
  // An application waits for review: approve, reject, or disable outright.
  pending: ["active", "rejected", "disabled"],
  // Suspension is reversible; disabling is the end of the road.
  active: ["suspended", "disabled"],
  suspended: ["active", "disabled"],
  disabled: [],
  // A rejected applicant may be reconsidered by the operator.
  rejected: ["active"],
}

export function allowedTransitions(from: AffiliateStatus): readonly AffiliateStatus[] {
  return ALLOWED[from]
}

export function canTransition(from: AffiliateStatus, to: AffiliateStatus): boolean {
  return ALLOWED[from].includes(to)
}

export type TransitionCheck =
  | { ok: true }
  | { ok: false; message: string }

export function checkTransition(
  from: AffiliateStatus,
  to: AffiliateStatus
): TransitionCheck {
  if (from === to) {
    return { ok: false, message: `The affiliate is already ${to}.` }
  }
  if (!canTransition(from, to)) {
    const next = ALLOWED[from]
    return {
      ok: false,
      message:
        next.length === 0
          ? `A ${from} affiliate cannot change status: ${from} is final.`
          : `Cannot move an affiliate from ${from} to ${to}; from ${from} it can become: ${next.join(", ")}.`,
    }
  }
  return { ok: true }
}

/** Only active affiliates have working links and codes. */
export function isEarningStatus(status: AffiliateStatus): boolean {
  return status === "active"
}
