import { OVERVIEW_KEY, OVERVIEW_TABLE, STATS_COUNTERS, STATS_TABLE } from "./stats"

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

/** Builds the grouped query over the rollup; '' dimensions come back as null. */
export function statsSql(q: StatsQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const dims = q.by.map((d) => {
    if (d === "day") {
      params.push(q.timezone)
      return `${REPORT_DIMENSIONS.day("?")} as "${d}"`
    }
    return `nullif(${REPORT_DIMENSIONS[d]()}, '') as "${d}"`
  })
  const where = ["bucket >= ?", "bucket < ?"]
  params.push(q.start.toISOString(), q.end.toISOString())
  for (const f of FILTERS) {
    if (q[f] !== undefined) {
      where.push(`${f} = ?`)
      params.push(q[f] ?? "")
    }
  }
  const sums = STATS_COUNTERS.map((c) => `sum(${c})::text as "${c}"`)
  const groups = [...q.by.map((_, i) => i + 1), q.by.length + 1]
  const sql = `select ${[...dims, "currency_code", ...sums].join(", ")}
    from ${rollupFor(q)} where ${where.join(" and ")}
    group by ${groups.join(", ")} order by ${groups.join(", ")}`
  return { sql, params }
}

function emptyFigures(): StatsFigures {
  return {
    clicks: 0, unique_clicks: 0, bot_clicks: 0, registrations: 0, orders: 0,
    rejected_registrations: 0, rejected_orders: 0, revenue: {}, conversion_rate: null,
  }
}

function addDecimal(a: string | undefined, b: string): string {
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
