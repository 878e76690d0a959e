import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { paypalFile } from "../../../../domain/pay/payout-file"
import { affiliateService } from "../../../../workflows/steps/load"
import { csvLine, streamCsv } from "../../../utils/csv"
import { payoutAccount } from "../../../../domain/pay/payout-destination"
import { payoutDestination, payoutLookups, presentPayout } from "../helpers"
import type { ExportPayoutsQueryType } from "../validators"

type Payout = ReturnType<typeof presentPayout> & Record<string, any>

/** Payouts as CSV for a bank transfer batch or a spreadsheet (who, where to, how much, which reference); `format=paypal` for PayPal's upload file. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { format, ...query } = req.validatedQuery as ExportPayoutsQueryType
  const filters = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined))
  if (format === "paypal") return paypalExport(req, res, query, filters)
  const svc = affiliateService(req.scope)
  await streamCsv<Payout>(
    res,
    `affiliate-payouts-${query.run_id ?? new Date().toISOString().slice(0, 10)}.csv`,
    [
      { header: "payout_id", value: (p) => p.id },
      { header: "affiliate_id", value: (p) => p.affiliate_id },
      { header: "name", value: (p) => p.affiliate?.name },
      { header: "email", value: (p) => p.affiliate?.email },
      // The destination the run froze: a partner who changes details later never redirects this money.
      { header: "method", value: (p) => p.destination.payout_method },
      { header: "account", value: (p) => payoutAccount(p.destination.payout_details) },
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

/** More payouts than this in one PayPal export means the filters are too wide (PayPal takes 5,000 per file). */
const PAYPAL_SCAN_LIMIT = 20_000

/**
 * The PayPal Payouts upload file: the payouts of partners paid by PayPal,
 * one currency, no header. Refused (400, every reason named) when a partner
 * who chose PayPal has no PayPal address, or the selection breaks PayPal's rules.
 */
async function paypalExport(req: AuthenticatedMedusaRequest, res: MedusaResponse, query: Omit<ExportPayoutsQueryType, "format">, filters: Record<string, unknown>) {
  const svc = affiliateService(req.scope)
  const rows = await svc.listAffiliatePayouts(filters, { take: PAYPAL_SCAN_LIMIT + 1, order: { created_at: "ASC", id: "ASC" } })
  if (rows.length > PAYPAL_SCAN_LIMIT) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `More than ${PAYPAL_SCAN_LIMIT} payouts match: export one run (run_id) at a time.`)
  }
  const lookups = await payoutLookups(req.scope, rows)
  const file = paypalFile(
    rows.map((r: any) => ({
      id: r.id,
      affiliate_id: r.affiliate_id,
      amount: String(r.raw_amount?.value ?? r.amount),
      currency_code: r.currency_code,
      partner: { name: lookups.affiliates.get(r.affiliate_id)?.name ?? null, ...payoutDestination(r) },
    }))
  )
  if ("problems" in file) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No PayPal file: ${file.problems.join("; ")}.`)
  const currency = file.lines[0][2]
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="paypal-payouts-${query.run_id ?? new Date().toISOString().slice(0, 10)}-${currency}.csv"`)
  // Payouts in the selection that go another way (bank transfer, other), for the operator to pay from the bank file.
  res.setHeader("X-Payouts-Left-Out", String(file.left_out))
  res.end(file.lines.map((line) => csvLine(line)).join(""))
}
