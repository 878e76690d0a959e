import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { affiliateService, loadProgram } from "../../../workflows/steps/load"
import { notFound } from "../../utils/http"
import { presentPartner, presentProgram } from "./presenters"

// Partner-facing objects are built in one place, from allow-lists: ./presenters.
export { presentPartner, presentProgram }

/**
 * The signed-in customer's own partner account: the only one a partner can
 * ever read, already cut to what the partner may see, so a route can answer
 * with it as it is.
 */
export async function loadOwnAffiliate(req: AuthenticatedMedusaRequest, programId?: string) {
  const program = await loadProgram(req.scope, programId)
  const [affiliate] = await affiliateService(req.scope).listAffiliates(
    { program_id: program.id, customer_id: req.auth_context.actor_id },
    {
      relations: ["site_authorizations", "site_authorizations.site", "referrals", "referrals.vouchers", "referrals.vouchers.codes"],
    }
  )
  if (!affiliate) throw notFound("You have no partner account in this program yet. Apply first.")
  return { program, affiliate: presentPartner(affiliate) }
}
