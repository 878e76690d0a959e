import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../../workflows/steps/load"
import { streamCsv } from "../../../utils/csv"
import { payoutAccount, payoutLookups, presentPayout } from "../helpers"
import type { ExportPayoutsQueryType } from "../validators"

type Payout = ReturnType<typeof presentPayout> & Record<string, any>

/** Payouts as CSV for a bank transfer batch or a PayPal mass payout: who, where to, how much, which reference. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as ExportPayoutsQueryType
  const filters = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined))
  const svc = affiliateService(req.scope)
  await streamCsv<Payout>(
    res,
    `affiliate-payouts-${query.run_id ?? new Date().toISOString().slice(0, 10)}.csv`,
    [
      { header: "payout_id", value: (p) => p.id },
      { header: "affiliate_id", value: (p) => p.affiliate_id },
      { header: "name", value: (p) => p.affiliate?.name },
      { header: "email", value: (p) => p.affiliate?.email },
      { header: "method", value: (p) => p.affiliate?.payout_method },
      { header: "account", value: (p) => payoutAccount(p.affiliate?.payout_details) },
      { header: "amount", value: (p) => p.amount },
      { header: "currency", value: (p) => String(p.currency_code).toUpperCase() },
      { header: "status", value: (p) => p.status },
      { header: "reference", value: (p) => p.reference },
      { header: "commissions", value: (p) => p.item_count },
      { header: "run_id", value: (p) => p.run_id },
      { header: "created_at", value: (p) => p.created_at },
      { header: "note", value: (p) => `Commission payout ${p.id}` },
    ],
    // A few payouts per partner and run: offset paging in creation order is cheap here.
    async ({ offset }) => {
      const rows = await svc.listAffiliatePayouts(filters, { skip: offset, take: 500, order: { created_at: "ASC", id: "ASC" } })
      const lookups = await payoutLookups(req.scope, rows)
      return rows.map((r: any) => presentPayout(r, lookups))
    }
  )
}
