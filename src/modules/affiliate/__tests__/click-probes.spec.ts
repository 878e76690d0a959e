import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { generateEntityId } from "@medusajs/framework/utils"
import AffiliateModuleService from "../service"
import { clickBatchJson, INSERT_CLICKS_SQL, type ClickRow } from "../track/clicks"

jest.setTimeout(300 * 1000)

/**
 * Unique visits: one per visitor id, and one per IP + user agent hash
 * (agent_hash), per referral link or campaign, per hour. Each click below is
 * written on its own (awaited), so it is judged against the stored rows, not
 * against its batch.
 */
const BASE = Date.parse("2026-10-01T12:00:00Z")
const MINUTE = 60 * 1000

function click(data: Partial<ClickRow> = {}): ClickRow {
  return {
    id: generateEntityId(undefined, "affclk"),
    program_id: "affprog_default",
    affiliate_id: "aff_1",
    referral_id: "affref_a",
    voucher_id: null,
    site_id: "affsite_1",
    visitor_id: generateEntityId(undefined, "v"),
    ip_hash: "iphash-device",
    agent_hash: "agent-device",
    is_bot: false,
    blocked_reason: null,
    landing_path: "/",
    referrer_host: null,
    utm_source: "instagram",
    utm_medium: "social",
    utm_campaign: "autumn",
    utm_term: null,
    utm_content: null,
    created_at: new Date(BASE),
    ...data,
  }
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; "Rows Removed by Filter"?: number; Plans?: PlanNode[] }
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)]

moduleIntegrationTestRunner<AffiliateModuleService>({
  moduleName: "affiliate",
  resolve: path.resolve(__dirname, ".."),
  pathToMigrations: path.resolve(__dirname, "../migrations"),
  dbName: "medusa-affiliate-module-click-probes",
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = async (text: string, params: unknown[] = []) =>
      (MikroOrmWrapper.forkManager() as any).execute(text, params, "all")
    const uniqueOf = async (data: Partial<ClickRow>) => (await service.recordClick(click(data))).is_unique
    const at = (minutes: number) => new Date(BASE + minutes * MINUTE)

    it("one device (IP + user agent) with a new visitor id each time: one unique visit per link per hour", async () => {
      expect(await uniqueOf({ created_at: at(0) })).toBe(true)
      // Same device, same link, 10 minutes later: a repeat, whatever visitor id it sends.
      expect(await uniqueOf({ created_at: at(10) })).toBe(false)
      // Same device, another link: another visit.
      expect(await uniqueOf({ referral_id: "affref_b", utm_campaign: "spring", created_at: at(15) })).toBe(true)
      // Back to the first link: its latest click is of the other link, an earlier one of this link is in the hour.
      expect(await uniqueOf({ created_at: at(20) })).toBe(false)
      // Same link, another campaign tag: another target.
      expect(await uniqueOf({ utm_campaign: "winter", created_at: at(25) })).toBe(true)
      // Another device (same IP, another user agent) on the first link: its own visit.
      expect(await uniqueOf({ agent_hash: "agent-other-browser", created_at: at(30) })).toBe(true)
      // An hour after the device's last click of the first link (minute 20): unique again.
      expect(await uniqueOf({ created_at: at(81) })).toBe(true)
      // A click without an IP (no agent hash) is judged by its visitor id only.
      expect(await uniqueOf({ agent_hash: null, ip_hash: null, created_at: at(82) })).toBe(true)
    })

    it("one visitor id from several devices: one unique visit per link per hour", async () => {
      expect(await uniqueOf({ visitor_id: "visitor-1", agent_hash: "agent-1", created_at: at(0) })).toBe(true)
      expect(await uniqueOf({ visitor_id: "visitor-1", agent_hash: "agent-2", created_at: at(5) })).toBe(false)
      expect(await uniqueOf({ visitor_id: "visitor-1", agent_hash: null, ip_hash: null, created_at: at(6) })).toBe(false)
      expect(await uniqueOf({ visitor_id: "visitor-1", agent_hash: "agent-3", referral_id: null, created_at: at(7) })).toBe(true)
      // Exactly an hour after the first click that one no longer counts, but the repeat at minute 5 does.
      expect(await uniqueOf({ visitor_id: "visitor-1", agent_hash: "agent-4", created_at: at(60) })).toBe(false)
      // Exactly an hour after the last click of that link (minute 60): unique again.
      expect(await uniqueOf({ visitor_id: "visitor-1", agent_hash: "agent-5", created_at: at(120) })).toBe(true)
    })

    it("a deleted click does not make the next one a repeat", async () => {
      const first = await service.recordClick(click({ created_at: at(0) }))
      await sql("update affiliate_click set deleted_at = now() where id = ?", [first.id])
      expect(await uniqueOf({ created_at: at(5) })).toBe(true)
    })

    it("a probe reads only its own device's and visitor's rows of the hour, however many others the hour holds", async () => {
      // One device sends 3,000 clicks of the hour (the shape that once made the
      // planner walk the whole hour), with no statistics on the table yet.
      await sql(
        `insert into affiliate_click (id, program_id, referral_id, visitor_id, ip_hash, agent_hash, utm_source, utm_medium, utm_campaign, created_at, updated_at)
         select 'affclk_flood_' || g, 'affprog_default', 'affref_a', 'visitor-flood-' || g, 'iphash-flood', 'agent-flood',
                'instagram', 'social', 'autumn', ?::timestamptz - interval '50 minutes' + g * interval '1 second', now()
         from generate_series(1, 3000) g`,
        [new Date(BASE).toISOString()]
      )
      // The probing device has two clicks of another link in the hour.
      await service.recordClick(click({ referral_id: "affref_b", visitor_id: "visitor-probe", created_at: at(-20) }))
      await service.recordClick(click({ referral_id: "affref_b", visitor_id: "visitor-probe", created_at: at(-10) }))

      const [{ "QUERY PLAN": plan }] = await sql(`explain (analyze, format json) ${INSERT_CLICKS_SQL}`, [
        clickBatchJson([click({ visitor_id: "visitor-probe", created_at: at(0) })]),
      ])
      const probes = nodesOf(plan[0].Plan).filter((n) => n["Relation Name"] === "affiliate_click" && n["Node Type"] !== "ModifyTable")
      const indexes = nodesOf(plan[0].Plan).map((n) => n["Index Name"]).filter(Boolean)
      expect(probes.length).toBeGreaterThan(0)
      expect(probes.filter((n) => n["Node Type"] === "Seq Scan")).toEqual([])
      expect(indexes).not.toContain("IDX_affiliate_click_created_at")
      // Rows read and dropped: at most the probing device's own two clicks, once per probe.
      const removed = probes.reduce((sum, n) => sum + (n["Rows Removed by Filter"] ?? 0), 0)
      expect(removed).toBeLessThanOrEqual(2 * probes.length)
      const [{ is_unique }] = await sql("select is_unique from affiliate_click where visitor_id = 'visitor-probe' order by created_at desc limit 1")
      expect(is_unique).toBe(true)
    })
  },
})
