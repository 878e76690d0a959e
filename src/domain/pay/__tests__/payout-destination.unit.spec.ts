import {
  maskAccount,
  nextPayoutDestination,
  normalizePayoutDetails,
  payoutAccount,
  payoutDestinationChanged,
  type PayoutDestination,
} from "../payout-destination"

const paypal = (email: string, extra: Record<string, unknown> = {}): PayoutDestination => ({
  payout_method: "paypal",
  payout_details: { paypal_email: email, ...extra },
})

describe("payout destination", () => {
  it("drops blank and null keys and trims, so a form that saves every field is the same details", () => {
    expect(normalizePayoutDetails({ paypal_email: " a@example.com ", account: null, account_holder: "", x: undefined })).toEqual({
      paypal_email: "a@example.com",
    })
    expect(normalizePayoutDetails(null)).toEqual({})
  })

  test.each([
    { label: "same details again", before: paypal("a@example.com"), after: paypal("a@example.com"), changed: false },
    { label: "same details, blank fields added", before: paypal("a@example.com"), after: paypal("a@example.com ", { account: null, account_holder: "" }), changed: false },
    { label: "keys in another order", before: paypal("a@example.com", { name: "A" }), after: { payout_method: "paypal", payout_details: { name: "A", paypal_email: "a@example.com" } }, changed: false },
    { label: "another PayPal address", before: paypal("a@example.com"), after: paypal("b@example.com"), changed: true },
    { label: "another method, same details", before: paypal("a@example.com"), after: { ...paypal("a@example.com"), payout_method: "other" }, changed: true },
    { label: "details cleared", before: paypal("a@example.com"), after: { payout_method: "paypal", payout_details: null }, changed: true },
    { label: "first details given", before: { payout_method: null, payout_details: null }, after: paypal("a@example.com"), changed: true },
    { label: "nested value changed", before: { payout_method: "other", payout_details: { bank: { iban: "DE1" } } }, after: { payout_method: "other", payout_details: { bank: { iban: "DE2" } } }, changed: true },
  ])("$label: changed = $changed", ({ before, after, changed }) => {
    expect(payoutDestinationChanged(before, after)).toBe(changed)
  })

  it("keeps what an update leaves out and clears what it sets to null", () => {
    const current = paypal("a@example.com")
    expect(nextPayoutDestination(current, {})).toEqual(current)
    expect(nextPayoutDestination(current, { payout_details: null })).toEqual({ payout_method: "paypal", payout_details: null })
    expect(nextPayoutDestination(current, { payout_method: "bank_transfer" })).toEqual({ ...current, payout_method: "bank_transfer" })
  })

  test.each([
    { details: { paypal_email: "a@example.com", iban: "DE1" }, account: "a@example.com" },
    { details: { iban: " DE89 3704 0044 0532 0130 00 " }, account: "DE89 3704 0044 0532 0130 00" },
    { details: { account: "ref-7" }, account: "ref-7" },
    { details: {}, account: "" },
    { details: null, account: "" },
  ])("names the account of $details", ({ details, account }) => {
    expect(payoutAccount(details)).toBe(account)
  })

  test.each([
    { account: "anna-pay@example.com", masked: "a\u2022\u2022\u2022@example.com" },
    { account: "DE89 3704 0044 0532 0130 00", masked: "\u2022\u2022\u2022\u20223000" },
    { account: "123", masked: "\u2022\u2022\u2022" },
    { account: "", masked: "" },
  ])("masks $account for an email", ({ account, masked }) => {
    expect(maskAccount(account)).toBe(masked)
  })
})
