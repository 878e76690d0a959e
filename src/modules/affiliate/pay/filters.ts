/** Ledger filters shared by the admin list, the totals and the CSV export. */
export type LedgerFilter = {
  program_id?: string
  affiliate_id?: string | string[]
  status?: string | string[]
  site_id?: string | string[]
  order_id?: string
  entry_type?: string | string[]
  currency_code?: string
  payout_id?: string
  created_from?: Date | string
  created_to?: Date | string
}

const list = (v: string | string[]) => JSON.stringify(Array.isArray(v) ? v : [v])

/** A SQL condition (starting with "and") over the alias `c`, with its knex bindings. */
export function ledgerWhere(f: LedgerFilter): { sql: string; params: unknown[] } {
  const parts: string[] = []
  const params: unknown[] = []
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql)
    params.push(...values)
  }
  if (f.program_id) add("c.program_id = ?", f.program_id)
  if (f.affiliate_id) add("c.affiliate_id in (select jsonb_array_elements_text(?::jsonb))", list(f.affiliate_id))
  if (f.status) add("c.status in (select jsonb_array_elements_text(?::jsonb))", list(f.status))
  if (f.site_id) add("c.site_id in (select jsonb_array_elements_text(?::jsonb))", list(f.site_id))
  if (f.entry_type) add("c.entry_type in (select jsonb_array_elements_text(?::jsonb))", list(f.entry_type))
  if (f.order_id) add("c.order_id = ?", f.order_id)
  if (f.currency_code) add("c.currency_code = ?", f.currency_code.toLowerCase())
  if (f.payout_id) add("c.id in (select pi.commission_id from affiliate_payout_item pi where pi.payout_id = ? and pi.deleted_at is null)", f.payout_id)
  if (f.created_from) add("c.created_at >= ?::timestamptz", new Date(f.created_from).toISOString())
  if (f.created_to) add("c.created_at < ?::timestamptz", new Date(f.created_to).toISOString())
  return { sql: parts.map((p) => `and ${p}`).join(" "), params }
}
