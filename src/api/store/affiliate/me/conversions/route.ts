import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storedCommissionOutcome } from "../../../../../domain/pay/commission-outcome"
import { toPartnerConversion } from "../../../../../domain/track/anonymise"
import { affiliateService } from "../../../../../workflows/steps/load"
import { attributionLookups } from "../../../../admin/affiliate-attributions/helpers"
import { loadOwnAffiliate } from "../../helpers"
import type { PartnerConversionsQueryType } from "./validators"

/**
 * The partner's own registrations and orders, credited and refused,
 * anonymised: a pseudonym instead of the customer, never an order id, a
 * name or an email (see PARTNER_CONVERSION_FIELDS).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { program_id, limit, offset, ...filters } = req.validatedQuery as PartnerConversionsQueryType
  const { affiliate } = await loadOwnAffiliate(req, program_id)
  const where = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined))
  const [rows, count] = await affiliateService(req.scope).listAndCountAffiliateAttributions(
    { ...where, affiliate_id: affiliate.id },
    { skip: offset, take: limit, order: { attributed_at: "DESC", id: "DESC" } }
  )
  const lookups = await attributionLookups(req.scope, rows, { affiliates: false })
  const conversions = rows.map((row: any) => ({
    ...toPartnerConversion(row, affiliate.id, {
      site: row.site_id ? lookups.sites.get(row.site_id) : null,
      referral: row.referral_id ? lookups.referrals.get(row.referral_id) : null,
    }),
    // What it earned or why not: a reason code and a sentence that names no customer.
    commission: storedCommissionOutcome(row),
  }))
  res.json({ conversions, count, limit, offset })
}
