// Report speed: the hourly rollup behind GET /admin/affiliate-reports against
// the same questions asked of the raw click and attribution tables.
//   npm run bench:reports                      5,000,000 clicks, 200,000 orders (first run generates them)
//   npm run bench:reports -- --clicks 500000   a quick run at a tenth of the size
//   npm run bench:reports -- --fresh           regenerate the data
//
// Own database (medusa_affiliate_bench_reports), migrations, then data
// generated directly in SQL (generate_series, deterministic hashes: the same
// sizes give the same rows): ~90 days of clicks over ~2,000 referrals of ~500
// partners on 3 sites, a few dozen campaigns, ~12% UTM-only landings of the
// store's own marketing, ~3% bots, visitors who come back, in-hour repeats,
// plus order and registration attributions on those clicks. The rollup is
// then built by the module's own `rebuildStats` (medusa exec
// ./src/scripts/bench-rebuild-stats.ts). Then Medusa starts (`medusa start`,
// NODE_ENV=production) and each question is timed through the admin route
// (HTTP included) and as a plain SQL aggregate over the raw tables.
//
// Options (flag or environment variable):
//   --clicks N         BENCH_CLICKS          clicks                      (5,000,000)
//   --orders N         BENCH_ORDERS          order attributions          (200,000)
//   --registrations N  BENCH_REGISTRATIONS   registration attributions   (orders / 10)
//   --affiliates N     BENCH_AFFILIATES      partners                    (500)
//   --referrals N      BENCH_REFERRALS       referral links              (2,000)
//   --days N           BENCH_DAYS            days of traffic             (90)
//   --batch N          BENCH_BATCH           rows per INSERT             (250,000)
//   --runs N           BENCH_RUNS            timed runs per question     (20)
//   --warmups N        BENCH_WARMUPS         untimed runs first          (2)
//   --port N           BENCH_PORT            server port (default: a free one)
//   --fresh                                  regenerate the data even if it is there
//   --rebuild                                rebuild the rollup even if it is there
// Data of the same sizes is reused; different sizes regenerate it.
import { performance } from "node:perf_hooks"
import {
  BenchError,
  connect,
  ensureAdminUser,
  flag,
  fmt,
  freePort,
  http,
  login,
  machineLoad,
  medusa,
  medusaEnv,
  migrate,
  option,
  percentile,
  positive,
  prepareDatabase,
  runMain,
  seconds,
  startServer,
  table,
} from "./clicks.mjs"

const DATABASE = "medusa_affiliate_bench_reports"
const PROGRAM = "affprog_default"
/** Bump when the generator changes, so old data is regenerated. */
const GENERATOR_VERSION = 1

const SITES = [
  { id: "affsite_bench_1", name: "Nordic Outdoor", domain: "nordic-outdoor.example.com", currency: "eur", locale: "nb-NO" },
  { id: "affsite_bench_2", name: "Alpine Gear", domain: "alpine-gear.example.com", currency: "eur", locale: "de-AT" },
  { id: "affsite_bench_3", name: "Trail Supply US", domain: "trail-supply.example.com", currency: "usd", locale: "en-US" },
]
const SOURCES = ["instagram", "youtube", "tiktok", "blog", "newsletter", "pinterest", "podcast", "facebook"]
const MEDIUMS = { instagram: "social", youtube: "video", tiktok: "social", blog: "affiliate", newsletter: "email", pinterest: "social", podcast: "audio", facebook: "social" }
const THEMES = ["trail-running", "camping", "climbing", "winter", "kids", "sale"]
const PERIODS = ["2026-q3", "2026-q4", "autumn", "black-friday", "spring", "evergreen"]
const CAMPAIGNS = THEMES.flatMap((t) => PERIODS.map((p) => `${t}-${p}`)) // 36
const OWN = [
  { source: "google", medium: "cpc" },
  { source: "newsletter", medium: "email" },
  { source: "facebook", medium: "paid-social" },
  { source: "bing", medium: "cpc" },
]
const PRODUCTS = ["/", "/products/tent-4p", "/products/sleeping-bag", "/products/trail-shoes", "/products/rain-jacket", "/collections/sale", "/products/headlamp"]
const REFERRERS = ["l.instagram.com", "www.youtube.com", "www.tiktok.com", "t.co", "www.google.com", "www.facebook.com", null, null]

const sqlArray = (values) => `array[${values.map((v) => (v === null ? "null" : `'${v.replace(/'/g, "''")}'`)).join(", ")}]::text[]`
const pick = (array, u) => `(${array})[1 + floor(${u} * array_length(${array}, 1))::int]`

