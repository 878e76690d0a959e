import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PARTNER_LEDGER_COLUMNS, type PartnerLedgerLine } from "../../../../../../domain/pay/partner-ledger-csv"
import { affiliateService } from "../../../../../../workflows/steps/load"
import { afterId, streamCsv } from "../../../../../utils/csv"
import { loadOwnAffiliate } from "../../../helpers"
import { partnerCommissions } from "../../pay-helpers"
import type { PartnerCommissionsExportQueryType } from "../../pay-validators"

const PAGE = 500

/** The partner's own ledger as CSV, streamed in the order the entries were written; the list's filters and fields. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { program_id, status, payout_id } = req.validatedQuery as PartnerCommissionsExportQueryType
  const { affiliate } = await loadOwnAffiliate(req, program_id)
  const svc = affiliateService(req.scope)
  const filters: Record<string, unknown> = { affiliate_id: affiliate.id, ...(status ? { status } : {}) }
  if (payout_id) {
    const items = await svc.listAffiliatePayoutItems({ payout_id }, { select: ["commission_id"], take: 1_000_000 })
    filters.id = (items as any[]).map((i) => i.commission_id)
  }
  await streamCsv<PartnerLedgerLine>(
    res,
    `affiliate-commissions-${new Date().toISOString().slice(0, 10)}.csv`,
    PARTNER_LEDGER_COLUMNS,
    async ({ last }) => {
      const rows = await svc.listAffiliateCommissions({ $and: [filters, afterId(last)] }, { take: PAGE, order: { id: "ASC" } })
      return partnerCommissions(req.scope, rows, affiliate.id)
    }
  )
}
