import {
  AFFILIATE_STATUSES,
  AffiliateStatus,
  allowedTransitions,
  canTransition,
  checkTransition,
  isEarningStatus,
} from "../status-lifecycle"

/**
 * The lifecycle as the product defines it, written out independently of the
 * implementation: the admin UI, workflows and the portal rely on exactly this.
 */
const SPEC: Record<AffiliateStatus, AffiliateStatus[]> = {
  pending: ["active", "rejected", "disabled"],
  active: ["suspended", "disabled"],
  suspended: ["active", "disabled"],
  disabled: [],
  rejected: ["active"],
}
const ALL = Object.keys(SPEC) as AffiliateStatus[]

const MATRIX = ALL.flatMap((from) =>
  ALL.map((to) => ({ from, to, allowed: SPEC[from].includes(to) }))
)

describe("affiliate status lifecycle", () => {
  it("knows exactly the five statuses of the affiliate model", () => {
    expect([...AFFILIATE_STATUSES].sort()).toEqual([...ALL].sort())
  })

  it("covers all 25 from x to pairs, 8 of them allowed", () => {
    expect(MATRIX).toHaveLength(25)
    expect(MATRIX.filter((m) => m.allowed)).toHaveLength(8)
  })

  describe.each(MATRIX.filter((m) => m.allowed))("allowed: $from -> $to", ({ from, to }) => {
    it("is accepted by canTransition and checkTransition", () => {
      expect(canTransition(from, to)).toBe(true)
      expect(checkTransition(from, to)).toEqual({ ok: true })
    })
  })

  describe.each(MATRIX.filter((m) => !m.allowed))("refused: $from -> $to", ({ from, to }) => {
    it("is refused with a message that tells the operator what is possible", () => {
      expect(canTransition(from, to)).toBe(false)
      const check = checkTransition(from, to)
      expect(check.ok).toBe(false)
      if (check.ok) return
      if (from === to) {
        expect(check.message).toBe(`The affiliate is already ${to}.`)
      } else if (SPEC[from].length === 0) {
        expect(check.message).toMatch(new RegExp(`\\b${from} is final\\b`))
      } else {
        expect(check.message).toContain(`from ${from} to ${to}`)
        const listed = /can become: (.*)\.$/.exec(check.message)?.[1]?.split(", ")
        expect(listed?.sort()).toEqual([...SPEC[from]].sort())
        // The refused target is not offered as a possibility.
        expect(listed).not.toContain(to)
      }
    })
  })

  it.each(ALL)("allowedTransitions(%s) lists exactly the allowed next statuses", (from) => {
    expect([...allowedTransitions(from)].sort()).toEqual([...SPEC[from]].sort())
    for (const to of allowedTransitions(from)) expect(checkTransition(from, to).ok).toBe(true)
  })

  it("disabled is final: no way out of it, whatever the target", () => {
    expect(allowedTransitions("disabled")).toHaveLength(0)
    for (const to of ALL.filter((s) => s !== "disabled")) {
      const check = checkTransition("disabled", to)
      expect(check).toEqual({ ok: false, message: "A disabled affiliate cannot change status: disabled is final." })
    }
  })

  it("pending, active and suspended accounts can be disabled; nothing returns to pending", () => {
    for (const from of ALL.filter((s) => s !== "disabled" && s !== "rejected")) {
      expect(canTransition(from, "disabled")).toBe(true)
    }
    for (const from of ALL) expect(canTransition(from, "pending")).toBe(false)
  })

  it("a suspension can be lifted and a rejected applicant reconsidered", () => {
    expect(checkTransition("active", "suspended").ok).toBe(true)
    expect(checkTransition("suspended", "active").ok).toBe(true)
    expect(checkTransition("rejected", "active").ok).toBe(true)
  })

  it("gives the complete message for a refused move", () => {
    expect(checkTransition("pending", "suspended")).toEqual({
      ok: false,
      message:
        "Cannot move an affiliate from pending to suspended; from pending it can become: active, rejected, disabled.",
    })
  })

  it.each(ALL)("only active affiliates earn (%s)", (status) => {
    expect(isEarningStatus(status)).toBe(status === "active")
  })
})