/** Pseudo-random uniform [0,1) from (n, k): the same every run, cheap, inlined by the planner. */
const HELPERS = `
  create schema if not exists bench;
  create or replace function bench.u(n bigint, k bigint) returns double precision
    language sql immutable parallel safe
    as $$ select ((hashint8extended(n, k) >> 11) & 4503599627370495)::float8 / 4503599627370496.0 $$;
  create table if not exists bench.meta (key text primary key, value jsonb not null);
  create table if not exists bench.referral (
    idx int primary key, id text not null, affiliate_id text not null, site_id text not null,
    utm_source text, utm_medium text, utm_campaign text, blocked_reason text);`

async function getMeta(db) {
  const { rows } = await db.query(`select value from bench.meta where key = 'data'`)
  return rows[0]?.value ?? null
}
const setMeta = (db, value) =>
  db.query(`insert into bench.meta (key, value) values ('data', $1) on conflict (key) do update set value = excluded.value`, [value])

/**
 * Loading millions of rows through five random-order indexes is slow (each
 * batch slower than the last once the indexes outgrow shared_buffers), so
 * the click table's secondary indexes are dropped for the load and built
 * again afterwards from their own definitions, saved first in bench.meta so
 * that an interrupted run puts them back on its next start.
 */
async function dropClickIndexes(db) {
  const { rows } = await db.query(
    `select i.indexname, i.indexdef from pg_indexes i
     where i.schemaname = 'public' and i.tablename = 'affiliate_click'
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`
  )
  await db.query(
    `insert into bench.meta (key, value) values ('dropped_indexes', $1)
     on conflict (key) do update set value = bench.meta.value || excluded.value`,
    [JSON.stringify(rows.map((r) => r.indexdef))]
  )
  for (const r of rows) await db.query(`drop index if exists "${r.indexname.replace(/"/g, '""')}"`)
  return rows.length
}

async function restoreClickIndexes(db, log) {
  const { rows } = await db.query(`select value from bench.meta where key = 'dropped_indexes'`)
  const defs = [...new Set(rows[0]?.value ?? [])]
  if (!defs.length) return 0
  const t = Date.now()
  await db.query(`set maintenance_work_mem = '512MB'`)
  for (const def of defs) {
    await db.query(def.replace(/^CREATE (UNIQUE )?INDEX /, (m) => `${m}IF NOT EXISTS `))
  }
  await db.query(`reset maintenance_work_mem`)
  await db.query(`delete from bench.meta where key = 'dropped_indexes'`)
  log(`  built ${defs.length} indexes on affiliate_click in ${seconds(t)}`)
  return Date.now() - t
}

async function counts(db) {
  const { rows: [r] } = await db.query(`select
    (select count(*) from affiliate_click) as clicks,
    (select count(*) from affiliate_attribution where conversion = 'order') as orders,
    (select count(*) from affiliate_attribution where conversion = 'registration') as registrations,
    (select count(*) from affiliate_stats_hourly) as rollup_rows,
    (select count(*) from affiliate_stats_site_hourly) as overview_rows`)
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)]))
}

// ---------------------------------------------------------------- generation

