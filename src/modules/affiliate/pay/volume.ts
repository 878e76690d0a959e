/**
 * A partner's attributed volume for tiers: orders counted, or revenue summed
 * in one currency, over [from, to]. Rejected attributions do not count.
 */
export const ATTRIBUTED_VOLUME_SQL = `
select count(*)::int as orders, coalesce(sum(a.order_total) filter (where a.currency_code = ?), 0)::text as revenue
from affiliate_attribution a
where a.affiliate_id = ? and a.conversion = 'order' and a.status = 'attributed' and a.deleted_at is null
  and (?::timestamptz is null or a.attributed_at >= ?::timestamptz) and a.attributed_at <= ?::timestamptz`

/** When this customer was first credited to this partner (registration or order), if ever. */
export const FIRST_CREDITED_SQL = `
select min(a.attributed_at) as first_at from affiliate_attribution a
where a.customer_id = ? and a.affiliate_id = ? and a.status = 'attributed' and a.deleted_at is null`
