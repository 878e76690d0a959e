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
 * The overview rollup's key: hour, program, site and currency only. The
 * dashboard questions (traffic and conversions by day or by site) read this
 * small table: the detail one has a row per referral link and UTM tags per
 * hour, which with thousands of links is about one row per click.
 */
export const OVERVIEW_KEY = ["bucket", "program_id", "site_id", "currency_code"] as const

export const STATS_TABLE = "affiliate_stats_hourly"
export const OVERVIEW_TABLE = "affiliate_stats_site_hourly"
/** Both rollups, for statements that must hold them still (a rebuild). */
export const ROLLUP_TABLES = [STATS_TABLE, OVERVIEW_TABLE]

const quoted = (columns: readonly string[]) => columns.map((c) => `"${c}"`).join(", ")
/** "1, 2, ..., n": a key's columns by position, for group by / order by. */
const positions = (key: readonly string[]) => key.map((_, i) => i + 1).join(", ")

function upsert(table: string, key: readonly string[], select: string): string {
  const add = STATS_COUNTERS.map((c) => `"${c}" = s."${c}" + excluded."${c}"`).join(", ")
  return `insert into ${table} as s (${quoted(key)}, ${quoted(STATS_COUNTERS)})
    ${select}
    on conflict (${quoted(key)}) do update set ${add}`
}

/**
 * Common table expressions (for a top-level WITH list; PostgreSQL allows
 * data-modifying CTEs only there) that add `source`'s counters to both
 * rollups. `source` must select the detail key columns (already coalesced to
 * '') and the counters. Rows are upserted in key order, detail table first,
 * so concurrent writers lock rollup rows in the same order (no deadlocks).
 */
export function addToStatsCtes(source: string, name = "stats"): string {
  const overviewSums = STATS_COUNTERS.map((c) => `sum("${c}")`).join(", ")
  return `${name}_source (${quoted([...STATS_KEY, ...STATS_COUNTERS])}) as (
    ${source}
  ), ${name}_detail as (
    ${upsert(STATS_TABLE, STATS_KEY, `select * from ${name}_source order by ${positions(STATS_KEY)}`)}
    returning 1
  ), ${name}_overview as (
    ${upsert(OVERVIEW_TABLE, OVERVIEW_KEY, `select ${quoted(OVERVIEW_KEY)}, ${overviewSums} from ${name}_source
      group by ${positions(OVERVIEW_KEY)} order by ${positions(OVERVIEW_KEY)}`)}
    returning 1
  )`
}

/** A statement of its own that adds `source`'s counters to both rollups. */
export function addToStatsSql(source: string): string {
  return `with ${addToStatsCtes(source)} select 1`
}

/**
 * Key columns of a click or attribution row, '' for a missing dimension.
 * `bucket` replaces the hour (reports key raw rows by the piece of an hour they fall in).
 */
export function statsKeyOf(alias: string, bucketColumn: string, currency: string, bucket = `date_trunc('hour', ${alias}.${bucketColumn})`): string {
  return [
    bucket,
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

/** Groups a source by the detail key; the upserts in `addToStatsCtes` do the ordering. */
export const GROUP_BY_KEY = `group by ${positions(STATS_KEY)}`
