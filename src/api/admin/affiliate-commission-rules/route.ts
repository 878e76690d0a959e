import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCommissionRuleWorkflow } from "../../../workflows/pay/rules"
import { affiliateService } from "../../../workflows/steps/load"
import { listArgs } from "../../utils/validators"
import { actorRef, runWorkflow } from "../../utils/http"
import { presentRule } from "./helpers"
import type { CreateRuleType, ListRulesQueryType } from "./validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { q, ...query } = req.validatedQuery as ListRulesQueryType
  const { filters, config, page } = listArgs(query, "-created_at")
  const where = q ? { ...filters, name: { $ilike: `%${q}%` } } : filters
  const [rows, count] = await affiliateService(req.scope).listAndCountAffiliateCommissionRules(where, config)
  res.json({ commission_rules: rows.map(presentRule), count, ...page })
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const rule = await runWorkflow(createCommissionRuleWorkflow, req, { rule: req.validatedBody as CreateRuleType, actor: actorRef(req) })
  res.status(201).json({ commission_rule: presentRule(rule) })
}
