import { randomBytes } from "node:crypto"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { checkCode } from "../../domain/enable/codes"
import {
  autoCodeCandidates,
  CodeRequestAction,
  codeRequestActionProblem,
  CodeRequestKind,
  CodeRequestProblem,
  CodeRequestStatus,
  decideCodeRequest,
  partnerCodeRequestProblem,
  takenMeanwhileMessage,
} from "../../domain/enable/code-request"
import { asConflict } from "../steps/records"
import { affiliateService, loadAffiliate, loadProgram } from "../steps/load"
import { conflict, forbidden, invalid, notFound } from "../steps/errors"
import { AffiliateEvents } from "../events"
import { createReferralWorkflow } from "./referral"
import { addVoucherAliasWorkflow, createVoucherWorkflow, findCodeClash, IncentiveInput } from "./voucher"

type Container = { resolve: (key: string) => unknown }
type Row = Record<string, any> & { id: string }

function raise(problem: CodeRequestProblem): never {
  if (problem.kind === "forbidden") throw forbidden(problem.message)
  if (problem.kind === "invalid") throw invalid(problem.message)
  throw conflict(problem.message)
}

export async function loadCodeRequest(container: Container, id: string): Promise<Row> {
  const [request] = await affiliateService(container).listAffiliateCodeRequests({ id }, { take: 1 })
  if (!request) throw notFound(`Code request ${id} was not found.`)
  return request as Row
}

// ---------------------------------------------------------------------------
// A partner asks

export type RequestCodeInput = {
  affiliate_id: string
  referral_id: string
  code: string
  kind: CodeRequestKind
  /** The voucher an alias is for. */
  voucher_id?: string | null
}

type PreparedRequest = {
  auto: boolean
  row: {
    affiliate_id: string
    program_id: string
    referral_id: string
    kind: CodeRequestKind
    voucher_id: string | null
    code: string
    normalized_code: string
  }
}

const prepareCodeRequestStep = createStep("prepare-affiliate-code-request", async (input: RequestCodeInput, { container }) => {
  const svc = affiliateService(container)
  const affiliate = await loadAffiliate(container, input.affiliate_id)
  const standing = partnerCodeRequestProblem(affiliate.status)
  if (standing) raise(standing)
  // Someone else's link or voucher is "not found", so ids are never confirmed.
  const [referral] = await svc.listAffiliateReferrals({ id: input.referral_id, affiliate_id: affiliate.id }, { take: 1 })
  if (!referral) throw notFound(`Referral ${input.referral_id} was not found.`)
  let voucher: Row | null = null
  if (input.kind === "alias" && input.voucher_id) {
    const [found] = await svc.listAffiliateVouchers({ id: input.voucher_id, referral_id: referral.id }, { take: 1 })
    if (!found) throw notFound(`Voucher ${input.voucher_id} was not found on this link.`)
    voucher = found as Row
  }
  const program = await loadProgram(container, affiliate.program_id)
  const check = checkCode(input.code)
  const normalized = check.ok ? check.normalized : ""
  const clash = check.ok ? await findCodeClash(container, [normalized], null) : null
  const waiting = check.ok ? await svc.listAffiliateCodeRequests({ affiliate_id: affiliate.id, status: "pending" }, { select: ["id", "normalized_code"] }) : []
  const decision = decideCodeRequest({
    mode: (program as any).code_requests ?? "review",
    kind: input.kind,
    referral: { name: referral.name, status: referral.status },
    voucher: voucher ? { code: voucher.code, status: voucher.status } : null,
    check,
    clash,
    pendingDuplicate: waiting.some((r) => r.normalized_code === normalized),
    pendingCount: waiting.length,
  })
  if (decision.outcome === "refuse") raise(decision.problem)
  const prepared: PreparedRequest = {
    auto: decision.outcome === "approve",
    row: {
      affiliate_id: affiliate.id,
      program_id: affiliate.program_id,
      referral_id: referral.id,
      kind: input.kind,
      voucher_id: voucher?.id ?? null,
      code: input.code.trim(),
      normalized_code: normalized,
    },
  }
  return new StepResponse(prepared)
})

