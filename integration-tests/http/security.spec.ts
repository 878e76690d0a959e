import path from "node:path"
import fc from "fast-check"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminUser, createPublishableKey, registerCustomer } from "../helpers/actors"
import { buildStore, completeCart, createCart, eventually } from "../helpers/store"
import {
  bodyCases,
  buildSecurityWorld,
  cookieCases,
  countRows,
  describeCase,
  discoverRoutes,
  fillPattern,
  headerCases,
  headersFor,
  messageOf,
  OPERATOR_NOTE,
  queryCases,
  rowDiff,
  ROLES,
  scanForLeaks,
  send,
  sweepCases,
  type FuzzCase,
  type LeakRules,
  type RawResponse,
  type Role,
  type SecurityWorld,
} from "../helpers/security"

jest.setTimeout(20 * 60 * 1000)

/**
 * The security layer: every plugin route (read from src/api) x every kind of
 * caller, checked against a table of who may call it; every answer a partner
 * or the public gets is scanned for operator fields, referred customers and
 * other partners' data; every public and partner route is fuzzed with
 * malformed bodies, queries, headers and cookies. Nothing may answer >= 500,
 * and a refused request writes no row.
 *
 * Replay the fuzzer with SECURITY_FUZZ_SEED=<seed printed> (and
 * SECURITY_FUZZ_RUNS=<inputs per route>).
 */

type Status = "2xx" | "3xx" | "4xx" | number
type Outcome = Status | Status[]
type Expectation = Record<Role, Outcome>
type Ctx = { w: SecurityWorld; role: Role }

type RouteSpec = {
  /** Who may call it, in words (the expectation map says it per role). */
  who: "anyone" | "publishable key" | "signed-in customer" | "partner" | "admin"
  expect: Expectation
  params?: (c: Ctx) => Record<string, string>
  query?: (c: Ctx) => string
  body?: (c: Ctx) => Record<string, unknown>
  /** Answers the public (shoppers, storefronts) reads: `blocked_reason` must not appear. */
  public?: boolean
  /** Fuzzed with this caller's headers; the query keys worth spoiling. */
  fuzzAs?: Role
  queryKeys?: string[]
  /** Changes who the callers are (an application, an accepted invitation): runs in a test of its own. */
  isolated?: boolean
  /** Values this route must never answer with (beyond the common leak rules). */
  forbid?: (w: SecurityWorld) => { value: string; what: string }[]
  /** The route must be gone or refuse everyone (4xx), and why. */
  retired?: string
}

const everyone = (o: Outcome): Expectation => Object.fromEntries(ROLES.map((r) => [r, o])) as Expectation
const ADMIN_ONLY: Expectation = { ...everyone(401), admin: "2xx" }
const ANYONE: Expectation = everyone("2xx")
// Medusa refuses /store without a publishable key (400) before anything else.
const WITH_KEY: Expectation = { ...everyone("2xx"), anonymous: 400, admin: 400 }
const SIGNED_IN: Expectation = { ...WITH_KEY, key: 401 }
const PARTNER_READ: Expectation = { ...SIGNED_IN, customer: 404 }
const PARTNER_WRITE: Expectation = { ...PARTNER_READ, suspended: [403, 409], disabled: [403, 409] }

const A = (c: Ctx) => c.w.partners.partnerA
const admin = (body?: (c: Ctx) => Record<string, unknown>, params?: (c: Ctx) => Record<string, string>, query?: (c: Ctx) => string): RouteSpec => ({
  who: "admin",
  expect: ADMIN_ONLY,
  ...(body ? { body } : {}),
  ...(params ? { params } : {}),
  ...(query ? { query } : {}),
})
const zed = (key: keyof SecurityWorld["zed"], name = "id") => (c: Ctx) => ({ [name]: c.w.zed[key] })
/** A partner's own payout for A and B; A's for every other caller (never theirs). */
const ownPayout = (c: Ctx) => ({ id: c.role === "partnerB" ? c.w.partners.partnerB.payoutIds[0] : A(c).payoutIds[0] })

