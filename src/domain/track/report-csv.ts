import { csvTable, type CsvColumn } from "../shared/csv"

/**
 * A report as a spreadsheet: the same rows and fields as the JSON answer,
 * one column per figure, and money in one column per currency and figure
 * (`revenue_eur`, `commission_paid_usd`), so every cell is a plain number.
 */
export type ReportCsvRow = {
  day?: string | null
  referral?: string | null
  referral_name?: string | null
  referral_slug?: string | null
  site?: string | null
  site_name?: string | null
  site_domain?: string | null
  affiliate?: string | null
  affiliate_name?: string | null
  utm_source?: string | null
  utm_medium?: string | null
  utm_campaign?: string | null
  clicks: number
  unique_clicks: number
  bot_clicks: number
  registrations: number
  orders: number
  rejected_registrations: number
  rejected_orders: number
  conversion_rate: number | null
  revenue: Record<string, string>
  commission_pending: Record<string, string>
  commission_approved: Record<string, string>
  commission_paid: Record<string, string>
}

type Row = ReportCsvRow
type Column = CsvColumn<Row>

/** The columns a dimension adds: the id and, where it has them, its names. */
const DIMENSION_COLUMNS: Record<string, Column[]> = {
  day: [{ header: "day", value: (r) => r.day }],
  referral: [
    { header: "referral_id", value: (r) => r.referral },
    { header: "referral_name", value: (r) => r.referral_name },
    { header: "referral_slug", value: (r) => r.referral_slug },
  ],
  site: [
    { header: "site_id", value: (r) => r.site },
    { header: "site_name", value: (r) => r.site_name },
    { header: "site_domain", value: (r) => r.site_domain },
  ],
  affiliate: [
    { header: "affiliate_id", value: (r) => r.affiliate },
    { header: "affiliate_name", value: (r) => r.affiliate_name },
  ],
  utm_source: [{ header: "utm_source", value: (r) => r.utm_source }],
  utm_medium: [{ header: "utm_medium", value: (r) => r.utm_medium }],
  utm_campaign: [{ header: "utm_campaign", value: (r) => r.utm_campaign }],
}

const COUNT_COLUMNS: Column[] = (
  ["clicks", "unique_clicks", "bot_clicks", "registrations", "orders", "rejected_registrations", "rejected_orders", "conversion_rate"] as const
).map((field) => ({ header: field, value: (r: Row) => r[field] }))

const MONEY_FIELDS = ["revenue", "commission_pending", "commission_approved", "commission_paid"] as const

/** Decimal strings become numbers: a spreadsheet sums them, and "-2.00" is no formula to guard. */
const amount = (value: string | undefined) => (value === undefined ? 0 : Number(value))

export function reportCsvColumns(by: readonly string[], rows: Row[]): Column[] {
  const unknown = by.filter((d) => !DIMENSION_COLUMNS[d])
  if (unknown.length) throw new RangeError(`No CSV columns for dimension ${unknown.join(", ")}`)
  const currencies = [...new Set(rows.flatMap((r) => MONEY_FIELDS.flatMap((f) => Object.keys(r[f] ?? {}))))].sort()
  const money: Column[] = currencies.flatMap((currency) =>
    MONEY_FIELDS.map((field) => ({ header: `${field}_${currency}`, value: (r: Row) => amount(r[field]?.[currency]) }))
  )
  return [...by.flatMap((d) => DIMENSION_COLUMNS[d]), ...COUNT_COLUMNS, ...money]
}

export function reportCsv(by: readonly string[], rows: Row[]): string {
  return csvTable(reportCsvColumns(by, rows), rows)
}
