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

// Two probes (by visitor id, by IP and user agent), each on its own index.
const SAME_VISIT = `p.referral_id is not distinct from i.referral_id
        and p.utm_source is not distinct from i.utm_source
        and p.utm_medium is not distinct from i.utm_medium
        and p.utm_campaign is not distinct from i.utm_campaign
        and p.created_at > i.created_at - interval '1 hour'
        and p.created_at <= i.created_at
        and p.deleted_at is null`

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
    not i.repeat and not exists (
      select 1 from affiliate_click p
      where p.visitor_id = i.visitor_id
        and ${SAME_VISIT}
    ) and not exists (
      select 1 from affiliate_click p
      where i.agent_hash is not null and p.agent_hash = i.agent_hash
        and ${SAME_VISIT}
    ),
    i.created_at
  from input i
  returning *
), ${addToStatsCtes(`select ${statsKeyOf("c", "created_at", "''")}, ${CLICK_COUNTERS} from c ${GROUP_BY_KEY}`)}
select id, is_unique from c`

export function clickBatchJson(rows: ClickRow[]): string {
  const repeats = repeatsWithinBatch(rows)
  return JSON.stringify(rows.map((r, i) => ({ ...r, created_at: r.created_at.toISOString(), repeat: repeats[i] })))
}
