import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../../../workflows/steps/load"
import { loadOwnAffiliate } from "../../helpers"
import { presentPartnerBalance } from "../../presenters"

/** The partner's money per currency: on hold, approved for the next payout, in a payout, paid; and the program minimum. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { program, affiliate } = await loadOwnAffiliate(req, (req.validatedQuery as any)?.program_id)
  const totals = await affiliateService(req.scope).ledgerTotals({ affiliate_id: affiliate.id })
  const minimums = (program.payout_minimums ?? {}) as Record<string, number>
  res.json({
    balances: totals.map((t) => presentPartnerBalance(t, minimums[t.currency_code] ?? 0)),
    hold_days: program.hold_days,
    is_internal: affiliate.kind === "internal",
  })
}
