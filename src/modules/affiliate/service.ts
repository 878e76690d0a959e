import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
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
import Click from "./models/click"
import Attribution from "./models/attribution"
import CommissionRule from "./models/commission-rule"
import Commission from "./models/commission"
import Payout from "./models/payout"
import PayoutItem from "./models/payout-item"
import { resolveAffiliateOptions, ResolvedAffiliateOptions } from "./options"
import { ClickRow, clickBatchJson, INSERT_CLICKS_SQL } from "./track/clicks"
import { ClickWriter, StoredClick } from "./track/click-writer"
import { AttributionRow, attributionJson, DELETE_ATTRIBUTIONS_SQL, INSERT_ATTRIBUTION_SQL, REBUILD_STATS_SQL } from "./track/conversions"
import { foldStats, StatsQuery, statsSql } from "./track/reports"

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
  AffiliateClick: Click,
  AffiliateAttribution: Attribution,
  AffiliateCommissionRule: CommissionRule,
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
  }

  /** Subscribers and workflows receive no plugin options; they read them here. */
  getOptions(): ResolvedAffiliateOptions {
    return this.options_
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

  /** Report figures from the hourly rollup, grouped by the requested dimensions. */
  @InjectManager()
  async reportStats(query: StatsQuery, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.manager as unknown as Sql
    const { sql, params } = statsSql(query)
    return foldStats(query.by, await manager.execute(sql, params, "all"))
  }

  /** Recomputes the rollup for whole hours between two instants from the raw tables. */
  @InjectTransactionManager()
  async rebuildStats(range: { from: Date; to: Date }, @MedusaContext() sharedContext: Context = {}) {
    const manager = sharedContext.transactionManager as unknown as Sql
    const start = new Date(Math.floor(range.from.getTime() / HOUR) * HOUR).toISOString()
    const end = new Date(Math.ceil(range.to.getTime() / HOUR) * HOUR).toISOString()
    for (const sql of REBUILD_STATS_SQL) await manager.execute(sql, [start, end], "run")
    return { from: start, to: end }
  }
}

export default AffiliateModuleService
