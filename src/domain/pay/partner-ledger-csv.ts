import { csvTable, type CsvColumn } from "../shared/csv"

/**
 * The partner's ledger and payout statements as CSV: exactly the fields of
 * the partner's JSON answers (a customer pseudonym, never a customer or
 * order id), one line per ledger entry.
 */
export type PartnerLedgerLine = {
  id: string
  entry_type: string
  event: string | null
  status: string
  amount: number
  currency_code: string
  basis_amount: number | null
  rate: number | null
  referral: { name: string; slug: string } | null
  site: { name: string } | null
  customer: string | null
  summary: string | null
  reverses_id: string | null
  created_at: Date | string
  hold_until: Date | string | null
  approved_at: Date | string | null
  paid_at: Date | string | null
  payout_id: string | null
}

export type PartnerPayoutSummary = {
  id: string
  amount: number
  currency_code: string
  status: string
  reference: string | null
  paid_at: Date | string | null
  created_at: Date | string
}

export const PARTNER_LEDGER_COLUMNS: CsvColumn<PartnerLedgerLine>[] = [
  { header: "id", value: (c) => c.id },
  { header: "created_at", value: (c) => c.created_at },
  { header: "entry_type", value: (c) => c.entry_type },
  { header: "event", value: (c) => c.event },
  { header: "status", value: (c) => c.status },
  { header: "currency", value: (c) => c.currency_code.toUpperCase() },
  { header: "amount", value: (c) => c.amount },
  { header: "basis_amount", value: (c) => c.basis_amount },
  { header: "rate_percent", value: (c) => c.rate },
  { header: "referral", value: (c) => c.referral?.name },
  { header: "referral_slug", value: (c) => c.referral?.slug },
  { header: "site", value: (c) => c.site?.name },
  { header: "customer", value: (c) => c.customer },
  { header: "summary", value: (c) => c.summary },
  { header: "reverses_id", value: (c) => c.reverses_id },
  { header: "hold_until", value: (c) => c.hold_until },
  { header: "approved_at", value: (c) => c.approved_at },
  { header: "paid_at", value: (c) => c.paid_at },
  { header: "payout_id", value: (c) => c.payout_id },
]

/**
 * A payout's statement: one line per commission it pays, each carrying the
 * payout's id, status, reference and dates, so the lines' amounts add up to
 * the payout's amount in any spreadsheet.
 */
export function payoutStatementCsv(payout: PartnerPayoutSummary, lines: PartnerLedgerLine[]): string {
  const columns: CsvColumn<PartnerLedgerLine>[] = [
    { header: "payout_id", value: () => payout.id },
    { header: "payout_status", value: () => payout.status },
    { header: "payout_reference", value: () => payout.reference },
    { header: "payout_created_at", value: () => payout.created_at },
    { header: "payout_paid_at", value: () => payout.paid_at },
    { header: "payout_amount", value: () => payout.amount },
    { header: "payout_currency", value: () => payout.currency_code.toUpperCase() },
    ...PARTNER_LEDGER_COLUMNS.filter((c) => c.header !== "payout_id").map((c) => (c.header === "id" ? { ...c, header: "commission_id" } : c)),
  ]
  return csvTable(columns, lines)
}
