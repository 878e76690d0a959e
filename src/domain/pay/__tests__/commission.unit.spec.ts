import { ConversionFacts, quoteCommission } from "../commission"
import { chooseRule, Rule } from "../rules"

const at = new Date("2026-06-15T12:00:00Z")
const facts = (over: Partial<ConversionFacts> = {}): ConversionFacts => ({
  conversion: "order", at, currency_code: "eur", amounts: { item_subtotal: "80", order_total: "95.20" },
  referred_at: new Date("2026-06-01T00:00:00Z"), tier_volume: null, timezone: "Europe/Berlin",
  partner: { status: "active", kind: "external" }, ...over,
})
const rule = (over: Partial<Rule> = {}): Rule => ({
  id: "rule_1", program_id: "prog", name: "Standard", scope: "program", event: "order", type: "percentage", percentage: 10, ...over,
})
const earned = (q: ReturnType<typeof quoteCommission>) => {
  if (!q.earns) throw new Error(`expected a commission, got: ${q.reason}`)
  return q
}

describe("quoteCommission", () => {
  it("takes the percentage of the items after discounts, without tax and shipping, by default", () => {
    const q = earned(quoteCommission(rule(), facts()))
    expect([q.amount, q.basis_amount, q.rate, q.currency_code]).toEqual(["8", "80", "10", "eur"])
    expect(q.explanation.steps.find((s) => s.label === "Amount")?.detail).toBe("10 % of the item subtotal after discounts (no tax, no shipping) 80.00 EUR = 8.00 EUR.")
  })

  it("uses the order total when the rule says so, and rounds by the currency", () => {
    expect(earned(quoteCommission(rule({ basis: "order_total" }), facts())).amount).toBe("9.52")
    expect(earned(quoteCommission(rule({ percentage: "33.333" }), facts({ amounts: { item_subtotal: "10", order_total: "10" } }))).amount).toBe("3.33")
    expect(earned(quoteCommission(rule({ percentage: 7 }), facts({ currency_code: "jpy", amounts: { item_subtotal: "1250", order_total: "1250" } }))).amount).toBe("88")
  })

  it("pays flat amounts in the order's currency only", () => {
    const flat = rule({ type: "flat", percentage: null, flat_amounts: { eur: 5, usd: 6 } })
    expect(earned(quoteCommission(flat, facts())).amount).toBe("5")
    expect(earned(quoteCommission(flat, facts({ currency_code: "usd" }))).amount).toBe("6")
    const gbp = quoteCommission(flat, facts({ currency_code: "gbp" }))
    expect(gbp).toMatchObject({ earns: false, reason: "the rule has no flat amount in GBP." })
  })

  it("raises or lowers the rate by tier", () => {
    const tiered = rule({ tiers: { metric: "orders", period: "calendar_month", tiers: [{ threshold: 5, percentage: 12 }, { threshold: 50, percentage: 5 }] } })
    expect(earned(quoteCommission(tiered, facts({ tier_volume: 4 }))).rate).toBe("10")
    const five = earned(quoteCommission(tiered, facts({ tier_volume: 5 })))
    expect([five.rate, five.amount, five.tier_index]).toEqual(["12", "9.6", 0])
    expect(five.explanation.steps.find((s) => s.label === "Tier")?.detail).toContain("5 attributed orders over this calendar month (Europe/Berlin) reach tier 1")
    expect(earned(quoteCommission(tiered, facts({ tier_volume: 60 }))).rate).toBe("5")
  })

  it("pays nothing after the rule's window", () => {
    const limited = rule({ window_days: 10 })
    expect(quoteCommission(limited, facts()).earns).toBe(false)
    expect(quoteCommission(limited, facts({ referred_at: new Date("2026-06-10T00:00:00Z") })).earns).toBe(true)
  })

  it("gives a disabled partner nothing; notes suspension and internal channels", () => {
    expect(quoteCommission(rule(), facts({ partner: { status: "disabled", kind: "external" } }))).toMatchObject({ earns: false, reason: expect.stringContaining("disabled") })
    const suspended = earned(quoteCommission(rule(), facts({ partner: { status: "suspended", kind: "external" } })))
    expect(suspended.explanation.steps.at(-1)?.detail).toContain("not paid until reactivation")
    const internal = earned(quoteCommission(rule(), facts({ partner: { status: "active", kind: "internal" } })))
    expect(internal.explanation.steps.at(-1)?.detail).toContain("never paid out")
  })

  it("pays registration bounties flat, in the rule's first currency", () => {
    const bounty = rule({ event: "registration", type: "flat", percentage: null, flat_amounts: { eur: 3 } })
    const q = earned(quoteCommission(bounty, facts({ conversion: "registration", currency_code: null, amounts: null })))
    expect([q.amount, q.currency_code, q.basis_amount]).toEqual(["3", "eur", null])
    const pct = quoteCommission(rule({ event: "registration" }), facts({ conversion: "registration", currency_code: null, amounts: null }))
    expect(pct.earns).toBe(false)
  })

  it("explains which rules were passed over and why", () => {
    const rules = [rule({ id: "a", name: "Program 5 %", percentage: 5 }), rule({ id: "b", name: "Anna", scope: "affiliate", affiliate_id: "aff_anna" }), rule({ id: "c", name: "Old", status: "archived" })]
    const target = { program_id: "prog", site_id: null, affiliate_id: "aff_anna", referral_id: null, conversion: "order" as const, first_order: false, at }
    const { rule: chosen, verdicts } = chooseRule(rules, target)
    const q = earned(quoteCommission(chosen, facts(), verdicts))
    const passed = q.explanation.steps.find((s) => s.label === "Rules passed over")?.detail
    expect(passed).toContain('"Program 5 %" also applies but ranks lower')
    expect(passed).toContain('"Old" is archived')
    expect(q.explanation.summary).toBe('8.00 EUR from "Anna" (10 % of 80.00 EUR).')
  })

  it("refuses when no rule applies", () => {
    expect(quoteCommission(null, facts())).toMatchObject({ earns: false, explanation: { summary: expect.stringContaining("no active rule") } })
  })
})
