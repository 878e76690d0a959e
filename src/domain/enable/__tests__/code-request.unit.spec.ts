import { checkCode } from "../codes"
import {
  autoCodeCandidates,
  codeRequestActionProblem,
  CodeRequestFacts,
  decideCodeRequest,
  MAX_PENDING_CODE_REQUESTS,
  partnerCodeRequestProblem,
  takenMeanwhileMessage,
} from "../code-request"

const facts = (over: Partial<CodeRequestFacts> = {}): CodeRequestFacts => ({
  mode: "review",
  kind: "code",
  referral: { name: "Blog", status: "active" },
  voucher: null,
  check: checkCode("anna 10"),
  clash: null,
  pendingDuplicate: false,
  pendingCount: 0,
  ...over,
})

describe("partnerCodeRequestProblem", () => {
  it("lets an active partner ask", () => {
    expect(partnerCodeRequestProblem("active")).toBeNull()
  })

  it.each([
    ["suspended", "Your partner account is suspended, so it cannot request codes. Contact the program team."],
    ["disabled", "Your partner account is disabled, so it cannot request codes. Contact the program team."],
    ["rejected", "Your partner account is rejected, so it cannot request codes. Contact the program team."],
    ["pending", "Your partner account is still waiting for approval, so it cannot request codes. Contact the program team."],
  ])("refuses a %s partner with the reason (403)", (status, message) => {
    expect(partnerCodeRequestProblem(status)).toEqual({ kind: "forbidden", message })
  })
})

describe("decideCodeRequest", () => {
  it.each([
    { label: "review mode queues a free, valid code", over: {}, outcome: "queue" },
    { label: "auto mode approves a free, valid code", over: { mode: "auto" as const }, outcome: "approve" },
    {
      label: "auto mode approves an alias on an active voucher",
      over: { mode: "auto" as const, kind: "alias" as const, voucher: { code: "ANNA-PODCAST", status: "active" } },
      outcome: "approve",
    },
    { label: "review mode queues up to the limit of waiting requests", over: { pendingCount: MAX_PENDING_CODE_REQUESTS - 1 }, outcome: "queue" },
    { label: "auto mode has nothing waiting, whatever the count", over: { mode: "auto" as const, pendingCount: MAX_PENDING_CODE_REQUESTS }, outcome: "approve" },
  ])("$label", ({ over, outcome }) => {
    expect(decideCodeRequest(facts(over))).toEqual({ outcome })
  })

  it.each([
    {
      label: "an invalid code is bad input, before anything else",
      over: { check: checkCode("$$"), clash: "taken", referral: { name: "Blog", status: "archived" } },
      kind: "invalid",
      message: "code: A code has 3 to 32 letters, digits or inner hyphens (for example SUMMER-10).",
    },
    { label: "an alias without its voucher", over: { kind: "alias" as const }, kind: "invalid", message: "voucher_id: an alias needs the voucher it belongs to." },
    {
      label: "an archived link",
      over: { referral: { name: "Old blog", status: "archived" } },
      kind: "conflict",
      message: 'The link "Old blog" is archived; ask for codes on an active link.',
    },
    {
      label: "an inactive voucher takes no alias",
      over: { kind: "alias" as const, voucher: { code: "ANNA-PODCAST", status: "inactive" } },
      kind: "conflict",
      message: "The voucher ANNA-PODCAST is inactive, so it takes no new aliases.",
    },
    {
      label: "the same code asked for twice while the first waits",
      over: { pendingDuplicate: true },
      kind: "conflict",
      message: "You already asked for ANNA10; that request is waiting for review.",
    },
    {
      label: "a taken code, with the clash's own message, even in auto mode",
      over: { mode: "auto" as const, clash: "The code ANNA10 is already in use by another voucher." },
      kind: "conflict",
      message: "The code ANNA10 is already in use by another voucher.",
    },
    {
      label: "one request too many waiting for review",
      over: { pendingCount: MAX_PENDING_CODE_REQUESTS },
      kind: "conflict",
      message: "You have 20 code requests waiting for review; withdraw one or wait for a decision.",
    },
  ])("refuses $label", ({ over, kind, message }) => {
    expect(decideCodeRequest(facts(over))).toEqual({ outcome: "refuse", problem: { kind, message } })
  })
})

