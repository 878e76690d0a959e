/**
 * Rate limits on the public routes, counted per IP hash in fixed windows and
 * decided as a sliding window: the previous window's count weighs in by the
 * share of it that still lies within the last `windowMs`. Two counters per
 * key, no list of timestamps, and no burst of twice the limit at a window
 * boundary as a plain fixed window allows.
 */

/** Which window a moment falls in; windows start at multiples of `windowMs` since the epoch. */
export function windowSlot(nowMs: number, windowMs: number): number {
  return Math.floor(nowMs / windowMs)
}

export type RateCounts = {
  /** Requests counted in the current window, this one included. */
  current: number
  /** Requests counted in the window before. */
  previous: number
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * Whether this request (already counted in `current`) is within `limit` per
 * `windowMs`, and if not, in how many whole seconds one more request would be,
 * assuming no other request comes meanwhile. A limit of 0 means no limit.
 */
export function decideRate(counts: RateCounts, limit: number, nowMs: number, windowMs: number): RateDecision {
  if (limit <= 0) return { allowed: true }
  const start = windowSlot(nowMs, windowMs) * windowMs
  const elapsed = (nowMs - start) / windowMs
  const estimate = counts.previous * (1 - elapsed) + counts.current
  // A hair of tolerance: the estimate is a float, the counts are whole.
  if (estimate <= limit + 1e-9) return { allowed: true }

  // One more request fits once previous * (1 - f) + current + 1 <= limit.
  let waitMs: number
  const room = limit - counts.current - 1
  if (room >= 0 && counts.previous > 0) {
    waitMs = (1 - room / counts.previous) * windowMs - (nowMs - start)
  } else {
    // In the next window, this window's count becomes the previous one.
    const untilNext = start + windowMs - nowMs
    const share = counts.current > 0 ? Math.max(0, 1 - (limit - 1) / counts.current) : 0
    waitMs = untilNext + share * windowMs
  }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
}