const createCodeRequestStep = createStep(
  "create-affiliate-code-request",
  async (row: PreparedRequest["row"], { container }) => {
    let created: Row
    try {
      ;[created] = (await affiliateService(container).createAffiliateCodeRequests([row])) as Row[]
    } catch (error) {
      // The partial unique index: the same partner asked for the same code at the same moment.
      throw asConflict(error, `You already asked for ${row.normalized_code}; that request is waiting for review.`)
    }
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    // The workflow did not complete, so the request never existed for anyone.
    await affiliateService(container).deleteAffiliateCodeRequests([id])
  }
)

/** Creates the voucher (or alias) a granted request asks for, with the existing voucher workflows. */
function grantCode(input: { request: PreparedRequest["row"] & { incentive?: IncentiveInput | null }; grant: boolean }) {
  when("grant-affiliate-requested-code", input, ({ request, grant }) => grant && request.kind === "code").then(() => {
    createVoucherWorkflow.runAsStep({
      input: transform(input, ({ request }) => ({
        referral_id: request.referral_id,
        code: request.code,
        incentive: request.incentive ?? null,
      })),
    })
  })
  when("grant-affiliate-requested-alias", input, ({ request, grant }) => grant && request.kind === "alias").then(() => {
    addVoucherAliasWorkflow.runAsStep({
      input: transform(input, ({ request }) => ({ voucher_id: request.voucher_id!, code: request.code })),
    })
  })
}

/**
 * Records what a granted request created (its voucher and code row), and for
 * a request granted at once, that it is approved. Undone with the workflow.
 */
const recordGrantStep = createStep(
  "record-affiliate-code-request-grant",
  async (input: { id: string; normalized_code: string; grant: boolean; approve: boolean }, { container }) => {
    if (!input.grant) return new StepResponse(null as Row | null, null as Row | null)
    const svc = affiliateService(container)
    const [code] = await svc.listAffiliateVoucherCodes({ normalized_code: input.normalized_code }, { take: 1 })
    const previous = await loadCodeRequest(container, input.id)
    const data: Record<string, unknown> = { id: input.id, voucher_id: code?.voucher_id ?? previous.voucher_id, voucher_code_id: code?.id ?? null }
    if (input.approve) Object.assign(data, { status: "approved", decided_at: new Date(), decided_by: null })
    const [updated] = (await svc.updateAffiliateCodeRequests([data as any])) as Row[]
    const undo = { id: previous.id, voucher_id: previous.voucher_id, voucher_code_id: previous.voucher_code_id, status: previous.status, decided_at: previous.decided_at, decided_by: previous.decided_by }
    return new StepResponse(updated, undo as Row)
  },
  async (undo, { container }) => {
    if (!undo) return
    await affiliateService(container).updateAffiliateCodeRequests([undo as any])
  }
)

/**
 * A partner asks for a code on one of their links: a new voucher or an alias
 * on one of their vouchers. A free, valid code is granted at once when the
 * program says "auto" (the voucher is created in the same run), else the
 * request waits for an operator. A taken or invalid code writes nothing.
 */
export const requestAffiliateCodeWorkflow = createWorkflow("request-affiliate-code", (input: RequestCodeInput) => {
  const prepared = prepareCodeRequestStep(input)
  const created = createCodeRequestStep(transform({ prepared }, ({ prepared }) => prepared.row))
  grantCode({ request: transform({ prepared }, ({ prepared }) => prepared.row), grant: transform({ prepared }, ({ prepared }) => prepared.auto) })
  const granted = recordGrantStep(
    transform({ prepared, created }, ({ prepared, created }) => ({
      id: created.id,
      normalized_code: prepared.row.normalized_code,
      grant: prepared.auto,
      approve: true,
    }))
  )
  const request = transform({ created, granted }, ({ created, granted }) => granted ?? created)
  emitEventStep({
    eventName: AffiliateEvents.CODE_REQUEST_CREATED,
    data: transform({ request }, ({ request }) => ({
      id: request.id,
      affiliate_id: request.affiliate_id,
      program_id: request.program_id,
      kind: request.kind,
      code: request.normalized_code,
      status: request.status,
    })),
  }).config({ name: "emit-code-request-created" })
  return new WorkflowResponse(request)
})

