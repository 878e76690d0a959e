import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { generateEntityId } from "@medusajs/framework/utils"
import type AffiliateModuleService from "../../src/modules/affiliate/service"
import type { ClickRow } from "../../src/modules/affiliate/track/clicks"
import { createAdminUser, Headers } from "../helpers/actors"

jest.setTimeout(180 * 1000)

const at = (iso: string) => new Date(iso)

function click(data: Partial<ClickRow>): ClickRow {
  return {
    id: generateEntityId(undefined, "affclk"),
    program_id: "affprog_default",
    affiliate_id: null,
    referral_id: null,
    voucher_id: null,
    site_id: null,
    visitor_id: `visitor-${Math.random().toString(36).slice(2, 10)}`,
    ip_hash: null,
    is_bot: false,
    blocked_reason: null,
    landing_path: "/",
    referrer_host: null,
    utm_source: null,
    utm_medium: null,
    utm_campaign: null,
    utm_term: null,
    utm_content: null,
    created_at: at("2026-10-01T12:00:00Z"),
    ...data,
  }
}

/**
 * Report days in zones whose midnight falls inside a UTC hour: Kolkata's
 * days start at 18:30 UTC, Kathmandu's at 18:15. Traffic at :10, :40 and :50
 * of those hours lands on its own local day, and the range's first and last
 * hours count only their part inside the range, whichever rollup answers.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    beforeAll(async () => {
      admin = await createAdminUser(getContainer(), api)
    })

    const report = async (query: string) => (await api.get(`/admin/affiliate-reports?${query}`, admin)).data

    it("counts every click on its local day in Asia/Kolkata and Asia/Kathmandu, by day, site and referral", async () => {
      const site = (await api.post("/admin/affiliate-sites", { name: "Acme", domain: "acme-zones.com", landing_url: "https://acme-zones.com/" }, admin)).data.site
      const anna = (await api.post("/admin/affiliates", { name: "Anna Zones", kind: "external", status: "active" }, admin)).data.affiliate
      const link = (await api.post("/admin/affiliate-referrals", { affiliate_id: anna.id, name: "Insta", slug: "anna-zones" }, admin)).data.referral
      const base = { affiliate_id: anna.id, referral_id: link.id, site_id: site.id }
      const affiliate = getContainer().resolve("affiliate") as AffiliateModuleService
      await affiliate.insertClicks(
        [
          "2026-09-30T18:10:00Z", // Sep 30 in both zones: before the range
          "2026-09-30T18:40:00Z", // Oct 1
          "2026-10-01T18:10:00Z", // Oct 1
          "2026-10-01T18:40:00Z", // Oct 2
          "2026-10-01T18:50:00Z", // Oct 2
          "2026-10-03T18:10:00Z", // Oct 3
          "2026-10-03T18:40:00Z", // Oct 4: after the range
        ].map((iso) => click({ ...base, created_at: at(iso) }))
      )

      for (const timezone of ["Asia/Kolkata", "Asia/Kathmandu"]) {
        const byDay = await report(`from=2026-10-01&to=2026-10-03&timezone=${timezone}&by=day`)
        expect({ timezone, days: byDay.rows.map((r: any) => [r.day, r.clicks]) }).toEqual({
          timezone,
          days: [["2026-10-01", 2], ["2026-10-02", 2], ["2026-10-03", 1]],
        })
        expect(byDay.totals.clicks).toBe(5)
        // The detail rollup (by referral) and the overview (by site) agree with the days.
        const byReferral = await report(`from=2026-10-01&to=2026-10-03&timezone=${timezone}&by=day,referral`)
        expect(byReferral.rows.map((r: any) => [r.day, r.referral, r.clicks])).toEqual([
          ["2026-10-01", link.id, 2],
          ["2026-10-02", link.id, 2],
          ["2026-10-03", link.id, 1],
        ])
        const bySite = await report(`from=2026-10-02&to=2026-10-02&timezone=${timezone}&by=site`)
        expect(bySite.rows.map((r: any) => [r.site, r.clicks])).toEqual([[site.id, 2]])
      }
      // In UTC the same clicks fall on their UTC dates.
      const utc = await report("from=2026-10-01&to=2026-10-03&timezone=UTC&by=day")
      expect(utc.rows.map((r: any) => r.clicks)).toEqual([3, 0, 2])
    })
  },
})
