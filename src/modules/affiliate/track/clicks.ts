import { addToStatsCtes, CLICK_COUNTERS, GROUP_BY_KEY, statsKeyOf } from "./stats"

/** One click as it is stored. The raw IP never gets here, only its salted hash. */
export type ClickRow = {
  id: string
  program_id: string
  affiliate_id: string | null
  referral_id: string | null
  voucher_id: string | null
  site_id: string | null
  visitor_id: string
  ip_hash: string | null
  /** Salted hash of IP and user agent (agentHash); absent for clicks written without them. */
  agent_hash?: string | null
  is_bot: boolean
  blocked_reason: string | null
  landing_path: string | null
  referrer_host: string | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  utm_term: string | null
  utm_content: string | null
  created_at: Date
}

export const UNIQUE_VISIT_MS = 60 * 60 * 1000

/**
 * A visit is "the same" when the visitor comes back through the same referral
 * or campaign: the same visitor id, or the same IP and user agent (a client
 * that picks a fresh visitor id per request is still one visitor).
 */
function visitKeys(c: ClickRow): string[] {
  const target = [c.referral_id ?? "", c.utm_source ?? "", c.utm_medium ?? "", c.utm_campaign ?? ""].join("\u0000")
  const keys = [`v\u0000${c.visitor_id}\u0000${target}`]
  if (c.agent_hash) keys.push(`a\u0000${c.agent_hash}\u0000${target}`)
  return keys
}

/** Within one batch, a later click of the same visit within the hour is a repeat. */
export function repeatsWithinBatch(rows: ClickRow[]): boolean[] {
  const lastSeen = new Map<string, number>()
  return rows.map((row) => {
    const at = row.created_at.getTime()
    let repeat = false
    for (const key of visitKeys(row)) {
      const previous = lastSeen.get(key)
      if (previous !== undefined && at - previous >= 0 && at - previous < UNIQUE_VISIT_MS) repeat = true
      lastSeen.set(key, at)
    }
    return repeat
  })
}

const COLUMNS = [
  "id text", "program_id text", "affiliate_id text", "referral_id text", "voucher_id text", "site_id text",
  "visitor_id text", "ip_hash text", "agent_hash text", "is_bot boolean", "blocked_reason text", "landing_path text",
  "referrer_host text", "utm_source text", "utm_medium text", "utm_campaign text", "utm_term text",
  "utm_content text", "created_at timestamptz", "repeat boolean",
]
const NAMES = COLUMNS.map((c) => c.split(" ")[0]).filter((n) => n !== "repeat")

/** Same referral link (or none) and the same campaign tags. */
const SAME_TARGET = `p.referral_id is not distinct from i.referral_id
        and p.utm_source is not distinct from i.utm_source
        and p.utm_medium is not distinct from i.utm_medium
        and p.utm_campaign is not distinct from i.utm_campaign`

/**
 * The visitor's (key "visitor_id") or the device's ("agent_hash") clicks in
 * the hour up to this one, written as one range of the (key, created_at)
 * index: (key, created_at) between (this key, an hour ago) and (this key,
 * now). No other index can serve that range or its order, so however the
 * planner misjudges the key (one device sending everything, no statistics
 * yet), a probe reads this visitor's or device's rows of the hour, never
 * everyone's.
 */
const hourOf = (key: string) => `(p.${key}, p.created_at) > (i.${key}, i.created_at - interval '1 hour')
        and (p.${key}, p.created_at) <= (i.${key}, i.created_at)
        and p.deleted_at is null`

/**
 * Whether the same visitor or device clicked the same referral or campaign
 * in the hour up to this click. First its latest click of the hour: a repeat
 * is nearly always of what it clicked last, and a probe with nothing to
 * filter stops at the first index entry whatever the statistics say. Only
 * when that one is of something else, any of its clicks of the hour, in
 * index order. Both are scalar subqueries with ORDER BY ... LIMIT 1, not
 * EXISTS: PostgreSQL drops the ORDER BY of an EXISTS, and a plain scan that
 * hopes to meet a match early becomes a candidate again.
 */
const seenWithinHour = (key: "visitor_id" | "agent_hash") => `(coalesce((
      select ${SAME_TARGET} from affiliate_click p
      where ${hourOf(key)}
      order by p.${key} desc, p.created_at desc
      limit 1
    ), false) or coalesce((
      select true from affiliate_click p
      where ${hourOf(key)}
        and ${SAME_TARGET}
      order by p.${key}, p.created_at
      limit 1
    ), false))`

/**
 * One statement: insert the batch, decide each click's uniqueness against
 * the visitor's (or the device's) clicks of the past hour, and add the batch to the hourly
 * rollups. One round trip, atomic: the rollup cannot miss a stored click.
 */
export const INSERT_CLICKS_SQL = `
with input as (
  select * from jsonb_to_recordset(?::jsonb) as x(${COLUMNS.join(", ")})
), c as (
  insert into affiliate_click (${NAMES.join(", ")}, is_unique, updated_at)
  select ${NAMES.map((n) => `i.${n}`).join(", ")},
    not i.repeat
      and not ${seenWithinHour("visitor_id")}
      and not (i.agent_hash is not null and ${seenWithinHour("agent_hash")}),
    i.created_at
  from input i
  returning *
), ${addToStatsCtes(`select ${statsKeyOf("c", "created_at", "''")}, ${CLICK_COUNTERS} from c ${GROUP_BY_KEY}`)}
select id, is_unique from c`

export function clickBatchJson(rows: ClickRow[]): string {
  const repeats = repeatsWithinBatch(rows)
  return JSON.stringify(rows.map((r, i) => ({ ...r, created_at: r.created_at.toISOString(), repeat: repeats[i] })))
}