async function generate(db, p, log) {
  const anchor = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString()
  const started = Date.now()
  log(`generating: ${fmt(p.clicks)} clicks, ${fmt(p.orders)} orders, ${fmt(p.registrations)} registrations over ${p.days} days up to ${anchor}`)
  await setMeta(db, { ...p, anchor, complete: false })
  await db.query(`set synchronous_commit = off`)

  let t = Date.now()
  await db.query(`truncate affiliate_click, affiliate_attribution, affiliate_stats_hourly, affiliate_stats_site_hourly, bench.referral`)
  await db.query(`delete from affiliate_referral where id like 'affref_bench_%'`)
  await db.query(`delete from affiliate_status_change where affiliate_id like 'aff_bench_%'`)
  await db.query(`delete from affiliate where id like 'aff_bench_%'`)
  await db.query(`delete from affiliate_site where id like 'affsite_bench_%'`)
  log(`  emptied the click, attribution and rollup tables (${seconds(t)})`)

  t = Date.now()
  for (const s of SITES) {
    await db.query(
      `insert into affiliate_site (id, program_id, name, domain, landing_url, locale, status) values ($1, $2, $3, $4, $5, $6, 'active')`,
      [s.id, PROGRAM, s.name, s.domain, `https://${s.domain}/`, s.locale]
    )
  }
  // Partners: mostly active external ones, a few internal channels, some suspended or disabled.
  await db.query(
    `insert into affiliate (id, program_id, kind, status, name, email, created_at, updated_at)
     select 'aff_bench_' || lpad(i::text, 5, '0'), $1,
       case when bench.u(i, 1) < 0.05 then 'internal' else 'external' end,
       case when bench.u(i, 2) < 0.03 then 'suspended' when bench.u(i, 2) < 0.05 then 'disabled' else 'active' end,
       'Bench Partner ' || i, 'partner' || i || '@bench.example.com',
       $3::timestamptz - interval '1 year', $3::timestamptz - interval '1 year'
     from generate_series(1, $2::int) i`,
    [PROGRAM, p.affiliates, anchor]
  )
  // Referral links: each on one site with its own UTM defaults; a few archived.
  await db.query(
    `insert into bench.referral (idx, id, affiliate_id, site_id, utm_source, utm_medium, utm_campaign, blocked_reason)
     select j, 'affref_bench_' || lpad(j::text, 6, '0'),
       'aff_bench_' || lpad((1 + (j - 1) % $1::int)::text, 5, '0'),
       ${pick(sqlArray(SITES.map((s) => s.id)), "bench.u(j, 11)")},
       src.s, (${`jsonb_build_object(${Object.entries(MEDIUMS).map(([k, v]) => `'${k}', '${v}'`).join(", ")})`}) ->> src.s,
       ${pick(sqlArray(CAMPAIGNS), "bench.u(j, 13)")},
       case when a.status <> 'active' then 'affiliate_' || a.status when bench.u(j, 14) < 0.03 then 'referral_archived' end
     from generate_series(1, $2::int) j
     cross join lateral (select ${pick(sqlArray(SOURCES), "bench.u(j, 12)")} as s) src
     join affiliate a on a.id = 'aff_bench_' || lpad((1 + (j - 1) % $1::int)::text, 5, '0')`,
    [p.affiliates, p.referrals]
  )
  await db.query(
    `insert into affiliate_referral (id, affiliate_id, site_id, name, slug, landing_path, utm_source, utm_medium, utm_campaign, status, created_at, updated_at)
     select id, affiliate_id, site_id, initcap(utm_source) || ' ' || idx, 'bench-' || idx, '/', utm_source, utm_medium, utm_campaign,
       case when blocked_reason = 'referral_archived' then 'archived' else 'active' end,
       $1::timestamptz - interval '1 year', $1::timestamptz - interval '1 year'
     from bench.referral`,
    [anchor]
  )
  log(`  ${SITES.length} sites, ${fmt(p.affiliates)} partners, ${fmt(p.referrals)} referral links (${seconds(t)})`)

  // Clicks. Every 12th click repeats the one before it a few minutes later
  // (same visitor, link and campaign: not unique); the others are unique.
  // Popular links get most of the traffic (a power law), recent days a bit
  // more than old ones, afternoons and evenings (UTC) more than nights.
  const visitors = Math.max(1000, Math.round(p.clicks * 0.35))
  const clickSql = `
    insert into affiliate_click (id, program_id, affiliate_id, referral_id, voucher_id, site_id, visitor_id, ip_hash, is_bot, is_unique,
      blocked_reason, landing_path, referrer_host, utm_source, utm_medium, utm_campaign, utm_term, utm_content, created_at, updated_at)
    select 'affclk_bench_' || lpad(g.n::text, 10, '0'), '${PROGRAM}',
      case when own then null else r.affiliate_id end,
      case when own then null else r.id end,
      null,
      case when own then ${pick(sqlArray(SITES.map((s) => s.id)), "bench.u(b, 20)")} else r.site_id end,
      'bv_' || lpad(v::text, 9, '0'),
      md5('ip' || v),
      bench.u(b, 11) < 0.03,
      g.n = b,
      case when own then null else r.blocked_reason end,
      ${pick(sqlArray(PRODUCTS), "bench.u(b, 21)")},
      ${pick(sqlArray(REFERRERS), "bench.u(b, 22)")},
      case when own then ${pick(sqlArray(OWN.map((o) => o.source)), "bench.u(b, 23)")} else r.utm_source end,
      case when own then ${pick(sqlArray(OWN.map((o) => o.medium)), "bench.u(b, 23)")} else r.utm_medium end,
      case when own or bench.u(b, 24) < 0.10 then ${pick(sqlArray(CAMPAIGNS), "bench.u(b, 25)")} else r.utm_campaign end,
      null,
      case when bench.u(b, 26) < 0.4 then 'post-' || floor(bench.u(b, 27) * 12)::int end,
      at, at
    from generate_series($1::bigint, $2::bigint) as g(n)
    cross join lateral (select case when g.n % 12 = 0 and g.n > 1 then g.n - 1 else g.n end as b) base
    cross join lateral (select
      bench.u(b, 2) < 0.12 as own,
      1 + floor($4::int * power(bench.u(b, 1), 2.2))::int as ref_idx,
      floor($5::int * power(bench.u(b, 10), 1.3))::bigint as v,
      least(
        $3::timestamptz
          - (1 + floor($6::int * power(bench.u(b, 3), 1.15))::int) * interval '1 day'
          + mod(1440 + 780 + floor((bench.u(b, 4) + bench.u(b, 5) + bench.u(b, 6) + bench.u(b, 7) - 2) * 400)::int, 1440) * interval '1 minute'
          + floor(bench.u(b, 8) * 60) * interval '1 second'
          + case when g.n = b then interval '0' else (1 + floor(bench.u(g.n, 9) * 20)) * interval '1 minute' end,
        $3::timestamptz - interval '1 second') as at
    ) x
    join bench.referral r on r.idx = x.ref_idx`
  t = Date.now()
  const dropped = await dropClickIndexes(db)
  log(`  dropped ${dropped} secondary indexes of affiliate_click for the load (rebuilt after it)`)
  for (let lo = 1; lo <= p.clicks; lo += p.batch) {
    const hi = Math.min(p.clicks, lo + p.batch - 1)
    await db.query(clickSql, [lo, hi, anchor, p.referrals, visitors, p.days])
    const rate = hi / ((Date.now() - t) / 1000)
    log(`  clicks ${fmt(hi).padStart(11)} / ${fmt(p.clicks)} (${Math.round((100 * hi) / p.clicks)}%), ${fmt(rate)} rows/s, about ${fmt((p.clicks - hi) / rate)} s left`)
  }
  const loadMs = Date.now() - t
  const indexMs = await restoreClickIndexes(db, log)
  const clickMs = Date.now() - t

  // Conversions land on existing clicks: the click's link, partner, site and
  // tags, some hours or days later. A bot's click never converts: its share
  // becomes code orders (a voucher typed at checkout, no click). Rejected
  // ones: blocked links and ~4% of the rest (self-referral, window passed).
  const attributionSql = (conversion, seed) => `
    insert into affiliate_attribution (id, program_id, conversion, status, customer_id, order_id, affiliate_id, referral_id, voucher_id,
      voucher_code, click_id, site_id, source, utm_source, utm_medium, utm_campaign, utm_term, utm_content, attributed_at, window_ends_at,
      order_total, currency_code, explanation, idempotency_key, raw_order_total, created_at, updated_at)
    select 'affattr_bench_${conversion.slice(0, 3)}_' || lpad(i::text, 9, '0'), '${PROGRAM}', '${conversion}',
      case when c.blocked_reason is not null or bench.u(i, ${seed + 3}) < 0.04 then 'rejected' else 'attributed' end,
      'cus_bench_' || lpad(floor(bench.u(i, ${seed + 4}) * $3::int)::text, 8, '0'),
      ${conversion === "order" ? `'order_bench_' || lpad(i::text, 9, '0')` : "null"},
      c.affiliate_id, c.referral_id, null,
      case when c.is_bot and c.referral_id is not null then upper(replace(c.referral_id, 'affref_bench_', 'BENCH')) end,
      case when c.is_bot then null else c.id end,
      c.site_id,
      case when c.referral_id is null then 'utm' when c.is_bot then 'code' else 'link' end,
      c.utm_source, c.utm_medium, c.utm_campaign, c.utm_term, c.utm_content,
      at, c.created_at + interval '30 days',
      ${conversion === "order" ? "total" : "null"},
      ${conversion === "order" ? `case when c.site_id = '${SITES[2].id}' then 'usd' else 'eur' end` : "null"},
      jsonb_build_object('model', 'last_touch', 'source', case when c.referral_id is null then 'utm' when c.is_bot then 'code' else 'link' end, 'bench', true),
      'bench:${conversion}:' || i,
      ${conversion === "order" ? `jsonb_build_object('value', total::text, 'precision', 20)` : "null"},
      at, at
    from generate_series($1::bigint, $2::bigint) as i
    cross join lateral (select 1 + floor(bench.u(i, ${seed + 1}) * $5::bigint)::bigint as n) pickc
    join affiliate_click c on c.id = 'affclk_bench_' || lpad(pickc.n::text, 10, '0')
    cross join lateral (select
      least(c.created_at + power(bench.u(i, ${seed + 2}), 2) * interval '72 hours', $4::timestamptz - interval '1 second') as at,
      round((15 + power(bench.u(i, ${seed + 5}), 2) * 385)::numeric, 2) as total) x`
  t = Date.now()
  for (const [conversion, total, seed] of [["order", p.orders, 100], ["registration", p.registrations, 200]]) {
    for (let lo = 1; lo <= total; lo += p.batch) {
      const hi = Math.min(total, lo + p.batch - 1)
      await db.query(attributionSql(conversion, seed), [lo, hi, Math.max(1000, Math.round(p.orders * 0.7)), anchor, p.clicks])
      log(`  ${conversion}s ${fmt(hi).padStart(9)} / ${fmt(total)}`)
    }
  }
  const attributionMs = Date.now() - t

  t = Date.now()
  log("  vacuum analyze (as autovacuum would have by now) ...")
  await db.query(`vacuum (analyze) affiliate_click`)
  await db.query(`vacuum (analyze) affiliate_attribution`)
  await db.query(`analyze affiliate, affiliate_referral, affiliate_site`)
  const vacuumMs = Date.now() - t

  const generation = { clickMs, loadMs, indexMs, attributionMs, vacuumMs, totalMs: Date.now() - started }
  await setMeta(db, { ...p, anchor, complete: true, generation })
  log(`  generated in ${seconds(started)} (clicks ${fmt(clickMs / 1000, 1)} s of which indexes ${fmt(indexMs / 1000, 1)} s, attributions ${fmt(attributionMs / 1000, 1)} s, vacuum ${fmt(vacuumMs / 1000, 1)} s)`)
  return { ...p, anchor, complete: true, generation }
}

