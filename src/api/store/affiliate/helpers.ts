import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { affiliateService, loadProgram } from "../../../workflows/steps/load"
import { notFound } from "../../utils/http"

/** Only what a partner should see of a program (no internal settings). */
export function presentProgram(program: Record<string, any>) {
  return {
    id: program.id,
    name: program.name,
    handle: program.handle,
    description: program.description,
    registration_mode: program.registration_mode,
    agreement_text: program.agreement_text,
    agreement_version: program.agreement_version,
    attribution_window_days: program.attribution_window_days,
    hold_days: program.hold_days,
    payout_minimums: program.payout_minimums,
    help_center: program.help_center,
  }
}

/** Operator-only fields never leave the admin API. */
const PRIVATE_FIELDS = ["customer_id", "verified_by", "invitation_id", "metadata", "deleted_at"]

export function presentPartner(affiliate: Record<string, any>) {
  return Object.fromEntries(Object.entries(affiliate).filter(([key]) => !PRIVATE_FIELDS.includes(key)))
}

/** The signed-in customer's own partner account: the only one a partner can ever read. */
export async function loadOwnAffiliate(req: AuthenticatedMedusaRequest, programId?: string) {
  const program = await loadProgram(req.scope, programId)
  const [affiliate] = await affiliateService(req.scope).listAffiliates(
    { program_id: program.id, customer_id: req.auth_context.actor_id },
    {
      relations: ["site_authorizations", "site_authorizations.site", "referrals", "referrals.vouchers", "referrals.vouchers.codes"],
    }
  )
  if (!affiliate) throw notFound("You have no partner account in this program yet. Apply first.")
  return { program, affiliate: presentPartner(affiliate) as typeof affiliate }
}
