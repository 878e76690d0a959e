import BigNumber from "bignumber.js"
import { resolveReportRange, type ReportRange, type ReportRangeInput } from "./report-range"

/**
 * The partner dashboard compares a period with the one just before it, of
 * the same number of local days ("the last 30 days" against the 30 before),
 * and says per figure how much it moved and which way.
 */
export type ResolvedRange = Extract<ReportRange, { ok: true }>

export type TrendPeriods =
  | { ok: true; timezone: string; current: ResolvedRange; previous: ResolvedRange }
  | { ok: false; message: string }

/** Both periods together must fit one report (732 days): a year each at most. */
export const MAX_TREND_DAYS = 366

const DAY_MS = 24 * 60 * 60 * 1000
const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** The asked period (default: the last 30 days up to today in the zone) and the equally long one before it. */
export function resolveTrendPeriods(input: ReportRangeInput, now: Date, maxDays = MAX_TREND_DAYS): TrendPeriods {
  const current = resolveReportRange(input, now, maxDays)
  if (!current.ok) return current
  const length = current.days.length
  const previous = resolveReportRange({ from: shiftDate(current.from, -length), to: shiftDate(current.from, -1), timezone: current.timezone }, now, maxDays)
  if (!previous.ok) return { ok: false, message: `the period before ${current.from} cannot be compared: ${previous.message}` }
  return { ok: true, timezone: current.timezone, current, previous }
}

export type Direction = "up" | "down" | "flat"

export type Trend<V> = {
  current: V
  previous: V
  /** current - previous. */
  change: V
  /** The change in percent of the previous value (one decimal), null when the previous value is 0. */
  change_percent: number | null
  direction: Direction
}

function movement(current: BigNumber, previous: BigNumber): { change: BigNumber; change_percent: number | null; direction: Direction } {
  const change = current.minus(previous)
  // Against the size of the previous value, so a debt shrinking from -10 to -5 reads +50 %.
  const change_percent = previous.isZero() ? null : change.dividedBy(previous.abs()).times(100).decimalPlaces(1, BigNumber.ROUND_HALF_UP).toNumber()
  const direction: Direction = change.isZero() ? "flat" : change.isPositive() ? "up" : "down"
  return { change, change_percent, direction }
}

/** A count's trend: clicks, visits, registrations, orders. */
export function countTrend(current: number, previous: number): Trend<number> {
  const m = movement(new BigNumber(current), new BigNumber(previous))
  return { current, previous, change: m.change.toNumber(), change_percent: m.change_percent, direction: m.direction }
}

/** Decimals as written ("0.30" has 2), so sums and changes keep the figures' precision. */
const decimals = (value: string) => {
  const dot = value.indexOf(".")
  return dot < 0 ? 0 : value.length - dot - 1
}

/** A decimal amount's trend; amounts stay decimal strings, written with as many decimals as the inputs had. */
export function amountTrend(current: string | undefined, previous: string | undefined): Trend<string> {
  const cur = current ?? "0"
  const prev = previous ?? "0"
  const places = Math.max(decimals(cur), decimals(prev))
  const m = movement(new BigNumber(cur), new BigNumber(prev))
  return { current: cur, previous: prev, change: m.change.toFixed(places), change_percent: m.change_percent, direction: m.direction }
}

/** Per currency, for every currency either period has. */
export function amountTrends(current: Record<string, string>, previous: Record<string, string>): Record<string, Trend<string>> {
  const currencies = [...new Set([...Object.keys(current), ...Object.keys(previous)])].sort()
  return Object.fromEntries(currencies.map((c) => [c, amountTrend(current[c], previous[c])]))
}

/** Adds per-currency decimal strings exactly; a currency that nets to zero stays (the period had some). */
export function addAmounts(into: Record<string, string>, add: Record<string, string>): Record<string, string> {
  const out = { ...into }
  for (const [currency, value] of Object.entries(add)) {
    const before = out[currency] ?? "0"
    out[currency] = new BigNumber(before).plus(value).toFixed(Math.max(decimals(before), decimals(value)))
  }
  return out
}

/** A report's day row, as far as the dashboard reads it. */
export type DayFigures = {
  day?: string | null
  clicks: number
  unique_clicks: number
  registrations: number
  orders: number
  revenue: Record<string, string>
  commission_pending: Record<string, string>
  commission_approved: Record<string, string>
  commission_paid: Record<string, string>
}

/** What a partner has earned on a day: pending, approved and paid entries together (reversals net). */
export function earnedCommission(row: Pick<DayFigures, "commission_pending" | "commission_approved" | "commission_paid">): Record<string, string> {
  return addAmounts(addAmounts(row.commission_pending, row.commission_approved), row.commission_paid)
}

type PeriodTotals = { clicks: number; unique_visits: number; registrations: number; orders: number; revenue: Record<string, string>; commission: Record<string, string> }

function totalsOf(rows: DayFigures[]): PeriodTotals {
  const t: PeriodTotals = { clicks: 0, unique_visits: 0, registrations: 0, orders: 0, revenue: {}, commission: {} }
  for (const r of rows) {
    t.clicks += r.clicks
    t.unique_visits += r.unique_clicks
    t.registrations += r.registrations
    t.orders += r.orders
    t.revenue = addAmounts(t.revenue, r.revenue)
    t.commission = addAmounts(t.commission, earnedCommission(r))
  }
  return t
}

export type TrendSummary = {
  metrics: {
    clicks: Trend<number>
    unique_visits: Trend<number>
    registrations: Trend<number>
    orders: Trend<number>
    revenue: Record<string, Trend<string>>
    commission: Record<string, Trend<string>>
  }
  /** One entry per day of the current period, quiet days as zeros. */
  series: { day: string; clicks: number; registrations: number; orders: number; commission: Record<string, string> }[]
}

/**
 * Splits day rows covering both periods into the two periods' totals and
 * their trends, and the current period's daily series. Rows of days outside
 * both periods are ignored; missing days count as zero.
 */
export function summarizeTrends(rows: DayFigures[], periods: { current: { days: string[] }; previous: { days: string[] } }): TrendSummary {
  const byDay = new Map(rows.filter((r) => r.day).map((r) => [r.day as string, r]))
  const pick = (days: string[]) => days.map((d) => byDay.get(d)).filter((r): r is DayFigures => !!r)
  const now = totalsOf(pick(periods.current.days))
  const before = totalsOf(pick(periods.previous.days))
  return {
    metrics: {
      clicks: countTrend(now.clicks, before.clicks),
      unique_visits: countTrend(now.unique_visits, before.unique_visits),
      registrations: countTrend(now.registrations, before.registrations),
      orders: countTrend(now.orders, before.orders),
      revenue: amountTrends(now.revenue, before.revenue),
      commission: amountTrends(now.commission, before.commission),
    },
    series: periods.current.days.map((day) => {
      const r = byDay.get(day)
      return { day, clicks: r?.clicks ?? 0, registrations: r?.registrations ?? 0, orders: r?.orders ?? 0, commission: r ? earnedCommission(r) : {} }
    }),
  }
}
