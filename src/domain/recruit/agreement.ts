/**
 * A partner accepting the program's partner agreement from the portal, for
 * example after the operator published a new version. Only the current
 * version can be accepted; accepting it again changes nothing.
 *
 * Pending partners may accept: reading and accepting the terms is part of
 * onboarding, before the operator's review. Suspended, disabled and rejected
 * accounts change nothing from the portal.
 */
export type AgreementCheck =
  | { ok: true; changed: boolean }
  | { ok: false; kind: "forbidden" | "conflict"; message: string }

const CLOSED_STATUSES = ["suspended", "disabled", "rejected"]

export function checkAgreementAcceptance(input: {
  partnerStatus: string
  /** The version the partner accepted last, if any. */
  acceptedVersion: string | null | undefined
  /** The program's current version; null when the program has no agreement. */
  programVersion: string | null | undefined
  /** The version the partner says they accept. */
  version: string
}): AgreementCheck {
  if (CLOSED_STATUSES.includes(input.partnerStatus)) {
    return {
      ok: false,
      kind: "forbidden",
      message: `Your partner account is ${input.partnerStatus}, so it cannot accept agreements. Contact the program team.`,
    }
  }
  if (!input.programVersion) {
    return { ok: false, kind: "conflict", message: "This program has no partner agreement to accept." }
  }
  if (input.version !== input.programVersion) {
    return {
      ok: false,
      kind: "conflict",
      message: `Version ${input.version} is not the current partner agreement: the current version is ${input.programVersion}.`,
    }
  }
  return { ok: true, changed: input.acceptedVersion !== input.programVersion }
}
