import fc from "fast-check"
import {
  ClickTouch,
  CodeTouch,
  Conversion,
  decideAttribution,
  DEFAULT_PRECEDENCE,
  Decision,
  normalizePrecedence,
  Partner,
  ReasonCode,
  RegistrationTouch,
  Touch,
  TouchKind,
  touchProblem,
  touchRef,
} from "../attribution"

const DAY = 24 * 60 * 60 * 1000
const ORDER_AT = new Date("2026-11-10T12:00:00.000Z")
const daysBefore = (days: number, from = ORDER_AT) => new Date(from.getTime() - days * DAY)

const anna = (over: Partial<Partner> = {}): Partner => ({
  affiliate_id: "aff_anna",
  affiliate_name: "Anna Outdoors",
  affiliate_status: "active",
  affiliate_kind: "external",
  customer_id: "cus_anna",
  email: "anna@example.com",
  authorized_site_ids: ["site_shop"],
  referral_id: "ref_anna",
  referral_status: "active",
  ...over,
})
const ben = (over: Partial<Partner> = {}): Partner =>
  anna({ affiliate_id: "aff_ben", affiliate_name: "Ben Bikes", customer_id: "cus_ben", email: "ben@example.com", referral_id: "ref_ben", ...over })

let seq = 0
const click = (at: Date, over: Partial<ClickTouch> = {}): ClickTouch => ({
  kind: "click",
  at,
  click_id: `affclk_${String(++seq).padStart(26, "0")}`,
  partner: anna(),
  utm: {},
  is_bot: false,
  blocked_reason: null,
  ...over,
})
const code = (at: Date, over: Partial<CodeTouch> = {}): CodeTouch => ({
  kind: "code",
  at,
  code: `ANNA${++seq}`,
  voucher_id: "vou_anna",
  voucher_status: "active",
  code_status: "active",
  partner: anna(),
  ...over,
})
const registration = (at: Date, over: Partial<RegistrationTouch> = {}): RegistrationTouch => ({
  kind: "registration",
  at,
  attribution_id: `affattr_${++seq}`,
  partner: anna(),
  source: "link",
  utm: {},
  window_ends_at: null,
  ...over,
})
const order = (over: Partial<Conversion> = {}): Conversion => ({
  conversion: "order",
  at: ORDER_AT,
  site_id: "site_shop",
  sites_configured: true,
  customer_id: "cus_shopper",
  email: "shopper@example.com",
  model: "last_touch",
  window_days: 30,
  ...over,
})
const signup = (over: Partial<Conversion> = {}) => order({ conversion: "registration", ...over })

const decide = (conversion: Conversion, touches: Touch[]): Decision => {
  const decision = decideAttribution(conversion, touches)
  if (!decision) throw new Error("expected a decision")
  return decision
}
const entryOf = (decision: Decision, touch: Touch) => {
  const found = decision.explanation.considered.filter((c) => c.ref === touchRef(touch))
  expect(found).toHaveLength(1)
  return found[0]
}
const reasonOf = (conversion: Conversion, touch: Touch) => touchProblem(conversion, touch)?.reason ?? null

describe("decideAttribution: nothing to decide", () => {
  it("returns null without touches", () => {
    expect(decideAttribution(order(), [])).toBeNull()
  })

  it("returns null for a registration whose only touches are registrations (nothing is considered)", () => {
    expect(decideAttribution(signup(), [registration(daysBefore(3))])).toBeNull()
  })
})

