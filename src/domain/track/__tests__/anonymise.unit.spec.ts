import fc from "fast-check"
import {
  customerPseudonym,
  PARTNER_CONVERSION_FIELDS,
  rejectionReasons,
  toPartnerConversion,
  type AttributionForPartner,
} from "../anonymise"

describe("customerPseudonym", () => {
  it("reads like 'Customer 3F9A-21C0'", () => {
    expect(customerPseudonym("cus_01ABC", "aff_1")).toMatch(/^Customer [0-9A-F]{4}-[0-9A-F]{4}$/)
  })

  it("is stable for one partner and one customer", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (customer, affiliate) => {
        expect(customerPseudonym(customer, affiliate)).toBe(customerPseudonym(customer, affiliate))
      })
    )
  })

  it("differs across partners, so two partners cannot match their customers", () => {
    expect(customerPseudonym("cus_1", "aff_anna")).not.toBe(customerPseudonym("cus_1", "aff_ben"))
    // And within one partner, different customers get different names.
    const names = new Set(Array.from({ length: 500 }, (_, i) => customerPseudonym(`cus_${i}`, "aff_anna")))
    expect(names.size).toBe(500)
  })

  it("never contains the customer id", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^cus_[A-Za-z0-9]{4,26}$/), (customer) => {
        const name = customerPseudonym(customer, "aff_1")
        expect(name).not.toContain(customer)
      })
    )
  })

  it("calls a conversion without a customer a guest", () => {
    expect(customerPseudonym(null, "aff_1")).toBe("Guest")
    expect(customerPseudonym(undefined, "aff_1")).toBe("Guest")
    expect(customerPseudonym("", "aff_1")).toBe("Guest")
  })
})

describe("rejectionReasons", () => {
  const explanation = {
    considered: [
      { kind: "click", affiliate_id: "aff_1", outcome: "rejected", reason: "outside_window" },
      { kind: "code", affiliate_id: "aff_2", outcome: "rejected", reason: "affiliate_suspended" },
      { kind: "click", affiliate_id: "aff_1", outcome: "chosen" },
      { kind: "click", affiliate_id: "aff_1", outcome: "rejected", reason: "outside_window" },
      { kind: "registration", affiliate_id: "aff_1", outcome: "rejected", reason: "self_referral" },
      { kind: "code", affiliate_id: "aff_1", outcome: "valid" },
    ],
  }

  it("lists the partner's own refused touches, each reason once, never another partner's", () => {
    expect(rejectionReasons(explanation, "aff_1")).toEqual(["outside_window", "self_referral"])
    expect(rejectionReasons(explanation, "aff_2")).toEqual(["affiliate_suspended"])
    expect(rejectionReasons(explanation, "aff_3")).toEqual([])
  })

  it("copes with explanations of any shape", () => {
    for (const bad of [null, undefined, "text", 3, {}, { considered: "x" }, { considered: [null, 1, "a"] }]) {
      expect(rejectionReasons(bad, "aff_1")).toEqual([])
    }
  })
})

describe("toPartnerConversion", () => {
  const row: AttributionForPartner & Record<string, unknown> = {
    id: "affattr_1",
    program_id: "affprog_default",
    conversion: "order",
    status: "attributed",
    customer_id: "cus_secret",
    order_id: "order_secret",
    affiliate_id: "aff_1",
    referral_id: "affref_1",
    voucher_id: "affvou_1",
    voucher_code: "ANNA10",
    click_id: "affclk_secret",
    site_id: "affsite_1",
    source: "code",
    utm_source: "instagram",
    utm_medium: "social",
    utm_campaign: "spring",
    utm_term: null,
    utm_content: null,
    attributed_at: new Date("2026-10-02T10:00:00Z"),
    window_ends_at: new Date("2026-11-01T10:00:00Z"),
    order_total: "49.90",
    currency_code: "eur",
    idempotency_key: "order:order_secret",
    metadata: { email: "someone@example.com" },
    explanation: {
      summary: "Credited to the code ANNA10 typed at checkout.",
      considered: [{ kind: "code", affiliate_id: "aff_1", outcome: "chosen", detail: "someone@example.com" }],
    },
  }

  it("has exactly the partner fields, and nothing that identifies the customer or the order", () => {
    const conversion = toPartnerConversion(row, "aff_1", {
      site: { id: "affsite_1", name: "Acme", domain: "acme.example", landing_url: "https://acme.example/" } as any,
      referral: { id: "affref_1", name: "Instagram", slug: "anna-insta", affiliate_id: "aff_1" } as any,
    })
    expect(Object.keys(conversion).sort()).toEqual([...PARTNER_CONVERSION_FIELDS].sort())
    expect(conversion).toMatchObject({
      id: "affattr_1",
      conversion: "order",
      status: "attributed",
      attributed_at: "2026-10-02T10:00:00.000Z",
      site: { id: "affsite_1", name: "Acme", domain: "acme.example" },
      referral: { id: "affref_1", name: "Instagram", slug: "anna-insta" },
      source: "code",
      voucher_code: "ANNA10",
      order_total: "49.90",
      currency_code: "eur",
      customer: customerPseudonym("cus_secret", "aff_1"),
      summary: "Credited to the code ANNA10 typed at checkout.",
      reasons: [],
    })
    const text = JSON.stringify(conversion)
    for (const secret of ["cus_secret", "order_secret", "affclk_secret", "someone@example.com", "landing_url", "idempotency"]) {
      expect(text).not.toContain(secret)
    }
  })

  it("has no amount for a registration and copes with missing lookups", () => {
    const conversion = toPartnerConversion(
      { ...row, conversion: "registration", order_total: null, currency_code: null, customer_id: null, explanation: {} },
      "aff_1"
    )
    expect(conversion).toMatchObject({ order_total: null, currency_code: null, customer: "Guest", site: null, referral: null, summary: null })
  })

  it("reads a big number stored as an object", () => {
    expect(toPartnerConversion({ ...row, order_total: { value: "12.5", precision: 20 } }, "aff_1").order_total).toBe("12.5")
    expect(toPartnerConversion({ ...row, order_total: 7 }, "aff_1").order_total).toBe("7")
  })
})
