import { MedusaError } from "@medusajs/framework/utils"
import { resolveReportRange } from "../../../domain/track/report-range"
import type { ReportDimension, StatsFigures, StatsQuery, StatsRow } from "../../../modules/affiliate/track/reports"
import {
  emptyCommissionFigures,
  reportRowKey,
  type CommissionFigures,
  type CommissionReportRow,
} from "../../../modules/affiliate/track/commission-report"
import { affiliateService } from "../../../workflows/steps/load"

type Scope = { resolve: (key: string) => unknown }

export type ReportFilters = Partial<
  Pick<StatsQuery, "program_id" | "site_id" | "affiliate_id" | "referral_id" | "utm_source" | "utm_medium" | "utm_campaign">
>

export type ReportRequest = {
  from?: string
  to?: string
  timezone?: string
  by: ReportDimension[]
  filters: ReportFilters
  /**
   * With the commission per row (from the ledger; default). The admin route
   * asks only on `commission=true`: over a whole program the ledger query
   * costs far more than the rollup it sits next to.
   */
  commission?: boolean
}

/** Traffic and conversions, with the commission the conversions earned (per status and currency). */
export type FiguredRow = StatsRow & CommissionFigures

/** A report row with the names of the records its ids point to. */
export type ReportRow = FiguredRow & {
  referral_name?: string | null
  referral_slug?: string | null
  affiliate_name?: string | null
  site_name?: string | null
  site_domain?: string | null
}

export type ReportAnswer = {
  timezone: string
  from: string
  to: string
  by: ReportDimension[]
  rows: ReportRow[]
  totals: StatsFigures & CommissionFigures
}

export function emptyFigures(): StatsFigures & CommissionFigures {
  return {
    ...emptyCommissionFigures(),
    clicks: 0,
    unique_clicks: 0,
    bot_clicks: 0,
    registrations: 0,
    orders: 0,
    rejected_registrations: 0,
    rejected_orders: 0,
    revenue: {},
    conversion_rate: null,
  }
}

/** Every day of the range, quiet days as zero rows, so a chart has no gaps. */
export function fillDays(days: string[], rows: FiguredRow[]): FiguredRow[] {
  const byDay = new Map(rows.map((row) => [row.day, row]))
  return days.map((day) => byDay.get(day) ?? { day, ...emptyFigures() })
}

/**
 * Puts each group's commission next to its traffic. A group with commission
 * but no traffic (an adjustment on a quiet day) becomes a row of its own;
 * rows are then in dimension order (empty values last).
 */
export function withCommissions(by: ReportDimension[], rows: StatsRow[], commissions: CommissionReportRow[]): FiguredRow[] {
  const byKey = new Map(commissions.map((c) => [reportRowKey(by, c), c]))
  const out: FiguredRow[] = rows.map((row) => {
    const key = reportRowKey(by, row)
    const c = byKey.get(key)
    byKey.delete(key)
    return { ...row, ...emptyCommissionFigures(), ...(c ? pickCommission(c) : {}) }
  })
  if (!byKey.size) return out
  for (const c of byKey.values()) {
    out.push({ ...Object.fromEntries(by.map((d) => [d, c[d] ?? null])), ...emptyFigures(), ...pickCommission(c) } as FiguredRow)
  }
  const compare = (a?: string | null, b?: string | null) => (a === b ? 0 : a == null ? 1 : b == null ? -1 : a < b ? -1 : 1)
  return out.sort((x, y) => by.reduce((result, d) => result || compare(x[d], y[d]), 0))
}

/** A row or totals without the commission fields (figures that were not asked for are left out, not zero). */
function withoutCommission<T extends Partial<CommissionFigures>>(row: T): Omit<T, keyof CommissionFigures> {
  const { commission_pending: _p, commission_approved: _a, commission_paid: _d, ...rest } = row
  return rest
}

const pickCommission = (c: CommissionFigures): CommissionFigures => ({
  commission_pending: c.commission_pending,
  commission_approved: c.commission_approved,
  commission_paid: c.commission_paid,
})

function idsOf(rows: StatsRow[], dimension: ReportDimension): string[] {
  return [...new Set(rows.map((row) => row[dimension]).filter((v): v is string => !!v))]
}

/** Names for the ids in the rows: one list query per dimension. */
export async function enrichRows(scope: Scope, by: ReportDimension[], rows: FiguredRow[]): Promise<ReportRow[]> {
  const svc = affiliateService(scope)
  const out = rows.map((row) => ({ ...row })) as ReportRow[]

  if (by.includes("referral")) {
    const ids = idsOf(rows, "referral")
    const found = ids.length
      ? await svc.listAffiliateReferrals({ id: ids }, { select: ["id", "name", "slug"], take: ids.length })
      : []
    const named = new Map(found.map((r: any) => [r.id, r]))
    for (const row of out) {
      const r = row.referral ? named.get(row.referral) : undefined
      row.referral_name = r?.name ?? null
      row.referral_slug = r?.slug ?? null
    }
  }
  if (by.includes("affiliate")) {
    const ids = idsOf(rows, "affiliate")
    const found = ids.length ? await svc.listAffiliates({ id: ids }, { select: ["id", "name"], take: ids.length }) : []
    const named = new Map(found.map((a: any) => [a.id, a]))
    for (const row of out) {
      row.affiliate_name = row.affiliate ? named.get(row.affiliate)?.name ?? null : null
    }
  }
  if (by.includes("site")) {
    const ids = idsOf(rows, "site")
    const found = ids.length
      ? await svc.listAffiliateSites({ id: ids }, { select: ["id", "name", "domain"], take: ids.length })
      : []
    const named = new Map(found.map((s: any) => [s.id, s]))
    for (const row of out) {
      const s = row.site ? named.get(row.site) : undefined
      row.site_name = s?.name ?? null
      row.site_domain = s?.domain ?? null
    }
  }
  return out
}

/**
 * Resolves the period (400 with the reason when it makes no sense), reads
 * the figures from the hourly rollup and the commission from the ledger,
 * fills quiet days and names the ids.
 */
export async function buildReport(scope: Scope, request: ReportRequest, now = new Date()): Promise<ReportAnswer> {
  const range = resolveReportRange({ from: request.from, to: request.to, timezone: request.timezone }, now)
  if (!range.ok) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid query: ${range.message}`)
  }
  const filters = Object.fromEntries(Object.entries(request.filters).filter(([, v]) => v !== undefined)) as ReportFilters
  const query: StatsQuery = { start: range.start, end: range.end, timezone: range.timezone, by: request.by, ...filters }
  const svc = affiliateService(scope)
  const withCommission = request.commission !== false
  const [stats, commissions] = await Promise.all([
    svc.reportStats(query),
    withCommission ? svc.reportCommissions(query) : Promise.resolve({ rows: [], totals: emptyCommissionFigures() }),
  ])
  const rows = withCommissions(request.by, stats.rows, commissions.rows)
  const filled = request.by.length === 1 && request.by[0] === "day" ? fillDays(range.days, rows) : rows
  // Figures that were not asked for are left out once, at the end (quiet days included).
  const complete = withCommission ? filled : (filled.map(withoutCommission) as FiguredRow[])
  const combined = { ...stats.totals, ...commissions.totals }
  const totals = (withCommission ? combined : withoutCommission(combined)) as ReportAnswer["totals"]
  return {
    timezone: range.timezone,
    from: range.from,
    to: range.to,
    by: request.by,
    rows: await enrichRows(scope, request.by, complete),
    totals,
  }
}
