import { isValidTimezone } from "../shared/timezone"

/**
 * Reports are asked for in local calendar days ("November in Berlin") but
 * stored in UTC. This turns an inclusive range of local dates into the UTC
 * instants [start, end) that cover it exactly, using only Intl (the runtime's
 * time zone data): a DST day is 23 or 25 hours long, a +05:30 or +14 zone
 * starts its day at :30 or on the previous UTC date.
 */
export type ReportRangeInput = { from?: string; to?: string; timezone?: string }

export type ReportRange =
  | {
      ok: true
      timezone: string
      /** First local date, inclusive (YYYY-MM-DD). */
      from: string
      /** Last local date, inclusive (YYYY-MM-DD). */
      to: string
      /** Local midnight starting `from`. */
      start: Date
      /** Exclusive: local midnight after `to`. */
      end: Date
      /** Every local date of the range, in order. */
      days: string[]
    }
  | { ok: false; message: string }

export const DEFAULT_REPORT_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone)
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
    formatters.set(timezone, f)
  }
  return f
}

/** The local wall-clock time at `ms`, written as if it were a UTC timestamp. */
function wallClock(ms: number, timezone: string): number {
  const parts: Record<string, number> = {}
  for (const p of formatter(timezone).formatToParts(new Date(ms))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value)
  }
  return utcDate(parts.year, parts.month, parts.day) + (parts.hour % 24) * 3_600_000 + parts.minute * 60_000 + parts.second * 1000
}

function utcDate(year: number, month: number, day: number): number {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  return d.getTime()
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** Parses "YYYY-MM-DD" into UTC midnight of that calendar date, or null when it is no real date. */
function parseDate(date: string): number | null {
  const m = DATE.exec(date)
  if (!m) return null
  const ms = utcDate(Number(m[1]), Number(m[2]), Number(m[3]))
  return isoDay(ms) === date ? ms : null
}

/** YYYY-MM-DD of `instant` in the time zone. */
export function localDate(instant: Date, timezone: string): string {
  return isoDay(wallClock(instant.getTime(), timezone))
}

/**
 * The UTC instant at which the local date begins: 00:00 local, or, where a
 * DST change skips midnight (Chile, Lebanon), the first instant of the day.
 */
export function localMidnight(date: string, timezone: string): Date {
  const wall = parseDate(date)
  if (wall === null) throw new RangeError(`"${date}" is not a date like 2026-11-01.`)
  const offsetAt = (ms: number) => wallClock(ms, timezone) - Math.floor(ms / 1000) * 1000
  // The offsets in force around that date; at most one change happens in two days.
  const offsets = new Set([wall - DAY_MS, wall, wall + DAY_MS].map(offsetAt))
  const candidates = [...offsets].map((o) => wall - o).sort((a, b) => a - b)
  const exact = candidates.find((c) => wallClock(c, timezone) === wall)
  if (exact !== undefined) return new Date(exact)
  // Midnight does not exist that day: find the change, to the second.
  let lo = candidates[0]
  let hi = candidates[candidates.length - 1]
  while (hi - lo > 1000) {
    const mid = lo + Math.max(1000, Math.floor((hi - lo) / 2000) * 1000)
    if (wallClock(mid, timezone) >= wall) hi = mid
    else lo = mid
  }
  return new Date(hi)
}

function canonicalTimezone(timezone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone: timezone }).resolvedOptions().timeZone
}

export function resolveReportRange(input: ReportRangeInput, now: Date, maxDays = 732): ReportRange {
  const tzInput = typeof input.timezone === "string" && input.timezone.trim() ? input.timezone.trim() : "UTC"
  if (!isValidTimezone(tzInput)) {
    return { ok: false, message: "timezone must be an IANA time zone such as Europe/Berlin" }
  }
  const timezone = canonicalTimezone(tzInput)

  const given = (value: string | undefined) => (typeof value === "string" && value.trim() ? value.trim() : null)
  const check = (name: "from" | "to", value: string): number | string => {
    if (!DATE.test(value)) return `${name} must be a date like 2026-11-01`
    const ms = parseDate(value)
    return ms === null ? `${name} is not a real date: ${value}` : ms
  }

  const fromText = given(input.from)
  const toText = given(input.to)
  let toMs: number
  if (toText === null) {
    toMs = parseDate(localDate(now, timezone))!
  } else {
    const c = check("to", toText)
    if (typeof c === "string") return { ok: false, message: c }
    toMs = c
  }
  let fromMs: number
  if (fromText === null) {
    fromMs = toMs - (DEFAULT_REPORT_DAYS - 1) * DAY_MS
  } else {
    const c = check("from", fromText)
    if (typeof c === "string") return { ok: false, message: c }
    fromMs = c
  }
  if (fromMs > toMs) {
    return { ok: false, message: `from (${isoDay(fromMs)}) must not be after to (${isoDay(toMs)})` }
  }
  const count = Math.round((toMs - fromMs) / DAY_MS) + 1
  if (count > maxDays) {
    return { ok: false, message: `the range covers ${count} days; at most ${maxDays} days are allowed` }
  }
  const days: string[] = []
  for (let i = 0; i < count; i++) days.push(isoDay(fromMs + i * DAY_MS))
  return {
    ok: true,
    timezone,
    from: days[0],
    to: days[days.length - 1],
    start: localMidnight(days[0], timezone),
    end: localMidnight(isoDay(toMs + DAY_MS), timezone),
    days,
  }
}
