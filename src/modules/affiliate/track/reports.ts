import { planReportHours, reportBoundaries } from "../../../domain/track/report-hours"
import { CLICK_COUNTERS, CONVERSION_COUNTERS, OVERVIEW_KEY, OVERVIEW_TABLE, STATS_COUNTERS, STATS_KEY, STATS_TABLE, statsKeyOf } from "./stats"

/** What a report can be broken down by. */
export const REPORT_DIMENSIONS = {
  day: (tzParam: string) => `to_char(bucket at time zone ${tzParam}, 'YYYY-MM-DD')`,
  site: () => "site_id",
  affiliate: () => "affiliate_id",
  referral: () => "referral_id",
  utm_source: () => "utm_source",
  utm_medium: () => "utm_medium",
  utm_campaign: () => "utm_campaign",
} as const
export type ReportDimension = keyof typeof REPORT_DIMENSIONS

export type StatsQuery = {
  start: Date
  end: Date
  timezone: string
  by: ReportDimension[]
  program_id?: string
  site_id?: string
  affiliate_id?: string
  referral_id?: string
  utm_source?: string
  utm_medium?: string
  utm_campaign?: string
}

export type StatsFigures = {
  clicks: number
  unique_clicks: number
  bot_clicks: number
  registrations: number
  orders: number
  rejected_registrations: number
  rejected_orders: number
  /** Attributed order totals per currency, as decimal strings: { eur: "123.40" }. */
  revenue: Record<string, string>
  /** Orders / unique visits, 0..1, or null without visits. */
  conversion_rate: number | null
}
export type StatsRow = Partial<Record<ReportDimension, string | null>> & StatsFigures

const FILTERS = ["program_id", "site_id", "affiliate_id", "referral_id", "utm_source", "utm_medium", "utm_campaign"] as const

/** For the report query's transaction only (`set local`). */
export const NO_JIT_SQL = `set local jit = off`

/**
 * The rollup that answers a query: the small overview one when the query
 * groups and filters only by day, site or program, else the detail one.
 */
export function rollupFor(q: StatsQuery): string {
  const overview = new Set<string>([...OVERVIEW_KEY, "day", "site"])
  const asked = [...q.by, ...FILTERS.filter((f) => q[f] !== undefined)]
  return asked.every((d) => overview.has(d)) ? OVERVIEW_TABLE : STATS_TABLE
}

/** A PostgreSQL array literal: the driver would spread a JS array into a list of parameters. */
const timestampArray = (instants: Date[]) => `{${instants.map((d) => d.toISOString()).join(",")}}`

/**
 * Builds the grouped query; '' dimensions come back as null. Whole hours come
 * from the rollup. An hour that a day boundary (or the range's edge) cuts, as
 * local midnight does at :30 in Asia/Kolkata, comes from the raw rows, split
 * at the boundary (`planReportHours`); clicks count as the rollup counts them
 * (stored `is_unique`, bots apart). Zones whose days start on the hour read
 * the rollup alone.
 */
