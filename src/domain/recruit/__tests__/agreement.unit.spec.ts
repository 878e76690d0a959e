import { checkAgreementAcceptance } from "../agreement"

const base = { partnerStatus: "active", acceptedVersion: "1", programVersion: "2", version: "2" }

describe("checkAgreementAcceptance", () => {
  it.each([
    { label: "an active partner accepts the new version", input: {}, result: { ok: true, changed: true } },
    { label: "a pending partner may accept during onboarding", input: { partnerStatus: "pending" }, result: { ok: true, changed: true } },
    { label: "a partner who never accepted one", input: { acceptedVersion: null }, result: { ok: true, changed: true } },
    { label: "the same version again changes nothing", input: { acceptedVersion: "2" }, result: { ok: true, changed: false } },
  ])("$label", ({ input, result }) => {
    expect(checkAgreementAcceptance({ ...base, ...input })).toEqual(result)
  })

  it("refuses any version but the current one and names the current one", () => {
    expect(checkAgreementAcceptance({ ...base, version: "1" })).toEqual({
      ok: false,
      kind: "conflict",
      message: "Version 1 is not the current partner agreement: the current version is 2.",
    })
  })

  it("refuses when the program has no agreement", () => {
    expect(checkAgreementAcceptance({ ...base, programVersion: null })).toEqual({
      ok: false,
      kind: "conflict",
      message: "This program has no partner agreement to accept.",
    })
  })

  it.each(["suspended", "disabled", "rejected"])("refuses a %s account with 403, before looking at the version", (partnerStatus) => {
    expect(checkAgreementAcceptance({ ...base, partnerStatus, version: "0" })).toEqual({
      ok: false,
      kind: "forbidden",
      message: `Your partner account is ${partnerStatus}, so it cannot accept agreements. Contact the program team.`,
    })
  })
})
