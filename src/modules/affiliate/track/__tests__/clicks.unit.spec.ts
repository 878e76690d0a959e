import { ClickRow, repeatsWithinBatch } from "../clicks"

const at = (minute: number) => new Date(Date.parse("2026-12-06T10:00:00Z") + minute * 60_000)

function click(extra: Partial<ClickRow>): ClickRow {
  return {
    id: "affclk_x", program_id: "affprog_default", affiliate_id: "aff_1", referral_id: "affref_1", voucher_id: null,
    site_id: null, visitor_id: "v-1", ip_hash: "h", agent_hash: "device-1", is_bot: false, blocked_reason: null,
    landing_path: "/", referrer_host: null, utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null,
    utm_content: null, created_at: at(0), ...extra,
  }
}

describe("repeatsWithinBatch", () => {
  it("a fresh visitor id from the same IP and user agent within the hour is a repeat", () => {
    const rows = [0, 1, 2].map((i) => click({ visitor_id: `v-${i}`, created_at: at(i) }))
    expect(repeatsWithinBatch(rows)).toEqual([false, true, true])
  })

  it("the same visitor id from another device within the hour is a repeat", () => {
    expect(repeatsWithinBatch([click({ agent_hash: "a" }), click({ agent_hash: "b", created_at: at(5) })])).toEqual([false, true])
  })

  it.each([
    { label: "another device and visitor", extra: { visitor_id: "v-2", agent_hash: "device-2" } },
    { label: "over an hour later", extra: { visitor_id: "v-2", created_at: at(61) } },
    { label: "another referral", extra: { visitor_id: "v-2", referral_id: "affref_2" } },
    { label: "another campaign", extra: { visitor_id: "v-2", utm_campaign: "winter" } },
  ])("$label is a new visit", ({ extra }) => {
    expect(repeatsWithinBatch([click({}), click({ created_at: at(1), ...extra })])).toEqual([false, false])
  })

  it("clicks without an agent hash are told apart by visitor id only", () => {
    const rows = [click({ agent_hash: null }), click({ agent_hash: undefined, visitor_id: "v-2", created_at: at(1) })]
    expect(repeatsWithinBatch(rows)).toEqual([false, false])
  })
})
