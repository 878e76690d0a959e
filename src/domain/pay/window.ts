/**
 * Time-limited commissions: a rule with window_days pays only for
 * conversions within that many days (24-hour periods) after the customer
 * was referred, e.g. 30, 60 or 90 days post-referral.
 */
const DAY_MS = 24 * 60 * 60 * 1000

export type WindowCheck = { within: boolean; ends_at: Date | null; detail: string }

export function commissionWindow(windowDays: number | null | undefined, referredAt: Date | null, at: Date): WindowCheck {
  if (windowDays == null) return { within: true, ends_at: null, detail: "The rule has no time limit." }
  if (!referredAt) return { within: true, ends_at: null, detail: `The rule pays for ${windowDays} days after referral; the referral moment is this conversion.` }
  const ends_at = new Date(referredAt.getTime() + windowDays * DAY_MS)
  const within = at.getTime() <= ends_at.getTime()
  const days = Math.floor((at.getTime() - referredAt.getTime()) / DAY_MS)
  return {
    within,
    ends_at,
    detail: within
      ? `Referred ${referredAt.toISOString()}; ${days} of ${windowDays} days used (ends ${ends_at.toISOString()}).`
      : `Referred ${referredAt.toISOString()}; the rule's ${windowDays}-day window ended ${ends_at.toISOString()}.`,
  }
}

/**
 * When the customer was referred to this partner: the earliest of the touch
 * that won this conversion and the customer's earlier conversions credited
 * to the same partner. A time-limited rule counts its days from here.
 */
export function referralMoment(winningTouchAt: Date | null, earlierCredited: Date[]): Date | null {
  const all = [...(winningTouchAt ? [winningTouchAt] : []), ...earlierCredited].filter((d) => !isNaN(d.getTime()))
  if (!all.length) return null
  return new Date(Math.min(...all.map((d) => d.getTime())))
}