async function buildRollup(db, env, meta, log) {
  const from = new Date(Date.parse(meta.anchor) - (meta.days + 2) * 86_400_000).toISOString()
  const to = new Date(Date.parse(meta.anchor) + 86_400_000).toISOString()
  log(`building the rollup with the module's rebuildStats (medusa exec ./src/scripts/bench-rebuild-stats.ts ${from} ${to}) ...`)
  const t = Date.now()
  const result = await medusa(["exec", "./src/scripts/bench-rebuild-stats.ts", from, to], env)
  const line = result.output.split("\n").find((l) => l.startsWith("BENCH_REBUILD "))
  if (result.code !== 0 || !line) {
    console.log(result.output.trim().split("\n").slice(-30).join("\n"))
    throw new BenchError(`Rebuilding the rollup failed (exit ${result.code}); the output is above.`, "Fix the cause and run again (the data is kept), or use --fresh.")
  }
  const rebuilt = JSON.parse(line.slice("BENCH_REBUILD ".length))
  await db.query(`vacuum (analyze) affiliate_stats_hourly, affiliate_stats_site_hourly`)
  const rollup = { rebuildMs: rebuilt.ms, execMs: Date.now() - t, from: rebuilt.from, to: rebuilt.to }
  await setMeta(db, { ...meta, rollup })
  log(`  rollup built: rebuildStats ${fmt(rebuilt.ms / 1000, 1)} s (medusa exec with app boot and vacuum ${seconds(t)})`)
  return { ...meta, rollup }
}

