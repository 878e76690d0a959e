import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestAffiliateCodeWorkflow } from "../../../../../workflows"
import { affiliateService } from "../../../../../workflows/steps/load"
import { runWorkflow } from "../../../../utils/http"
import { loadOwnAffiliate } from "../../helpers"
import { presentPartnerCodeRequest } from "../../presenters"
import type { PartnerCodeRequestsQueryType, RequestCodeBody } from "./validators"

/** The partner's own code requests, newest first: what they asked for, its status and, if refused, why. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { program_id, status, limit, offset } = req.validatedQuery as PartnerCodeRequestsQueryType
  const { affiliate } = await loadOwnAffiliate(req, program_id)
  const [rows, count] = await affiliateService(req.scope).listAndCountAffiliateCodeRequests(
    { affiliate_id: affiliate.id, ...(status ? { status } : {}) },
    { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json({ code_requests: rows.map(presentPartnerCodeRequest), count, limit, offset })
}

/**
 * The partner asks for a code of their choosing on one of their links (a new
 * voucher) or an alias on one of their vouchers. The answer says whether it
 * was granted at once or waits for review.
 */
export async function POST(req: AuthenticatedMedusaRequest<RequestCodeBody>, res: MedusaResponse) {
  const body = req.validatedBody as RequestCodeBody
  const { affiliate } = await loadOwnAffiliate(req, body.program_id)
  const created = await runWorkflow(requestAffiliateCodeWorkflow, req, {
    affiliate_id: affiliate.id,
    referral_id: body.referral_id,
    code: body.code,
    kind: body.kind,
    voucher_id: body.voucher_id ?? null,
  })
  const [request] = await affiliateService(req.scope).listAffiliateCodeRequests({ id: created.id }, { take: 1 })
  res.status(201).json({ code_request: presentPartnerCodeRequest(request) })
}
