import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ruleProblems, Rule } from "../../domain/pay/rules"
import { createAffiliateRecordsStep, updateAffiliateRecordsStep } from "../steps/records"
import { affiliateService, loadProgram } from "../steps/load"
import { conflict, invalid, notFound } from "../steps/errors"

type Container = { resolve: (key: string) => any }
export type RuleInput = Partial<Omit<Rule, "id">> & { program_id?: string | null; metadata?: Record<string, unknown> | null }

const RULE_FIELDS = [
  "program_id", "name", "scope", "site_id", "affiliate_id", "referral_id", "event", "type", "percentage", "flat_amounts",
  "basis", "tiers", "window_days", "priority", "starts_at", "ends_at", "status", "metadata",
] as const

/** The rule as the audit trail shows it: plain JSON values. */
export function auditView(rule: Record<string, any> | null): Record<string, unknown> | null {
  if (!rule) return null
  const view: Record<string, unknown> = {}
  for (const f of RULE_FIELDS) {
    const v = rule[f]
    view[f] = v instanceof Date ? v.toISOString() : f === "percentage" && v != null ? String(v) : v ?? null
  }
  return view
}

/** The rule's target must exist in the rule's program: a rule for a partner of another program would never pay. */
async function checkTarget(container: Container, rule: RuleInput & { program_id: string }) {
  const svc = affiliateService(container)
  const lookups = {
    site: () => svc.listAffiliateSites({ id: rule.site_id!, program_id: rule.program_id }, { take: 1, select: ["id"] }),
    affiliate: () => svc.listAffiliates({ id: rule.affiliate_id!, program_id: rule.program_id }, { take: 1, select: ["id"] }),
    referral: async () => {
      const [ref] = await svc.listAffiliateReferrals({ id: rule.referral_id! }, { take: 1, select: ["id", "affiliate_id"] })
      if (!ref) return []
      return svc.listAffiliates({ id: ref.affiliate_id, program_id: rule.program_id }, { take: 1, select: ["id"] })
    },
  }
  if (rule.scope && rule.scope !== "program") {
    const found = await lookups[rule.scope]()
    if (!found.length) throw notFound(`No ${rule.scope} ${rule[`${rule.scope}_id` as "site_id"]} exists in program ${rule.program_id}.`)
  }
}

function checkRule(rule: RuleInput) {
  const problems = ruleProblems(rule as any)
  if (problems.length) throw invalid(problems.join(" "))
}

const prepareRuleStep = createStep("prepare-commission-rule", async (input: { rule: RuleInput }, { container }) => {
  const program = await loadProgram(container, input.rule.program_id ?? null)
  const rule = { scope: "program", event: "order", basis: "item_subtotal", priority: 0, ...input.rule, program_id: program.id } as RuleInput & { program_id: string }
  checkRule(rule)
  await checkTarget(container, rule)
  return new StepResponse(rule)
})

/** Creates a rule and the first line of its audit trail. */
export const createCommissionRuleWorkflow = createWorkflow("create-affiliate-commission-rule", (input: { rule: RuleInput; actor: string | null }) => {
  const rule = prepareRuleStep(input)
  const created = createAffiliateRecordsStep(transform({ rule }, ({ rule }) => ({ entity: "CommissionRule" as const, data: [rule as Record<string, unknown>] })))
  const change = transform({ created, input }, ({ created, input }) => ({
    entity: "CommissionRuleChange" as const,
    data: [{ rule_id: created[0].id, action: "created", before: null, after: auditView(created[0]), actor: input.actor }],
  }))
  createAffiliateRecordsStep(change).config({ name: "record-rule-created" })
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})

const prepareRuleUpdateStep = createStep(
  "prepare-commission-rule-update",
  async (input: { id: string; changes: RuleInput; archive?: boolean }, { container }) => {
    const svc = affiliateService(container)
    const [current] = await svc.listAffiliateCommissionRules({ id: input.id }, { take: 1 })
    if (!current) throw notFound(`Commission rule ${input.id} was not found.`)
    if (current.status === "archived") throw conflict(`Commission rule "${current.name}" is archived; create a new rule instead.`)
    const changes = input.archive ? { status: "archived" as const } : input.changes
    if (changes.program_id && changes.program_id !== current.program_id) throw invalid("A rule cannot move to another program; create one there.")
    const next = { ...auditView(current as any), ...changes, program_id: current.program_id } as RuleInput & { program_id: string }
    // Changing the scope clears the targets the new scope does not use.
    if (changes.scope) for (const f of ["site_id", "affiliate_id", "referral_id"] as const) if (!(f in changes) && f !== `${changes.scope}_id`) (next as any)[f] = null
    checkRule(next)
    await checkTarget(container, next)
    const data: Record<string, unknown> = { id: input.id }
    for (const f of RULE_FIELDS) if (f !== "program_id" && f in next) data[f] = (next as any)[f]
    return new StepResponse({ data, before: auditView(current as any), action: input.archive ? ("archived" as const) : ("updated" as const) })
  }
)

/**
 * Changes or archives a rule and records the change. Commissions already
 * recorded keep the snapshot of the rule that made them.
 */
export const updateCommissionRuleWorkflow = createWorkflow(
  "update-affiliate-commission-rule",
  (input: { id: string; changes: RuleInput; archive?: boolean; actor: string | null }) => {
    const prepared = prepareRuleUpdateStep(input)
    const updated = updateAffiliateRecordsStep(transform({ prepared }, ({ prepared }) => ({ entity: "CommissionRule" as const, data: [prepared.data as any] })))
    const change = transform({ prepared, updated, input }, ({ prepared, updated, input }) => ({
      entity: "CommissionRuleChange" as const,
      data: [{ rule_id: input.id, action: prepared.action, before: prepared.before, after: auditView(updated[0]), actor: input.actor }],
    }))
    createAffiliateRecordsStep(change).config({ name: "record-rule-change" })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)
