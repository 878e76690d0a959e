import { addDecimal, type ReportDimension, type StatsQuery } from "./reports"

/**
 * Commission value in reports: the ledger grouped like the traffic figures.
 *
 * An entry takes its dimensions from the attribution that earned it
 * (referral, site, partner, UTM tags, and the local day of `attributed_at`),
 * so a campaign's commission sits next to its registrations and orders.
 * Reversals and clawbacks carry their commission's attribution and count
 * negative (their amounts are negative) under their own status: each figure
 * is the plain sum of the entries with that status. Void entries count
 * nowhere. Entries without an attribution (manual adjustments) count on the
 * day they were written, with their site, and no referral or UTM tags.
 *
 * Read from the raw ledger, not a rollup: entries change status (pending ->
 * approved -> paid), and commissions are a few per order, not per click.
 */
export type CommissionFigures = {
  commission_pending: Record<string, string>
  commission_approved: Record<string, string>
  commission_paid: Record<string, string>
}
export type CommissionReportRow = Partial<Record<ReportDimension, string | null>> & CommissionFigures

const COLUMNS: Record<ReportDimension, string> = {
  day: "",
  site: "site_id",
  affiliate: "affiliate_id",
  referral: "referral_id",
  utm_source: "utm_source",
  utm_medium: "utm_medium",
  utm_campaign: "utm_campaign",
}
const FILTERS = ["program_id", "site_id", "affiliate_id", "referral_id", "utm_source", "utm_medium", "utm_campaign"] as const
const UTM = new Set<string>(["utm_source", "utm_medium", "utm_campaign"])

export const COMMISSION_STATUSES = ["pending", "approved", "paid"] as const

export function commissionReportSql(q: StatsQuery): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const dims = q.by.map((d) => {
    if (d === "day") {
      params.push(q.timezone)
      return `to_char(e.at at time zone ?, 'YYYY-MM-DD') as "day"`
    }
    return `nullif(e.${COLUMNS[d]}, '') as "${d}"`
  })

  // Attributed entries: the period and filters select attributions (indexed by partner or time), then their entries.
  const attributed = ["a.deleted_at is null", "a.attributed_at >= ?", "a.attributed_at < ?"]
  const attributedParams: unknown[] = [q.start.toISOString(), q.end.toISOString()]
  // Adjustments: no attribution, so no referral or UTM tags; a filter on those leaves them out.
  const adjusted = ["c.attribution_id is null", "c.deleted_at is null", "c.created_at >= ?", "c.created_at < ?"]
  const adjustedParams: unknown[] = [q.start.toISOString(), q.end.toISOString()]
  for (const f of FILTERS) {
    const value = q[f]
    if (value === undefined) continue
    attributed.push(`a.${f} = ?`)
    attributedParams.push(value)
    // The entry's own partner and program too: a partner's figures never hold another's money.
    if (f === "affiliate_id" || f === "program_id") {
      attributed.push(`c.${f} = ?`)
      attributedParams.push(value)
    }
    if (f === "referral_id" || UTM.has(f)) adjusted.push("false")
    else {
      adjusted.push(`c.${f} = ?`)
      adjustedParams.push(value)
    }
  }
  params.push(...attributedParams, ...adjustedParams)

  const sums = COMMISSION_STATUSES.map((s) => `coalesce(sum(e.amount) filter (where e.status = '${s}'), 0)::text as "commission_${s}"`)
  const groups = [...q.by.map((_, i) => i + 1), q.by.length + 1]
  const sql = `select ${[...dims, "e.currency_code", ...sums].join(", ")}
    from (
      select a.attributed_at as at, a.site_id, a.affiliate_id, a.referral_id, a.utm_source, a.utm_medium, a.utm_campaign,
             c.currency_code, c.status, c.amount
      from affiliate_attribution a
      join affiliate_commission c on c.attribution_id = a.id and c.deleted_at is null and c.status in ('pending', 'approved', 'paid')
      where ${attributed.join(" and ")}
      union all
      select c.created_at, c.site_id, c.affiliate_id, c.referral_id, null, null, null,
             c.currency_code, c.status, c.amount
      from affiliate_commission c
      where ${adjusted.join(" and ")} and c.status in ('pending', 'approved', 'paid')
    ) as e
    group by ${groups.join(", ")}
    order by ${groups.join(", ")}`
  return { sql, params }
}

export function emptyCommissionFigures(): CommissionFigures {
  return { commission_pending: {}, commission_approved: {}, commission_paid: {} }
}

function accumulate(into: CommissionFigures, row: Record<string, string | null>) {
  const currency = row.currency_code
  if (!currency) return
  for (const status of COMMISSION_STATUSES) {
    const field = `commission_${status}` as const
    const value = row[field] ?? "0"
    if (Number(value) === 0) continue
    const sum = addDecimal(into[field][currency], value)
    // A currency whose entries net to zero leaves the figure, as revenue does.
    if (Number(sum) === 0) delete into[field][currency]
    else into[field][currency] = sum
  }
}

/** The key a row has in a report grouped by `by` (the same key for traffic rows and commission rows). */
export function reportRowKey(by: readonly ReportDimension[], row: Partial<Record<ReportDimension, string | null>>): string {
  return by.map((d) => row[d] ?? "").join("\u0000")
}

/** Folds the per-currency SQL rows into one row per dimension value, plus totals. */
export function foldCommissions(by: ReportDimension[], raw: Record<string, string | null>[]): { rows: CommissionReportRow[]; totals: CommissionFigures } {
  const rows = new Map<string, CommissionReportRow>()
  const totals = emptyCommissionFigures()
  for (const r of raw) {
    const key = reportRowKey(by, r as any)
    let row = rows.get(key)
    if (!row) {
      row = { ...Object.fromEntries(by.map((d) => [d, r[d] ?? null])), ...emptyCommissionFigures() } as CommissionReportRow
      rows.set(key, row)
    }
    accumulate(row, r)
    accumulate(totals, r)
  }
  return { rows: [...rows.values()], totals }
}