// ---------------------------------------------------------------- questions

const DAY = 86_400_000
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10)

/**
 * The raw-table version of a report: clicks and conversions grouped by the
 * same dimensions over the same local-day range. `dims` are SQL expressions
 * over a table alias `t` and a time column `ts`.
 */
function rawStatements(dims, { timezone, from, to, affiliateId }) {
  const range = (ts) =>
    `${ts} >= ($1::date::timestamp at time zone $3::text) and ${ts} < (($2::date + 1)::timestamp at time zone $3::text)`
  const filter = affiliateId ? ` and t.affiliate_id = $4` : ""
  const params = affiliateId ? [from, to, timezone, affiliateId] : [from, to, timezone]
  const select = (ts) => dims.map((d, i) => `${d(ts)} as d${i}`).join(", ")
  const groups = dims.map((_, i) => i + 1)
  return [
    {
      sql: `select ${select("t.created_at")}${dims.length ? "," : ""}
          count(*) filter (where not t.is_bot) as clicks,
          count(*) filter (where t.is_unique and not t.is_bot) as unique_clicks,
          count(*) filter (where t.is_bot) as bot_clicks
        from affiliate_click t
        where t.deleted_at is null and ${range("t.created_at")}${filter}
        ${groups.length ? `group by ${groups.join(", ")}` : ""}`,
      params,
    },
    {
      sql: `select ${select("t.attributed_at")}${dims.length ? "," : ""} t.currency_code,
          count(*) filter (where t.status = 'attributed' and t.conversion = 'registration') as registrations,
          count(*) filter (where t.status = 'attributed' and t.conversion = 'order') as orders,
          coalesce(sum(t.order_total) filter (where t.status = 'attributed' and t.conversion = 'order'), 0) as revenue,
          count(*) filter (where t.status = 'rejected' and t.conversion = 'registration') as rejected_registrations,
          count(*) filter (where t.status = 'rejected' and t.conversion = 'order') as rejected_orders
        from affiliate_attribution t
        where t.deleted_at is null and ${range("t.attributed_at")}${filter}
        group by ${[...groups, dims.length + 1].join(", ")}`,
      params,
    },
  ]
}