describe("codeRequestActionProblem", () => {
  const pending = { status: "pending" as const, normalized_code: "ANNA10" }

  it("lets a pending request be approved, refused with a reason, or withdrawn", () => {
    expect(codeRequestActionProblem(pending, "approve")).toBeNull()
    expect(codeRequestActionProblem(pending, "refuse", "Too close to our brand")).toBeNull()
    expect(codeRequestActionProblem(pending, "withdraw")).toBeNull()
  })

  it.each([undefined, null, "", "   "])("needs a reason to refuse (%j)", (reason) => {
    expect(codeRequestActionProblem(pending, "refuse", reason)).toEqual({
      kind: "invalid",
      message: "reason: say why the code is refused; the partner sees it.",
    })
  })

  it.each([
    { status: "approved" as const, action: "approve" as const, message: "The request for ANNA10 was already approved; it cannot be approved now." },
    { status: "approved" as const, action: "refuse" as const, message: "The request for ANNA10 was already approved; it cannot be refused now." },
    { status: "refused" as const, action: "approve" as const, message: "The request for ANNA10 was already refused; it cannot be approved now." },
    { status: "refused" as const, action: "withdraw" as const, message: "The request for ANNA10 was already refused; it cannot be withdrawn now." },
    { status: "withdrawn" as const, action: "approve" as const, message: "The request for ANNA10 was already withdrawn by the partner; it cannot be approved now." },
  ])("decides a request once: $status, then $action", ({ status, action, message }) => {
    expect(codeRequestActionProblem({ status, normalized_code: "ANNA10" }, action, "reason")).toEqual({ kind: "conflict", message })
  })
})

describe("takenMeanwhileMessage", () => {
  it("keeps the clash and says the request waits", () => {
    expect(takenMeanwhileMessage("The code ANNA10 is already in use by another voucher.")).toBe(
      "The code ANNA10 is already in use by another voucher. The request stays pending: refuse it with a reason, or ask the partner for another code."
    )
  })
})

describe("autoCodeCandidates", () => {
  it("turns the partner's name into a code, then numbers it, then adds the given suffixes", () => {
    expect(autoCodeCandidates("Anna Outdoors", ["k3x9"])).toEqual([
      "ANNA-OUTDOORS", "ANNA-OUTDOORS-2", "ANNA-OUTDOORS-3", "ANNA-OUTDOORS-4", "ANNA-OUTDOORS-5",
      "ANNA-OUTDOORS-6", "ANNA-OUTDOORS-7", "ANNA-OUTDOORS-8", "ANNA-OUTDOORS-9", "ANNA-OUTDOORS-K3X9",
    ])
  })

  it.each([
    { label: "accents and symbols", name: "Zoë & Søren's Café", first: "ZOE-SOREN-S-CAFE" },
    { label: "a long name, cut without a trailing hyphen", name: "The Very Long Outdoor Adventure Company GmbH", first: "THE-VERY-LONG-OUTDOOR-AD" },
    { label: "a name too short for a code", name: "Al", first: "PARTNER" },
    { label: "a name with no letters a code can hold", name: "日本語", first: "PARTNER" },
  ])("$label", ({ name, first }) => {
    const candidates = autoCodeCandidates(name, ["ZZZZ"])
    expect(candidates[0]).toBe(first)
    // Every candidate is a code the voucher workflow accepts, as it is stored.
    for (const candidate of candidates) expect(checkCode(candidate)).toEqual({ ok: true, normalized: candidate })
    expect(candidates.length).toBe(new Set(candidates).size)
  })
})
