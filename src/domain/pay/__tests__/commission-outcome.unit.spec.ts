import { quoteCommission, ConversionFacts } from "../commission"
import { quoteOutcome, refusedAttributionOutcome, registrationBountyOutcome } from "../commission-outcome"
import type { Rule } from "../rules"

const at = new Date("2026-06-15T12:00:00Z")
const facts = (over: Partial<ConversionFacts> = {}): ConversionFacts => ({
  conversion: "order", at, currency_code: "eur", amounts: { item_subtotal: "80", order_total: "95.20" },
  referred_at: new Date("2026-06-01T00:00:00Z"), tier_volume: null, timezone: "UTC",
  partner: { status: "active", kind: "external" }, ...over,
})
const rule = (over: Partial<Rule> = {}): Rule => ({
  id: "rule_1", program_id: "prog", name: "Standard", scope: "program", event: "order", type: "percentage", percentage: 10, ...over,
})
const active = { kind: "external", status: "active" }

describe("quoteOutcome", () => {
  test.each([
    { label: "no rule", quote: quoteCommission(null, facts()), reason: "no_rule" },
    { label: "rule window passed", quote: quoteCommission(rule({ window_days: 7 }), facts()), reason: "window_passed" },
    { label: "disabled partner", quote: quoteCommission(rule(), facts({ partner: { status: "disabled", kind: "external" } })), reason: "partner_disabled" },
    { label: "no flat amount in the currency", quote: quoteCommission(rule({ type: "flat", flat_amounts: { usd: 5 } }), facts()), reason: "rule_not_applicable" },
    { label: "rounds to nothing", quote: quoteCommission(rule({ percentage: 0.001 }), facts({ amounts: { item_subtotal: "1", order_total: "1" } })), reason: "below_threshold" },
  ])("earns nothing: $label", ({ quote, reason }) => {
    const outcome = quoteOutcome(quote, active)
    expect(outcome).toMatchObject({ status: "none", reason })
    expect(outcome.detail).toMatch(/^[A-Z]/)
  })

  it("says why a rule window refused, in a sentence", () => {
    expect(quoteOutcome(quoteCommission(rule({ window_days: 7 }), facts()), active).detail).toBe("The rule's 7-day window after referral has ended.")
  })

  test.each([
    { label: "plain", partner: active, reason: null },
    { label: "internal account", partner: { kind: "internal", status: "active" }, reason: "internal_account" },
    { label: "suspended partner", partner: { kind: "external", status: "suspended" }, reason: "partner_suspended" },
  ])("earned: $label", ({ partner, reason }) => {
    expect(quoteOutcome(quoteCommission(rule(), facts()), partner)).toMatchObject({ status: "earned", reason })
  })
})

describe("refusedAttributionOutcome", () => {
  const explanation = (reason: string, affiliate_id = "aff_1") => ({
    considered: [
      { affiliate_id: "aff_other", outcome: "rejected", reason: "bot", detail: "The click of 2026-06-01 came from a bot or automated client." },
      { affiliate_id, outcome: "rejected", reason, detail: "Why it was refused." },
    ],
  })
  test.each([
    { label: "suspended partner", reason: "affiliate_not_active", status: "suspended", expected: "partner_suspended" },
    { label: "disabled partner", reason: "affiliate_not_active", status: "disabled", expected: "partner_disabled" },
    { label: "pending partner", reason: "affiliate_not_active", status: "pending", expected: "partner_not_active" },
    { label: "site not authorized", reason: "site_not_authorized", status: "active", expected: "site_not_approved" },
    { label: "not a registered site", reason: "site_unregistered", status: "active", expected: "site_not_approved" },
    { label: "attribution window", reason: "window_expired", status: "active", expected: "attribution_window_passed" },
    { label: "self referral", reason: "self_referral", status: "active", expected: "not_attributed" },
  ])("$label", ({ reason, status, expected }) => {
    expect(refusedAttributionOutcome(explanation(reason), "aff_1", status)).toEqual({ status: "none", reason: expected, detail: "Why it was refused." })
  })

  it("falls back on the first refused touch, and on a plain sentence without one", () => {
    expect(refusedAttributionOutcome(explanation("self_referral"), "aff_9", null).detail).toContain("bot")
    expect(refusedAttributionOutcome(null, null, null)).toEqual({ status: "none", reason: "not_attributed", detail: "The conversion was not credited to a partner." })
  })
})

describe("registrationBountyOutcome", () => {
  const caps = { per_ip_hash_daily: 3, per_partner_daily: 10 }
  test.each([
    { label: "under both caps, first order", counts: { same_ip_hash: 2, same_partner: 9 }, release: "first_order" as const, expected: { status: "awaiting", reason: "awaiting_first_order" } },
    { label: "under both caps, review", counts: { same_ip_hash: 0, same_partner: 0 }, release: "review" as const, expected: { status: "awaiting", reason: "awaiting_review" } },
    { label: "IP hash at its cap", counts: { same_ip_hash: 3, same_partner: 0 }, release: "first_order" as const, expected: { status: "none", reason: "cap_reached" } },
    { label: "partner at its cap", counts: { same_ip_hash: 0, same_partner: 10 }, release: "first_order" as const, expected: { status: "none", reason: "cap_reached" } },
    { label: "no IP known: only the partner cap", counts: { same_ip_hash: null, same_partner: 1 }, release: "first_order" as const, expected: { status: "awaiting" } },
  ])("$label", ({ counts, release, expected }) => {
    expect(registrationBountyOutcome(caps, counts, release)).toMatchObject(expected)
  })

  it("has no cap when a cap is null", () => {
    expect(registrationBountyOutcome({ per_ip_hash_daily: null, per_partner_daily: null }, { same_ip_hash: 1000, same_partner: 1000 }, "first_order").status).toBe("awaiting")
  })

  it("names which cap was reached", () => {
    expect(registrationBountyOutcome(caps, { same_ip_hash: 5, same_partner: 0 }, "first_order").detail).toContain("network address")
    expect(registrationBountyOutcome(caps, { same_ip_hash: 0, same_partner: 10 }, "first_order").detail).toContain("partner's daily cap of 10")
  })
})