const FIGURES = ["clicks", "unique_clicks", "bot_clicks", "registrations", "orders", "rejected_registrations", "rejected_orders"]

function rawTotals(results, dimCount) {
  const totals = Object.fromEntries(FIGURES.map((f) => [f, 0]))
  totals.revenue = {}
  const groups = new Set()
  for (const rows of results) {
    for (const row of rows) {
      groups.add(Array.from({ length: dimCount }, (_, i) => row[`d${i}`] ?? "").join("\u0000"))
      for (const f of FIGURES) if (row[f] !== undefined) totals[f] += Number(row[f])
      if (row.currency_code && Number(row.revenue)) totals.revenue[row.currency_code] = (totals.revenue[row.currency_code] ?? 0) + Number(row.revenue)
    }
  }
  return { totals, groups: groups.size }
}

/** Do the route's totals equal the raw tables'? Returns "" when they do, else what differs. */
function compare(route, raw) {
  const diffs = []
  for (const f of FIGURES) if (Number(route.totals[f]) !== raw.totals[f]) diffs.push(`${f} ${route.totals[f]} vs ${raw.totals[f]}`)
  const currencies = new Set([...Object.keys(route.totals.revenue ?? {}), ...Object.keys(raw.totals.revenue)])
  for (const c of currencies) {
    const a = Number(route.totals.revenue?.[c] ?? 0).toFixed(2)
    const b = Number(raw.totals.revenue[c] ?? 0).toFixed(2)
    if (a !== b) diffs.push(`revenue ${c} ${a} vs ${b}`)
  }
  return diffs.join("; ")
}

