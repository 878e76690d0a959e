import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { buildReport } from "../../../../admin/affiliate-reports/helpers"
import type { PartnerReportQueryType } from "../../../../admin/affiliate-reports/validators"
import { loadOwnAffiliate } from "../../helpers"

/**
 * The signed-in partner's own report. The affiliate filter is always the
 * caller's, so a site or referral of someone else only ever yields zeros;
 * days follow the partner's time zone unless another is asked for.
 */
export async function partnerReport(req: AuthenticatedMedusaRequest) {
  const { program_id, from, to, timezone, by, ...filters } = req.validatedQuery as PartnerReportQueryType
  const { affiliate } = await loadOwnAffiliate(req, program_id)
  return buildReport(req.scope, {
    from,
    to,
    timezone: timezone ?? affiliate.timezone ?? undefined,
    by,
    filters: { ...filters, affiliate_id: affiliate.id },
  })
}
