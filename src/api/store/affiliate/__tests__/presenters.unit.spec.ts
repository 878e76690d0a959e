import {
  presentPartner,
  presentPartnerBalance,
  presentPartnerCommission,
  presentPartnerPayout,
  presentPartnerSite,
  presentPartnerSiteAuthorization,
  presentProgram,
} from "../presenters"

/** Keys a partner must never receive, at any depth. */
const OPERATOR_KEYS = [
  "metadata",
  "decided_by",
  "sales_channel_id",
  "promotion_id",
  "normalized_code",
  "deleted_at",
  "customer_id",
  "verified_by",
  "verification_cleared_at",
  "invitation_id",
  "note",
  "order_id",
  "is_default",
  "auto_approve",
]

function keysDeep(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, found))
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) {
      found.add(key)
      keysDeep(v, found)
    }
  }
  return found
}

const operatorNote = { internal_note: "watch for fraud" }
const site = { id: "affsite_1", name: "Shop", domain: "shop.example.com", landing_url: "https://shop.example.com/", locale: "en", sales_channel_id: "sc_1", program_id: "affprog_1", status: "active", metadata: operatorNote, deleted_at: null }
const storedAffiliate = {
  id: "aff_1",
  program_id: "affprog_1",
  kind: "external",
  status: "active",
  customer_id: "cus_1",
  name: "Anna",
  email: "anna@example.com",
  phone: null,
  company_name: "Anna Co",
  website: null,
  tax_id: null,
  address: { city: "Berlin" },
  business_details: { audience: "hikers" },
  payout_method: "paypal",
  payout_details: { paypal_email: "anna-pay@example.com" },
  timezone: "Europe/Berlin",
  agreement_version: "1",
  agreement_accepted_at: new Date("2026-01-01"),
  verified_at: new Date("2026-01-02"),
  verified_by: "user_1",
  verification_cleared_at: null,
  invitation_id: "affinv_1",
  metadata: operatorNote,
  created_at: new Date("2026-01-01"),
  updated_at: new Date("2026-01-02"),
  deleted_at: null,
  status_changes: [{ id: "affstat_1", actor_id: "user_1" }],
  site_authorizations: [
    { id: "affauth_1", affiliate_id: "aff_1", site_id: "affsite_1", status: "approved", note: "operator: ok after call", decided_by: "user_1", decided_at: new Date("2026-01-03"), created_at: new Date("2026-01-01"), metadata: operatorNote, deleted_at: null, site },
  ],
  referrals: [
    {
      id: "affref_1", affiliate_id: "aff_1", site_id: null, name: "Blog", slug: "anna-blog", landing_path: "/", utm_source: "blog", utm_medium: null, utm_campaign: null, status: "active", created_at: new Date("2026-01-01"), metadata: operatorNote, deleted_at: null,
      vouchers: [
        {
          id: "affvch_1", referral_id: "affref_1", code: "ANNA10", promotion_id: "promo_1", status: "active", description: null, created_at: new Date("2026-01-01"), metadata: operatorNote, deleted_at: null,
          codes: [{ id: "affcode_1", voucher_id: "affvch_1", code: "ANNA10", normalized_code: "anna10", kind: "primary", status: "active", deleted_at: null }],
        },
      ],
    },
  ],
}

