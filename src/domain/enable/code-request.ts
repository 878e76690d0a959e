import { CODE_PATTERN, CodeCheck } from "./codes"
import { slugify } from "./slug"

/**
 * A partner asks for a code of their own choosing ("ANNA10") for one of their
 * links: a new voucher, or an alias on a voucher they have. The program says
 * whether a free, valid code is granted at once ("auto") or waits for an
 * operator ("review"). These functions decide; the workflows look things up.
 */
export type CodeRequestMode = "auto" | "review"
export type CodeRequestKind = "code" | "alias"
export type CodeRequestStatus = "pending" | "approved" | "refused" | "withdrawn"
export type CodeRequestAction = "approve" | "refuse" | "withdraw"

/** Why a refusal happened, which is also how it is answered: forbidden 403, invalid 400, conflict 409. */
export type CodeRequestProblem = { kind: "forbidden" | "invalid" | "conflict"; message: string }

/** Only an active partner asks for codes; every other status is told why not. */
export function partnerCodeRequestProblem(status: string): CodeRequestProblem | null {
  if (status === "active") return null
  const why = status === "pending" ? "is still waiting for approval" : `is ${status}`
  return { kind: "forbidden", message: `Your partner account ${why}, so it cannot request codes. Contact the program team.` }
}

/** Requests one partner may have waiting at once; more wait until some are decided or withdrawn. */
export const MAX_PENDING_CODE_REQUESTS = 20

export type CodeRequestFacts = {
  mode: CodeRequestMode
  kind: CodeRequestKind
  /** The link the code is for. */
  referral: { name: string; status: string }
  /** The voucher an alias is for (alias requests only). */
  voucher?: { code: string; status: string } | null
  /** The requested code, checked (length, characters). */
  check: CodeCheck
  /** Why the code cannot be had (another voucher, alias or promotion uses it), or null when it is free. */
  clash: string | null
  /** The partner already waits for this very code. */
  pendingDuplicate: boolean
  /** How many of the partner's requests wait for review. */
  pendingCount: number
}

export type CodeRequestDecision = { outcome: "approve" | "queue" } | { outcome: "refuse"; problem: CodeRequestProblem }

/**
 * What happens to a new request: refused (bad code, taken, archived link,
 * asked twice), approved at once (auto mode), or queued for an operator.
 */
export function decideCodeRequest(facts: CodeRequestFacts): CodeRequestDecision {
  const refuse = (kind: CodeRequestProblem["kind"], message: string): CodeRequestDecision => ({ outcome: "refuse", problem: { kind, message } })
  if (!facts.check.ok) return refuse("invalid", `code: ${facts.check.message}`)
  if (facts.kind === "alias" && !facts.voucher) return refuse("invalid", "voucher_id: an alias needs the voucher it belongs to.")
  if (facts.referral.status !== "active") {
    return refuse("conflict", `The link "${facts.referral.name}" is archived; ask for codes on an active link.`)
  }
  if (facts.kind === "alias" && facts.voucher!.status !== "active") {
    return refuse("conflict", `The voucher ${facts.voucher!.code} is inactive, so it takes no new aliases.`)
  }
  if (facts.pendingDuplicate) {
    return refuse("conflict", `You already asked for ${facts.check.normalized}; that request is waiting for review.`)
  }
  if (facts.clash) return refuse("conflict", facts.clash)
  if (facts.mode === "review" && facts.pendingCount >= MAX_PENDING_CODE_REQUESTS) {
    return refuse("conflict", `You have ${facts.pendingCount} code requests waiting for review; withdraw one or wait for a decision.`)
  }
  return { outcome: facts.mode === "auto" ? "approve" : "queue" }
}

const DONE: Record<Exclude<CodeRequestStatus, "pending">, string> = {
  approved: "approved",
  refused: "refused",
  withdrawn: "withdrawn by the partner",
}

/** Whether a request may still be approved, refused or withdrawn: only once, while it is pending. */
export function codeRequestActionProblem(
  request: { status: CodeRequestStatus; normalized_code: string },
  action: CodeRequestAction,
  reason?: string | null
): CodeRequestProblem | null {
  if (request.status !== "pending") {
    return { kind: "conflict", message: `The request for ${request.normalized_code} was already ${DONE[request.status]}; it cannot be ${action === "withdraw" ? "withdrawn" : `${action}d`} now.` }
  }
  if (action === "refuse" && !reason?.trim()) {
    return { kind: "invalid", message: "reason: say why the code is refused; the partner sees it." }
  }
  return null
}

/** The message when a queued code was taken by someone else before the operator approved it. */
export function takenMeanwhileMessage(clash: string): string {
  return `${clash} The request stays pending: refuse it with a reason, or ask the partner for another code.`
}

const AUTO_CODE_ROOT_LENGTH = 24
const FALLBACK_ROOT = "PARTNER"

/**
 * Codes to try, in order, for a partner who gets one automatically on
 * approval: their name as a code ("Anna Outdoors" -> ANNA-OUTDOORS), then
 * numbered (ANNA-OUTDOORS-2 ... -9), then with the given suffixes (random
 * ones from the caller). Every candidate is a valid code.
 */
export function autoCodeCandidates(name: string, suffixes: readonly string[] = []): string[] {
  let root = slugify(name).toUpperCase().slice(0, AUTO_CODE_ROOT_LENGTH).replace(/-+$/, "")
  if (!CODE_PATTERN.test(root)) root = FALLBACK_ROOT
  const candidates = [root]
  for (let n = 2; n <= 9; n++) candidates.push(`${root}-${n}`)
  for (const suffix of suffixes) candidates.push(`${root}-${suffix.toUpperCase()}`)
  return [...new Set(candidates)].filter((c) => CODE_PATTERN.test(c))
}
