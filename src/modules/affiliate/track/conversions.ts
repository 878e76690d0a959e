import { addToStatsCtes, addToStatsSql, CLICK_COUNTERS, CONVERSION_COUNTERS, GROUP_BY_KEY, ROLLUP_TABLES, STATS_COUNTERS, STATS_KEY, statsKeyOf } from "./stats"

/** An attribution as it is stored: a registration or order, credited or rejected, with its explanation. */
export type AttributionRow = {
  id: string
  program_id: string
  conversion: "registration" | "order"
  status: "attributed" | "rejected"
  customer_id: string | null
  order_id: string | null
  affiliate_id: string | null
  referral_id: string | null
  voucher_id: string | null
  voucher_code: string | null
  click_id: string | null
  site_id: string | null
  source: "link" | "code" | "utm" | "registration" | "manual" | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  utm_term: string | null
  utm_content: string | null
  attributed_at: Date
  window_ends_at: Date | null
  order_total: string | number | null
  currency_code: string | null
  explanation: Record<string, unknown>
  idempotency_key: string
  /** Set at insert only when known then (a refused late signup); the earn workflow sets them otherwise. */
  commission_status?: string | null
  commission_reason?: string | null
  commission_detail?: string | null
  ip_hash?: string | null
}

const COLUMNS = [
  "id text", "program_id text", "conversion text", "status text", "customer_id text", "order_id text",
  "affiliate_id text", "referral_id text", "voucher_id text", "voucher_code text", "click_id text", "site_id text",
  "source text", "utm_source text", "utm_medium text", "utm_campaign text", "utm_term text", "utm_content text",
  "attributed_at timestamptz", "window_ends_at timestamptz", "order_total numeric", "currency_code text",
  "explanation jsonb", "idempotency_key text", "raw_order_total jsonb",
  "commission_status text", "commission_reason text", "commission_detail text", "ip_hash text",
]
const NAMES = COLUMNS.map((c) => c.split(" ")[0])

/**
 * One statement: store the attribution unless its idempotency key is already
 * taken, and add it to the rollup only when it was stored. A replayed or
 * concurrent event finds the key taken and changes nothing.
 */
export const INSERT_ATTRIBUTION_SQL = `
with input as (
  select * from jsonb_to_recordset(?::jsonb) as x(${COLUMNS.join(", ")})
), a as (
  insert into affiliate_attribution (${NAMES.join(", ")})
  select ${NAMES.map((n) => `i.${n}`).join(", ")} from input i
  on conflict (idempotency_key) do nothing
  returning *
), ${addToStatsCtes(`select ${statsKeyOf("a", "attributed_at", "coalesce(a.currency_code, '')")}, ${CONVERSION_COUNTERS} from a ${GROUP_BY_KEY}`)}
select id from a`

export function attributionJson(rows: AttributionRow[]): string {
  return JSON.stringify(
    rows.map((r) => ({
      ...r,
      attributed_at: r.attributed_at.toISOString(),
      window_ends_at: r.window_ends_at ? r.window_ends_at.toISOString() : null,
      order_total: r.order_total === null ? null : String(r.order_total),
      raw_order_total: r.order_total === null ? null : { value: String(r.order_total), precision: 20 },
    }))
  )
}

/**
 * Taken first by a rebuild: writers (clicks, attributions) wait until it
 * commits. Without it, a click committed between the rebuild's delete and its
 * re-aggregation would be counted twice: once by its own upsert, once by the
 * aggregate that sees its row. Readers are not blocked.
 */
export const LOCK_STATS_FOR_REBUILD_SQL = `lock table ${ROLLUP_TABLES.join(", ")} in share row exclusive mode`

/**
 * Recomputes the rollup for a time range from the raw tables (for a backfill
 * or after restoring data), whole hours only. Deletes the range's buckets and adds them again
 * in one transaction, so readers see either the old or the new figures.
 */
export const REBUILD_STATS_SQL = [
  ...ROLLUP_TABLES.map((table) => `delete from ${table} where bucket >= ?::timestamptz and bucket < ?::timestamptz`),
  addToStatsSql(`select ${statsKeyOf("c", "created_at", "''")}, ${CLICK_COUNTERS} from affiliate_click c
    where c.deleted_at is null and c.created_at >= ?::timestamptz and c.created_at < ?::timestamptz ${GROUP_BY_KEY}`),
  addToStatsSql(`select ${statsKeyOf("a", "attributed_at", "coalesce(a.currency_code, '')")}, ${CONVERSION_COUNTERS} from affiliate_attribution a
    where a.deleted_at is null and a.attributed_at >= ?::timestamptz and a.attributed_at < ?::timestamptz ${GROUP_BY_KEY}`),
]

/** Deletes attributions and takes them out of the rollup, in one statement (a workflow's compensation). */
export const DELETE_ATTRIBUTIONS_SQL = `
with a as (
  delete from affiliate_attribution where id in (select jsonb_array_elements_text(?::jsonb)) returning *
), grouped as (
  select * from (select ${statsKeyOf("a", "attributed_at", "coalesce(a.currency_code, '')")}, ${CONVERSION_COUNTERS} from a ${GROUP_BY_KEY})
    as t(${[...STATS_KEY, ...STATS_COUNTERS].join(", ")})
), ${addToStatsCtes(`select ${STATS_KEY.join(", ")}, ${STATS_COUNTERS.map((c) => `-${c}`).join(", ")} from grouped`)}
select 1`