async function main(log) {
  const count = (name) => positive(name)
  const p = {
    version: GENERATOR_VERSION,
    clicks: option("clicks", "BENCH_CLICKS", 5_000_000, count("clicks")),
    orders: option("orders", "BENCH_ORDERS", 200_000, count("orders")),
    registrations: null,
    affiliates: option("affiliates", "BENCH_AFFILIATES", 500, count("affiliates")),
    referrals: option("referrals", "BENCH_REFERRALS", 2_000, count("referrals")),
    days: option("days", "BENCH_DAYS", 90, count("days")),
  }
  p.registrations = option("registrations", "BENCH_REGISTRATIONS", Math.max(1, Math.round(p.orders / 10)), count("registrations"))
  const batch = option("batch", "BENCH_BATCH", 250_000, count("batch"))
  const runs = option("runs", "BENCH_RUNS", 20, count("runs"))
  const warmups = option("warmups", "BENCH_WARMUPS", 2, (v) => (Number(v) === 0 ? 0 : positive("warmups")(v)))
  const requestedPort = option("port", "BENCH_PORT", null, count("port"))
  if (p.days < 31) throw new BenchError("--days must be at least 31: the questions cover the last 30 days.", "Use --days 90 (the default).")
  if (p.referrals < p.affiliates) throw new BenchError("--referrals must be at least --affiliates (every partner has a link).", "For example --affiliates 500 --referrals 2000")

  log(machineLoad())
  const { url } = await prepareDatabase({ database: DATABASE, fresh: false, log })
  const env = medusaEnv(url)
  await migrate(env, log)
  const db = await connect(url)
  await db.query(HELPERS)
  // An interrupted generation leaves the click indexes dropped: put them back first.
  if (await restoreClickIndexes(db, log)) log("  (they had been left dropped by an interrupted run)")

  // Reuse the data when it was made with the same sizes and is all there.
  let meta = await getMeta(db)
  const same = meta && meta.complete && ["version", "clicks", "orders", "registrations", "affiliates", "referrals", "days"].every((k) => meta[k] === p[k])
  let have = await counts(db)
  const intact = same && have.clicks === p.clicks && have.orders === p.orders && have.registrations === p.registrations
  if (flag("fresh") || !intact) {
    if (!flag("fresh") && meta) log(`the data in ${DATABASE} ${same ? "is incomplete" : "was made with other sizes"}; regenerating it`)
    meta = await generate(db, { ...p, batch }, log)
    have = await counts(db)
  } else {
    log(`reusing the data from ${meta.anchor.slice(0, 16)}Z: ${fmt(have.clicks)} clicks, ${fmt(have.orders)} orders, ${fmt(have.registrations)} registrations (--fresh regenerates it)`)
  }
  if (flag("rebuild") || !meta.rollup || have.rollup_rows === 0 || have.overview_rows === 0) {
    meta = await buildRollup(db, env, meta, log)
    have = await counts(db)
  } else {
    log(`reusing the rollup (${fmt(have.rollup_rows)} rows; --rebuild builds it again)`)
  }
  const { rows: [sizes] } = await db.query(`select
    pg_total_relation_size('affiliate_click') as clicks, pg_total_relation_size('affiliate_attribution') as attributions,
    pg_total_relation_size('affiliate_stats_hourly') as rollup, pg_total_relation_size('affiliate_stats_site_hourly') as overview`)

  await ensureAdminUser(db, env, log)
  const port = requestedPort ?? (await freePort())
  const server = await startServer({ env, port, name: "reports", log })
  const token = await login(server.base)

  // The last 30 complete-or-current days of the data, and its busiest partner.
  const lastMs = Date.parse(meta.anchor) - 1000
  const to = isoDay(lastMs)
  const from = isoDay(Date.parse(to) - 29 * DAY)
  const { rows: [busiest] } = await db.query(
    `select affiliate_id, count(*) as n from affiliate_click where affiliate_id is not null and created_at >= $1::date and created_at < $2::date + 1
     group by 1 order by 2 desc limit 1`,
    [from, to]
  )
  log(`questions cover ${from} .. ${to}; the partner asked about is ${busiest.affiliate_id} (${fmt(Number(busiest.n))} clicks in the period, the busiest)`)

  const col = (name) => () => `t.${name}`
  const day = (ts) => `to_char(${ts} at time zone $3::text, 'YYYY-MM-DD')`
  const questions = [
    { name: "traffic by day, 30 days, UTC", query: { by: "day", timezone: "UTC" }, dims: [day], days: true },
    { name: "traffic by day, 30 days, Europe/Berlin", query: { by: "day", timezone: "Europe/Berlin" }, dims: [day], days: true },
    {
      name: "one partner by referral link, 30 days",
      query: { by: "referral", timezone: "UTC", affiliate_id: busiest.affiliate_id },
      dims: [col("referral_id")],
      affiliateId: busiest.affiliate_id,
    },
    {
      name: "campaigns (source/medium/campaign), 30 days",
      query: { by: "utm_source,utm_medium,utm_campaign", timezone: "UTC" },
      dims: [col("utm_source"), col("utm_medium"), col("utm_campaign")],
    },
    { name: "sites, 30 days", query: { by: "site", timezone: "UTC" }, dims: [col("site_id")] },
  ]

  const results = []
  for (const q of questions) {
    const qs = new URLSearchParams({ from, to, ...q.query }).toString()
    const statements = rawStatements(q.dims, { timezone: q.query.timezone, from, to, affiliateId: q.affiliateId })
    const askRoute = async () => {
      const t = performance.now()
      const res = await fetch(`${server.base}/admin/affiliate-reports?${qs}`, { headers: { authorization: `Bearer ${token}` } })
      const body = await res.json()
      const ms = performance.now() - t
      if (!res.ok) {
        throw new BenchError(`GET /admin/affiliate-reports?${qs} answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`, "Check the route (src/api/admin/affiliate-reports).")
      }
      return { ms, body }
    }
    const askRaw = async () => {
      const t = performance.now()
      const out = []
      for (const s of statements) out.push((await db.query(s.sql, s.params)).rows)
      return { ms: performance.now() - t, rows: out }
    }
    log(`${q.name}: ${warmups} warm-up + ${runs} timed runs each, route and raw SQL alternating ...`)
    let lastRoute
    let lastRaw
    for (let i = 0; i < warmups; i++) {
      lastRoute = await askRoute()
      lastRaw = await askRaw()
    }
    const routeMs = []
    const rawMs = []
    for (let i = 0; i < runs; i++) {
      lastRoute = await askRoute()
      routeMs.push(lastRoute.ms)
      lastRaw = await askRaw()
      rawMs.push(lastRaw.ms)
    }
    routeMs.sort((a, b) => a - b)
    rawMs.sort((a, b) => a - b)
    const raw = rawTotals(lastRaw.rows, q.dims.length)
    const routeRows = q.days ? lastRoute.body.rows.filter((r) => FIGURES.some((f) => r[f])).length : lastRoute.body.rows.length
    let mismatch = compare(lastRoute.body, raw)
    if (routeRows !== raw.groups) mismatch = [mismatch, `${routeRows} rows vs ${raw.groups} groups`].filter(Boolean).join("; ")
    const r = {
      name: q.name,
      route: { p50: percentile(routeMs, 50), p95: percentile(routeMs, 95) },
      raw: { p50: percentile(rawMs, 50), p95: percentile(rawMs, 95) },
      rows: lastRoute.body.rows.length,
      clicks: lastRoute.body.totals.clicks + lastRoute.body.totals.bot_clicks,
      mismatch,
    }
    log(
      `  route p50 ${fmt(r.route.p50, 1)} ms, p95 ${fmt(r.route.p95, 1)} ms; raw p50 ${fmt(r.raw.p50, 1)} ms, p95 ${fmt(r.raw.p95, 1)} ms; ` +
        `${r.rows} rows, ${fmt(r.clicks)} clicks; ${mismatch ? `MISMATCH: ${mismatch}` : "same figures"}`
    )
    results.push(r)
  }
  await server.stop()

  const mb = (bytes) => `${fmt(Number(bytes) / 1024 / 1024)} MB`
  console.log("")
  console.log(`Reports: hourly rollup (GET /admin/affiliate-reports, HTTP included) vs the same aggregate over the raw tables (SQL only)`)
  console.log(`${runs} timed runs per question after ${warmups} warm-up run(s); period ${from} .. ${to}`)
  console.log("")
  console.log(
    table(
      [
        ["question", "rollup p50", "rollup p95", "raw p50", "raw p95", "speed-up (p50)", "rows", "figures"],
        ...results.map((r) => [
          r.name,
          `${fmt(r.route.p50, 1)} ms`,
          `${fmt(r.route.p95, 1)} ms`,
          `${fmt(r.raw.p50, 1)} ms`,
          `${fmt(r.raw.p95, 1)} ms`,
          `${fmt(r.raw.p50 / r.route.p50, 1)}x`,
          String(r.rows),
          r.mismatch ? "DIFFER" : "same",
        ]),
      ],
      ["l"]
    )
  )
  console.log("")
  console.log(
    `rows: ${fmt(have.clicks)} clicks (${mb(sizes.clicks)} with indexes), ${fmt(have.orders + have.registrations)} attributions ` +
      `(${fmt(have.orders)} orders, ${fmt(have.registrations)} registrations; ${mb(sizes.attributions)}), ${fmt(have.rollup_rows)} detail rollup rows (${mb(sizes.rollup)}), ${fmt(have.overview_rows)} overview rollup rows (${mb(sizes.overview)})`
  )
  const g = meta.generation
  if (g) {
    console.log(
      `generation (${meta.anchor.slice(0, 10)}): ${fmt(g.totalMs / 1000, 1)} s in all; clicks ${fmt(g.clickMs / 1000, 1)} s ` +
        `(${fmt(meta.clicks / (g.clickMs / 1000))} rows/s; insert ${fmt((g.loadMs ?? 0) / 1000, 1)} s + index build ${fmt((g.indexMs ?? 0) / 1000, 1)} s), attributions ${fmt(g.attributionMs / 1000, 1)} s, vacuum analyze ${fmt(g.vacuumMs / 1000, 1)} s`
    )
  }
  if (meta.rollup) {
    console.log(`rollup build: rebuildStats ${fmt(meta.rollup.rebuildMs / 1000, 1)} s (the whole medusa exec, with app boot and vacuum: ${fmt(meta.rollup.execMs / 1000, 1)} s)`)
  }
  console.log("")
  console.log(`machine at the end: ${machineLoad()}`)
  console.log("")
  const differ = results.filter((r) => r.mismatch)
  if (differ.length) {
    throw new BenchError(
      `The rollup and the raw tables disagree on: ${differ.map((r) => r.name).join(", ")}.`,
      "Rebuild the rollup (--rebuild); if they still differ, the rollup SQL (src/modules/affiliate/track) has a bug."
    )
  }
}

runMain("bench:reports", main)
