import path from "node:path"
import fc from "fast-check"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { generateEntityId } from "@medusajs/framework/utils"
import AffiliateModuleService from "../service"
import type { CommissionRow } from "../pay/ledger"

jest.setTimeout(300 * 1000)

/**
 * The money path against a real database: random sequences of orders,
 * refunds, cancellations, approvals, payout runs and settlements, after which
 * the ledger must still add up, no commission may sit in two payouts, paid
 * entries must be untouched and reversals must never exceed what they reverse.
 * Plus the races: the same event at once, two payout runs at once.
 */
const DAY = 24 * 60 * 60 * 1000
const NOW = Date.parse("2026-10-15T12:00:00Z")
const MINIMUM = 10

type Op =
  | { kind: "order"; partner: number; cents: number; currency: "eur" | "usd"; held: boolean }
  | { kind: "refund"; order: number; percent: number }
  | { kind: "cancel"; order: number }
  | { kind: "approve"; days: number }
  | { kind: "run" }
  | { kind: "settle"; payout: number; to: "processing" | "paid" | "failed" | "canceled" }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("order" as const), partner: fc.nat(3), cents: fc.integer({ min: 1, max: 5000 }), currency: fc.constantFrom("eur" as const, "usd" as const), held: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("refund" as const), order: fc.nat(30), percent: fc.integer({ min: 1, max: 100 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("cancel" as const), order: fc.nat(30) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("approve" as const), days: fc.integer({ min: 0, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("run" as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("settle" as const), payout: fc.nat(10), to: fc.constantFrom("processing" as const, "paid" as const, "failed" as const, "canceled" as const) }) }
)

function commission(program_id: string, affiliate_id: string, data: Partial<CommissionRow> = {}): CommissionRow {
  const id = generateEntityId(undefined, "affcom")
  return {
    id, program_id, affiliate_id, referral_id: null, site_id: null, attribution_id: null, order_id: null, customer_id: null,
    rule_id: null, rule_snapshot: null, entry_type: "commission", event: "order", basis_amount: null, rate: null,
    amount: "1", currency_code: "eur", status: "pending", hold_until: new Date(NOW - DAY), approved_at: null,
    reverses_id: null, is_internal: false, idempotency_key: `commission:${id}`, explanation: null, created_by: "test", reason: null,
    ...data,
  }
}

moduleIntegrationTestRunner<AffiliateModuleService>({
  moduleName: "affiliate",
  resolve: path.resolve(__dirname, ".."),
  pathToMigrations: path.resolve(__dirname, "../migrations"),
  dbName: "medusa-affiliate-module-ledger",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = async (text: string, params: unknown[] = []) => (MikroOrmWrapper.forkManager() as any).execute(text, params, "all")
    let runs = 0

    /** A program with four partners: two external active, one internal, one suspended. */
    async function world() {
      const n = ++runs
      const [program] = await service.createAffiliatePrograms([{ name: `Program ${n}`, handle: `program-${n}-${Date.now()}`, payout_minimums: { eur: MINIMUM } }])
      const partners = await service.createAffiliates([
        { program_id: program.id, name: "Anna", kind: "external", status: "active" },
        { program_id: program.id, name: "Ben", kind: "external", status: "active" },
        { program_id: program.id, name: "Our Facebook", kind: "internal", status: "active" },
        { program_id: program.id, name: "Paused", kind: "external", status: "suspended" },
      ] as any)
      return { program_id: program.id as string, partners: partners as any[] }
    }

    const run = (program_id: string) =>
      service.createPayoutRun({ run_id: generateEntityId(undefined, "affrun"), program_id, created_by: "test", cutoff: null, currency_code: null, affiliate_ids: null, minimums: { eur: MINIMUM } })

    async function checkInvariants(program_id: string, partners: any[], paidBefore: Map<string, string>) {
      // Every entry counts in exactly one bucket, and the buckets add up to the raw sum.
      for (const p of partners) {
        const totals = await service.ledgerTotals({ affiliate_id: p.id })
        const raw = await sql(`select currency_code, sum(amount)::text as total from affiliate_commission where affiliate_id = ? and status <> 'void' group by 1`, [p.id])
        for (const t of totals) {
          expect(t.pending + t.approved + t.in_payout + t.paid).toBeCloseTo(t.total, 6)
          expect(t.total).toBeCloseTo(Number(raw.find((r: any) => r.currency_code === t.currency_code).total), 6)
        }
      }
      // No commission in two live payouts.
      const doubled = await sql(`select commission_id from affiliate_payout_item where released_at is null group by commission_id having count(*) > 1`)
      expect(doubled).toEqual([])
      // A payout is the sum of what it includes; a paid payout's entries are paid.
      const payouts = await sql(
        `select p.id, p.status, p.amount::text as amount, p.affiliate_id, p.currency_code,
                coalesce(sum(c.amount), 0)::text as items, count(*) filter (where c.status <> 'paid')::int as unpaid
         from affiliate_payout p join affiliate_payout_item pi on pi.payout_id = p.id join affiliate_commission c on c.id = pi.commission_id
         where p.program_id = ? group by p.id`,
        [program_id]
      )
      for (const p of payouts) {
        expect(Number(p.amount)).toBeCloseTo(Number(p.items), 6)
        if (p.status === "paid") expect(p.unpaid).toBe(0)
        // Only external, active partners are paid, and never less than the minimum.
        expect([partners[0].id, partners[1].id]).toContain(p.affiliate_id)
        expect(Number(p.amount)).toBeGreaterThan(0)
        if (p.currency_code === "eur") expect(Number(p.amount)).toBeGreaterThanOrEqual(MINIMUM)
      }
      // A paid entry never changes.
      const paidNow = await sql(`select id, amount::text as amount, status from affiliate_commission where program_id = ? and status = 'paid'`, [program_id])
      const nowById = new Map<string, string>(paidNow.map((r: any) => [r.id, `${r.amount}/${r.status}`]))
      for (const [id, was] of paidBefore) expect(nowById.get(id)).toBe(was)
      // Reversals never take back more than the entry they reverse.
      const over = await sql(
        `select c.id from affiliate_commission c
         where c.program_id = ? and c.entry_type = 'commission'
           and c.amount + coalesce((select sum(r.amount) from affiliate_commission r where r.reverses_id = c.id), 0) < 0`,
        [program_id]
      )
      expect(over).toEqual([])
    }

    it("keeps the ledger consistent over random sequences of orders, refunds, approvals, payouts and settlements", async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 25 }), async (ops) => {
          const { program_id, partners } = await world()
          const orders: { id: string; share: number }[] = []
          const paidSeen = new Map<string, string>()
          for (const op of ops) {
            switch (op.kind) {
              case "order": {
                const order_id = `order_${program_id}_${orders.length}`
                const partner = partners[op.partner]
                await service.insertCommissions([
                  commission(program_id, partner.id, {
                    order_id, amount: (op.cents / 100).toString(), currency_code: op.currency, is_internal: partner.kind === "internal",
                    hold_until: new Date(op.held ? NOW + 30 * DAY : NOW - DAY),
                  }),
                ])
                orders.push({ id: order_id, share: 0 })
                break
              }
              case "refund":
              case "cancel": {
                const order = orders[op.kind === "refund" ? op.order % Math.max(1, orders.length) : op.order % Math.max(1, orders.length)]
                if (!order) break
                // What was taken back of an order only grows.
                order.share = op.kind === "cancel" ? 1 : Math.max(order.share, op.percent / 100)
                await service.reverseOrderCommissions({ order_id: order.id, share: String(order.share), cause: op.kind === "cancel" ? "canceled" : "refunded", created_by: "test" })
                break
              }
              case "approve":
                await service.approveDueCommissions(new Date(NOW + op.days * DAY))
                break
              case "run":
                await run(program_id)
                break
              case "settle": {
                const payouts = await service.listAffiliatePayouts({ program_id }, { order: { created_at: "ASC", id: "ASC" } })
                const payout = payouts[op.payout % Math.max(1, payouts.length)]
                if (!payout) break
                await service
                  .settlePayout({ id: payout.id, status: op.to, reference: "REF-1", reason: "Bank rejected" })
                  .catch((e: any) => expect(e.type).toBe("conflict"))
                break
              }
            }
            const paid = await sql(`select id, amount::text as amount, status from affiliate_commission where program_id = ? and status = 'paid'`, [program_id])
            for (const r of paid) if (!paidSeen.has(r.id)) paidSeen.set(r.id, `${r.amount}/${r.status}`)
          }
          await checkInvariants(program_id, partners, paidSeen)
        }),
        { numRuns: 20 }
      )
    })

    describe("races", () => {
      it("stores one entry when the same event is written ten times at once", async () => {
        const { program_id, partners } = await world()
        const row = commission(program_id, partners[0].id, { idempotency_key: "commission:affattr_same" })
        const results = await Promise.all(Array.from({ length: 10 }, () => service.insertCommissions([{ ...row, id: generateEntityId(undefined, "affcom") }])))
        expect(results.flat()).toHaveLength(1)
        const [{ count }] = await sql(`select count(*)::int as count from affiliate_commission where idempotency_key = 'commission:affattr_same'`)
        expect(count).toBe(1)
      })

      it("never includes a commission twice when two payout runs start at once", async () => {
        const { program_id, partners } = await world()
        const rows = Array.from({ length: 40 }, (_, i) => commission(program_id, partners[i % 2].id, { amount: "3.5", status: "approved", approved_at: new Date(NOW) }))
        await service.insertCommissions(rows)
        const [a, b] = await Promise.all([run(program_id), run(program_id)])
        const payouts = [...a, ...b]
        expect(payouts).toHaveLength(2)
        expect(payouts.reduce((n, p) => n + p.item_count, 0)).toBe(40)
        const [{ total }] = await sql(`select sum(amount)::text as total from affiliate_payout where program_id = ?`, [program_id])
        expect(Number(total)).toBe(140)
      })

      it("reverses a commission exactly once when two cancellations arrive at once", async () => {
        const { program_id, partners } = await world()
        await service.insertCommissions([commission(program_id, partners[0].id, { order_id: "order_raced", amount: "7.77" })])
        const stored = await Promise.all([1, 2].map(() => service.reverseOrderCommissions({ order_id: "order_raced", share: "1", cause: "canceled", created_by: "test" })))
        expect(stored.flat()).toHaveLength(1)
        const [{ total }] = await sql(`select sum(amount)::text as total from affiliate_commission where order_id = 'order_raced'`)
        expect(Number(total)).toBe(0)
      })

      it("lets only one of two simultaneous settlements of a payout through", async () => {
        const { program_id, partners } = await world()
        await service.insertCommissions([commission(program_id, partners[0].id, { amount: "20", status: "approved", approved_at: new Date(NOW) })])
        const [payout] = await run(program_id)
        const outcomes = await Promise.allSettled([
          service.settlePayout({ id: payout.id, status: "paid", reference: "A" }),
          service.settlePayout({ id: payout.id, status: "canceled" }),
        ])
        expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1)
        const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult
        expect(refused.reason.message).toMatch(/cannot become|already/)
      })
    })
  },
})
