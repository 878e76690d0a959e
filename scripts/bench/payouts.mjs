// Payout run at scale: one POST /admin/affiliate-payouts over a million
// approved commissions of ten thousand partners, timed, with the server's
// memory watched while it runs, against a plain SQL copy of the same rows.
//   npm run bench:payouts                                 1,000,000 commissions, 10,000 partners
//   npm run bench:payouts -- --commissions 100000 --affiliates 1000
//
// Own database (medusa_affiliate_bench_payouts, recreated every run: a run
// consumes the commissions), migrations, then partners and approved
// commissions generated in SQL (generate_series): ~95 % EUR, ~5 % USD, amounts
// from 0.50 to 60.00, a few clawbacks, 2 % internal channels and 1 % suspended
// partners (never paid), a program minimum of 50 EUR / 50 USD. Then Medusa
// starts (`medusa start`, NODE_ENV=production) and the run is made through
// the admin route, as an operator would.
//
// Options (flag or environment variable):
//   --commissions N   BENCH_COMMISSIONS   approved ledger entries   (1,000,000)
//   --affiliates N    BENCH_AFFILIATES    partners                  (10,000)
//   --port N          BENCH_PORT          server port (default: a free one)
import { execFileSync } from "node:child_process"
import { performance } from "node:perf_hooks"
import {
  BenchError,
  connect,
  ensureAdminUser,
  fmt,
  freePort,
  http,
  login,
  machineLoad,
  medusaEnv,
  migrate,
  option,
  positive,
  prepareDatabase,
  runMain,
  seconds,
  startServer,
  table,
} from "./clicks.mjs"

const DATABASE = "medusa_affiliate_bench_payouts"
const PROGRAM = "affprog_default"
const MINIMUM = 50