describe("touchProblem: why a touch cannot earn the conversion", () => {
  it("a valid touch has no problem", () => {
    expect(touchProblem(order(), click(daysBefore(2)))).toBeNull()
    expect(touchProblem(order(), code(daysBefore(0)))).toBeNull()
    expect(touchProblem(order(), registration(daysBefore(2)))).toBeNull()
  })

  it("after_conversion: a touch after the conversion never counts", () => {
    const late = click(new Date(ORDER_AT.getTime() + 1))
    expect(touchProblem(order(), late)).toEqual({
      reason: "after_conversion",
      detail: "The click of 2026-11-10 came after the order of 2026-11-10.",
    })
    expect(reasonOf(order(), code(new Date(ORDER_AT.getTime() + DAY)))).toBe("after_conversion")
    expect(reasonOf(order(), registration(new Date(ORDER_AT.getTime() + DAY)))).toBe("after_conversion")
  })

  it("a touch at the very moment of the conversion counts", () => {
    expect(touchProblem(order(), click(ORDER_AT))).toBeNull()
  })

  it("bot: clicks of bots never attribute", () => {
    expect(touchProblem(order(), click(daysBefore(1), { is_bot: true }))).toEqual({
      reason: "bot",
      detail: "The click of 2026-11-09 came from a bot or automated client.",
    })
  })

  it("blocked_at_click: a click blocked when it happened stays blocked, even if the partner is active now", () => {
    expect(touchProblem(order(), click(daysBefore(1), { blocked_reason: "affiliate_suspended" }))).toEqual({
      reason: "blocked_at_click",
      detail: "The click of 2026-11-09 was blocked when it happened: the partner's account was suspended.",
    })
    expect(touchProblem(order(), click(daysBefore(1), { blocked_reason: "referral_archived" }))?.detail).toBe(
      "The click of 2026-11-09 was blocked when it happened: the referral link was archived."
    )
    expect(touchProblem(order(), click(daysBefore(1), { blocked_reason: "code_inactive" }))?.detail).toBe(
      "The click of 2026-11-09 was blocked when it happened: the code was not active."
    )
    expect(touchProblem(order(), click(daysBefore(1), { blocked_reason: "something_else" }))?.detail).toBe(
      "The click of 2026-11-09 was blocked when it happened: something_else."
    )
  })

  it("window_expired: a click counts up to and including window_days after it", () => {
    expect(touchProblem(order(), click(daysBefore(30)))).toBeNull()
    expect(touchProblem(order(), click(new Date(daysBefore(30).getTime() - 1)))).toEqual({
      reason: "window_expired",
      detail: "The click of 2026-10-11 is outside the 30-day window: it ended 2026-11-10, before the order of 2026-11-10.",
    })
    expect(reasonOf(order({ window_days: 7 }), click(daysBefore(8)))).toBe("window_expired")
  })

  it("window_expired: a referred registration counts until its stored window end", () => {
    const reg = registration(daysBefore(100), { window_ends_at: daysBefore(1) })
    expect(touchProblem(order(), reg)).toEqual({
      reason: "window_expired",
      detail: "The referred registration of 2026-08-02 is outside the 30-day window: it ended 2026-11-09, before the order of 2026-11-10.",
    })
    // A stored window end longer than the program's current window still counts (it was promised then).
    expect(touchProblem(order(), registration(daysBefore(100), { window_ends_at: daysBefore(-1) }))).toBeNull()
  })

  it("window_expired: without a stored window end, a registration counts window_days", () => {
    expect(touchProblem(order(), registration(daysBefore(30)))).toBeNull()
    expect(reasonOf(order(), registration(daysBefore(31)))).toBe("window_expired")
  })

  it("codes have no window: the code is typed at checkout", () => {
    expect(touchProblem(order(), code(daysBefore(400)))).toBeNull()
  })

  it.each(["pending", "suspended", "disabled", "rejected"])("affiliate_not_active: a %s partner earns nothing", (status) => {
    expect(touchProblem(order(), click(daysBefore(1), { partner: anna({ affiliate_status: status }) }))).toEqual({
      reason: "affiliate_not_active",
      detail: `Anna Outdoors is not an active partner (${status}).`,
    })
    expect(reasonOf(order(), code(daysBefore(0), { partner: anna({ affiliate_status: status }) }))).toBe("affiliate_not_active")
    expect(reasonOf(order(), registration(daysBefore(1), { partner: anna({ affiliate_status: status }) }))).toBe(
      "affiliate_not_active"
    )
  })

  it("referral_archived: an archived link earns nothing", () => {
    expect(touchProblem(order(), click(daysBefore(1), { partner: anna({ referral_status: "archived" }) }))).toEqual({
      reason: "referral_archived",
      detail: "The referral link of Anna Outdoors is archived.",
    })
  })

  it("a partner without a referral (a code of its own) is not archived", () => {
    expect(touchProblem(order(), code(daysBefore(0), { partner: anna({ referral_id: null, referral_status: null }) }))).toBeNull()
  })

  it("code_inactive: the code or its voucher must be active", () => {
    expect(touchProblem(order(), code(daysBefore(0), { code: "ANNA10", code_status: "disabled" }))).toEqual({
      reason: "code_inactive",
      detail: "The code ANNA10 is not active.",
    })
    expect(touchProblem(order(), code(daysBefore(0), { code: "ANNA10", voucher_status: "archived" }))).toEqual({
      reason: "code_inactive",
      detail: "The voucher of the code ANNA10 is not active.",
    })
  })

  it("site_unregistered: when the program has sites, the conversion must happen on one", () => {
    expect(touchProblem(order({ site_id: null }), click(daysBefore(1)))).toEqual({
      reason: "site_unregistered",
      detail: "The order did not happen on one of the program's registered sites.",
    })
    expect(reasonOf(signup({ site_id: null }), click(daysBefore(1)))).toBe("site_unregistered")
  })

  it("a program without sites checks no site at all", () => {
    const conversion = order({ sites_configured: false, site_id: null })
    expect(touchProblem(conversion, click(daysBefore(1), { partner: anna({ authorized_site_ids: [] }) }))).toBeNull()
  })

  it("site_not_authorized: an external partner needs an approved authorization for the site", () => {
    const conversion = order({ site_id: "site_outlet" })
    expect(touchProblem(conversion, click(daysBefore(1)))).toEqual({
      reason: "site_not_authorized",
      detail: "Anna Outdoors is not authorized for this site.",
    })
    expect(touchProblem(conversion, click(daysBefore(1), { partner: anna({ authorized_site_ids: ["site_shop", "site_outlet"] }) }))).toBeNull()
  })

  it("an internal account (the store's own channel) may promote every site without authorization", () => {
    const house = anna({ affiliate_kind: "internal", affiliate_name: "Newsletter", authorized_site_ids: [] })
    expect(touchProblem(order({ site_id: "site_outlet" }), click(daysBefore(1), { partner: house }))).toBeNull()
    // ...but only registered sites.
    expect(reasonOf(order({ site_id: null }), click(daysBefore(1), { partner: house }))).toBe("site_unregistered")
  })

  it("self_referral: a partner's own customer account earns nothing", () => {
    expect(touchProblem(order({ customer_id: "cus_anna", email: "someone@example.com" }), click(daysBefore(1)))).toEqual({
      reason: "self_referral",
      detail: "Anna Outdoors cannot earn from their own order.",
    })
  })

  it("self_referral: a partner's own email earns nothing, whatever its case, even as a guest", () => {
    expect(reasonOf(order({ customer_id: null, email: "  ANNA@Example.com " }), code(daysBefore(0)))).toBe("self_referral")
    expect(touchProblem(signup({ customer_id: "cus_new", email: "Anna@example.COM" }), click(daysBefore(1)))?.detail).toBe(
      "Anna Outdoors cannot earn from their own registration."
    )
  })

  it("empty identities do not make a self-referral", () => {
    const partner = anna({ customer_id: null, email: "" })
    expect(touchProblem(order({ customer_id: null, email: "" }), click(daysBefore(1), { partner }))).toBeNull()
  })

  it("a click without a partner (the store's own campaign) is only checked for timing, bots and the window", () => {
    const campaign = (over: Partial<ClickTouch> = {}) => click(daysBefore(1), { partner: null, utm: { utm_source: "newsletter" }, ...over })
    const anywhere = order({ site_id: null, customer_id: "cus_anna" })
    expect(touchProblem(anywhere, campaign())).toBeNull()
    expect(reasonOf(anywhere, campaign({ is_bot: true }))).toBe("bot")
    expect(reasonOf(anywhere, campaign({ at: daysBefore(31) }))).toBe("window_expired")
    expect(reasonOf(anywhere, campaign({ at: daysBefore(-1) }))).toBe("after_conversion")
  })

  describe("the first problem wins, in the documented order", () => {
    const everythingWrong = anna({ affiliate_status: "suspended", referral_status: "archived", authorized_site_ids: [] })
    const cases: [string, Conversion, Touch, ReasonCode][] = [
      ["after the conversion before bot", order(), click(daysBefore(-1), { is_bot: true, partner: everythingWrong }), "after_conversion"],
      ["bot before blocked", order(), click(daysBefore(1), { is_bot: true, blocked_reason: "affiliate_suspended" }), "bot"],
      ["blocked before the window", order(), click(daysBefore(90), { blocked_reason: "affiliate_suspended" }), "blocked_at_click"],
      ["the window before the partner", order(), click(daysBefore(90), { partner: everythingWrong }), "window_expired"],
      ["partner status before the referral", order(), click(daysBefore(1), { partner: everythingWrong }), "affiliate_not_active"],
      ["the referral before the code", order(), code(daysBefore(0), { code_status: "disabled", partner: anna({ referral_status: "archived" }) }), "referral_archived"],
      ["the code before the site", order({ site_id: null }), code(daysBefore(0), { code_status: "disabled" }), "code_inactive"],
      ["an unregistered site before authorization", order({ site_id: null }), click(daysBefore(1), { partner: anna({ authorized_site_ids: [] }) }), "site_unregistered"],
      ["authorization before self-referral", order({ site_id: "site_outlet", customer_id: "cus_anna" }), click(daysBefore(1)), "site_not_authorized"],
    ]
    it.each(cases)("%s", (_name, conversion, touch, reason) => {
      expect(reasonOf(conversion, touch)).toBe(reason)
    })
  })
})

