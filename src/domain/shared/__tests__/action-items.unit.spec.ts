import { actionItems, type PartnerFacts } from "../action-items"

/** An active external partner with nothing left to do. */
const settled = (over: Partial<PartnerFacts> = {}): PartnerFacts => ({
  kind: "external",
  status: "active",
  agreement_version: "2",
  program_agreement_version: "2",
  payout_method: "paypal",
  payout_details: { paypal_email: "anna@example.com" },
  verification_cleared_at: null,
  site_authorizations: [{ status: "approved" }],
  referrals: [{ status: "active" }],
  balances: [{ currency_code: "eur", approved: 12 }],
  payout_minimums: { eur: 50 },
  timezone: "Europe/Berlin",
  ...over,
})
const codes = (facts: PartnerFacts) => actionItems(facts).map((i) => i.code)

describe("actionItems", () => {
  it("asks nothing of a partner whose account is in order", () => {
    expect(actionItems(settled())).toEqual([])
  })

  it.each([
    { label: "a new agreement version", over: { program_agreement_version: "3" }, code: "agreement_not_accepted", params: { version: "3", accepted_version: "2" } },
    { label: "an agreement never accepted", over: { agreement_version: null }, code: "agreement_not_accepted", params: { version: "2", accepted_version: null } },
    { label: "no payout method", over: { payout_method: null }, code: "payout_details_missing", params: {} },
    { label: "payout details only blanks", over: { payout_details: { paypal_email: "  " } }, code: "payout_details_missing", params: {} },
    { label: "payout details changed after verification", over: { verification_cleared_at: "2026-12-01T10:00:00Z" }, code: "payout_details_changed", params: { changed_at: "2026-12-01T10:00:00.000Z" } },
    { label: "a pending site request", over: { site_authorizations: [{ status: "approved" }, { status: "requested" }, { status: "requested" }] }, code: "site_authorizations_pending", params: { count: 2 } },
    { label: "no site at all", over: { site_authorizations: [{ status: "revoked" }] }, code: "no_site_authorized", params: {} },
    { label: "no link yet", over: { referrals: [] }, code: "no_referral_link", params: {} },
    { label: "only archived links", over: { referrals: [{ status: "archived" }] }, code: "no_referral_link", params: {} },
    { label: "a debt after a clawback", over: { balances: [{ currency_code: "eur", approved: -2.5 }] }, code: "balance_negative", params: { currency_code: "eur", amount: "-2.50" } },
    { label: "a stored zone that is none", over: { timezone: "Mars/Olympus" }, code: "timezone_invalid", params: { timezone: "Mars/Olympus" } },
  ])("$label: $code", ({ over, code, params }) => {
    expect(actionItems(settled(over as Partial<PartnerFacts>))).toEqual([expect.objectContaining({ code, params })])
  })

  it("money waiting above the minimum without a payout method blocks, per currency, instead of the plain reminder", () => {
    const facts = settled({
      payout_method: null,
      balances: [
        { currency_code: "eur", approved: 50 },
        { currency_code: "usd", approved: 10 },
        { currency_code: "jpy", approved: "1500" },
      ],
      payout_minimums: { eur: 50, usd: 25 },
    })
    expect(actionItems(facts)).toEqual([
      { code: "payout_method_missing_for_balance", severity: "blocking", params: { currency_code: "eur", approved: "50.00", minimum: "50.00" } },
      // No minimum for a currency: any positive balance can be paid.
      { code: "payout_method_missing_for_balance", severity: "blocking", params: { currency_code: "jpy", approved: "1500", minimum: "0" } },
    ])
    // Below the minimum: only the reminder.
    expect(codes(settled({ payout_method: null, balances: [{ currency_code: "eur", approved: 49.99 }] }))).toEqual(["payout_details_missing"])
    // Details given: nothing.
    expect(codes(settled({ balances: [{ currency_code: "eur", approved: 500 }] }))).toEqual([])
  })

  it("lists blocking items first, then warnings, then information", () => {
    const items = actionItems(
      settled({ status: "pending", referrals: [], site_authorizations: [{ status: "requested" }], program_agreement_version: "3", payout_method: null })
    )
    expect(items.map((i) => [i.severity, i.code])).toEqual([
      ["blocking", "account_not_active"],
      ["blocking", "agreement_not_accepted"],
      ["warning", "payout_details_missing"],
      ["warning", "no_referral_link"],
      ["info", "site_authorizations_pending"],
    ])
    expect(items[0].params).toEqual({ status: "pending" })
  })

  it.each(["suspended", "disabled", "rejected"])("a %s partner can change nothing: only the account's status is shown", (status) => {
    expect(actionItems(settled({ status, payout_method: null, referrals: [], program_agreement_version: "9" }))).toEqual([
      { code: "account_not_active", severity: "blocking", params: { status } },
    ])
  })

  it("an internal channel is never paid and needs no agreement or site approval", () => {
    const internal = settled({ kind: "internal", payout_method: null, payout_details: null, program_agreement_version: "9", site_authorizations: [], balances: [{ currency_code: "eur", approved: 900 }] })
    expect(codes(internal)).toEqual([])
    expect(codes({ ...internal, referrals: [] })).toEqual(["no_referral_link"])
  })
})
