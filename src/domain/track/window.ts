/**
 * The attribution window: how long after a touch (a click, a referred
 * registration) a conversion still counts for it. Days are 24-hour periods
 * from the exact moment of the touch, not calendar days, so the window is
 * the same length in every time zone and across DST changes.
 */
export const DAY_MS = 24 * 60 * 60 * 1000

export function windowEndsAt(touchedAt: Date, days: number): Date {
  return new Date(touchedAt.getTime() + days * DAY_MS)
}

/** True when `at` falls within [touchedAt, touchedAt + days]; a touch after `at` is not within. */
export function isWithinWindow(touchedAt: Date, at: Date, days: number): boolean {
  const t = at.getTime()
  return touchedAt.getTime() <= t && t <= windowEndsAt(touchedAt, days).getTime()
}
