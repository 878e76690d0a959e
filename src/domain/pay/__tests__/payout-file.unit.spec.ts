import { PAYPAL_MAX_LINES, paypalFile, paypalLine, paypalRecipient, type PayoutToFile } from "../payout-file"

const payout = (over: Partial<PayoutToFile> = {}, partner: Partial<NonNullable<PayoutToFile["partner"]>> = {}): PayoutToFile => ({
  id: "affpay_01",
  affiliate_id: "aff_01JABCDEFGHJKMNPQRSTVWXYZ0",
  amount: "12.5",
  currency_code: "eur",
  partner: { name: "Anna", payout_method: "paypal", payout_details: { paypal_email: "anna-pay@example.com" }, ...partner },
  ...over,
})

describe("PayPal payout file", () => {
  it("writes recipient, amount in the currency's digits, currency, partner id, note and wallet", () => {
    expect(paypalLine(payout())).toEqual({
      line: ["anna-pay@example.com", "12.50", "EUR", "aff_01JABCDEFGHJKMNPQRSTVWXYZ0", "Commission payout affpay_01", "PAYPAL"],
    })
    expect(paypalLine(payout({ amount: "1234.5", currency_code: "jpy" }))).toMatchObject({ line: expect.arrayContaining(["1235", "JPY"]) })
    expect(paypalLine(payout({ amount: "0.0049", currency_code: "kwd" }))).toMatchObject({ line: expect.arrayContaining(["0.005", "KWD"]) })
  })

  it("keeps PayPal's limits on the customer id", () => {
    const [, , , customerId] = (paypalLine(payout({ affiliate_id: "aff_with a very long id that PayPal would refuse" })) as any).line
    expect(customerId.length).toBeLessThanOrEqual(30)
    expect(customerId).not.toMatch(/\s/)
  })

  it("leaves out partners paid another way, and names those who chose PayPal without an address", () => {
    expect(paypalLine(payout({}, { payout_method: "bank_transfer" }))).toBeNull()
    expect(paypalLine(payout({ partner: null }))).toBeNull()
    expect(paypalLine(payout({}, { payout_details: {} }))).toEqual({ problem: "Anna chose PayPal but has no PayPal email in their payout details" })
    expect(paypalLine(payout({}, { payout_details: { paypal_email: "not an email" } }))).toHaveProperty("problem")
    expect(paypalLine(payout({ amount: "0.001" }))).toEqual({ problem: "Anna's payout affpay_01 is not a positive amount" })
  })

  it("takes the account from paypal_email, else email, trimmed", () => {
    expect(paypalRecipient({ email: " ben@example.com " })).toBe("ben@example.com")
    expect(paypalRecipient({ paypal_email: "p@example.com", email: "e@example.com" })).toBe("p@example.com")
    expect(paypalRecipient({ iban: "DE89370400440532013000" })).toBeNull()
    expect(paypalRecipient(null)).toBeNull()
  })

  it("makes one file per currency of at most 5,000 lines, and reports every problem at once", () => {
    const ok = paypalFile([payout(), payout({ id: "affpay_02" }, { payout_method: "bank_transfer" })])
    expect(ok).toEqual({ lines: [expect.any(Array)], left_out: 1 })

    const mixed = paypalFile([payout(), payout({ id: "affpay_03", currency_code: "usd" })])
    expect(mixed).toEqual({ problems: ["PayPal takes one currency per file; these payouts are in EUR, USD: filter by currency_code"] })

    const broken = paypalFile([payout({}, { name: "Ben", payout_details: null }), payout({}, { name: "Cleo", payout_details: null })])
    expect(broken).toEqual({ problems: [expect.stringContaining("Ben"), expect.stringContaining("Cleo")] })

    const many = paypalFile(Array.from({ length: PAYPAL_MAX_LINES + 1 }, (_, i) => payout({ id: `affpay_${i}` })))
    expect(many).toEqual({ problems: ["PayPal takes at most 5000 payouts per file; these filters match 5001: export one run at a time"] })

    expect(paypalFile([payout({}, { payout_method: "other" })])).toEqual({ problems: ["None of these payouts goes to a partner paid by PayPal"] })
  })
})