describe("partner presenters (allow-lists)", () => {
  it("gives the partner their account, sites, links and codes without one operator field at any depth", () => {
    const shown = presentPartner(storedAffiliate)
    const keys = keysDeep(shown)
    expect(OPERATOR_KEYS.filter((k) => keys.has(k))).toEqual([])
    expect(JSON.stringify(shown)).not.toContain("watch for fraud")
    expect(shown).toMatchObject({ id: "aff_1", status: "active", payout_details: { paypal_email: "anna-pay@example.com" }, verified_at: storedAffiliate.verified_at })
    expect(shown.site_authorizations[0]).toEqual({
      id: "affauth_1", site_id: "affsite_1", status: "approved", decided_at: storedAffiliate.site_authorizations[0].decided_at, created_at: storedAffiliate.site_authorizations[0].created_at,
      site: { id: "affsite_1", name: "Shop", domain: "shop.example.com", landing_url: "https://shop.example.com/", locale: "en" },
    })
    expect(shown.referrals[0].vouchers[0]).toMatchObject({ code: "ANNA10", has_incentive: true, codes: [{ id: "affcode_1", code: "ANNA10", kind: "primary", status: "active" }] })
  })

  it("never passes on a field it does not name, whatever the stored row gains later", () => {
    const shown = presentPartner({ ...storedAffiliate, risk_score: 9, referrals: undefined, site_authorizations: undefined })
    expect("risk_score" in shown).toBe(false)
    expect(shown.referrals).toEqual([])
    expect(shown.site_authorizations).toEqual([])
    expect(presentPartnerSite({ ...site, owner_notes: "x" })).toEqual({ id: "affsite_1", name: "Shop", domain: "shop.example.com", landing_url: "https://shop.example.com/", locale: "en" })
  })

  it("shows a site authorization without its site and a voucher without a promotion", () => {
    expect(presentPartnerSiteAuthorization({ id: "a", site_id: "s", status: "requested", decided_by: null, created_at: "t" })).toEqual({ id: "a", site_id: "s", status: "requested", decided_at: null, created_at: "t", site: null })
    const shown = presentPartner({ ...storedAffiliate, referrals: [{ ...storedAffiliate.referrals[0], vouchers: [{ id: "v", code: "X", promotion_id: null, status: "active" }] }] })
    expect(shown.referrals[0].vouchers[0]).toMatchObject({ has_incentive: false, codes: [] })
  })

  it("shows the program's public terms only", () => {
    const shown = presentProgram({ id: "p", name: "P", handle: "p", is_default: true, auto_approve: true, attribution_model: "last_touch", attribution_precedence: [], metadata: operatorNote, hold_days: 30, attribution_window_days: 30, registration_mode: "open" })
    expect(keysDeep(shown).has("is_default")).toBe(false)
    expect(keysDeep(shown).has("auto_approve")).toBe(false)
    expect(keysDeep(shown).has("metadata")).toBe(false)
    expect(shown).toMatchObject({ id: "p", hold_days: 30, payout_minimums: {} })
  })

  it("shows a payout with the destination its run froze, and a reference only once paid", () => {
    const row = { id: "affpay_1", amount: "4", currency_code: "eur", status: "draft", reference: "TX", created_by: "user:1", metadata: operatorNote, run_id: "affrun_1", destination: { payout_method: "paypal", payout_details: { paypal_email: "old@example.com", note: "x" } } }
    expect(presentPartnerPayout(row, 2)).toEqual({
      id: "affpay_1", amount: 4, currency_code: "eur", status: "draft", reference: null, paid_at: null, created_at: undefined, item_count: 2,
      destination: { payout_method: "paypal", account: "old@example.com" },
    })
    expect(presentPartnerPayout({ ...row, status: "paid", destination: null }, 1)).toMatchObject({ reference: "TX", destination: { payout_method: null, account: null } })
  })

  it("shows a ledger line with a pseudonym, never the customer or order", () => {
    const row = { id: "affcom_1", entry_type: "commission", event: "order", status: "pending", amount: "4", currency_code: "eur", basis_amount: "40", rate: "10", customer_id: "cus_9", order_id: "order_9", explanation: { summary: "10 % of 40.00 EUR", steps: [] }, rule_snapshot: {}, metadata: operatorNote, idempotency_key: "k", created_at: "t" }
    const shown = presentPartnerCommission(row, { affiliateId: "aff_1", referral: { name: "Blog", slug: "b", metadata: operatorNote }, site: { name: "Shop", sales_channel_id: "sc" }, payoutId: "affpay_1" })
    const text = JSON.stringify(shown)
    expect(text).not.toContain("cus_9")
    expect(text).not.toContain("order_9")
    expect(keysDeep(shown).has("idempotency_key")).toBe(false)
    expect(OPERATOR_KEYS.filter((k) => keysDeep(shown).has(k))).toEqual([])
    expect(shown).toMatchObject({ amount: 4, basis_amount: 40, rate: 10, referral: { name: "Blog", slug: "b" }, site: { name: "Shop" }, summary: "10 % of 40.00 EUR", payout_id: "affpay_1" })
    expect(typeof shown.customer).toBe("string")
  })

  it("shows balances as numbers with the program minimum", () => {
    expect(presentPartnerBalance({ currency_code: "eur", pending: "1", approved: 2, in_payout: 0, paid: 4, total: 7, affiliate_id: "aff_1" }, 50)).toEqual({
      currency_code: "eur", pending: 1, approved: 2, in_payout: 0, paid: 4, minimum: 50,
    })
  })
})
