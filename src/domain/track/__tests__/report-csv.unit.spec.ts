import { reportCsv, reportCsvColumns, type ReportCsvRow } from "../report-csv"

const row = (over: Partial<ReportCsvRow>): ReportCsvRow => ({
  clicks: 0,
  unique_clicks: 0,
  bot_clicks: 0,
  registrations: 0,
  orders: 0,
  rejected_registrations: 0,
  rejected_orders: 0,
  conversion_rate: null,
  revenue: {},
  commission_pending: {},
  commission_approved: {},
  commission_paid: {},
  ...over,
})

const COUNTS = "clicks,unique_clicks,bot_clicks,registrations,orders,rejected_registrations,rejected_orders,conversion_rate"

describe("report CSV", () => {
  it("names each dimension's columns, then the counts, then money per currency and figure", () => {
    const rows = [
      row({ referral: "affref_1", referral_name: "Blog", referral_slug: "anna-blog", utm_campaign: "spring", clicks: 4, unique_clicks: 3, orders: 2, conversion_rate: 2 / 3, revenue: { eur: "80.00" }, commission_pending: { eur: "8" } }),
      row({ referral: null, referral_name: null, referral_slug: null, utm_campaign: null, clicks: 1, commission_approved: { usd: "-1.50" } }),
    ]
    const lines = reportCsv(["referral", "utm_campaign"], rows).split("\r\n")
    expect(lines[0]).toBe(
      `referral_id,referral_name,referral_slug,utm_campaign,${COUNTS},` +
        "revenue_eur,commission_pending_eur,commission_approved_eur,commission_paid_eur," +
        "revenue_usd,commission_pending_usd,commission_approved_usd,commission_paid_usd"
    )
    expect(lines[1]).toBe(`affref_1,Blog,anna-blog,spring,4,3,0,0,2,0,0,${2 / 3},80,8,0,0,0,0,0,0`)
    // Money is numeric: a negative amount is a number, not a guarded text.
    expect(lines[2]).toBe(",,,,1,0,0,0,0,0,0,,0,0,0,0,0,0,-1.5,0")
    expect(lines[3]).toBe("")
  })

  it("guards names a partner or operator typed", () => {
    const csv = reportCsv(["referral"], [row({ referral: "affref_x", referral_name: '=HYPERLINK("http://evil.example","x")', referral_slug: "x" })])
    expect(csv.split("\r\n")[1].startsWith(`affref_x,"'=HYPERLINK(""http://evil.example"",""x"")",x,`)).toBe(true)
  })

  it("days, sites and totals-only reports", () => {
    expect(reportCsvColumns(["day", "site"], []).map((c) => c.header).slice(0, 4)).toEqual(["day", "site_id", "site_name", "site_domain"])
    expect(reportCsv([], [row({ clicks: 2 })])).toBe(`${COUNTS}\r\n2,0,0,0,0,0,0,\r\n`)
    expect(() => reportCsvColumns(["weekday"], [])).toThrow("weekday")
  })
})
