import { MedusaError } from "@medusajs/framework/utils"
import { actionItems } from "../../../../../domain/shared/action-items"
import { isValidTimezone } from "../../../../../domain/shared/timezone"
import { resolveTrendPeriods, summarizeTrends } from "../../../../../domain/track/report-trends"
import { affiliateService } from "../../../../../workflows/steps/load"
import { buildReport } from "../../../../admin/affiliate-reports/helpers"
import type { presentPartner } from "../../presenters"

type Scope = { resolve: (key: string) => unknown }
type Partner = ReturnType<typeof presentPartner>
type Program = Record<string, any>

/**
 * The partner dashboard: what to do first, then the period's figures against
 * the period before (same length) and a daily series, all from the same
 * report the partner can break down (rollups for traffic, the ledger for
 * commission), so the dashboard and the reports always agree.
 */
export async function buildOverview(
  scope: Scope,
  input: { program: Program; affiliate: Partner; from?: string; to?: string; timezone?: string },
  now = new Date()
) {
  const { program, affiliate } = input
  // An account whose stored zone is not one (an old import) still gets its dashboard, in UTC, and an action item.
  const ownZone = affiliate.timezone && isValidTimezone(affiliate.timezone) ? affiliate.timezone : "UTC"
  const periods = resolveTrendPeriods({ from: input.from, to: input.to, timezone: input.timezone ?? ownZone }, now)
  if (!periods.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid query: ${periods.message}`)

  const svc = affiliateService(scope)
  const [report, balances, [stored]] = await Promise.all([
    buildReport(scope, { from: periods.previous.from, to: periods.current.to, timezone: periods.timezone, by: ["day"], filters: { affiliate_id: affiliate.id } }, now),
    svc.ledgerTotals({ affiliate_id: affiliate.id }),
    svc.listAffiliates({ id: affiliate.id }, { select: ["id", "verification_cleared_at"], take: 1 }),
  ])
  const { metrics, series } = summarizeTrends(report.rows, periods)

  return {
    action_items: actionItems({
      kind: affiliate.kind,
      status: affiliate.status,
      agreement_version: affiliate.agreement_version,
      program_agreement_version: program.agreement_version ?? null,
      payout_method: affiliate.payout_method,
      payout_details: affiliate.payout_details as Record<string, unknown> | null,
      verification_cleared_at: (stored as any)?.verification_cleared_at ?? null,
      site_authorizations: affiliate.site_authorizations,
      referrals: affiliate.referrals,
      balances: balances.map((b) => ({ currency_code: b.currency_code, approved: b.approved })),
      payout_minimums: (program.payout_minimums ?? {}) as Record<string, number>,
      timezone: affiliate.timezone ?? null,
    }),
    timezone: periods.timezone,
    period: { from: periods.current.from, to: periods.current.to, days: periods.current.days.length },
    previous_period: { from: periods.previous.from, to: periods.previous.to, days: periods.previous.days.length },
    metrics,
    series,
  }
}