/** Resident memory (MiB) of every process in the Medusa server's process group. */
function serverRssMiB(port) {
  const ps = execFileSync("ps", ["-eo", "pid=,pgid=,rss=,args="], { encoding: "utf8" })
  const rows = ps.split("\n").map((l) => l.trim().match(/^(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/)).filter(Boolean)
  const leader = rows.find((r) => r[4].includes(`start -p ${port}`))
  if (!leader) return null
  return rows.filter((r) => r[2] === leader[2]).reduce((kb, r) => kb + Number(r[3]), 0) / 1024
}

async function seed(db, { commissions, affiliates, log }) {
  let t = Date.now()
  await db.query(`update affiliate_program set payout_minimums = $1 where id = $2`, [JSON.stringify({ eur: MINIMUM, usd: MINIMUM }), PROGRAM])
  await db.query(
    `insert into affiliate (id, program_id, name, kind, status)
     select 'aff_bench_' || n, $1, 'Partner ' || n,
            case when n % 50 = 0 then 'internal' else 'external' end,
            case when n % 100 = 1 then 'suspended' else 'active' end
     from generate_series(1, $2::int) n`,
    [PROGRAM, affiliates]
  )
  log(`  ${fmt(affiliates)} partners (${fmt(Math.floor(affiliates / 50))} internal, ${fmt(Math.ceil(affiliates / 100))} suspended) in ${seconds(t)}`)
  const batch = 250_000
  t = Date.now()
  for (let from = 1; from <= commissions; from += batch) {
    const to = Math.min(commissions, from + batch - 1)
    // Deterministic amounts and spread: the same sizes give the same rows.
    await db.query(
      `insert into affiliate_commission (id, program_id, affiliate_id, entry_type, event, amount, raw_amount, currency_code, status,
                                         approved_at, is_internal, idempotency_key, created_by, created_at)
       select 'affcom_bench_' || n, $1, 'aff_bench_' || (1 + (n::bigint * 7919) % $2::int),
              case when n % 97 = 0 then 'clawback' else 'commission' end,
              'order', x.amount, jsonb_build_object('value', x.amount::text, 'precision', 20),
              case when n % 20 = 0 then 'usd' else 'eur' end, 'approved', now(),
              (1 + (n::bigint * 7919) % $2::int) % 50 = 0, 'bench:' || n, 'bench', now() - (n % 60) * interval '1 day'
       from generate_series($3::int, $4::int) n,
            lateral (select (case when n % 97 = 0 then -1 else 1 end) * round((0.5 + (hashint8(n) & 65535) / 65535.0 * 59.5)::numeric, 2) as amount) x`,
      [PROGRAM, affiliates, from, to]
    )
    log(`  commissions ${fmt(to)} / ${fmt(commissions)} (${seconds(t)})`)
  }
  await db.query(`analyze affiliate_commission; analyze affiliate; analyze affiliate_payout_item`)
}

async function main(log) {
  const commissions = option("commissions", "BENCH_COMMISSIONS", 1_000_000, positive("commissions"))
  const affiliates = option("affiliates", "BENCH_AFFILIATES", 10_000, positive("affiliates"))
  const requestedPort = option("port", "BENCH_PORT", null, positive("port"))
  log(`payout run over ${fmt(commissions)} approved commissions of ${fmt(affiliates)} partners; machine load ${machineLoad()}`)

  const { url } = await prepareDatabase({ database: DATABASE, fresh: true, log })
  const env = medusaEnv(url)
  await migrate(env, log)
  const db = await connect(url)
  await ensureAdminUser(db, env, log)
  log("generating the ledger in SQL ...")
  await seed(db, { commissions, affiliates, log })

  // What a correct run must pay: approved entries of external, active partners, per partner and currency, >= the minimum.
  const expectedSql = `
    select count(*)::int as payouts, coalesce(sum(total), 0)::text as amount, coalesce(sum(n), 0)::int as items from (
      select c.affiliate_id, c.currency_code, sum(c.amount) as total, count(*) as n
      from affiliate_commission c join affiliate a on a.id = c.affiliate_id
      where c.status = 'approved' and not c.is_internal and a.kind = 'external' and a.status = 'active'
      group by 1, 2 having sum(c.amount) >= ${MINIMUM}) t`
  let t = performance.now()
  const { rows: [expected] } = await db.query(expectedSql)
  const expectedMs = performance.now() - t

  // Baseline: copying the same rows with plain SQL, no application in between.
  t = performance.now()
  await db.query(`create temp table scratch as select id, affiliate_id, currency_code, amount from affiliate_commission where status = 'approved'`)
  const copyMs = performance.now() - t
  await db.query(`drop table scratch`)


  const port = requestedPort ?? (await freePort())
  const server = await startServer({ env, port, name: "payouts", log })
  const token = await login(server.base)
  await http(server.base, "GET", "/admin/affiliate-payouts?limit=1", { token })

  const before = serverRssMiB(port)
  let peak = before ?? 0
  const sampler = setInterval(() => {
    const now = serverRssMiB(port)
    if (now && now > peak) peak = now
  }, 100)
  log("POST /admin/affiliate-payouts ...")
  t = performance.now()
  const run = await http(server.base, "POST", "/admin/affiliate-payouts", { token, body: {} })
  const runMs = performance.now() - t
  clearInterval(sampler)

  const { rows: [made] } = await db.query(
    `select count(distinct p.id)::int as payouts, count(pi.id)::int as items,
            (select coalesce(sum(amount), 0)::text from affiliate_payout where run_id = $1) as amount
     from affiliate_payout p join affiliate_payout_item pi on pi.payout_id = p.id where p.run_id = $1`,
    [run.run_id]
  )
  // Baseline: the same item rows inserted with plain SQL into a table shaped like the payout item
  // table (same indexes, same two foreign keys), no application in between.
  await db.query(`create table bench_items (like affiliate_payout_item including all)`)
  await db.query(`alter table bench_items add foreign key (payout_id) references affiliate_payout (id), add foreign key (commission_id) references affiliate_commission (id)`)
  t = performance.now()
  const { rowCount: baselineItems } = await db.query(
    `insert into bench_items (id, payout_id, commission_id, amount, raw_amount, created_at, updated_at)
     select 'affpitem_' || upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 26)), payout_id, commission_id, amount, raw_amount, now(), now()
     from affiliate_payout_item`
  )
  const itemsMs = performance.now() - t
  await db.query(`drop table bench_items`)
  const { rows: [twice] } = await db.query(`select count(*)::int as n from (select commission_id from affiliate_payout_item group by 1 having count(*) > 1) d`)
  const matches = made.payouts === expected.payouts && made.items === expected.items && Number(made.amount) === Number(expected.amount)

  console.log("")
  console.log(table([
    ["", "time", "rows"],
    ["payout run (POST /admin/affiliate-payouts)", `${fmt(runMs / 1000, 2)} s`, `${fmt(made.payouts)} payouts, ${fmt(made.items)} items`],
    ["baseline: plain SQL copy of the approved rows", `${fmt(copyMs / 1000, 2)} s`, fmt(commissions)],
    ["baseline: plain SQL sum of what is owed", `${fmt(expectedMs / 1000, 2)} s`, `${fmt(expected.payouts)} balances`],
    ["baseline: plain SQL insert of the items alone", `${fmt(itemsMs / 1000, 2)} s`, fmt(baselineItems)],
  ], ["left", "right", "right"]))
  console.log("")
  console.log(`  ratio run / plain insert of the same items: ${fmt(runMs / itemsMs, 1)}x`)
  console.log(`  Medusa server memory (process group RSS): ${before === null ? "n/a" : `${fmt(before)} MiB before, ${fmt(peak)} MiB peak during the run (+${fmt(peak - before)} MiB)`}`)
  console.log(`  paid out: ${made.amount} in ${fmt(made.payouts)} payouts; expected ${expected.amount} in ${fmt(expected.payouts)}: ${matches ? "match" : "MISMATCH"}`)
  console.log(`  commissions in two payouts: ${twice.n}`)
  console.log(`  machine load after: ${machineLoad()}`)
  await server.stop()
  if (!matches || twice.n) throw new BenchError("The run did not pay what the ledger owes.", "Look at the figures above; this is a bug, not a slow machine.")
}

runMain("bench:payouts", main)
