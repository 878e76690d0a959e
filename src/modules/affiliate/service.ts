import { randomBytes } from "node:crypto"
import { ContainerRegistrationKeys, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import Program from "./models/program"
import Site from "./models/site"
import Affiliate from "./models/affiliate"
import AffiliateStatusChange from "./models/affiliate-status-change"
import Invitation from "./models/invitation"
import SiteAuthorization from "./models/site-authorization"
import Referral from "./models/referral"
import Voucher from "./models/voucher"
import VoucherCode from "./models/voucher-code"
import CodeRequest from "./models/code-request"
import Click from "./models/click"
import Attribution from "./models/attribution"
import CommissionRule from "./models/commission-rule"
import CommissionRuleChange from "./models/commission-rule-change"
import Commission from "./models/commission"
import Payout from "./models/payout"
import PayoutItem from "./models/payout-item"
import { ipHashSaltWarning, resolveAffiliateOptions, ResolvedAffiliateOptions } from "./options"
import { hideQueryValuesInErrors } from "./query-errors"
import { ClickRow, clickBatchJson, INSERT_CLICKS_SQL } from "./track/clicks"
import { ClickWriter, StoredClick } from "./track/click-writer"
import { AttributionRow, attributionJson, DELETE_ATTRIBUTIONS_SQL, INSERT_ATTRIBUTION_SQL, LOCK_STATS_FOR_REBUILD_SQL, REBUILD_STATS_SQL } from "./track/conversions"
import { foldStats, NO_JIT_SQL, StatsQuery, statsSql } from "./track/reports"
import { commissionReportSql, foldCommissions } from "./track/commission-report"
import {
  APPROVE_DUE_SQL, CommissionRow, commissionJson, DELETE_UNSETTLED_SQL, INSERT_COMMISSIONS_SQL,
  LOCK_ORDER_COMMISSIONS_SQL, ledgerTotalsSql,
} from "./pay/ledger"
import {
  CREATE_PAYOUT_RUN_SQL, DELETE_PAYOUT_RUN_SQL, LOCK_PAYOUT_RUNS_SQL, LOCK_PAYOUT_SQL, MARK_PAYOUT_PAID_SQL, MARK_PAYOUT_SQL, RELEASE_PAYOUT_ITEMS_SQL,
} from "./pay/payouts"
import { LedgerFilter, ledgerWhere } from "./pay/filters"
import { ATTRIBUTED_VOLUME_SQL, FIRST_CREDITED_SQL } from "./pay/volume"
import { reversalRows, ReversalInput } from "./pay/reversals"
import { CodeRequestDecisionRow, decisionParams, DECIDE_CODE_REQUEST_SQL } from "./enable/code-requests"

// Used only when the ipHashSalt option is unset (the service warns about it in multi-process mode).
const PROCESS_SALT = randomBytes(32).toString("hex")
import { PayoutStatus, payoutTransitionProblem, releasesCommissions } from "../../domain/pay/payout"

/** Through Medusa's logger when the module's container has one. */
function warn(container: Record<string, unknown>, message: string) {
  let logger: { warn?: (message: string) => void } | undefined
  try {
    logger = container[ContainerRegistrationKeys.LOGGER] as typeof logger
  } catch {
    // Awilix throws for an unregistered name.
  }
  if (logger?.warn) logger.warn(message)
  else console.warn(message)
}

type Sql = { execute: (sql: string, params?: unknown[], method?: "all" | "get" | "run") => Promise<any> }
const HOUR = 60 * 60 * 1000

/*
 * Keys match the models' names (affiliate_site -> AffiliateSite), which is
 * how Medusa's query graph finds the service methods behind module links.
 */
class AffiliateModuleService extends MedusaService({
  AffiliateProgram: Program,
  AffiliateSite: Site,
  Affiliate,
  AffiliateStatusChange,
  AffiliateInvitation: Invitation,
  AffiliateSiteAuthorization: SiteAuthorization,
  AffiliateReferral: Referral,
  AffiliateVoucher: Voucher,
  AffiliateVoucherCode: VoucherCode,
  AffiliateCodeRequest: CodeRequest,
  AffiliateClick: Click,
  AffiliateAttribution: Attribution,
  AffiliateCommissionRule: CommissionRule,
  AffiliateCommissionRuleChange: CommissionRuleChange,
  AffiliateCommission: Commission,
  AffiliatePayout: Payout,
  AffiliatePayoutItem: PayoutItem,
}) {
  protected readonly options_: ResolvedAffiliateOptions
  private readonly clickWriter_ = new ClickWriter((rows) => this.insertClicks(rows))

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolveAffiliateOptions(options)
    const saltWarning = ipHashSaltWarning(this.options_, process.env.MEDUSA_WORKER_MODE)
    if (saltWarning) warn(container, saltWarning)
    // Failed queries must not print payout details (or any value) into logs.
    try {
      hideQueryValuesInErrors(container[ContainerRegistrationKeys.PG_CONNECTION])
    } catch {
      // No shared connection in this container (e.g. a module test): nothing to hook.
    }
  }

  /** Subscribers and workflows receive no plugin options; they read them here. */
  getOptions(): ResolvedAffiliateOptions {
    return this.options_
  }

  /**
   * The salt of every IP hash (clicks, signups, rate limits): the configured
   * one, else one random salt for this process, so hashes still match each
   * other within it (unique visits, daily caps) and mean nothing outside it.
   */
  ipHashSalt(): string {
    return this.options_.ipHashSalt ?? PROCESS_SALT
  }

  /**
   * Stores one click. Clicks arriving together are written in one statement;
   * the promise resolves once this click is committed.
   */
  recordClick(row: ClickRow): Promise<StoredClick> {
    return this.clickWriter_.write(row)
  }

  /** Stores clicks and adds them to the hourly rollup, in one statement. */
  @InjectManager()
  async insertClicks(rows: ClickRow[], @MedusaContext() sharedContext: Context = {}): Promise<StoredClick[]> {
    if (!rows.length) return []
    const manager = sharedContext.manager as unknown as Sql
    return manager.execute(INSERT_CLICKS_SQL, [clickBatchJson(rows)], "all")
  }

  /**
   * Stores attributions whose idempotency keys are new, adding them to the
   * rollup in the same statement; returns the ids it stored (a replay stores none).
   */
  @InjectManager()
  async insertAttributions(rows: AttributionRow[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!rows.length) return []
    const manager = sharedContext.manager as unknown as Sql
    const stored: { id: string }[] = await manager.execute(INSERT_ATTRIBUTION_SQL, [attributionJson(rows)], "all")
    return stored.map((r) => r.id)
  }

  /** Removes attributions and their share of the rollup (undoing a workflow that stored them). */
  @InjectManager()
  async deleteAttributions(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!ids.length) return
    const manager = sharedContext.manager as unknown as Sql
    await manager.execute(DELETE_ATTRIBUTIONS_SQL, [JSON.stringify(ids)], "run")
  }

  /**
   * Report figures from the hourly rollup that can answer (`rollupFor`), grouped by the requested dimensions;
   * hours that a local midnight cuts (+05:30, +05:45 zones) come from the raw rows (`statsSql`).
   * JIT is off for the query: over a large rollup its estimated cost passes
   * PostgreSQL's JIT threshold, and compiling took longer than it saved.
   */
  @InjectTransactionManager()
  async reportStats(query: StatsQuery, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as Sql
    const { sql, params } = statsSql(query)
    await manager.execute(NO_JIT_SQL, [], "run")
    return foldStats(query.by, await manager.execute(sql, params, "all"))
  }

  /**
   * Commission amounts per status and currency, grouped like `reportStats`:
   * ledger entries by the attribution that earned them (`commissionReportSql`).
   */
  @InjectTransactionManager()
  async reportCommissions(query: StatsQuery, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as Sql
    const { sql, params } = commissionReportSql(query)
    await manager.execute(NO_JIT_SQL, [], "run")
    return foldCommissions(query.by, await manager.execute(sql, params, "all"))
  }

  /** Recomputes the rollup for whole hours between two instants from the raw tables. */
  @InjectTransactionManager()
  async rebuildStats(range: { from: Date; to: Date }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as Sql
    const start = new Date(Math.floor(range.from.getTime() / HOUR) * HOUR).toISOString()
    const end = new Date(Math.ceil(range.to.getTime() / HOUR) * HOUR).toISOString()
    await manager.execute(LOCK_STATS_FOR_REBUILD_SQL, [], "run")
    for (const sql of REBUILD_STATS_SQL) await manager.execute(sql, [start, end], "run")
    return { from: start, to: end }
  }

  /** Stores ledger entries whose idempotency keys are new; returns the ids stored. */
  @InjectManager()
  async insertCommissions(rows: CommissionRow[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!rows.length) return []
    const manager = sharedContext.manager as unknown as Sql
    const stored: { id: string }[] = await manager.execute(INSERT_COMMISSIONS_SQL, [commissionJson(rows)], "all")
    return stored.map((r) => r.id)
  }

  /** Compensation: removes entries a failed workflow stored, as long as no payout touched them. */
  @InjectManager()
  async deleteUnsettledCommissions(ids: string[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    if (!ids.length) return
    const manager = sharedContext.manager as unknown as Sql
    await manager.execute(DELETE_UNSETTLED_SQL, [JSON.stringify(ids)], "run")
  }

  /**
   * Adds the reversal entries an order's outcome calls for. The order's
   * commissions are locked while this runs, so concurrent or repeated events
   * never take back more than was earned.
   */
  @InjectTransactionManager()
  async reverseOrderCommissions(input: ReversalInput, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.transactionManager as unknown as Sql
    const locked = await manager.execute(LOCK_ORDER_COMMISSIONS_SQL, [input.order_id], "all")
    const rows = reversalRows(locked, input)
    if (!rows.length) return []
    const stored: { id: string }[] = await manager.execute(INSERT_COMMISSIONS_SQL, [commissionJson(rows)], "all")
    return stored.map((r) => r.id)
  }

  /** Approves every pending entry whose hold has passed; returns the ids approved. */
  @InjectManager()
  async approveDueCommissions(now: Date = new Date(), @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const manager = sharedContext.manager as unknown as Sql
    const at = now.toISOString()
    const rows: { id: string }[] = await manager.execute(APPROVE_DUE_SQL, [at, at], "all")
    return rows.map((r) => r.id)
  }

  /** Totals per currency (pending, approved, in a payout, paid) over a filtered ledger. */
  @InjectManager()
  async ledgerTotals(filter: LedgerFilter, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as unknown as Sql
    const { sql, params } = ledgerWhere(filter)
    const rows: Record<string, string | number>[] = await manager.execute(ledgerTotalsSql(sql), params, "all")
    return rows.map((r) => ({
      currency_code: String(r.currency_code),
      pending: Number(r.pending),
      approved: Number(r.approved),
      in_payout: Number(r.in_payout),
      paid: Number(r.paid),
      total: Number(r.total),
      entries: Number(r.entries),
    }))
  }

  /**
   * One payout per affiliate and currency whose approved balance (clawbacks
   * netted) reaches the program minimum. Runs of one program are serialised,
   * and a commission in a live payout is never taken again.
   */
  @InjectTransactionManager()
  async createPayoutRun(
    input: { run_id: string; program_id: string; created_by: string | null; cutoff: Date | null; currency_code: string | null;
      affiliate_ids: string[] | null; minimums: Record<string, number> },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; item_count: number }[]> {
    const manager = sharedContext.transactionManager as unknown as Sql
    await manager.execute(LOCK_PAYOUT_RUNS_SQL, [input.program_id], "all")
    const minimums = Object.fromEntries(Object.entries(input.minimums ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
    return manager.execute(
      CREATE_PAYOUT_RUN_SQL,
      [input.run_id, input.created_by, input.program_id, input.cutoff?.toISOString() ?? null, input.currency_code,
        input.affiliate_ids ? JSON.stringify(input.affiliate_ids) : null, JSON.stringify(minimums)],
      "all"
    )
  }

  /**
   * Moves a payout along its life. Paid marks its commissions paid; failed
   * and canceled release them to the approved balance. The payout row is
   * locked, so two settlements of one payout cannot both succeed.
   */
  @InjectTransactionManager()
  async settlePayout(
    input: { id: string; status: PayoutStatus; reference?: string | null; reason?: string | null; at?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ from: PayoutStatus; to: PayoutStatus }> {
    const manager = sharedContext.transactionManager as unknown as Sql
    const [payout] = await manager.execute(LOCK_PAYOUT_SQL, [input.id], "all")
    if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout ${input.id} was not found.`)
    const problem = payoutTransitionProblem(payout.status, input.status, input)
    if (problem) throw new MedusaError(MedusaError.Types.CONFLICT, problem)
    const at = (input.at ?? new Date()).toISOString()
    if (input.status === "paid") {
      await manager.execute(MARK_PAYOUT_PAID_SQL[0], [input.reference!.trim(), at, input.id], "run")
      await manager.execute(MARK_PAYOUT_PAID_SQL[1], [at, input.id], "run")
    } else {
      await manager.execute(MARK_PAYOUT_SQL, [input.status, input.reason?.trim() || null, input.id], "run")
      if (releasesCommissions(input.status)) await manager.execute(RELEASE_PAYOUT_ITEMS_SQL, [input.id], "run")
    }
    return { from: payout.status, to: input.status }
  }

  /**
   * Decides a code request that is still pending; false when it was not
   * pending any more (someone else decided it first), and nothing changed.
   */
  @InjectManager()
  async decidePendingCodeRequest(row: CodeRequestDecisionRow, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const manager = sharedContext.manager as unknown as Sql
    const updated: { id: string }[] = await manager.execute(DECIDE_CODE_REQUEST_SQL, decisionParams(row), "all")
    return updated.length === 1
  }

  /** Attributed orders and revenue (in one currency) of a partner over a period, for commission tiers. */
  @InjectManager()
  async attributedVolume(
    input: { affiliate_id: string; currency_code: string | null; from: Date | null; to: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ orders: number; revenue: number }> {
    const manager = sharedContext.manager as unknown as Sql
    const from = input.from?.toISOString() ?? null
    const [row] = await manager.execute(ATTRIBUTED_VOLUME_SQL, [input.currency_code ?? "", input.affiliate_id, from, from, input.to.toISOString()], "all")
    return { orders: Number(row?.orders ?? 0), revenue: Number(row?.revenue ?? 0) }
  }

  /** When a customer was first credited to a partner, or null. */
  @InjectManager()
  async firstCreditedAt(input: { customer_id: string; affiliate_id: string }, @MedusaContext() sharedContext: Context = {}): Promise<Date | null> {
    const manager = sharedContext.manager as unknown as Sql
    const [row] = await manager.execute(FIRST_CREDITED_SQL, [input.customer_id, input.affiliate_id], "all")
    return row?.first_at ? new Date(row.first_at) : null
  }

  /** Removes the draft payouts of a run (a workflow's compensation). */
  @InjectTransactionManager()
  async deletePayoutRun(runId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as unknown as Sql
    for (const sql of DELETE_PAYOUT_RUN_SQL) await manager.execute(sql, [runId], "run")
  }

  /** How many commissions each payout holds, counted by the database. */
  @InjectManager()
  async payoutItemCounts(payoutIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<Map<string, number>> {
    if (!payoutIds.length) return new Map()
    const manager = sharedContext.manager as unknown as Sql
    const rows: { payout_id: string; n: number }[] = await manager.execute(
      `select payout_id, count(*)::int as n from affiliate_payout_item
       where payout_id in (select jsonb_array_elements_text(?::jsonb)) and deleted_at is null group by payout_id`,
      [JSON.stringify(payoutIds)],
      "all"
    )
    return new Map(rows.map((r) => [r.payout_id, Number(r.n)]))
  }
}

export default AffiliateModuleService