/** Every route of the plugin and who may call it. A route missing here fails the first test. */
const TABLE: Record<string, RouteSpec> = {
  // Admin: only the signed-in admin user; everyone else 401.
  "GET /admin/affiliate-attributions": admin(),
  "GET /admin/affiliate-attributions/[id]": admin(undefined, (c) => ({ id: A(c).attributionIds[0] })),
  // A's signup bounty was released by the first order already: nothing waits (409) unless the ledger says otherwise.
  "POST /admin/affiliate-attributions/[id]/release-bounty": {
    ...admin(() => ({}), (c) => ({ id: A(c).attributionIds[A(c).attributionIds.length - 1] })),
    expect: { ...ADMIN_ONLY, admin: ["2xx", 409] },
  },
  "GET /admin/affiliate-commission-rules": admin(),
  "POST /admin/affiliate-commission-rules": admin((c) => ({ name: "Matrix rule", scope: "affiliate", affiliate_id: c.w.zed.affiliateId, type: "flat", flat_amounts: { eur: 1 } })),
  "GET /admin/affiliate-commission-rules/[id]": admin(undefined, zed("ruleId")),
  "POST /admin/affiliate-commission-rules/[id]": admin(() => ({ name: "Zed rule renamed" }), zed("ruleId")),
  "DELETE /admin/affiliate-commission-rules/[id]": admin(undefined, zed("ruleId")),
  "GET /admin/affiliate-commission-rules/[id]/changes": admin(undefined, zed("ruleId")),
  "POST /admin/affiliate-commission-rules/preview": admin((c) => ({ affiliate_id: A(c).affiliateId, amount: 100, currency_code: "eur" })),
  "GET /admin/affiliate-commissions": admin(),
  "GET /admin/affiliate-commissions/[id]": admin(undefined, (c) => ({ id: A(c).commissionIds[0] })),
  "POST /admin/affiliate-commissions/adjustments": admin((c) => ({ affiliate_id: c.w.zed.affiliateId, amount: 1, currency_code: "eur", reason: "Matrix check" })),
  "POST /admin/affiliate-commissions/approve-due": admin(() => ({})),
  "GET /admin/affiliate-commissions/export": admin(),
  "GET /admin/affiliate-invitations": admin(),
  "POST /admin/affiliate-invitations": admin(() => ({ email: "matrix-invite-q7@example.com", kind: "external" })),
  "POST /admin/affiliate-invitations/[id]/revoke": admin(() => ({}), zed("invitationId")),
  "GET /admin/affiliate-payouts": admin(),
  "POST /admin/affiliate-payouts": admin((c) => ({ affiliate_ids: [c.w.zed.affiliateId] })),
  "GET /admin/affiliate-payouts/[id]": admin(undefined, (c) => ({ id: A(c).payoutIds[0] })),
  "POST /admin/affiliate-payouts/[id]/status": admin(() => ({ status: "processing" }), zed("payoutId")),
  "GET /admin/affiliate-payouts/export": admin(),
  "GET /admin/affiliate-programs": admin(),
  "POST /admin/affiliate-programs": admin(() => ({ name: "Matrix program", handle: "matrix-program-q7" })),
  "GET /admin/affiliate-programs/[id]": admin(undefined, (c) => ({ id: c.w.programId })),
  "POST /admin/affiliate-programs/[id]": admin(() => ({ description: "Checked by the security matrix." }), (c) => ({ id: c.w.programId })),
  "GET /admin/affiliate-referrals": admin(),
  "POST /admin/affiliate-referrals": admin((c) => ({ affiliate_id: c.w.zed.affiliateId, name: "Zed two", slug: "zed-two-q7" })),
  "GET /admin/affiliate-referrals/[id]": admin(undefined, zed("referralId")),
  "POST /admin/affiliate-referrals/[id]": admin(() => ({ name: "Zed link renamed" }), zed("referralId")),
  "POST /admin/affiliates/invite-external": admin(() => ({ name: "Matrix External", email: "matrix-external-q7@example.com" })),
  "GET /admin/affiliate-code-requests": admin(),
  "POST /admin/affiliate-code-requests/[id]/approve": admin(() => ({}), (c) => ({ id: A(c).codeRequestIds[0] })),
  "POST /admin/affiliate-code-requests/[id]/refuse": admin(() => ({ reason: "Matrix check" }), (c) => ({ id: A(c).codeRequestIds[1] })),
  "GET /admin/affiliate-reports": admin(),
  "GET /admin/affiliate-setup": admin(),
  "POST /admin/affiliate-site-authorizations/[id]": admin(() => ({ status: "approved" }), zed("siteAuthorizationId")),
  "GET /admin/affiliate-sites": admin(),
  "POST /admin/affiliate-sites": admin(() => ({ name: "Matrix site", domain: "matrix.example.com", landing_url: "https://matrix.example.com/" })),
  "GET /admin/affiliate-sites/[id]": admin(undefined, zed("siteId")),
  "POST /admin/affiliate-sites/[id]": admin(() => ({ locale: "en" }), zed("siteId")),
  "GET /admin/affiliate-vouchers": admin(),
  "POST /admin/affiliate-vouchers": admin((c) => ({ referral_id: c.w.zed.referralId, code: "ZEDTWOQ7" })),
  "GET /admin/affiliate-vouchers/[id]": admin(undefined, zed("voucherId")),
  "POST /admin/affiliate-vouchers/[id]": admin(() => ({ description: "Zed voucher" }), zed("voucherId")),
  "POST /admin/affiliate-vouchers/[id]/aliases": admin(() => ({ code: "ZEDALIASQ7" }), zed("voucherId")),
  "POST /admin/affiliate-vouchers/[id]/codes/[code_id]": admin(() => ({ status: "inactive" }), (c) => ({ id: c.w.zed.voucherId, code_id: c.w.zed.voucherCodeId })),
  "GET /admin/affiliates": admin(),
  "POST /admin/affiliates": admin(() => ({ name: "Matrix Partner", kind: "external" })),
  "GET /admin/affiliates/[id]": admin(undefined, zed("affiliateId")),
  "POST /admin/affiliates/[id]": admin(() => ({ phone: "+49 30 1234567" }), zed("affiliateId")),
  "GET /admin/affiliates/[id]/site-authorizations": admin(undefined, zed("affiliateId")),
  "POST /admin/affiliates/[id]/site-authorizations": admin((c) => ({ site_id: c.w.zed.siteId, status: "approved" }), zed("affiliateId")),
  "GET /admin/affiliates/[id]/status-history": admin(undefined, zed("affiliateId")),
  "POST /admin/affiliates/[id]/status": admin(() => ({ status: "suspended", reason: "Matrix check" }), zed("statusTargetId")),
  "POST /admin/affiliates/[id]/verify": admin(() => ({}), zed("affiliateId")),

  // The hosted portal and the tracker: static, for anyone.
  "GET /affiliate-portal": { who: "anyone", expect: ANYONE, public: true, fuzzAs: "anonymous", queryKeys: ["lang"] },
  "GET /affiliate-portal/accept-invitation": { who: "anyone", expect: ANYONE, public: true, fuzzAs: "anonymous", queryKeys: ["token"] },
  "GET /affiliate-portal/app.js": { who: "anyone", expect: ANYONE, public: true, fuzzAs: "anonymous", queryKeys: ["v"] },
  "GET /affiliate-portal/styles.css": { who: "anyone", expect: ANYONE, public: true, fuzzAs: "anonymous", queryKeys: ["v"] },
  "GET /affiliate/tracker.js": { who: "anyone", expect: ANYONE, public: true, fuzzAs: "anonymous", queryKeys: ["v"] },

  // Tracking: a storefront with its publishable key; a referral link for anyone.
  "POST /affiliate/clicks": {
    who: "publishable key",
    expect: WITH_KEY,
    body: (c) => ({ referral: A(c).slugs[0], visitor_id: `vis_${c.role}_matrix`, utm_source: "matrix" }),
    public: true,
    fuzzAs: "key",
    queryKeys: ["key"],
  },
  "GET /r/[slug]": {
    who: "anyone",
    expect: everyone("3xx"),
    params: (c) => ({ slug: A(c).slugs[0] }),
    query: () => "utm_source=matrix",
    public: true,
    fuzzAs: "anonymous",
    queryKeys: ["site", "to", "utm_source", "utm_campaign"],
  },
  "POST /store/affiliate/carts/[id]/attribution": {
    who: "publishable key",
    expect: WITH_KEY,
    params: (c) => ({ id: c.w.cartId }),
    body: (c) => ({ code: A(c).codes[0] }),
    public: true,
    fuzzAs: "key",
  },
  "POST /store/affiliate/signup-attribution": {
    who: "signed-in customer",
    expect: SIGNED_IN,
    body: (c) => ({ code: A(c).codes[0] }),
    public: true,
    fuzzAs: "customer",
  },

  // Recruit, storefront side.
  "GET /store/affiliate/program": { who: "publishable key", expect: WITH_KEY, public: true, fuzzAs: "key", queryKeys: ["program_id"] },
  "GET /store/affiliate/invitations/lookup": {
    who: "publishable key",
    expect: everyone("4xx"),
    query: (c) => `token=${c.w.lookupToken}`,
    forbid: (w) => [{ value: w.invitee.email, what: "the invitee's email" }, { value: w.invitee.name, what: "the invitee's name" }],
    public: true,
    fuzzAs: "key",
    queryKeys: ["token"],
    // Gone, or still there only to refuse everyone and say where to go instead (checked in the matrix).
    retired: "an invitation token in a query string ends up in access logs: look it up with POST and the token in the body",
  },
  "POST /store/affiliate/invitations/lookup": {
    who: "publishable key",
    expect: WITH_KEY,
    body: (c) => ({ token: c.w.lookupToken }),
    public: true,
    fuzzAs: "key",
  },
  "POST /store/affiliate/apply": {
    who: "signed-in customer",
    expect: { ...SIGNED_IN, partnerA: 409, partnerB: 409, suspended: 409, disabled: 409, pending: 409 },
    body: () => ({ name: "Caseyanne Applicant", agreement_version: "1" }),
    fuzzAs: "customer",
    isolated: true,
  },
  "POST /store/affiliate/invitations/accept": {
    who: "signed-in customer",
    // Only the invited customer; the invitation is used once.
    expect: { ...SIGNED_IN, partnerA: [403, 409], partnerB: [403, 409], suspended: [403, 409], disabled: [403, 409], pending: [403, 409] },
    body: (c) => ({ token: c.w.customerInvitationToken, agreement_version: "1" }),
    fuzzAs: "customer",
    isolated: true,
  },

  // The partner's own account: signed in with a partner account (any status may read; suspended and disabled may not change).
  "GET /store/affiliate/me": { who: "partner", expect: PARTNER_READ, fuzzAs: "partnerA", queryKeys: ["program_id"] },
  "POST /store/affiliate/me": {
    who: "partner",
    expect: PARTNER_WRITE,
    body: (c) => ({ payout_method: "paypal", payout_details: { paypal_email: `${c.role.toLowerCase()}-moved-q7@example.com` } }),
    fuzzAs: "partnerA",
  },
  "POST /store/affiliate/me/site-authorizations": {
    who: "partner",
    expect: PARTNER_WRITE,
    body: (c) => ({ site_id: c.w.outletSiteId, note: "Matrix request" }),
    fuzzAs: "partnerA",
  },
  "POST /store/affiliate/me/referrals": {
    who: "partner",
    // A pending partner creates no links.
    expect: { ...PARTNER_WRITE, pending: 403 },
    body: (c) => ({ name: `Matrix ${c.role}`, site_id: c.w.shopSiteId }),
    fuzzAs: "partnerA",
  },
  "POST /store/affiliate/me/referrals/[id]": {
    who: "partner",
    // Someone else's link is not found.
    expect: { ...PARTNER_READ, suspended: 404, disabled: 404, pending: 404 },
    params: (c) => ({ id: c.role === "partnerB" ? c.w.partners.partnerB.referralIds[0] : A(c).referralIds[0] }),
    body: (c) => ({ name: c.role === "partnerB" ? "Link B" : "Link A" }),
    fuzzAs: "partnerA",
  },
  "GET /store/affiliate/me/sites/[id]/products": {
    who: "partner",
    // Only partners approved for the shop see its products; the status partners are not.
    expect: { ...PARTNER_READ, suspended: 404, disabled: 404, pending: 404 },
    params: (c) => ({ id: c.w.shopSiteId }),
    fuzzAs: "partnerA",
    queryKeys: ["q", "limit", "offset", "region_id", "program_id"],
  },
  "POST /store/affiliate/me/agreement": {
    who: "partner",
    // Pending partners may accept (onboarding).
    expect: PARTNER_WRITE,
    body: () => ({ version: "1" }),
    fuzzAs: "partnerA",
  },
  "GET /store/affiliate/me/overview": { who: "partner", expect: PARTNER_READ, fuzzAs: "partnerA", queryKeys: ["from", "to", "timezone", "program_id"] },
  "GET /store/affiliate/me/reports/export": {
    who: "partner",
    expect: PARTNER_READ,
    query: () => "by=day,referral",
    fuzzAs: "partnerA",
    queryKeys: ["from", "to", "timezone", "by", "site_id", "referral_id", "utm_source"],
  },
  "GET /store/affiliate/me/commissions/export": { who: "partner", expect: PARTNER_READ, fuzzAs: "partnerA", queryKeys: ["status", "payout_id"] },
  "GET /store/affiliate/me/payouts/[id]/export": {
    who: "partner",
    // Someone else's payout is not found.
    expect: { ...PARTNER_READ, suspended: 404, disabled: 404, pending: 404 },
    params: ownPayout,
    fuzzAs: "partnerA",
    queryKeys: ["program_id"],
  },
  "GET /store/affiliate/me/code-requests": { who: "partner", expect: PARTNER_READ, fuzzAs: "partnerA", queryKeys: ["status", "limit", "offset", "program_id"] },
  "POST /store/affiliate/me/code-requests": {
    who: "partner",
    // Only an active partner asks; pending, suspended and disabled are told why (403).
    expect: { ...PARTNER_READ, suspended: 403, disabled: 403, pending: 403 },
    body: (c) => ({ referral_id: c.role === "partnerB" ? c.w.partners.partnerB.referralIds[0] : A(c).referralIds[0], code: `SEC-${c.role}-REQ-Q7`, kind: "code" }),
    fuzzAs: "partnerA",
  },
  "POST /store/affiliate/me/code-requests/[id]/withdraw": {
    who: "partner",
    // A's own pending request: anyone else's is not found.
    expect: { ...PARTNER_READ, partnerB: 404, suspended: 404, disabled: 404, pending: 404 },
    params: (c) => ({ id: A(c).codeRequestIds[2] }),
    body: () => ({}),
    fuzzAs: "partnerA",
  },
  "GET /store/affiliate/me/balance": { who: "partner", expect: PARTNER_READ, fuzzAs: "partnerA", queryKeys: ["program_id"] },
  "GET /store/affiliate/me/commissions": { who: "partner", expect: PARTNER_READ, fuzzAs: "partnerA", queryKeys: ["status", "payout_id", "limit", "offset"] },
  "GET /store/affiliate/me/conversions": { who: "partner", expect: PARTNER_READ, fuzzAs: "partnerA", queryKeys: ["conversion", "status", "limit", "offset"] },
  "GET /store/affiliate/me/payouts": { who: "partner", expect: PARTNER_READ, fuzzAs: "partnerA", queryKeys: ["limit", "offset"] },
  "GET /store/affiliate/me/payouts/[id]": {
    who: "partner",
    // Someone else's payout is not found.
    expect: { ...PARTNER_READ, suspended: 404, disabled: 404, pending: 404 },
    params: ownPayout,
    fuzzAs: "partnerA",
    queryKeys: ["program_id"],
  },
  "GET /store/affiliate/me/reports": {
    who: "partner",
    expect: PARTNER_READ,
    query: () => "by=day,referral",
    fuzzAs: "partnerA",
    queryKeys: ["from", "to", "timezone", "by", "site_id", "referral_id", "utm_source"],
  },
}

