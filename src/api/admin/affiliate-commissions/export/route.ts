import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../../workflows/steps/load"
import { afterId, streamCsv } from "../../../utils/csv"
import { commissionFilters, commissionLookups, presentCommission } from "../helpers"
import type { ExportCommissionsQueryType } from "../validators"

type Entry = ReturnType<typeof presentCommission> & Record<string, any>
const PAGE = 1000

/** The ledger as CSV, streamed, with the same filters as the list, in the order the entries were written. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { filters } = await commissionFilters(req.scope, req.validatedQuery as ExportCommissionsQueryType)
  const svc = affiliateService(req.scope)
  const day = new Date().toISOString().slice(0, 10)
  await streamCsv<Entry>(
    res,
    `affiliate-ledger-${day}.csv`,
    [
      { header: "id", value: (c) => c.id },
      { header: "created_at", value: (c) => c.created_at },
      { header: "affiliate_id", value: (c) => c.affiliate_id },
      { header: "affiliate", value: (c) => c.affiliate?.name },
      { header: "entry_type", value: (c) => c.entry_type },
      { header: "event", value: (c) => c.event },
      { header: "status", value: (c) => c.status },
      { header: "currency", value: (c) => String(c.currency_code).toUpperCase() },
      { header: "amount", value: (c) => c.amount },
      { header: "basis_amount", value: (c) => c.basis_amount },
      { header: "rate_percent", value: (c) => c.rate },
      { header: "order_id", value: (c) => c.order_id },
      { header: "site", value: (c) => c.site?.name },
      { header: "referral", value: (c) => c.referral?.slug },
      { header: "rule", value: (c) => (c.rule_snapshot as any)?.name },
      { header: "reverses_id", value: (c) => c.reverses_id },
      { header: "hold_until", value: (c) => c.hold_until },
      { header: "approved_at", value: (c) => c.approved_at },
      { header: "paid_at", value: (c) => c.paid_at },
      { header: "payout_id", value: (c) => c.payout?.id },
      { header: "created_by", value: (c) => c.created_by },
      { header: "reason", value: (c) => c.reason },
      { header: "explanation", value: (c) => (c.explanation as any)?.summary },
    ],
    async ({ last }) => {
      const rows = await svc.listAffiliateCommissions({ $and: [filters, afterId(last)] }, { take: PAGE, order: { id: "ASC" } })
      const lookups = await commissionLookups(req.scope, rows)
      return rows.map((r: any) => presentCommission(r, lookups))
    }
  )
}
