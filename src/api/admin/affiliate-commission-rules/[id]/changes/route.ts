import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { affiliateService } from "../../../../../workflows/steps/load"
import { notFound } from "../../../../utils/http"

/** The rule's audit trail, newest first: who changed what, before and after. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = affiliateService(req.scope)
  const [rule] = await svc.listAffiliateCommissionRules({ id: req.params.id }, { take: 1, select: ["id"] })
  if (!rule) throw notFound(`Commission rule ${req.params.id} was not found.`)
  const changes = await svc.listAffiliateCommissionRuleChanges({ rule_id: rule.id }, { order: { created_at: "DESC", id: "DESC" }, take: 500 })
  res.json({ changes: changes.map(({ deleted_at, updated_at, ...c }: any) => c) })
}
