/**
 * Commissions per second from replayed order.placed events, for
 * `npm run bench:commissions`. Runs in a database seeded with the demo (real
 * orders placed through Medusa's createOrderWorkflow, commission rules with a
 * tier and a time limit). Each round forgets the orders' attributions and
 * commissions, then replays what the order.placed subscriber runs
 * (attributeOrderWorkflow: attribution, then commission) for every order, at
 * a given concurrency. A last round replays once more without forgetting:
 * nothing new may be stored.
 *
 *   npx medusa exec ./src/scripts/bench-commissions.ts [rounds] [concurrency,...]
 *
 * The last line is `BENCH_COMMISSIONS {...}` for the bench to read.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AFFILIATE_MODULE } from "../modules/affiliate"
import type AffiliateModuleService from "../modules/affiliate/service"
import { attributeOrderWorkflow } from "../workflows/track/attribute"

type Sql = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN
}

export default async function benchCommissions({ container, args }: ExecArgs) {
  const rounds = Math.max(1, Number(args?.[0] ?? 3))
  const levels = String(args?.[1] ?? "1,4,16").split(",").map(Number).filter((n) => n > 0)
  const svc = container.resolve(AFFILIATE_MODULE) as AffiliateModuleService
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as unknown as Sql
  const { rows: orders } = await knex.raw(`select id from "order" where deleted_at is null and metadata->>'demo_order' is not null order by created_at`)
  if (!orders.length) throw new Error("No demo orders in this database: seed it first (npx medusa exec ./src/scripts/seed-demo.ts).")
  const ids: string[] = orders.map((o: any) => o.id)
  // Knex spreads array bindings into lists: the ids travel as one JSON array.
  const idsJson = JSON.stringify(ids)

  // The demo's payouts hold some of these commissions: this bench database drops them first.
  await knex.raw(`delete from affiliate_payout_item`)
  await knex.raw(`delete from affiliate_payout`)
  const forget = async () => {
    const { rows } = await knex.raw(`select id from affiliate_attribution where order_id in (select jsonb_array_elements_text(?::jsonb))`, [idsJson])
    await knex.raw(`delete from affiliate_commission where order_id in (select jsonb_array_elements_text(?::jsonb))`, [idsJson])
    await svc.deleteAttributions(rows.map((r: any) => r.id))
  }
  const count = async () => Number((await knex.raw(`select count(*)::int as n from affiliate_commission where order_id in (select jsonb_array_elements_text(?::jsonb)) and entry_type = 'commission'`, [idsJson])).rows[0].n)

  const replay = async (concurrency: number) => {
    const latencies: number[] = []
    let next = 0
    const started = performance.now()
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++]
        const t = performance.now()
        await attributeOrderWorkflow(container).run({ input: { order_id: id } })
        latencies.push(performance.now() - t)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    const ms = performance.now() - started
    latencies.sort((a, b) => a - b)
    return { ms, p50: percentile(latencies, 50), p99: percentile(latencies, 99) }
  }

  // Warm up caches and the JIT once, untimed.
  await forget()
  await replay(4)
  const expected = await count()
  const results: Record<string, unknown>[] = []
  for (const concurrency of levels) {
    for (let round = 1; round <= rounds; round++) {
      await forget()
      const r = await replay(concurrency)
      const made = await count()
      results.push({ concurrency, round, orders: ids.length, commissions: made, ms: Math.round(r.ms), per_second: (made / r.ms) * 1000, orders_per_second: (ids.length / r.ms) * 1000, p50: r.p50, p99: r.p99 })
      console.log(`[bench:commissions] concurrency ${concurrency}, round ${round}: ${made} commissions from ${ids.length} orders in ${Math.round(r.ms)} ms`)
    }
  }
  // Replayed again on top: nothing new.
  const again = await replay(16)
  const afterReplay = await count()

  // Baseline: the same number of ledger rows written by plain INSERTs, one statement each and all in one.
  await knex.raw(`create temp table bench_commission (like affiliate_commission including defaults)`)
  const n = Math.max(expected, 1)
  let t = performance.now()
  for (let i = 0; i < n; i++) {
    await knex.raw(
      `insert into bench_commission (id, program_id, affiliate_id, amount, raw_amount, currency_code, idempotency_key) values (?, 'p', 'a', 4, '{"value":"4","precision":20}', 'eur', ?)`,
      [`b${i}`, `k${i}`]
    )
  }
  const singleMs = performance.now() - t
  t = performance.now()
  await knex.raw(
    `insert into bench_commission (id, program_id, affiliate_id, amount, raw_amount, currency_code, idempotency_key)
     select 'c' || g, 'p', 'a', 4, '{"value":"4","precision":20}', 'eur', 'm' || g from generate_series(1, ?) g`,
    [n]
  )
  const bulkMs = performance.now() - t
  await knex.raw(`drop table bench_commission`)

  console.log(
    `BENCH_COMMISSIONS ${JSON.stringify({
      orders: ids.length, expected, results,
      idempotent_replay: { ms: Math.round(again.ms), commissions_after: afterReplay, expected },
      baseline: { rows: n, single_insert_per_second: (n / singleMs) * 1000, bulk_insert_ms: bulkMs },
    })}`
  )
}
