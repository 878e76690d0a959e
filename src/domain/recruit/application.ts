/**
 * What happens to an application to a program, decided from the program's
 * settings alone. An invitation is the operator's own choice: it bypasses the
 * registration mode and review, but the partner still accepts the agreement.
 */
export type RegistrationMode = "open" | "invite" | "closed"

export type ApplicationRoute = "application" | "invitation"

export type ApplicationDecision =
  | { allowed: true; initialStatus: "active" | "pending" }
  | { allowed: false; reason: string }

export interface ProgramAdmission {
  registration_mode: RegistrationMode
  auto_approve: boolean
  agreement_version: string | null
}

export function decideApplication(
  program: ProgramAdmission,
  route: ApplicationRoute,
  acceptedAgreementVersion: string | null | undefined
): ApplicationDecision {
  if (route === "application" && program.registration_mode === "invite") {
    return {
      allowed: false,
      reason: "This program accepts partners by invitation only.",
    }
  }
  if (route === "application" && program.registration_mode === "closed") {
    return {
      allowed: false,
      reason: "This program is not accepting new partners.",
    }
  }
  if (
    program.agreement_version &&
    acceptedAgreementVersion !== program.agreement_version
  ) {
    return {
      allowed: false,
      reason: `You must accept the current partner agreement (version ${program.agreement_version}).`,
    }
  }
  // An invitation is the operator's own choice of partner, so it activates at once.
  if (route === "invitation" || program.auto_approve) {
    return { allowed: true, initialStatus: "active" }
  }
  return { allowed: true, initialStatus: "pending" }
}
