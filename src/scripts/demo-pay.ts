import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import type AffiliateModuleService from "../modules/affiliate/service"
import { createCommissionRuleWorkflow } from "../workflows/pay/rules"
import { earnCommissionWorkflow } from "../workflows/pay/earn"
import { createAdjustmentWorkflow } from "../workflows/pay/adjust"
import { createPayoutRunWorkflow, settlePayoutWorkflow } from "../workflows/pay/payouts"
import { reverseOrderCommissionsWorkflow } from "../workflows/pay/reverse"

/**
 * The Pay stage of the demo: commission rules set before the demo orders are
 * attributed (so they earn through the real path), then a few weeks of
 * settlement: approvals, a payout run that was paid (one payment bounced), a
 * cancellation after payment (a clawback), one before (a reversal), a manual
 * bonus, and a new run left in draft for the operator to settle.
 */
type Ctx = { container: MedusaContainer; svc: AffiliateModuleService; log: (m: string) => void; programId: string }
const DAY = 24 * 60 * 60 * 1000
const STAR_PARTNER = "anna-instagram"

export async function seedCommissionRules(ctx: Ctx, sites: Record<string, string>) {
  const { svc, container, programId } = ctx
  const [, existing] = await svc.listAndCountAffiliateCommissionRules({ program_id: programId }, { take: 1 })
  if (existing) {
    ctx.log(`commission rules: ${existing} already there`)
    return
  }
  const [star] = await svc.listAffiliateReferrals({ slug: STAR_PARTNER }, { take: 1, select: ["id", "affiliate_id"] })
  const rules: Record<string, unknown>[] = [
    { name: "Standard 10 %", type: "percentage", percentage: 10, event: "order" },
    { name: "First order bonus", type: "flat", flat_amounts: { eur: 5, usd: 5 }, event: "first_order", priority: 10 },
    { name: "Signup bounty", type: "flat", flat_amounts: { eur: 3, usd: 3 }, event: "registration" },
    { name: "Alpine Gear 6 %", scope: "site", site_id: sites["Alpine Gear"], type: "percentage", percentage: 6 },
    ...(star
      ? [{
          name: "Anna: 12 %, 15 % from 5 orders a month (60 days after referral)", scope: "affiliate", affiliate_id: star.affiliate_id,
          type: "percentage", percentage: 12, window_days: 60,
          tiers: { metric: "orders", period: "calendar_month", tiers: [{ threshold: 5, percentage: 15 }] },
        }]
      : []),
  ]
  for (const rule of rules) {
    await createCommissionRuleWorkflow(container).run({ input: { rule: { program_id: programId, ...rule } as any, actor: "demo" } })
  }
  ctx.log(`commission rules: ${rules.map((r) => r.name).join("; ")}`)
}

/** Conversions attributed before the rules existed (an older demo database) earn now; a no-op otherwise. */
export async function earnMissingCommissions(ctx: Ctx) {
  const attributions = await ctx.svc.listAffiliateAttributions({ program_id: ctx.programId, status: "attributed" }, { select: ["id"], take: 10_000 })
  let created = 0
  for (const a of attributions as any[]) {
    const { result } = await earnCommissionWorkflow(ctx.container).run({ input: { attribution_id: a.id, created_by: "demo backfill" } })
    if (result.created) created++
  }
  if (created) ctx.log(`commissions: ${created} earned by conversions attributed before the rules existed`)
}

