import {
  ApplicationDecision,
  ApplicationRoute,
  decideApplication,
  ProgramAdmission,
  RegistrationMode,
} from "../application"

const INVITE_ONLY = "This program accepts partners by invitation only."
const CLOSED = "This program is not accepting new partners."
const agreementReason = (v: string) => `You must accept the current partner agreement (version ${v}).`

type AgreementCase = {
  name: string
  program: string | null
  accepted: string | null | undefined
  satisfied: boolean
}

const AGREEMENTS: AgreementCase[] = [
  { name: "no agreement, nothing accepted", program: null, accepted: undefined, satisfied: true },
  { name: "no agreement, some version accepted", program: null, accepted: "1", satisfied: true },
  { name: "empty agreement version counts as none", program: "", accepted: null, satisfied: true },
  { name: "current version accepted", program: "2", accepted: "2", satisfied: true },
  { name: "outdated version accepted", program: "2", accepted: "1", satisfied: false },
  { name: "version with stray whitespace", program: "2", accepted: "2 ", satisfied: false },
  { name: "agreement not accepted (null)", program: "2", accepted: null, satisfied: false },
  { name: "agreement not accepted (undefined)", program: "2", accepted: undefined, satisfied: false },
]

const MODES: RegistrationMode[] = ["open", "invite", "closed"]
const ROUTES: ApplicationRoute[] = ["application", "invitation"]

/**
 * The rules, in order: the registration mode gates self-service applications
 * (invitations bypass it), then the current agreement must be accepted, then
 * invitations and auto-approving programs activate at once, everything else
 * waits for review.
 */
function expected(mode: RegistrationMode, route: ApplicationRoute, autoApprove: boolean, a: AgreementCase): ApplicationDecision {
  if (route === "application" && mode === "invite") return { allowed: false, reason: INVITE_ONLY }
  if (route === "application" && mode === "closed") return { allowed: false, reason: CLOSED }
  if (!a.satisfied) return { allowed: false, reason: agreementReason(a.program!) }
  if (route === "invitation" || autoApprove) return { allowed: true, initialStatus: "active" }
  return { allowed: true, initialStatus: "pending" }
}

const CASES = MODES.flatMap((mode) =>
  ROUTES.flatMap((route) =>
    [false, true].flatMap((auto_approve) =>
      AGREEMENTS.map((agreement) => ({ mode, route, auto_approve, agreement }))
    )
  )
)

describe("decideApplication", () => {
  it.each(CASES.map((c) => [c.mode, c.route, c.auto_approve, c.agreement.name, c] as const))(
    "mode=%s route=%s auto_approve=%s: %s",
    (_m, _r, _a, _n, { mode, route, auto_approve, agreement }) => {
      const program: ProgramAdmission = {
        registration_mode: mode,
        auto_approve,
        agreement_version: agreement.program,
      }
      expect(decideApplication(program, route, agreement.accepted)).toEqual(
        expected(mode, route, auto_approve, agreement)
      )
    }
  )

  const program = (p: Partial<ProgramAdmission>): ProgramAdmission => ({
    registration_mode: "open",
    auto_approve: false,
    agreement_version: "3",
    ...p,
  })

  it("an open program without auto-approve puts applicants under review", () => {
    expect(decideApplication(program({}), "application", "3")).toEqual({ allowed: true, initialStatus: "pending" })
  })

  it("an auto-approving open program activates applicants at once", () => {
    expect(decideApplication(program({ auto_approve: true }), "application", "3")).toEqual({
      allowed: true,
      initialStatus: "active",
    })
  })

  it("invite-only and closed programs refuse applications but accept invitations", () => {
    for (const registration_mode of ["invite", "closed"] as const) {
      expect(decideApplication(program({ registration_mode }), "application", "3").allowed).toBe(false)
      expect(decideApplication(program({ registration_mode }), "invitation", "3")).toEqual({
        allowed: true,
        initialStatus: "active",
      })
    }
  })

  it("the registration mode is reported before a missing agreement", () => {
    expect(decideApplication(program({ registration_mode: "closed" }), "application", null)).toEqual({
      allowed: false,
      reason: CLOSED,
    })
  })

  it("an invitation does not skip the agreement, and the refusal names the version to accept", () => {
    expect(decideApplication(program({ agreement_version: "2024-05" }), "invitation", "2024-01")).toEqual({
      allowed: false,
      reason: "You must accept the current partner agreement (version 2024-05).",
    })
  })
})
