import fc from "fast-check"
import { chooseRule, judgeRule, Rule, RuleTarget, ruleProblems } from "../rules"

const at = new Date("2026-06-15T12:00:00Z")
const target: RuleTarget = {
  program_id: "prog", site_id: "site_shop", affiliate_id: "aff_anna", referral_id: "ref_blog",
  conversion: "order", first_order: false, at,
}
let n = 0
const rule = (over: Partial<Rule> = {}): Rule => ({
  id: `rule_${++n}`, program_id: "prog", name: `Rule ${n}`, scope: "program", event: "order", type: "percentage",
  percentage: 10, priority: 0, status: "active", created_at: new Date(Date.UTC(2026, 0, n)), ...over,
})

describe("judgeRule", () => {
  it("says why a rule does not apply", () => {
    const cases: [Partial<Rule>, Partial<RuleTarget>, string][] = [
      [{ status: "archived" }, {}, "archived"],
      [{ program_id: "other" }, {}, "another program"],
      [{ starts_at: "2026-07-01T00:00:00Z" }, {}, "starts"],
      [{ ends_at: "2026-06-15T12:00:00Z" }, {}, "ended"],
      [{ event: "registration", type: "flat" }, {}, "registrations, not orders"],
      [{ event: "order" }, { conversion: "registration" }, "not registrations"],
      [{ event: "first_order" }, { first_order: false }, "first order only"],
      [{ scope: "site", site_id: "site_outlet" }, {}, "another site"],
      [{ scope: "affiliate", affiliate_id: "aff_bob" }, {}, "another partner"],
      [{ scope: "referral", referral_id: "ref_other" }, {}, "another referral"],
    ]
    for (const [over, t, words] of cases) {
      const verdict = judgeRule(rule(over), { ...target, ...t })
      expect([over, verdict.applies]).toEqual([over, false])
      expect(verdict.reason).toContain(words)
    }
  })

  it("applies within its dates: from the start instant, until (not at) the end instant", () => {
    expect(judgeRule(rule({ starts_at: at }), target).applies).toBe(true)
    expect(judgeRule(rule({ ends_at: new Date(at.getTime() + 1) }), target).applies).toBe(true)
    expect(judgeRule(rule({ ends_at: at }), target).applies).toBe(false)
  })

  it("lets a first-order rule and an every-order rule both match a first order", () => {
    expect(judgeRule(rule({ event: "first_order" }), { ...target, first_order: true }).applies).toBe(true)
    expect(judgeRule(rule({ event: "order" }), { ...target, first_order: true }).applies).toBe(true)
  })
})

describe("chooseRule", () => {
  it("prefers referral > affiliate > site > program, whatever the priorities", () => {
    const program = rule({ priority: 100 })
    const site = rule({ scope: "site", site_id: "site_shop", priority: 50 })
    const partner = rule({ scope: "affiliate", affiliate_id: "aff_anna", priority: 10 })
    const referral = rule({ scope: "referral", referral_id: "ref_blog" })
    expect(chooseRule([program, site, partner, referral], target).rule).toBe(referral)
    expect(chooseRule([program, site, partner], target).rule).toBe(partner)
    expect(chooseRule([program, site], target).rule).toBe(site)
    expect(chooseRule([program], target).rule).toBe(program)
  })

  it("then the higher priority, then the newest rule", () => {
    const low = rule({ priority: 1 })
    const high = rule({ priority: 5 })
    expect(chooseRule([high, low], target).rule).toBe(high)
    const older = rule({ created_at: new Date("2026-01-01") })
    const newer = rule({ created_at: new Date("2026-03-01") })
    expect(chooseRule([older, newer], target).rule).toBe(newer)
  })

  it("never picks a rule that does not apply", () => {
    const arbRule = fc.record({
      scope: fc.constantFrom("program", "site", "affiliate", "referral" as const),
      site_id: fc.constantFrom("site_shop", "site_outlet"),
      affiliate_id: fc.constantFrom("aff_anna", "aff_bob"),
      referral_id: fc.constantFrom("ref_blog", "ref_other"),
      event: fc.constantFrom("order", "first_order", "registration" as const),
      status: fc.constantFrom("active", "archived" as const),
      priority: fc.integer({ min: -5, max: 5 }),
    })
    fc.assert(fc.property(fc.array(arbRule, { maxLength: 8 }), fc.boolean(), (specs, first) => {
      const rules = specs.map((s) => rule(s as Partial<Rule>))
      const t = { ...target, first_order: first }
      const { rule: chosen } = chooseRule(rules, t)
      if (chosen) expect(judgeRule(chosen, t).applies).toBe(true)
      else expect(rules.every((r) => !judgeRule(r, t).applies)).toBe(true)
    }))
  })
})

describe("ruleProblems", () => {
  const ok = { scope: "program" as const, event: "order" as const, type: "percentage" as const, percentage: 10 }
  it("accepts a sound rule", () => {
    expect(ruleProblems(ok)).toEqual([])
    expect(ruleProblems({ ...ok, type: "flat", percentage: null, flat_amounts: { eur: 5, usd: 6 } })).toEqual([])
  })

  it("names each problem in words an operator can act on", () => {
    const cases: [object, string][] = [
      [{ scope: "affiliate" }, "needs affiliate_id"],
      [{ site_id: "site_1" }, "cannot name site_id"],
      [{ percentage: 0 }, "above 0"],
      [{ percentage: 101 }, "at most 100"],
      [{ type: "flat", percentage: null }, "at least one currency"],
      [{ type: "flat", percentage: null, flat_amounts: { euro: 5 } }, "is not a currency code"],
      [{ type: "flat", percentage: null, flat_amounts: { eur: -1 } }, "0 or more"],
      [{ event: "registration" }, "flat bounty"],
      [{ starts_at: "2026-05-01", ends_at: "2026-04-01" }, "ends_at must be after starts_at"],
      [{ window_days: 0 }, "window_days"],
      [{ tiers: { metric: "orders", period: "rolling_days", tiers: [{ threshold: 5, percentage: 12 }] } }, "period_days"],
      [{ tiers: { metric: "orders", period: "lifetime", tiers: [{ threshold: 5, percentage: 12 }, { threshold: 5, percentage: 15 }] } }, "same threshold"],
      [{ tiers: { metric: "orders", period: "lifetime", tiers: [{ threshold: 5 }] } }, "Tier 1"],
    ]
    for (const [over, words] of cases) expect(ruleProblems({ ...ok, ...over } as any).join(" ")).toContain(words)
  })
})