export async function seedSettlement(ctx: Ctx) {
  const { svc, container, programId } = ctx
  const [program] = await svc.listAffiliatePrograms({ id: programId }, { take: 1 })
  if (program.metadata?.demo_pay_seeded) {
    ctx.log("payouts: already settled by the demo, leaving them as they are")
    return summary(ctx)
  }
  const now = Date.now()

  // The operator's bonuses, approved at once.
  const partners = await svc.listAffiliates({ program_id: programId, kind: "external", status: "active" }, { select: ["id", "name"], take: 50, order: { created_at: "ASC" } })
  for (const p of partners.slice(0, 3) as any[]) {
    await createAdjustmentWorkflow(container).run({ input: { affiliate_id: p.id, amount: 60, currency_code: "eur", reason: "Spring campaign bonus", actor: null } })
  }

  // A week ago: what had passed its hold by then was approved and paid out with the bonuses.
  await svc.approveDueCommissions(new Date(now - 7 * DAY))
  const { result: firstRun } = await createPayoutRunWorkflow(container).run({ input: { program_id: programId, actor: "demo" } })
  let paid = 0
  for (const [i, id] of firstRun.payout_ids.entries()) {
    await settlePayoutWorkflow(container).run({ input: { id, status: "processing", actor: "demo" } })
    const bounced = i === firstRun.payout_ids.length - 1 && firstRun.payout_ids.length > 1
    await settlePayoutWorkflow(container).run({
      input: bounced
        ? { id, status: "failed", reason: "Bank rejected: IBAN closed", actor: "demo" }
        : { id, status: "paid", reference: `PAYPAL-2026-11-${String(++paid).padStart(4, "0")}`, actor: "demo" },
    })
  }

  // Today: the hold has passed for more; two orders were canceled (one already paid out).
  await svc.approveDueCommissions(new Date(now))
  const paidEntry = (await svc.listAffiliateCommissions({ program_id: programId, status: "paid", entry_type: "commission", event: ["order", "first_order"] }, { take: 1, order: { created_at: "ASC" } }))[0]
  const pendingEntry = (await svc.listAffiliateCommissions({ program_id: programId, status: "pending", entry_type: "commission", event: ["order", "first_order"] }, { take: 1, order: { created_at: "DESC" } }))[0]
  for (const entry of [paidEntry, pendingEntry].filter(Boolean) as any[]) {
    await cancelOrderWorkflow(container).run({ input: { order_id: entry.order_id } }).catch((e: any) => ctx.log(`order ${entry.order_id} could not be canceled: ${e.message}`))
    await reverseOrderCommissionsWorkflow(container).run({ input: { order_id: entry.order_id, cause: "canceled", created_by: "order.canceled" } })
  }

  // A new run for the operator to settle: drafts, the clawback netted in.
  await createPayoutRunWorkflow(container).run({ input: { program_id: programId, actor: "demo" } })

  await svc.updateAffiliatePrograms({ id: programId, metadata: { ...(program.metadata ?? {}), demo_pay_seeded: true } })
  return summary(ctx)
}

async function summary(ctx: Ctx) {
  const count = async (filters: Record<string, unknown>) => (await ctx.svc.listAndCountAffiliateCommissions({ program_id: ctx.programId, ...filters }, { take: 1 }))[1]
  const payouts = await ctx.svc.listAffiliatePayouts({ program_id: ctx.programId }, { select: ["status"], take: 10_000 })
  const byStatus = (payouts as any[]).reduce<Record<string, number>>((m, p) => ({ ...m, [p.status]: (m[p.status] ?? 0) + 1 }), {})
  const counts = {
    pending: await count({ status: "pending" }),
    approved: await count({ status: "approved" }),
    paid: await count({ status: "paid" }),
    reversals: await count({ entry_type: "reversal" }),
    clawbacks: await count({ entry_type: "clawback" }),
    adjustments: await count({ entry_type: "adjustment" }),
    internal: await count({ is_internal: true }),
    payouts: byStatus,
  }
  ctx.log(
    `ledger: ${counts.pending} pending, ${counts.approved} approved, ${counts.paid} paid entries ` +
      `(${counts.reversals} reversals, ${counts.clawbacks} clawbacks, ${counts.adjustments} adjustments, ${counts.internal} internal); ` +
      `payouts: ${Object.entries(byStatus).map(([s, n]) => `${n} ${s}`).join(", ") || "none"}`
  )
  return counts
}
