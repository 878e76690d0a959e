import { PARTNER_LEDGER_COLUMNS, payoutStatementCsv, type PartnerLedgerLine } from "../partner-ledger-csv"

const line = (over: Partial<PartnerLedgerLine> = {}): PartnerLedgerLine => ({
  id: "affcom_1",
  entry_type: "commission",
  event: "order",
  status: "paid",
  amount: 4,
  currency_code: "eur",
  basis_amount: 40,
  rate: 10,
  referral: { name: "Blog", slug: "anna-blog" },
  site: { name: "Shop" },
  customer: "Customer 1A2B-3C4D",
  summary: "10 % of 40.00 EUR = 4.00 EUR.",
  reverses_id: null,
  created_at: "2026-12-01T10:00:00.000Z",
  hold_until: "2026-12-01T10:00:00.000Z",
  approved_at: "2026-12-01T10:00:00.000Z",
  paid_at: "2026-12-02T10:00:00.000Z",
  payout_id: "affpay_1",
  ...over,
})

describe("partner ledger CSV", () => {
  it("has the partner answer's fields only: a pseudonym, never a customer or order id", () => {
    expect(PARTNER_LEDGER_COLUMNS.map((c) => c.header)).toEqual([
      "id", "created_at", "entry_type", "event", "status", "currency", "amount", "basis_amount", "rate_percent",
      "referral", "referral_slug", "site", "customer", "summary", "reverses_id", "hold_until", "approved_at", "paid_at", "payout_id",
    ])
  })

  it("a statement repeats the payout on each of its commissions, whose amounts add up to the payout", () => {
    const payout = { id: "affpay_1", amount: 2, currency_code: "eur", status: "paid", reference: "TX-1", paid_at: "2026-12-02T10:00:00.000Z", created_at: "2026-12-01T12:00:00.000Z" }
    const csv = payoutStatementCsv(payout, [
      line(),
      line({ id: "affcom_2", entry_type: "clawback", event: "order", status: "approved", amount: -2, basis_amount: null, rate: null, reverses_id: "affcom_0", summary: "Refunded, clawed back.", referral: { name: "=cmd|' /C calc'!A0", slug: "x" } }),
    ])
    const lines = csv.split("\r\n")
    expect(lines[0]).toBe(
      "payout_id,payout_status,payout_reference,payout_created_at,payout_paid_at,payout_amount,payout_currency," +
        "commission_id,created_at,entry_type,event,status,currency,amount,basis_amount,rate_percent,referral,referral_slug,site,customer,summary,reverses_id,hold_until,approved_at,paid_at"
    )
    expect(lines[1]).toBe(
      "affpay_1,paid,TX-1,2026-12-01T12:00:00.000Z,2026-12-02T10:00:00.000Z,2,EUR," +
        "affcom_1,2026-12-01T10:00:00.000Z,commission,order,paid,EUR,4,40,10,Blog,anna-blog,Shop,Customer 1A2B-3C4D,10 % of 40.00 EUR = 4.00 EUR.,,2026-12-01T10:00:00.000Z,2026-12-01T10:00:00.000Z,2026-12-02T10:00:00.000Z"
    )
    // A referral name that a spreadsheet would run is text.
    expect(lines[2]).toContain(",-2,,,'=cmd|' /C calc'!A0,x,")
    expect(lines).toHaveLength(4)
  })
})