const METHOD_ORDER = ["GET", "POST", "PUT", "PATCH", "DELETE"]
const API_DIR = path.resolve(__dirname, "../../src/api")

function matches(status: number, outcome: Outcome): boolean {
  if (Array.isArray(outcome)) return outcome.some((o) => matches(status, o))
  if (typeof outcome === "number") return status === outcome
  const hundreds = Number(outcome[0])
  return status >= hundreds * 100 && status < hundreds * 100 + 100
}
const show = (o: Outcome) => (Array.isArray(o) ? o.join(" or ") : String(o))

/** Keys no partner or public caller may ever see (plus blocked_reason on public answers). */
const FORBIDDEN_KEYS = [
  "metadata", "decided_by", "verified_by", "customer_id", "sales_channel_id", "promotion_id", "normalized_code",
  "deleted_at", "ip_hash", "token_hash", "order_id", "invitation_id",
]

/** What a caller must not find in an answer: operator notes, referred customers, and every other party's identity and ids. */
function leakRules(w: SecurityWorld, role: Role, isPublic: boolean): LeakRules {
  const texts: LeakRules["texts"] = [
    { value: OPERATOR_NOTE, what: "an operator note" },
    { value: w.adminUserId, what: "the admin user's id" },
  ]
  for (const [p, seed] of Object.entries(w.partners)) {
    for (const c of seed.referred) {
      texts.push({ value: c.email, what: `${p}'s referred customer's email` }, { value: c.id, what: `${p}'s referred customer's id` })
      texts.push({ value: c.first_name, what: `${p}'s referred customer's first name` }, { value: c.last_name, what: `${p}'s referred customer's last name` })
    }
    for (const id of seed.orderIds) texts.push({ value: id, what: `an order id of ${p}'s referred customer` })
    if (p === role) continue
    texts.push({ value: seed.affiliateId, what: `${p}'s affiliate id` }, { value: seed.email, what: `${p}'s email` }, { value: seed.customer.id, what: `${p}'s customer id` })
    texts.push({ value: seed.name, what: `${p}'s name` })
    const ids: [string, string[]][] = [
      ["referral", seed.referralIds], ["voucher", seed.voucherIds], ["voucher code", seed.voucherCodeIds], ["commission", seed.commissionIds],
      ["payout", seed.payoutIds], ["site authorization", seed.siteAuthorizationIds], ["attribution", seed.attributionIds],
    ]
    for (const [kind, list] of ids) for (const id of list) texts.push({ value: id, what: `${p}'s ${kind} id` })
  }
  for (const [r, person] of Object.entries(w.people)) {
    if (r === role) continue
    texts.push({ value: person.email, what: `the ${r} caller's email` }, { value: person.id, what: `the ${r} caller's customer id` })
    if (person.affiliateId) texts.push({ value: person.affiliateId, what: `the ${r} caller's affiliate id` })
  }
  return { keys: isPublic ? [...FORBIDDEN_KEYS, "blocked_reason"] : FORBIDDEN_KEYS, texts }
}

