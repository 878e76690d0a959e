import { commissionReportSql, foldCommissions } from "../commission-report"
import type { StatsQuery } from "../reports"

const base: StatsQuery = { start: new Date("2026-10-01T00:00:00Z"), end: new Date("2026-11-01T00:00:00Z"), timezone: "UTC", by: [] }
const placeholders = (sql: string) => (sql.match(/\?/g) ?? []).length

describe("commissionReportSql", () => {
  it("passes the zone, the range and the filters as parameters, one per placeholder, never in the SQL text", () => {
    const { sql, params } = commissionReportSql({ ...base, timezone: "Asia/Kolkata", by: ["day", "utm_campaign"], affiliate_id: "aff_1", utm_campaign: "x'; drop table y" })
    expect(placeholders(sql)).toBe(params.length)
    expect(params).toEqual([
      "Asia/Kolkata",
      // Attributed entries: the range, the partner on the attribution and on the entry, the campaign.
      "2026-10-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z", "aff_1", "aff_1", "x'; drop table y",
      // Adjustments: the range and the partner (a campaign filter leaves them out).
      "2026-10-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z", "aff_1",
    ])
    expect(sql).not.toContain("drop table")
    expect(sql).toContain("group by 1, 2, 3")
  })

  it.each([
    [{ by: [] }],
    [{ by: ["site"], site_id: "affsite_1", program_id: "affprog_default" }],
    [{ by: ["referral", "affiliate"], referral_id: "affref_1" }],
    [{ by: ["utm_source", "utm_medium", "utm_campaign"], utm_source: "blog", utm_medium: "email" }],
  ] as [Partial<StatsQuery>][])("%j: placeholders match parameters", (query) => {
    const { sql, params } = commissionReportSql({ ...base, ...query })
    expect(placeholders(sql)).toBe(params.length)
  })

  it("counts pending, approved and paid entries, never void ones", () => {
    const { sql } = commissionReportSql(base)
    expect(sql).toContain("c.status in ('pending', 'approved', 'paid')")
    for (const s of ["pending", "approved", "paid"]) expect(sql).toContain(`filter (where e.status = '${s}')`)
  })
})

describe("foldCommissions", () => {
  it("one row per group, currencies apart, exact sums, and zero nets leave the figure", () => {
    const raw = [
      { referral: "affref_1", currency_code: "eur", commission_pending: "8.00", commission_approved: "-4.00", commission_paid: "0" },
      { referral: "affref_1", currency_code: "usd", commission_pending: "0.10", commission_approved: "0", commission_paid: "0.20" },
      { referral: null, currency_code: "eur", commission_pending: "5", commission_approved: "0", commission_paid: "0" },
      { referral: "affref_2", currency_code: "eur", commission_pending: "0", commission_approved: "0", commission_paid: "0" },
    ]
    const { rows, totals } = foldCommissions(["referral"], raw)
    expect(rows).toEqual([
      { referral: "affref_1", commission_pending: { eur: "8.00", usd: "0.10" }, commission_approved: { eur: "-4.00" }, commission_paid: { usd: "0.20" } },
      { referral: null, commission_pending: { eur: "5" }, commission_approved: {}, commission_paid: {} },
      { referral: "affref_2", commission_pending: {}, commission_approved: {}, commission_paid: {} },
    ])
    expect(totals).toEqual({ commission_pending: { eur: "13.00", usd: "0.10" }, commission_approved: { eur: "-4.00" }, commission_paid: { usd: "0.20" } })
  })
})
