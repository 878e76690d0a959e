import { isSelfReferral } from "../self-referral"

describe("isSelfReferral", () => {
  const partner = { customer_id: "cus_anna", email: "anna@example.com" }

  it("the partner's own customer account is a self-referral", () => {
    expect(isSelfReferral(partner, { customer_id: "cus_anna", email: "other@example.com" })).toBe(true)
  })

  it("the partner's own email is a self-referral, e.g. as a guest", () => {
    expect(isSelfReferral(partner, { customer_id: null, email: "anna@example.com" })).toBe(true)
  })

  it("compares emails trimmed and case-insensitively", () => {
    expect(isSelfReferral(partner, { email: "  Anna@Example.COM " })).toBe(true)
    expect(isSelfReferral({ email: " ANNA@example.com" }, { email: "anna@EXAMPLE.com" })).toBe(true)
  })

  it("compares customer ids exactly (they are ids, not text)", () => {
    expect(isSelfReferral({ customer_id: "cus_ANNA" }, { customer_id: "cus_anna" })).toBe(false)
    expect(isSelfReferral({ customer_id: " cus_anna " }, { customer_id: "cus_anna" })).toBe(true)
  })

  it("a different shopper is not a self-referral", () => {
    expect(isSelfReferral(partner, { customer_id: "cus_ben", email: "ben@example.com" })).toBe(false)
  })

  it.each([
    ["both without anything", {}, {}],
    ["both null", { customer_id: null, email: null }, { customer_id: null, email: null }],
    ["both empty", { customer_id: "", email: "" }, { customer_id: "", email: "" }],
    ["both blank", { customer_id: "  ", email: "  " }, { customer_id: " ", email: "   " }],
    ["a partner without account or email", { customer_id: null, email: null }, { customer_id: "cus_x", email: "x@example.com" }],
    ["a guest without email", partner, { customer_id: null, email: null }],
  ])("missing values never match: %s", (_name, p, s) => {
    expect(isSelfReferral(p, s)).toBe(false)
  })
})