describe("decideAttribution: the winner", () => {
  it("credits a valid link click, with source link and the click's window", () => {
    const c = click(new Date("2026-11-02T09:30:00Z"))
    const d = decide(order(), [c])
    expect(d.status).toBe("attributed")
    expect(d.winner).toBe(c)
    expect(d.source).toBe("link")
    expect(d.window_ends_at?.toISOString()).toBe("2026-12-02T09:30:00.000Z")
    expect(d.explanation.summary).toBe("Attributed to Anna Outdoors (link, click of 2026-11-02, last touch, window ends 2026-12-02).")
    expect(entryOf(d, c)).toEqual({
      kind: "click",
      ref: c.click_id,
      at: "2026-11-02T09:30:00.000Z",
      affiliate_id: "aff_anna",
      affiliate_name: "Anna Outdoors",
      referral_id: "ref_anna",
      outcome: "chosen",
      detail: "The click of 2026-11-02 is the last valid touch of the highest-ranked kind.",
    })
  })

  it("credits a code with source code and no window", () => {
    const k = code(daysBefore(0), { code: "ANNA10" })
    const d = decide(order({ model: "first_touch" }), [k])
    expect(d).toMatchObject({ status: "attributed", winner: k, source: "code", window_ends_at: null })
    expect(d.explanation.summary).toBe("Attributed to Anna Outdoors (code, code ANNA10, first touch).")
  })

  it("credits a referred registration with its stored window end", () => {
    const r = registration(new Date("2026-10-01T08:00:00Z"), { window_ends_at: new Date("2026-12-31T08:00:00Z") })
    const d = decide(order(), [r])
    expect(d).toMatchObject({ status: "attributed", winner: r, source: "registration" })
    expect(d.window_ends_at?.toISOString()).toBe("2026-12-31T08:00:00.000Z")
    expect(d.explanation.summary).toBe(
      "Attributed to Anna Outdoors (registration, registration of 2026-10-01, last touch, window ends 2026-12-31)."
    )
  })

  it("credits a referred registration without stored window end for window_days", () => {
    const r = registration(new Date("2026-10-20T08:00:00Z"))
    expect(decide(order(), [r]).window_ends_at?.toISOString()).toBe("2026-11-19T08:00:00.000Z")
  })

  it("a UTM-only landing attributes to the store's campaign with source utm", () => {
    const c = click(new Date("2026-11-05T10:00:00Z"), { partner: null, utm: { utm_source: "instagram", utm_medium: "social", utm_campaign: "summer" } })
    const d = decide(order({ site_id: null }), [c])
    expect(d).toMatchObject({ status: "attributed", winner: c, source: "utm" })
    expect(d.window_ends_at?.toISOString()).toBe("2026-12-05T10:00:00.000Z")
    expect(d.explanation.summary).toBe(
      "Attributed to the store's campaign instagram / social / summer (utm, click of 2026-11-05, last touch, window ends 2026-12-05)."
    )
    expect(entryOf(d, c)).toMatchObject({ affiliate_id: null, affiliate_name: null, referral_id: null, outcome: "chosen" })
  })

  it("a UTM-only landing without tags is the store's own campaign", () => {
    const d = decide(order(), [click(daysBefore(1), { partner: null })])
    expect(d.explanation.summary).toMatch(/^Attributed to the store's own campaign \(utm, /)
  })

  it("by default a code beats a click, and a click beats a registration", () => {
    const r = registration(daysBefore(20))
    const c = click(daysBefore(2), { partner: ben() })
    const k = code(daysBefore(0))
    expect(decide(order(), [r, c, k]).winner).toBe(k)
    expect(decide(order(), [r, c]).winner).toBe(c)
    expect(decide(order(), [r]).winner).toBe(r)
    expect([...DEFAULT_PRECEDENCE]).toEqual(["code", "click", "registration"])
  })

  it("marks the outranked touches as valid, with a readable reason", () => {
    const r = registration(daysBefore(20))
    const c = click(daysBefore(2), { partner: ben() })
    const k = code(daysBefore(0))
    const d = decide(order(), [r, c, k])
    expect(entryOf(d, k).outcome).toBe("chosen")
    expect(entryOf(d, c)).toMatchObject({ outcome: "valid", reason: "outranked", detail: "A code typed at checkout ranks above links." })
    expect(entryOf(d, r)).toMatchObject({
      outcome: "valid",
      reason: "outranked",
      detail: "A code typed at checkout ranks above referred registrations.",
    })
  })

  it("follows a custom precedence: links above codes", () => {
    const c = click(daysBefore(2), { partner: ben() })
    const k = code(daysBefore(0))
    const d = decide(order({ precedence: ["click", "code", "registration"] }), [k, c])
    expect(d.winner).toBe(c)
    expect(d.source).toBe("link")
    expect(d.explanation.precedence).toEqual(["click", "code", "registration"])
    expect(entryOf(d, k)).toMatchObject({ outcome: "valid", reason: "outranked", detail: "A link click ranks above codes." })
  })

  it("follows a custom precedence: registrations first", () => {
    const r = registration(daysBefore(20))
    const c = click(daysBefore(2), { partner: ben() })
    expect(decide(order({ precedence: ["registration", "code", "click"] }), [c, r]).winner).toBe(r)
  })

  it("ranks kinds left out of a custom precedence last, in default order", () => {
    expect(normalizePrecedence(["registration"])).toEqual(["registration", "code", "click"])
    expect(normalizePrecedence(["click", "click", "nonsense" as TouchKind])).toEqual(["click", "code", "registration"])
    expect(normalizePrecedence(undefined)).toEqual(["code", "click", "registration"])
    expect(normalizePrecedence([])).toEqual(["code", "click", "registration"])
  })

  it("falls through to the next kind when every touch of a higher kind is rejected", () => {
    const k = code(daysBefore(0), { code_status: "disabled" })
    const c = click(daysBefore(2), { partner: ben() })
    const d = decide(order(), [k, c])
    expect(d.winner).toBe(c)
    expect(entryOf(d, k)).toMatchObject({ outcome: "rejected", reason: "code_inactive" })
  })

  it("last touch credits the latest valid click", () => {
    const first = click(daysBefore(10))
    const second = click(daysBefore(5), { partner: ben() })
    const bot = click(daysBefore(1), { is_bot: true })
    const d = decide(order({ model: "last_touch" }), [first, second, bot])
    expect(d.winner).toBe(second)
    expect(entryOf(d, first)).toMatchObject({ outcome: "valid", reason: "outranked", detail: "A later click of 2026-11-05 is the last touch." })
    expect(entryOf(d, bot)).toMatchObject({ outcome: "rejected", reason: "bot" })
  })

  it("first touch credits the earliest valid click", () => {
    const expired = click(daysBefore(40))
    const first = click(daysBefore(10))
    const second = click(daysBefore(5), { partner: ben() })
    const d = decide(order({ model: "first_touch" }), [second, expired, first])
    expect(d.winner).toBe(first)
    expect(d.explanation.summary).toBe("Attributed to Anna Outdoors (link, click of 2026-10-31, first touch, window ends 2026-11-30).")
    expect(entryOf(d, second)).toMatchObject({ outcome: "valid", reason: "outranked", detail: "An earlier click of 2026-10-31 is the first touch." })
    expect(entryOf(d, expired)).toMatchObject({ outcome: "rejected", reason: "window_expired" })
  })

  it("on equal times, last touch takes the later listed and first touch the earlier listed", () => {
    const at = daysBefore(3)
    const a = click(at)
    const b = click(at, { partner: ben() })
    expect(decide(order({ model: "last_touch" }), [a, b]).winner).toBe(b)
    expect(decide(order({ model: "last_touch" }), [b, a]).winner).toBe(a)
    expect(decide(order({ model: "first_touch" }), [a, b]).winner).toBe(a)
    expect(decide(order({ model: "first_touch" }), [b, a]).winner).toBe(b)
    expect(entryOf(decide(order(), [a, b]), a).detail).toBe("Another touch of the same time counts as the last touch.")
  })

  it("an internal account is credited on a site it holds no authorization for", () => {
    const house = anna({ affiliate_kind: "internal", affiliate_name: "Store Newsletter", authorized_site_ids: [] })
    const d = decide(order({ site_id: "site_outlet" }), [click(daysBefore(1), { partner: house })])
    expect(d.status).toBe("attributed")
    expect(d.explanation.summary).toMatch(/^Attributed to Store Newsletter \(link,/)
  })

  it("for a registration, registration touches are not considered at all", () => {
    const r = registration(daysBefore(1), { partner: ben() })
    const c = click(daysBefore(2))
    const d = decide(signup({ precedence: ["registration", "click", "code"] }), [r, c])
    expect(d.winner).toBe(c)
    expect(d.explanation.considered.map((e) => e.ref)).toEqual([c.click_id])
    expect(d.explanation.conversion).toBe("registration")
  })

  it("for an order, a referred registration is considered", () => {
    const r = registration(daysBefore(1))
    expect(decide(order(), [r]).explanation.considered.map((e) => e.ref)).toEqual([r.attribution_id])
  })
})

describe("decideAttribution: rejected conversions", () => {
  it("a conversion without a valid touch is rejected, and kept against the partner who lost it", () => {
    const c = click(daysBefore(2))
    const d = decide(order({ site_id: "site_outlet" }), [c])
    expect(d).toMatchObject({ status: "rejected", winner: c, source: "link", window_ends_at: null })
    expect(d.explanation.summary).toBe("Not attributed: Anna Outdoors is not authorized for this site.")
    expect(entryOf(d, c)).toMatchObject({ outcome: "rejected", reason: "site_not_authorized" })
  })

  it("names the best-ranked rejected touch that has a partner", () => {
    const campaign = click(daysBefore(1), { partner: null, is_bot: true })
    const lost = click(daysBefore(2), { partner: ben({ affiliate_status: "suspended" }) })
    const older = click(daysBefore(3), { partner: anna({ affiliate_status: "disabled" }) })
    const code1 = code(daysBefore(0), { code_status: "disabled" })
    // Codes rank first by default.
    expect(decide(order(), [campaign, lost, older, code1]).winner).toBe(code1)
    const d = decide(order(), [campaign, lost, older])
    expect(d.winner).toBe(lost)
    expect(d.source).toBe("link")
    expect(d.explanation.summary).toBe("Not attributed: Ben Bikes is not an active partner (suspended). 2 other touches were not valid either.")
    expect(decide(order({ model: "first_touch" }), [campaign, lost, older]).winner).toBe(older)
  })

  it("names nobody when only the store's campaigns touched the conversion", () => {
    const d = decide(order(), [click(daysBefore(1), { partner: null, is_bot: true })])
    expect(d).toMatchObject({ status: "rejected", winner: null, source: null, window_ends_at: null })
    expect(d.explanation.summary).toBe("Not attributed: the campaign click of 2026-11-09 came from a bot or automated client.")
  })

  it("a self-referral is rejected and says so, without the shopper's details", () => {
    const d = decide(order({ customer_id: "cus_anna", email: "anna@example.com" }), [code(daysBefore(0), { code: "ANNA10" })])
    expect(d.status).toBe("rejected")
    expect(d.explanation.summary).toBe("Not attributed: Anna Outdoors cannot earn from their own order.")
  })
})

describe("decideAttribution: the explanation", () => {
  const touches = () => [
    registration(daysBefore(20)),
    click(daysBefore(40)),
    click(daysBefore(2), { partner: ben() }),
    click(daysBefore(1), { is_bot: true }),
    code(daysBefore(0), { code_status: "disabled" }),
    click(daysBefore(3), { partner: null, utm: { utm_source: "newsletter" } }),
  ]

  it("records the rules it applied", () => {
    const d = decide(order({ model: "first_touch", window_days: 14, site_id: "site_shop" }), touches())
    expect(d.explanation).toMatchObject({
      conversion: "order",
      decided_at: "2026-11-10T12:00:00.000Z",
      model: "first_touch",
      precedence: ["code", "click", "registration"],
      window_days: 14,
      site_id: "site_shop",
    })
  })

  it("lists every considered touch exactly once, the chosen one first", () => {
    const list = touches()
    const d = decide(order(), list)
    const refs = d.explanation.considered.map((e) => e.ref)
    expect([...refs].sort()).toEqual(list.map(touchRef).sort())
    expect(d.explanation.considered[0].outcome).toBe("chosen")
    expect(d.explanation.considered.filter((e) => e.outcome === "chosen")).toHaveLength(1)
  })

  it("lists the others in rank order: by precedence, then by the model", () => {
    const list = touches()
    const d = decide(order(), list)
    expect(d.explanation.considered.map((e) => [e.kind, e.at.slice(0, 10), e.outcome])).toEqual([
      ["click", "2026-11-08", "chosen"],
      ["code", "2026-11-10", "rejected"],
      ["click", "2026-11-09", "rejected"],
      ["click", "2026-11-07", "valid"],
      ["click", "2026-10-01", "rejected"],
      ["registration", "2026-10-21", "valid"],
    ])
  })

  it("lists a rejected conversion's touches in rank order", () => {
    const list = [click(daysBefore(1), { partner: null, is_bot: true }), click(daysBefore(2)), code(daysBefore(0))]
    const d = decide(order({ site_id: "site_outlet", model: "first_touch" }), list)
    expect(d.status).toBe("rejected")
    expect(d.explanation.considered.map((e) => [e.kind, e.at.slice(0, 10), e.reason])).toEqual([
      ["code", "2026-11-10", "site_not_authorized"],
      ["click", "2026-11-08", "site_not_authorized"],
      ["click", "2026-11-09", "bot"],
    ])
  })

  it("gives every touch that was not chosen a reason and a sentence", () => {
    for (const e of decide(order(), touches()).explanation.considered) {
      expect(e.detail).toMatch(/^[A-Z].*\.$/)
      if (e.outcome !== "chosen") expect(e.reason).toBeDefined()
      if (e.outcome === "valid") expect(e.reason).toBe("outranked")
      if (e.outcome === "rejected") expect(e.reason).not.toBe("outranked")
    }
  })

  it("holds no personal data of the shopper or the partners", () => {
    const partnerEmail = "anna.private@example.com"
    const conversions = [
      order({ customer_id: "cus_shopper_secret", email: "shopper.secret@example.com" }),
      order({ customer_id: "cus_anna_secret", email: partnerEmail }),
      order({ customer_id: null, email: "ANNA.PRIVATE@example.com", site_id: "site_outlet" }),
    ]
    const partner = anna({ customer_id: "cus_anna_secret", email: partnerEmail })
    for (const conversion of conversions) {
      const d = decide(conversion, [click(daysBefore(2), { partner }), code(daysBefore(0), { partner }), registration(daysBefore(5), { partner })])
      const text = JSON.stringify(d.explanation).toLowerCase()
      expect(text).not.toContain("@")
      expect(text).not.toContain("secret")
      expect(text).not.toContain("cus_")
    }
  })

  it("is JSON: it survives storage unchanged", () => {
    const d = decide(order(), touches())
    expect(JSON.parse(JSON.stringify(d.explanation))).toEqual(d.explanation)
  })

  it("is deterministic and leaves its inputs alone", () => {
    const list = touches()
    const precedence: TouchKind[] = ["click", "code", "registration"]
    const conversion = order({ precedence })
    const copy = JSON.stringify(list)
    const a = decide(conversion, list)
    const b = decide(conversion, list)
    expect(a).toEqual(b)
    expect(JSON.stringify(list)).toBe(copy)
    expect(precedence).toEqual(["click", "code", "registration"])
    expect(a.explanation.precedence).not.toBe(precedence)
  })
})

describe("decideAttribution: properties", () => {
  const BASE = ORDER_AT.getTime()
  const partnerArb: fc.Arbitrary<Partner> = fc.record({
    affiliate_id: fc.constantFrom("aff_1", "aff_2", "aff_3"),
    affiliate_name: fc.constantFrom("Anna Outdoors", "Ben Bikes", "Cara Camping"),
    affiliate_status: fc.constantFrom("active", "active", "active", "pending", "suspended", "disabled"),
    affiliate_kind: fc.constantFrom("external" as const, "internal" as const),
    customer_id: fc.constantFrom(null, "cus_1", "cus_2"),
    email: fc.constantFrom(null, "", "a@example.com", "B@example.com"),
    authorized_site_ids: fc.subarray(["site_a", "site_b"]),
    referral_id: fc.constantFrom(null, "ref_1", "ref_2"),
    referral_status: fc.constantFrom(null, "active", "active", "archived"),
  })
  const atArb = fc.integer({ min: -60 * 24, max: 24 }).map((hours) => new Date(BASE + hours * 3_600_000))
  const utmArb = fc.record({ utm_source: fc.constantFrom(null, "instagram", "newsletter") })
  const clickArb: fc.Arbitrary<Touch> = fc.record({
    kind: fc.constant("click" as const),
    at: atArb,
    click_id: fc.constant(""),
    partner: fc.option(partnerArb, { freq: 4 }),
    utm: utmArb,
    is_bot: fc.constantFrom(false, false, false, false, true),
    blocked_reason: fc.constantFrom(null, null, null, "affiliate_suspended"),
  })
  const codeArb: fc.Arbitrary<Touch> = fc.record({
    kind: fc.constant("code" as const),
    at: atArb,
    code: fc.constant(""),
    voucher_id: fc.constant("vou_1"),
    voucher_status: fc.constantFrom("active", "active", "active", "archived"),
    code_status: fc.constantFrom("active", "active", "active", "disabled"),
    partner: partnerArb,
  })
  const registrationArb: fc.Arbitrary<Touch> = fc.record({
    kind: fc.constant("registration" as const),
    at: atArb,
    attribution_id: fc.constant(""),
    partner: fc.option(partnerArb, { freq: 4 }),
    source: fc.constantFrom("link", "code", "utm"),
    utm: utmArb,
    window_ends_at: fc.option(atArb.map((d): Date => new Date(d.getTime() + 10 * DAY)), { nil: null }),
  })
  // Unique refs, so each touch can be found in the explanation.
  const touchesArb = fc.array(fc.oneof(clickArb, codeArb, registrationArb), { minLength: 1, maxLength: 10 }).map((list) =>
    list.map((t, i): Touch =>
      t.kind === "click" ? { ...t, click_id: `affclk_${i}` } : t.kind === "code" ? { ...t, code: `CODE${i}` } : { ...t, attribution_id: `affattr_${i}` }
    )
  )
  const conversionArb: fc.Arbitrary<Conversion> = fc.record({
    conversion: fc.constantFrom("order" as const, "registration" as const),
    at: fc.constant(ORDER_AT),
    site_id: fc.constantFrom(null, "site_a", "site_b"),
    sites_configured: fc.boolean(),
    customer_id: fc.constantFrom(null, "cus_1", "cus_3"),
    email: fc.constantFrom(null, "a@example.com", "c@example.com"),
    model: fc.constantFrom("first_touch" as const, "last_touch" as const),
    window_days: fc.constantFrom(0, 1, 7, 30, 90),
    precedence: fc.option(fc.shuffledSubarray(["code", "click", "registration"] as TouchKind[], { minLength: 3, maxLength: 3 }), { nil: undefined }),
  })
  const considered = (c: Conversion, touches: Touch[]) => touches.filter((t) => !(c.conversion === "registration" && t.kind === "registration"))

  it("the chosen touch is always valid", () => {
    fc.assert(
      fc.property(conversionArb, touchesArb, (c, touches) => {
        const d = decideAttribution(c, touches)
        if (d?.status === "attributed") expect(touchProblem(c, d.winner!)).toBeNull()
      }),
      { numRuns: 500 }
    )
  })

  it("a conversion is attributed if and only if some considered touch is valid", () => {
    fc.assert(
      fc.property(conversionArb, touchesArb, (c, touches) => {
        const d = decideAttribution(c, touches)
        const pool = considered(c, touches)
        if (!pool.length) return expect(d).toBeNull()
        expect(d!.status === "attributed").toBe(pool.some((t) => touchProblem(c, t) === null))
      }),
      { numRuns: 500 }
    )
  })

  it("no valid touch outranks the chosen one", () => {
    fc.assert(
      fc.property(conversionArb, touchesArb, (c, touches) => {
        const d = decideAttribution(c, touches)
        if (d?.status !== "attributed") return
        const order = normalizePrecedence(c.precedence)
        const w = d.winner!
        for (const t of considered(c, touches)) {
          if (t === w || touchProblem(c, t) !== null) continue
          const rank = order.indexOf(t.kind) - order.indexOf(w.kind)
          expect(rank).toBeGreaterThanOrEqual(0)
          if (rank === 0) {
            if (c.model === "last_touch") expect(t.at.getTime()).toBeLessThanOrEqual(w.at.getTime())
            else expect(t.at.getTime()).toBeGreaterThanOrEqual(w.at.getTime())
          }
        }
      }),
      { numRuns: 500 }
    )
  })

  it("the explanation lists every considered touch exactly once, with outcomes that agree with touchProblem", () => {
    fc.assert(
      fc.property(conversionArb, touchesArb, (c, touches) => {
        const d = decideAttribution(c, touches)
        if (!d) return
        const pool = considered(c, touches)
        expect(d.explanation.considered.map((e) => e.ref).sort()).toEqual(pool.map(touchRef).sort())
        for (const t of pool) {
          const entry = d.explanation.considered.find((e) => e.ref === touchRef(t))!
          const problem = touchProblem(c, t)
          if (problem) expect(entry).toMatchObject({ outcome: "rejected", reason: problem.reason, detail: problem.detail })
          else expect(["chosen", "valid"]).toContain(entry.outcome)
        }
        expect(d.explanation.considered.filter((e) => e.outcome === "chosen").length).toBe(d.status === "attributed" ? 1 : 0)
      }),
      { numRuns: 500 }
    )
  })

  it("a rejected conversion names a partner's touch whenever one exists", () => {
    fc.assert(
      fc.property(conversionArb, touchesArb, (c, touches) => {
        const d = decideAttribution(c, touches)
        if (d?.status !== "rejected") return
        expect(d.window_ends_at).toBeNull()
        const anyPartner = considered(c, touches).some((t) => t.partner !== null)
        expect(d.winner !== null).toBe(anyPartner)
        if (d.winner) expect(d.winner.partner).not.toBeNull()
        else expect(d.source).toBeNull()
      }),
      { numRuns: 500 }
    )
  })

  it("shuffling the touches changes nothing when their times are distinct", () => {
    const distinctTouches = touchesArb.chain((touches) =>
      fc
        .uniqueArray(fc.integer({ min: -60 * 24 * 60, max: 24 * 60 }), { minLength: touches.length, maxLength: touches.length })
        .map((minutes) => touches.map((t, i) => ({ ...t, at: new Date(BASE + minutes[i] * 60_000) }) as Touch))
    )
    const withShuffle = distinctTouches.chain((touches) =>
      fc.tuple(fc.constant(touches), fc.shuffledSubarray(touches, { minLength: touches.length, maxLength: touches.length }))
    )
    fc.assert(
      fc.property(conversionArb, withShuffle, (c, [touches, shuffled]) => {
        const a = decideAttribution(c, touches)
        const b = decideAttribution(c, shuffled)
        expect(b?.winner ?? null).toBe(a?.winner ?? null)
        expect(b).toEqual(a)
      }),
      { numRuns: 500 }
    )
  })
})

describe("the partner a rejected conversion is recorded against", () => {
  it("is the one who genuinely lost it, not a later or bot touch of another partner", () => {
    const decision = decideAttribution(order(), [
      click(new Date(ORDER_AT.getTime() + 60_000), { click_id: "affclk_after", partner: ben() }),
      click(daysBefore(40), { click_id: "affclk_expired", partner: anna() }),
    ])!
    expect(decision.status).toBe("rejected")
    expect(decision.winner?.partner?.affiliate_id).toBe(anna().affiliate_id)
  })

  it("falls back to an incidental touch when no other names a partner", () => {
    const decision = decideAttribution(order(), [click(daysBefore(1), { click_id: "affclk_bot", is_bot: true, partner: ben() })])!
    expect(decision.status).toBe("rejected")
    expect(decision.winner?.partner?.affiliate_id).toBe(ben().affiliate_id)
  })
})