// ---------------------------------------------------------------------------
// An operator decides, or the partner withdraws

export type DecideCodeRequestInput = {
  id: string
  action: "approve" | "refuse" | "withdraw"
  reason?: string | null
  /** For approvals of a new code: the shopper's incentive, as on admin-created vouchers. */
  incentive?: IncentiveInput | null
  /** An operator ("user") approves or refuses; the partner ("customer") withdraws their own (affiliate_id is theirs). */
  actor: { type: "user" | "customer"; id: string | null }
  affiliate_id?: string
}

const STATUS_OF: Record<DecideCodeRequestInput["action"], Exclude<CodeRequestStatus, "pending">> = {
  approve: "approved",
  refuse: "refused",
  withdraw: "withdrawn",
}

const prepareCodeRequestDecisionStep = createStep(
  "prepare-affiliate-code-request-decision",
  async (input: DecideCodeRequestInput, { container }) => {
    const request = await loadCodeRequest(container, input.id)
    if (input.actor.type === "customer") {
      // Someone else's request is "not found"; a partner only withdraws.
      if (request.affiliate_id !== input.affiliate_id || input.action !== "withdraw") throw notFound(`Code request ${input.id} was not found.`)
      const standing = partnerCodeRequestProblem((await loadAffiliate(container, request.affiliate_id)).status)
      if (standing) raise(standing)
    } else if (input.action === "withdraw") {
      throw invalid("Only the partner withdraws a request; refuse it instead.")
    }
    const problem = codeRequestActionProblem(request as any, input.action, input.reason)
    if (problem) raise(problem)
    if (input.incentive && (input.action !== "approve" || request.kind !== "code")) {
      throw invalid("incentive: only a request for a new code, when approved, takes an incentive.")
    }
    if (input.action === "approve") {
      // The code may have been taken (or made a promotion code) since the partner asked.
      const clash = await findCodeClash(container, [request.normalized_code], null)
      if (clash) throw conflict(takenMeanwhileMessage(clash))
    }
    return new StepResponse({
      request,
      decision: {
        id: request.id,
        action: input.action,
        status: STATUS_OF[input.action],
        reason: input.action === "refuse" ? input.reason!.trim() : null,
        decided_by: input.actor.type === "user" ? input.actor.id ?? "admin" : null,
      },
    })
  }
)

/** Moves the request out of pending, once: a second decision at the same moment is refused (409). */
const markCodeRequestDecidedStep = createStep(
  "mark-affiliate-code-request-decided",
  async (
    input: { id: string; action: CodeRequestAction; status: Exclude<CodeRequestStatus, "pending">; reason: string | null; decided_by: string | null },
    { container }
  ) => {
    const { action, ...decision } = input
    const decided = await affiliateService(container).decidePendingCodeRequest({ ...decision, decided_at: new Date() })
    if (!decided) {
      const current = await loadCodeRequest(container, input.id)
      throw conflict(codeRequestActionProblem(current as any, action, "-")?.message ?? "The request was decided meanwhile.")
    }
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    // Only this run decided it, so it goes back to waiting.
    await affiliateService(container).updateAffiliateCodeRequests([
      { id, status: "pending", reason: null, decided_by: null, decided_at: null } as any,
    ])
  }
)

/**
 * Approves (creating the voucher or alias with the existing voucher
 * workflows), refuses with a reason the partner sees, or withdraws a pending
 * request. A decided request is never decided again. When the code was taken
 * meanwhile, the approval is refused and the request stays pending.
 */