type Call = { key: string; role: Role; res: RawResponse; expected: Outcome; wrote: string }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let w: SecurityWorld
    let baseURL: string
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
    /** Leak findings of every matrix call, asserted by their own test. */
    const leaks: string[] = []
    let matrixCalls = 0

    beforeAll(async () => {
      const container = getContainer()
      const adminAuth = await createAdminUser(container, api)
      const pk = await createPublishableKey(container)
      const store = await buildStore(container, pk)
      baseURL = api.defaults.baseURL
      w = await buildSecurityWorld(api, {
        admin: adminAuth,
        pk,
        store,
        registerCustomer,
        createCart: (opts) => createCart(api, pk, store, opts),
        completeCart: (cartId, customer) => completeCart(api, pk, store, cartId, customer),
        eventually,
      })
    })

    const discovered = discoverRoutes(API_DIR)
    const liveKeys = new Set(discovered.map((r) => `${r.method} ${r.pattern}`))
    const byOrder = (a: string, b: string) => {
      const [ma, pa] = a.split(" ")
      const [mb, pb] = b.split(" ")
      return pa.localeCompare(pb) || METHOD_ORDER.indexOf(ma) - METHOD_ORDER.indexOf(mb)
    }
    // A retired route that still exists must refuse everyone; it stays in the matrix.
    const live = Object.keys(TABLE).filter((k) => liveKeys.has(k)).sort(byOrder)

    /** One route as one caller: the request the table describes. */
    function requestFor(key: string, role: Role) {
      const [method, pattern] = key.split(" ")
      const spec = TABLE[key]
      const ctx = { w, role }
      const query = spec.query?.(ctx) ?? ""
      const body = spec.body ? JSON.stringify(spec.body(ctx)) : method === "GET" || method === "DELETE" ? undefined : "{}"
      const headers: Record<string, string> = { accept: "application/json", ...headersFor(w, role) }
      if (body !== undefined) headers["content-type"] = "application/json"
      const path = fillPattern(pattern, spec.params?.(ctx) ?? {}) + (query ? `?${query}` : "")
      return { method, path, headers, body }
    }

    /** Calls each route as each caller; collects status mismatches, 5xx, rows written by refused calls and leaks. */
    async function runMatrix(keys: string[]) {
      const calls: Call[] = []
      for (const key of keys) {
        const spec = TABLE[key]
        for (const role of ROLES) {
          const before = await countRows(pg())
          const req = requestFor(key, role)
          const res = await send(baseURL, req)
          const refused = res.status >= 400 && res.status < 500
          const wrote = refused ? rowDiff(before, await countRows(pg())) : ""
          calls.push({ key, role, res, expected: spec.expect[role], wrote })
          if (role !== "admin") {
            const rules = leakRules(w, role, !!spec.public)
            rules.texts.push(...(spec.forbid?.(w) ?? []))
            for (const leak of scanForLeaks(res, rules, `${req.path} ${req.body ?? ""}`)) leaks.push(`${key} as ${role} (${res.status}): ${leak}`)
          }
        }
      }
      matrixCalls += calls.length
      const mismatches = calls
        .filter((c) => !matches(c.res.status, c.expected))
        .map((c) => `${c.key} as ${c.role}: expected ${show(c.expected)}, got ${c.res.status} ${messageOf(c.res)}`)
      const fiveHundreds = calls.filter((c) => c.res.status >= 500 || c.res.status <= 0)
      const writes = calls.filter((c) => c.wrote).map((c) => `${c.key} as ${c.role} (${c.res.status}) wrote: ${c.wrote}`)
      return { calls, mismatches, fiveHundreds, writes }
    }

    it("has an expectation for every route under src/api", () => {
      const missing = [...liveKeys].filter((k) => !TABLE[k]).map((k) => `${k} has no expectation in the security table`)
      const absent = Object.entries(TABLE)
        .filter(([k, s]) => !s.retired && !liveKeys.has(k))
        .map(([k]) => `${k} is in the table but no route.ts exports it`)
      console.log(`[security] routes: ${discovered.length} handlers found in src/api, ${Object.keys(TABLE).length} in the table, ${missing.length} without expectation, ${absent.length} expected but missing`)
      expect([...missing, ...absent]).toEqual([])
    })

    it("answers every route x role as the table says, never >= 500, and refused calls write no rows", async () => {
      const keys = live.filter((k) => !TABLE[k].isolated)
      const { calls, mismatches, fiveHundreds, writes } = await runMatrix(keys)
      console.log(
        `[security] routes x roles: ${keys.length} routes x ${ROLES.length} roles = ${calls.length} calls; ` +
          `${mismatches.length} unexpected statuses; ${fiveHundreds.length} answers >= 500; ${writes.length} refused calls wrote rows`
      )
      expect({ mismatches, writes }).toEqual({ mismatches: [], writes: [] })
    })

    for (const key of Object.keys(TABLE).filter((k) => TABLE[k].isolated).sort(byOrder)) {
      it(`answers ${key} x role as the table says (changes who the caller is, so alone)`, async () => {
        if (!liveKeys.has(key)) throw new Error(`${key}: no route.ts exports it`)
        const { calls, mismatches, fiveHundreds, writes } = await runMatrix([key])
        console.log(`[security] routes x roles (${key}): ${calls.length} calls; ${mismatches.length} unexpected statuses; ${fiveHundreds.length} answers >= 500; ${writes.length} refused calls wrote rows`)
        expect({ mismatches, writes }).toEqual({ mismatches: [], writes: [] })
      })
    }

    it("never shows a partner or public caller an operator field, a referred customer, or another partner's data", async () => {
      if (!matrixCalls) throw new Error("the route x role matrix did not run")
      const A = w.partners.partnerA
      const B = w.partners.partnerB
      const crossLeaks: string[] = []
      // Each partner asks for the other's records by id: not found, and nothing of the other in the answer.
      const cross: [Role, string, number | "2xx"][] = [
        ["partnerA", `/store/affiliate/me/payouts/${B.payoutIds[0]}`, 404],
        ["partnerB", `/store/affiliate/me/payouts/${A.payoutIds[0]}`, 404],
        ["partnerA", `/store/affiliate/me/commissions?payout_id=${B.payoutIds[0]}`, "2xx"],
        ["partnerB", `/store/affiliate/me/commissions?payout_id=${A.payoutIds[0]}`, "2xx"],
        ["partnerA", `/store/affiliate/me/reports?referral_id=${B.referralIds[0]}&by=referral`, "2xx"],
        ["partnerB", `/store/affiliate/me/reports?referral_id=${A.referralIds[0]}&by=referral`, "2xx"],
        ["partnerA", `/store/affiliate/me/payouts/${B.payoutIds[0]}/export`, 404],
        ["partnerB", `/store/affiliate/me/payouts/${A.payoutIds[0]}/export`, 404],
        ["partnerA", `/store/affiliate/me/reports/export?referral_id=${B.referralIds[0]}&by=referral`, "2xx"],
        ["partnerA", `/store/affiliate/me/commissions/export?payout_id=${B.payoutIds[0]}`, "2xx"],
        ["partnerA", `/store/affiliate/me/overview`, "2xx"],
        ["partnerA", `/store/affiliate/me/conversions?limit=200`, "2xx"],
        ["partnerB", `/store/affiliate/me/conversions?limit=200`, "2xx"],
        ["partnerA", `/store/affiliate/me/commissions?limit=200`, "2xx"],
        ["partnerA", `/store/affiliate/me/payouts/${A.payoutIds[0]}`, "2xx"],
      ]
      for (const [role, url, expected] of cross) {
        const res = await send(baseURL, { method: "GET", path: url, headers: { accept: "application/json", ...headersFor(w, role) } })
        if (!matches(res.status, expected)) crossLeaks.push(`GET ${url} as ${role}: expected ${expected}, got ${res.status} ${messageOf(res)}`)
        for (const leak of scanForLeaks(res, leakRules(w, role, false), url)) crossLeaks.push(`GET ${url} as ${role}: ${leak}`)
        if (url.includes("payout_id=") && res.json?.count) crossLeaks.push(`GET ${url} as ${role}: ${res.json.count} commissions of the other partner's payout`)
      }
      const all = [...leaks, ...crossLeaks]
      console.log(`[security] leaks: ${matrixCalls} matrix answers + ${cross.length} cross-partner requests scanned; ${leaks.length} leaks in matrix answers, ${crossLeaks.length} in cross-partner requests`)
      expect(all).toEqual([])
    })

    it("fuzzes every public and partner route: no answer >= 500, invalid input refused, refused requests write no rows", async () => {
      const seed = Number(process.env.SECURITY_FUZZ_SEED ?? 20261206)
      const runs = Number(process.env.SECURITY_FUZZ_RUNS ?? 40)
      const targets = Object.keys(TABLE)
        .filter((k) => TABLE[k].fuzzAs && liveKeys.has(k))
        .sort(byOrder)
      console.log(`[security] fuzzing with seed ${seed}, every kind once per route plus ${runs} random inputs per route (replay: SECURITY_FUZZ_SEED=${seed} SECURITY_FUZZ_RUNS=${runs})`)
      type Finding = { group: string; where: string; sample: string }
      const findings: Finding[] = []
      let sent = 0
      let fiveHundreds = 0
      let accepted = 0
      let rowsWritten = 0
      /** Statuses seen per kind of input, so a summary shows what each kind got (e.g. "NUL in a body string: 400 x31"). */
      const statusesByLabel = new Map<string, Map<number, number>>()
      for (const [index, key] of targets.entries()) {
        const spec = TABLE[key]
        const role = spec.fuzzAs!
        const [method] = key.split(" ")
        const validBody = spec.body ? spec.body({ w, role }) : null
        const arb: fc.Arbitrary<FuzzCase> =
          method === "GET"
            ? fc.oneof(queryCases(spec.queryKeys ?? []), headerCases(null), cookieCases())
            : fc.oneof(
                { arbitrary: bodyCases(validBody ?? {}), weight: 4 },
                { arbitrary: queryCases(spec.queryKeys ?? []), weight: 1 },
                { arbitrary: headerCases(JSON.stringify(validBody ?? {})), weight: 2 },
                { arbitrary: cookieCases(), weight: 1 }
              )
        const inputs = [...sweepCases(method === "GET" ? null : validBody ?? {}, spec.queryKeys ?? []), ...fc.sample(arb, { seed: seed + index, numRuns: runs })]
        for (const input of inputs) {
          const base = requestFor(key, role)
          const headers = { ...base.headers, ...(input.headers ?? {}) }
          const req = {
            method: base.method,
            path: input.query !== undefined ? `${base.path.split("?")[0]}?${input.query}` : base.path,
            headers,
            body: input.body !== undefined ? input.body : base.body,
          }
          const before = await countRows(pg())
          const res = await send(baseURL, req)
          sent++
          const where = `${key} (${role})`
          const sample = describeCase(input)
          if (res.status === -1) continue // the client refused to send it: nothing reached the server
          const seen = statusesByLabel.get(input.label) ?? new Map<number, number>()
          seen.set(res.status, (seen.get(res.status) ?? 0) + 1)
          statusesByLabel.set(input.label, seen)
          if (res.status >= 500 || res.status === 0) {
            fiveHundreds++
            findings.push({ group: `${input.label} -> ${res.status || "no answer"}`, where, sample: `${sample}: ${messageOf(res)}` })
          } else if (res.status >= 400) {
            const wrote = rowDiff(before, await countRows(pg()))
            if (wrote) {
              rowsWritten++
              findings.push({ group: `${input.label} -> refused (${res.status}) but wrote rows`, where, sample: `${sample}: ${wrote}` })
            }
          } else if (input.mustRefuse) {
            accepted++
            findings.push({ group: `${input.label} -> accepted (${res.status})`, where, sample })
          }
        }
      }
      console.log(
        `[security] fuzzing: ${sent} inputs over ${targets.length} public and partner routes (seed ${seed}); ` +
          `${fiveHundreds} answers >= 500; ${accepted} invalid inputs accepted; ${rowsWritten} refused requests wrote rows`
      )
      const histogram = [...statusesByLabel.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([label, seen]) => `${label}: ${[...seen.entries()].sort(([a], [b]) => a - b).map(([st, n]) => `${st} x${n}`).join(", ")}`)
      console.log(`[security] fuzzing statuses by input kind:\n  ${histogram.join("\n  ")}`)
      const groups = new Map<string, { where: Set<string>; sample: string }>()
      for (const f of findings) {
        const g = groups.get(f.group) ?? { where: new Set<string>(), sample: `${f.where}: ${f.sample}` }
        g.where.add(f.where)
        groups.set(f.group, g)
      }
      const report = [...groups.entries()].map(([group, g]) => `${group} on: ${[...g.where].join(", ")} (e.g. ${g.sample})`)
      if (report.length) console.log(`[security] fuzzing findings (seed ${seed}):\n  ${report.join("\n  ")}`)
      expect(report).toEqual([])
    })
  },
})
