/**
 * Payout runs in SQL: the balances are summed, filtered and turned into
 * payouts and payout items by the database, so a run over a million
 * commissions never loads them into the application.
 */

/** One run at a time per program: a second run waits, then finds the commissions already taken. */
export const LOCK_PAYOUT_RUNS_SQL = `select pg_advisory_xact_lock(hashtext('affiliate-payout-run:' || ?::text))`

// Ids shaped like Medusa's (prefix + 26 upper-case characters), made by the database.
const newId = (prefix: string) => `'${prefix}_' || upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 26))`

/**
 * Parameters: run id, actor, program id, cut-off (or null), currency (or
 * null), affiliate ids as a JSON array (or null), minimums as JSON
 * { "eur": 50 }. Returns the payouts created.
 */
export const CREATE_PAYOUT_RUN_SQL = `
with params as (
  select ?::text as run_id, ?::text as actor, ?::text as program_id, ?::timestamptz as cutoff,
         lower(?::text) as currency, ?::jsonb as affiliate_ids, ?::jsonb as minimums
), eligible as (
  select c.id, c.affiliate_id, c.currency_code, c.amount
  from affiliate_commission c
  cross join params p
  join affiliate a on a.id = c.affiliate_id and a.deleted_at is null
  where c.program_id = p.program_id
    and c.status = 'approved' and c.deleted_at is null and not c.is_internal
    and a.kind = 'external' and a.status = 'active'
    and (p.cutoff is null or c.created_at <= p.cutoff)
    and (p.currency is null or c.currency_code = p.currency)
    and (p.affiliate_ids is null or c.affiliate_id in (select jsonb_array_elements_text(p.affiliate_ids)))
    and not exists (
      select 1 from affiliate_payout_item pi
      where pi.commission_id = c.id and pi.released_at is null and pi.deleted_at is null)
), balances as (
  select e.affiliate_id, e.currency_code, sum(e.amount) as amount
  from eligible e cross join params p
  group by e.affiliate_id, e.currency_code, p.minimums
  having sum(e.amount) > 0
     and sum(e.amount) >= coalesce((p.minimums ->> e.currency_code)::numeric, 0)
), payouts as (
  -- The destination is frozen here: a later change of payout details never redirects this payout.
  insert into affiliate_payout (id, program_id, affiliate_id, run_id, currency_code, amount, raw_amount, status, created_by, destination)
  select ${newId("affpay")}, p.program_id, b.affiliate_id, p.run_id, b.currency_code, b.amount,
         jsonb_build_object('value', b.amount::text, 'precision', 20), 'draft', p.actor,
         jsonb_build_object('payout_method', a.payout_method, 'payout_details', a.payout_details)
  from balances b cross join params p
  join affiliate a on a.id = b.affiliate_id
  returning id, affiliate_id, currency_code
), items as (
  insert into affiliate_payout_item (id, payout_id, commission_id, amount, raw_amount)
  select ${newId("affpitem")}, po.id, e.id, e.amount, jsonb_build_object('value', e.amount::text, 'precision', 20)
  from eligible e join payouts po on po.affiliate_id = e.affiliate_id and po.currency_code = e.currency_code
  returning payout_id
)
select po.id, coalesce(ic.n, 0)::int as item_count
from payouts po left join (select payout_id, count(*) as n from items group by payout_id) ic on ic.payout_id = po.id`

/** The payout row, locked, so two settlements of one payout queue up. */
export const LOCK_PAYOUT_SQL = `select id, status, affiliate_id, currency_code, amount::text as amount from affiliate_payout where id = ? and deleted_at is null for update`

export const MARK_PAYOUT_PAID_SQL = [
  `update affiliate_payout set status = 'paid', reference = ?, paid_at = ?::timestamptz, updated_at = now() where id = ?`,
  `update affiliate_commission set status = 'paid', paid_at = ?::timestamptz, updated_at = now()
   where id in (select commission_id from affiliate_payout_item where payout_id = ? and released_at is null and deleted_at is null)`,
]

export const MARK_PAYOUT_SQL = `update affiliate_payout set status = ?, failed_reason = coalesce(?, failed_reason), updated_at = now() where id = ?`

/** Failed and canceled payouts give their commissions back: the items are released, the entries stay approved. */
export const RELEASE_PAYOUT_ITEMS_SQL = `
update affiliate_payout_item set released_at = now(), updated_at = now()
where payout_id = ? and released_at is null and deleted_at is null`

/** Compensation of a run that did not complete: its payouts and items never existed for anyone. */
export const DELETE_PAYOUT_RUN_SQL = [
  `delete from affiliate_payout_item where payout_id in (select id from affiliate_payout where run_id = ? and status = 'draft')`,
  `delete from affiliate_payout where run_id = ? and status = 'draft'`,
]
