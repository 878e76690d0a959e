import { decideExternalPartner, ExternalPartnerFacts } from "../external-partner"

function facts(overrides: Partial<ExternalPartnerFacts> = {}): ExternalPartnerFacts {
  return {
    program: { registration_mode: "open" },
    email: "anna@example.com",
    customer: null,
    existing_partner: null,
    open_invitation: null,
    ...overrides,
  }
}

describe("decideExternalPartner", () => {
  test.each([
    { label: "a registered customer: linked", overrides: { customer: { id: "cus_1" } }, expected: { action: "link", customer_id: "cus_1" } },
    { label: "no customer: invited", overrides: {}, expected: { action: "invite" } },
    { label: "an invite-only program still takes the operator's partner", overrides: { program: { registration_mode: "invite" as const }, customer: { id: "cus_1" } }, expected: { action: "link", customer_id: "cus_1" } },
    { label: "an invite-only program, no customer: invited", overrides: { program: { registration_mode: "invite" as const } }, expected: { action: "invite" } },
    // The customer signs in and is made a partner: the open invitation has nothing left to do, and does no harm.
    { label: "a customer and an open invitation: linked", overrides: { customer: { id: "cus_1" }, open_invitation: { id: "inv_1", expires_at: "2026-12-20T00:00:00Z" } }, expected: { action: "link", customer_id: "cus_1" } },
  ])("$label", ({ overrides, expected }) => {
    expect(decideExternalPartner(facts(overrides))).toEqual(expected)
  })

  test.each([
    {
      label: "a closed program",
      overrides: { program: { registration_mode: "closed" as const }, customer: { id: "cus_1" } },
      reason: "closed",
      message: /closed to new partners/,
    },
    {
      label: "a partner with this email or customer",
      overrides: { customer: { id: "cus_1" }, existing_partner: { id: "aff_1", status: "suspended" } },
      reason: "duplicate",
      message: /anna@example.com already has a partner account in this program \(aff_1, status: suspended\)/,
    },
    {
      label: "an open invitation and no customer: a second email would repeat the first",
      overrides: { open_invitation: { id: "inv_1", expires_at: new Date("2026-12-20T00:00:00Z") } },
      reason: "duplicate",
      message: /invitation to anna@example.com is still open \(until 2026-12-20T00:00:00.000Z\); revoke it/,
    },
  ])("refuses $label", ({ overrides, reason, message }) => {
    const decision = decideExternalPartner(facts(overrides))
    expect(decision).toMatchObject({ action: "refuse", reason })
    expect(decision.action === "refuse" && decision.message).toMatch(message)
  })
})
