/**
 * The commission ledger in SQL. Entries are inserted, never edited, apart
 * from their status moving forward (pending -> approved -> paid); amounts
 * never change. Corrections are new entries pointing at what they correct.
 */
export type CommissionRow = {
  id: string
  program_id: string
  affiliate_id: string
  referral_id: string | null
  site_id: string | null
  attribution_id: string | null
  order_id: string | null
  customer_id: string | null
  rule_id: string | null
  rule_snapshot: Record<string, unknown> | null
  entry_type: "commission" | "reversal" | "clawback" | "adjustment"
  event: "registration" | "order" | "first_order" | null
  basis_amount: string | null
  rate: string | null
  amount: string
  currency_code: string
  status: "pending" | "approved"
  hold_until: Date | string | null
  approved_at: Date | string | null
  reverses_id: string | null
  is_internal: boolean
  idempotency_key: string
  explanation: Record<string, unknown> | null
  created_by: string | null
  reason: string | null
}

const COLUMNS = [
  "id text", "program_id text", "affiliate_id text", "referral_id text", "site_id text", "attribution_id text",
  "order_id text", "customer_id text", "rule_id text", "rule_snapshot jsonb", "entry_type text", "event text",
  "basis_amount numeric", "raw_basis_amount jsonb", "rate numeric", "raw_rate jsonb", "amount numeric", "raw_amount jsonb",
  "currency_code text", "status text", "hold_until timestamptz", "approved_at timestamptz", "reverses_id text",
  "is_internal boolean", "idempotency_key text", "explanation jsonb", "created_by text", "reason text",
]
const NAMES = COLUMNS.map((c) => c.split(" ")[0])

const raw = (value: string | null) => (value === null ? null : { value, precision: 20 })
// Rows that went through a workflow step arrive with dates as strings.
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())

export function commissionJson(rows: CommissionRow[]): string {
  return JSON.stringify(
    rows.map((r) => ({
      ...r,
      raw_basis_amount: raw(r.basis_amount),
      raw_rate: raw(r.rate),
      raw_amount: raw(r.amount),
      hold_until: iso(r.hold_until),
      approved_at: iso(r.approved_at),
    }))
  )
}

/** Stores entries whose idempotency keys are new; a replayed event stores nothing. */
export const INSERT_COMMISSIONS_SQL = `
insert into affiliate_commission (${NAMES.join(", ")})
select ${NAMES.join(", ")} from jsonb_to_recordset(?::jsonb) as x(${COLUMNS.join(", ")})
on conflict (idempotency_key) do nothing
returning id`

/** Undoes entries a failed workflow stored (compensation only; never for settled money). */
export const DELETE_UNSETTLED_SQL = `
delete from affiliate_commission c
where c.id in (select jsonb_array_elements_text(?::jsonb))
  and c.status in ('pending', 'approved')
  and not exists (select 1 from affiliate_payout_item pi where pi.commission_id = c.id and pi.deleted_at is null)`

/**
 * The commissions of an order, locked so concurrent reversals of the same
 * order queue up, with what earlier reversals already took back and whether
 * the money went out in a paid payout.
 */
export const LOCK_ORDER_COMMISSIONS_SQL = `
select c.id, c.program_id, c.affiliate_id, c.referral_id, c.site_id, c.attribution_id, c.order_id, c.customer_id,
       c.amount::text as amount, c.currency_code, c.status, c.hold_until, c.is_internal, c.event,
       coalesce((select sum(r.amount) from affiliate_commission r
                 where r.reverses_id = c.id and r.deleted_at is null and r.entry_type in ('reversal', 'clawback')), 0)::text as reversed,
       exists (select 1 from affiliate_payout_item pi join affiliate_payout p on p.id = pi.payout_id
               where pi.commission_id = c.id and pi.released_at is null and pi.deleted_at is null and p.status = 'paid') as in_paid_payout
from affiliate_commission c
where c.order_id = ? and c.entry_type = 'commission' and c.deleted_at is null and c.status <> 'void'
order by c.id
for update of c`

/** Pending entries whose hold has passed become approved. Safe to run twice: the second finds nothing. */
export const APPROVE_DUE_SQL = `
update affiliate_commission set status = 'approved', approved_at = ?::timestamptz, updated_at = now()
where status = 'pending' and deleted_at is null and hold_until <= ?::timestamptz
returning id`

/**
 * Totals per currency and bucket for a filtered ledger. "in_payout" is money
 * in a draft or processing payout; the buckets add up to the total.
 */
export function ledgerTotalsSql(where: string): string {
  return `
select c.currency_code,
  coalesce(sum(c.amount) filter (where c.status = 'pending'), 0)::text as pending,
  coalesce(sum(c.amount) filter (where c.status = 'approved' and live.commission_id is null), 0)::text as approved,
  coalesce(sum(c.amount) filter (where c.status = 'approved' and live.commission_id is not null), 0)::text as in_payout,
  coalesce(sum(c.amount) filter (where c.status = 'paid'), 0)::text as paid,
  coalesce(sum(c.amount) filter (where c.status <> 'void'), 0)::text as total,
  count(*)::int as entries
from affiliate_commission c
left join lateral (
  select pi.commission_id from affiliate_payout_item pi
  where pi.commission_id = c.id and pi.released_at is null and pi.deleted_at is null limit 1
) live on true
where c.deleted_at is null ${where}
group by c.currency_code
order by c.currency_code`
}
