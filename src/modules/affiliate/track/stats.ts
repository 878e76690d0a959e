/**
 * SQL for the hourly rollup (`affiliate_stats_hourly`). Every writer adds to
 * the rollup in the same statement that writes the raw rows, so reports read
 * the rollup and are never behind the click and attribution tables.
 */

/** The rollup's key columns, in primary-key order. */
export const STATS_KEY = [
  "bucket",
  "program_id",
  "site_id",
  "affiliate_id",
  "referral_id",
  "utm_source",
  "utm_medium",
  "utm_campaign",
  "currency_code",
] as const

export const STATS_COUNTERS = [
  "clicks",
  "unique_clicks",
  "bot_clicks",
  "registrations",
  "orders",
  "revenue",
  "rejected_registrations",
  "rejected_orders",
] as const

/**
 * An upsert that adds `source`'s grouped counters to the rollup. `source`
 * must select the key columns (already coalesced to '') and the counters.
 */
export function addToStatsSql(source: string): string {
  const key = STATS_KEY.map((c) => `"${c}"`).join(", ")
  const counters = STATS_COUNTERS.map((c) => `"${c}"`).join(", ")
  const add = STATS_COUNTERS.map((c) => `"${c}" = s."${c}" + excluded."${c}"`).join(", ")
  return `insert into affiliate_stats_hourly as s (${key}, ${counters})
    ${source}
    on conflict (${key}) do update set ${add}`
}

/** Key columns of a click or attribution row, '' for a missing dimension. */
export function statsKeyOf(alias: string, bucketColumn: string, currency: string): string {
  return [
    `date_trunc('hour', ${alias}.${bucketColumn})`,
    `${alias}.program_id`,
    `coalesce(${alias}.site_id, '')`,
    `coalesce(${alias}.affiliate_id, '')`,
    `coalesce(${alias}.referral_id, '')`,
    `coalesce(${alias}.utm_source, '')`,
    `coalesce(${alias}.utm_medium, '')`,
    `coalesce(${alias}.utm_campaign, '')`,
    currency,
  ].join(", ")
}

/** Counters one click contributes; bots are counted apart and never as visits. */
export const CLICK_COUNTERS = `
  count(*) filter (where not c.is_bot),
  count(*) filter (where c.is_unique and not c.is_bot),
  count(*) filter (where c.is_bot),
  0, 0, 0, 0, 0`

/** Counters one conversion contributes: attributed ones count, rejected ones are kept apart. */
export const CONVERSION_COUNTERS = `
  0, 0, 0,
  count(*) filter (where a.status = 'attributed' and a.conversion = 'registration'),
  count(*) filter (where a.status = 'attributed' and a.conversion = 'order'),
  coalesce(sum(a.order_total) filter (where a.status = 'attributed' and a.conversion = 'order'), 0),
  count(*) filter (where a.status = 'rejected' and a.conversion = 'registration'),
  count(*) filter (where a.status = 'rejected' and a.conversion = 'order')`

// Ordered by key so that concurrent writers lock rollup rows in the same order (no deadlocks).
const KEY_POSITIONS = STATS_KEY.map((_, i) => i + 1).join(", ")
export const GROUP_BY_KEY = `group by ${KEY_POSITIONS} order by ${KEY_POSITIONS}`