export function statsSql(q: StatsQuery): { sql: string; params: unknown[] } {
  const plan = planReportHours(reportBoundaries(q.start, q.end, q.timezone, q.by.includes("day")))
  const table = rollupFor(q)
  const params: unknown[] = []
  const pieces = plan.rawPieces
  if (pieces.length) {
    params.push(timestampArray(pieces.map((p) => p.start)), timestampArray(pieces.map((p) => p.end)))
  }
  const dims = q.by.map((d) => {
    if (d === "day") {
      params.push(q.timezone)
      return `${REPORT_DIMENSIONS.day("?")} as "${d}"`
    }
    return `nullif(${REPORT_DIMENSIONS[d]()}, '') as "${d}"`
  })
  const where = ["bucket >= ?", "bucket < ?"]
  params.push(plan.rollupStart.toISOString(), plan.rollupEnd.toISOString())
  if (plan.splitHours.length) {
    where.push("bucket <> all(?::timestamptz[])")
    params.push(timestampArray(plan.splitHours))
  }
  const filters: string[] = []
  for (const f of FILTERS) {
    if (q[f] !== undefined) {
      filters.push(`${f} = ?`)
      params.push(q[f] ?? "")
    }
  }
  const sums = STATS_COUNTERS.map((c) => `sum(${c})::text as "${c}"`)
  const groups = [...q.by.map((_, i) => i + 1), q.by.length + 1]
  const select = `select ${[...dims, "currency_code", ...sums].join(", ")}`
  const grouping = `group by ${groups.join(", ")} order by ${groups.join(", ")}`
  if (!pieces.length) {
    const sql = `${select}
    from ${table} where ${[...where, ...filters].join(" and ")}
    ${grouping}`
    return { sql, params }
  }
  // Raw rows keyed like the rollup, then summed by the answering rollup's own key (a few groups for the overview).
  const key = table === OVERVIEW_TABLE ? OVERVIEW_KEY : STATS_KEY
  const byKey = `group by ${key.map((_, i) => i + 1).join(", ")}`
  const sql = `with raw_piece (piece_start, piece_end) as (
      select * from unnest(?::timestamptz[], ?::timestamptz[])
    ), raw_click (${STATS_KEY.join(", ")}, is_bot, is_unique) as (
      select ${statsKeyOf("c", "created_at", "''", "p.piece_start")}, c.is_bot, c.is_unique
      from raw_piece p join affiliate_click c
        on c.created_at >= p.piece_start and c.created_at < p.piece_end and c.deleted_at is null
    ), raw_conversion (${STATS_KEY.join(", ")}, status, conversion, order_total) as (
      select ${statsKeyOf("a", "attributed_at", "coalesce(a.currency_code, '')", "p.piece_start")}, a.status, a.conversion, a.order_total
      from raw_piece p join affiliate_attribution a
        on a.attributed_at >= p.piece_start and a.attributed_at < p.piece_end and a.deleted_at is null
    )
    ${select}
    from (
      select ${[...key, ...STATS_COUNTERS].join(", ")} from ${table} where ${where.join(" and ")}
      union all select ${key.join(", ")}, ${CLICK_COUNTERS} from raw_click c ${byKey}
      union all select ${key.join(", ")}, ${CONVERSION_COUNTERS} from raw_conversion a ${byKey}
    ) as hours
    ${filters.length ? `where ${filters.join(" and ")}` : ""}
    ${grouping}`
  return { sql, params }
}

function emptyFigures(): StatsFigures {
  return {
    clicks: 0, unique_clicks: 0, bot_clicks: 0, registrations: 0, orders: 0,
    rejected_registrations: 0, rejected_orders: 0, revenue: {}, conversion_rate: null,
  }
}

export function addDecimal(a: string | undefined, b: string): string {
  // Revenue stays exact: sum as scaled integers, never as floats.
  const scale = Math.max(decimals(a ?? "0"), decimals(b))
  const total = toScaled(a ?? "0", scale) + toScaled(b, scale)
  return fromScaled(total, scale)
}
const decimals = (v: string) => (v.includes(".") ? v.split(".")[1].length : 0)
function toScaled(v: string, scale: number): bigint {
  const negative = v.startsWith("-")
  const [int, frac = ""] = v.replace("-", "").split(".")
  const n = BigInt(int || "0") * 10n ** BigInt(scale) + BigInt((frac + "0".repeat(scale)).slice(0, scale) || "0")
  return negative ? -n : n
}
function fromScaled(n: bigint, scale: number): string {
  const negative = n < 0n
  const abs = (negative ? -n : n).toString().padStart(scale + 1, "0")
  const text = scale ? `${abs.slice(0, -scale)}.${abs.slice(-scale)}` : abs
  return negative ? `-${text}` : text
}

function accumulate(into: StatsFigures, row: Record<string, string | null>) {
  into.clicks += Number(row.clicks)
  into.unique_clicks += Number(row.unique_clicks)
  into.bot_clicks += Number(row.bot_clicks)
  into.registrations += Number(row.registrations)
  into.orders += Number(row.orders)
  into.rejected_registrations += Number(row.rejected_registrations)
  into.rejected_orders += Number(row.rejected_orders)
  const currency = row.currency_code
  if (currency && Number(row.revenue) !== 0) into.revenue[currency] = addDecimal(into.revenue[currency], row.revenue ?? "0")
  into.conversion_rate = into.unique_clicks ? into.orders / into.unique_clicks : null
}

/** Folds the per-currency SQL rows into one row per dimension value, plus totals. */
export function foldStats(by: ReportDimension[], raw: Record<string, string | null>[]): { rows: StatsRow[]; totals: StatsFigures } {
  const rows = new Map<string, StatsRow>()
  const totals = emptyFigures()
  for (const r of raw) {
    const key = by.map((d) => r[d] ?? "").join("\u0000")
    let row = rows.get(key)
    if (!row) {
      row = { ...Object.fromEntries(by.map((d) => [d, r[d] ?? null])), ...emptyFigures() } as StatsRow
      rows.set(key, row)
    }
    accumulate(row, r)
    accumulate(totals, r)
  }
  return { rows: [...rows.values()], totals }
}
