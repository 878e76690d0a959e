/**
 * A registration is credited only when it is reported close to the moment
 * the customer account was created; an old account reported now is not a
 * new signup (otherwise any existing customer could mint a bounty).
 */
export type SignupTiming = { late: false } | { late: true; detail: string }

const MINUTE_MS = 60 * 1000

export function signupTiming(createdAt: Date, reportedAt: Date, limitMinutes: number): SignupTiming {
  const elapsed = reportedAt.getTime() - createdAt.getTime()
  if (elapsed <= limitMinutes * MINUTE_MS) return { late: false }
  const minutes = Math.floor(elapsed / MINUTE_MS)
  const age = minutes >= 2 * 24 * 60 ? `${Math.floor(minutes / (24 * 60))} days` : minutes >= 120 ? `${Math.floor(minutes / 60)} hours` : `${minutes} minutes`
  return {
    late: true,
    detail: `The signup was reported ${age} after the account was created; registrations count only within ${limitMinutes} minutes.`,
  }
}