export const decideCodeRequestWorkflow = createWorkflow("decide-affiliate-code-request", (input: DecideCodeRequestInput) => {
  const prepared = prepareCodeRequestDecisionStep(input)
  markCodeRequestDecidedStep(transform({ prepared }, ({ prepared }) => prepared.decision))
  const approve = transform({ input }, ({ input }) => input.action === "approve")
  grantCode({
    request: transform({ prepared, input }, ({ prepared, input }) => ({ ...(prepared.request as any), incentive: input.incentive ?? null })),
    grant: approve,
  })
  const granted = recordGrantStep(
    transform({ prepared, approve }, ({ prepared, approve }) => ({
      id: prepared.request.id,
      normalized_code: prepared.request.normalized_code,
      grant: approve,
      approve: false,
    }))
  )
  emitEventStep({
    eventName: AffiliateEvents.CODE_REQUEST_DECIDED,
    data: transform({ prepared }, ({ prepared }) => ({
      id: prepared.request.id,
      affiliate_id: prepared.request.affiliate_id,
      program_id: prepared.request.program_id,
      kind: prepared.request.kind,
      code: prepared.request.normalized_code,
      status: prepared.decision.status,
      reason: prepared.decision.reason,
    })),
  }).config({ name: "emit-code-request-decided" })
  return new WorkflowResponse(transform({ prepared, granted }, ({ prepared, granted }) => ({ id: prepared.request.id, voucher_id: granted?.voucher_id ?? null })))
})

// ---------------------------------------------------------------------------
// A code for every newly approved partner

const NEW_PARTNER_CODE_DESCRIPTION = "Your code, given when your account was approved"

/**
 * When a program gives new partners a code, a partner who becomes active by
 * approval (not by reactivation) and has no voucher yet gets one: on their
 * first active link, or a link made for them, with a code made from their
 * name. A partner who has any voucher gets nothing, so approving again or
 * running this twice gives one code. A failure here never undoes the
 * approval: the operator can still add a code by hand.
 */
export const giveNewPartnerCodeStep = createStep(
  "give-new-affiliate-code",
  async (input: { affiliate_id: string; from: string | null; to: string }, { container }) => {
    const none = new StepResponse(null as { voucher_id: string; code: string } | null, null as { voucher_id: string; referral_id: string | null } | null)
    if (input.to !== "active" || !(input.from === null || input.from === "pending" || input.from === "rejected")) return none
    const svc = affiliateService(container)
    try {
      const affiliate = await loadAffiliate(container, input.affiliate_id)
      const program = await loadProgram(container, affiliate.program_id)
      if (!(program as any).auto_code_for_new_partners) return none
      const referrals = await svc.listAffiliateReferrals({ affiliate_id: affiliate.id }, { order: { created_at: "ASC" } })
      if (referrals.length) {
        const vouchers = await svc.listAffiliateVouchers({ referral_id: referrals.map((r) => r.id) }, { take: 1, withDeleted: true } as any)
        if (vouchers.length) return none
      }
      let referral = referrals.find((r) => r.status === "active") as Row | undefined
      let createdReferralId: string | null = null
      if (!referral) {
        const { result } = await createReferralWorkflow(container as any).run({ input: { affiliate_id: affiliate.id, name: "Main link" } })
        referral = result as Row
        createdReferralId = referral.id
      }
      const suffixes = [0, 1, 2].map(() => randomBytes(3).toString("hex"))
      for (const code of autoCodeCandidates(affiliate.name, suffixes)) {
        if (await findCodeClash(container, [code], null)) continue
        try {
          const { result } = await createVoucherWorkflow(container as any).run({
            input: { referral_id: referral.id, code, description: NEW_PARTNER_CODE_DESCRIPTION },
          })
          return new StepResponse({ voucher_id: result.id as string, code }, { voucher_id: result.id as string, referral_id: createdReferralId })
        } catch (error: any) {
          // Taken between the check and the insert: try the next candidate.
          if (error?.type !== MedusaError.Types.CONFLICT) throw error
        }
      }
      throw new Error("every generated code was taken")
    } catch (error: any) {
      ;(container.resolve("logger") as any).warn(
        `medusa-plugin-affiliate: no code was given to newly approved partner ${input.affiliate_id} (${error?.message ?? error}); add one by hand.`
      )
      return none
    }
  },
  async (undo, { container }) => {
    if (!undo) return
    const svc = affiliateService(container)
    const codes = await svc.listAffiliateVoucherCodes({ voucher_id: undo.voucher_id }, { select: ["id"] })
    if (codes.length) await svc.deleteAffiliateVoucherCodes(codes.map((c) => c.id))
    await svc.deleteAffiliateVouchers([undo.voucher_id])
    if (undo.referral_id) await svc.deleteAffiliateReferrals([undo.referral_id])
  }
)
