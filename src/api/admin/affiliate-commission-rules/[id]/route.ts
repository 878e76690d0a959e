import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateCommissionRuleWorkflow } from "../../../../workflows/pay/rules"
import { affiliateService } from "../../../../workflows/steps/load"
import { actorRef, notFound, runWorkflow } from "../../../utils/http"
import { presentRule } from "../helpers"
import type { UpdateRuleType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [rule] = await affiliateService(req.scope).listAffiliateCommissionRules({ id: req.params.id }, { take: 1 })
  if (!rule) throw notFound(`Commission rule ${req.params.id} was not found.`)
  res.json({ commission_rule: presentRule(rule) })
}

/** Changes apply to conversions from now on; recorded commissions keep their rule snapshot. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rule = await runWorkflow(updateCommissionRuleWorkflow, req, { id: req.params.id, changes: req.validatedBody as UpdateRuleType, actor: actorRef(req) })
  res.json({ commission_rule: presentRule(rule) })
}

/** Archives the rule (it stays in the audit trail and in the snapshots of what it paid). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await runWorkflow(updateCommissionRuleWorkflow, req, { id: req.params.id, changes: {}, archive: true, actor: actorRef(req) })
  res.json({ id: req.params.id, archived: true })
}
