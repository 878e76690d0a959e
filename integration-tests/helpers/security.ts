import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import fc from "fast-check"

/**
 * Tools for the security layer test (integration-tests/http/security.spec.ts):
 * the plugin's routes read from the file system, the callers it is tried with,
 * a raw HTTP client that sends exactly the bytes it is given, a recursive scan
 * for fields and values a caller must never see, row counts of the plugin's
 * tables, and the malformed inputs the fuzzer sends.
 */

export const ROLES = ["anonymous", "key", "customer", "partnerA", "partnerB", "suspended", "disabled", "pending", "admin"] as const
export type Role = (typeof ROLES)[number]

// ---------------------------------------------------------------------------
// Routes from the file system

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
export type DiscoveredRoute = { method: HttpMethod; pattern: string; file: string }

/** Every `route.ts` under `apiDir` with the handlers it exports: "GET /admin/affiliates/[id]". */
export function discoverRoutes(apiDir: string): DiscoveredRoute[] {
  const found: DiscoveredRoute[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.ts" || entry.name === "route.js") {
        const rel = path.relative(apiDir, dir).split(path.sep).filter(Boolean)
        const pattern = "/" + rel.join("/")
        const source = fs.readFileSync(full, "utf8")
        const methods = new Set<HttpMethod>()
        for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let|var)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) {
          methods.add(m[1] as HttpMethod)
        }
        for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
          for (const name of m[1].split(",").map((s) => s.trim().split(/\s+as\s+/).pop()!)) {
            if (["GET", "POST", "PUT", "PATCH", "DELETE"].includes(name)) methods.add(name as HttpMethod)
          }
        }
        for (const method of methods) found.push({ method, pattern, file: path.relative(path.dirname(apiDir), full) })
      }
    }
  }
  walk(apiDir)
  return found.sort((a, b) => `${a.pattern} ${a.method}`.localeCompare(`${b.pattern} ${b.method}`))
}

/** "/admin/affiliates/[id]" with { id: "aff_1" } -> "/admin/affiliates/aff_1"; throws on a parameter it cannot fill. */
export function fillPattern(pattern: string, params: Record<string, string | undefined>) {
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = params[name]
    if (!value) throw new Error(`No value for [${name}] in ${pattern}`)
    return encodeURIComponent(value)
  })
}

// ---------------------------------------------------------------------------
// Raw HTTP

export type RawRequest = {
  method: string
  /** Path and query exactly as sent (already encoded, or deliberately not). */
  path: string
  headers?: Record<string, string>
  body?: Buffer | string
}

export type RawResponse = {
  /** 0 when the server closed the connection without an answer. */
  status: number
  headers: http.IncomingHttpHeaders
  text: string
  json: any
  error?: string
}

/** Sends the request byte for byte (no re-encoding, no redirects, never throws on a status). */
export function send(baseURL: string, req: RawRequest, timeoutMs = 60_000): Promise<RawResponse> {
  const url = new URL(baseURL)
  const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, "utf8")
  const headers: Record<string, string> = { ...(req.headers ?? {}) }
  if (body) headers["content-length"] = String(body.length)
  return new Promise((resolve) => {
    let settled = false
    const done = (res: RawResponse) => {
      if (!settled) {
        settled = true
        resolve(res)
      }
    }
    let request: http.ClientRequest
    try {
      request = http.request(
        { host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent: false },
        (res) => {
          const chunks: Buffer[] = []
          res.on("data", (c) => chunks.push(c))
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8")
            let json: any = undefined
            if (String(res.headers["content-type"] ?? "").includes("json")) {
              try {
                json = JSON.parse(text)
              } catch {
                json = undefined
              }
            }
            done({ status: res.statusCode ?? 0, headers: res.headers, text, json })
          })
          res.on("error", (e) => done({ status: 0, headers: {}, text: "", json: undefined, error: e.message }))
        }
      )
    } catch (e: any) {
      // The client itself refused to send it (an invalid path or header): no request reached the server.
      done({ status: -1, headers: {}, text: "", json: undefined, error: e.message })
      return
    }
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    request.on("error", (e) => done({ status: 0, headers: {}, text: "", json: undefined, error: e.message }))
    if (body) request.write(body)
    request.end()
  })
}

/** The server's message of an error answer, short, for failure reports. */
export function messageOf(res: RawResponse) {
  const m = res.json?.message ?? res.error ?? res.text
  return String(m ?? "").replace(/\s+/g, " ").slice(0, 160)
}

// ---------------------------------------------------------------------------
// Leak scan

export type LeakRules = {
  /** Keys that must not appear at any depth. */
  keys: string[]
  /** Values (emails, names, ids, notes) that must not appear anywhere in the answer's text. */
  texts: { value: string; what: string }[]
}

/** Every forbidden key (with its JSON path) and every forbidden value found in an answer. */
export function scanForLeaks(res: RawResponse, rules: LeakRules, sent = ""): string[] {
  const found: string[] = []
  const keys = new Set(rules.keys)
  const walk = (value: unknown, at: string, depth: number) => {
    if (depth > 200 || value === null || typeof value !== "object") return
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${at}[${i}]`, depth + 1))
      return
    }
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (keys.has(k)) found.push(`key "${k}" at ${at}.${k}`)
      walk(v, `${at}.${k}`, depth + 1)
    }
  }
  if (res.json !== undefined) walk(res.json, "$", 0)
  const text = res.text.toLowerCase()
  for (const { value, what } of rules.texts) {
    // A value the caller sent itself (an id in the path it asked for) is an echo, not a leak.
    if (value && text.includes(value.toLowerCase()) && !sent.toLowerCase().includes(value.toLowerCase())) found.push(`${what} ("${value}")`)
  }
  return found
}

// ---------------------------------------------------------------------------
// Row counts

type Pg = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: any[] }> }

/** count(*) of every plugin table (affiliate%) and of Medusa's customer table, in one query. */
export async function countRows(pg: Pg): Promise<Record<string, number>> {
  const { rows: tables } = await pg.raw(
    `select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'
        and (table_name like 'affiliate%' or table_name = 'customer')
      order by table_name`
  )
  const names = tables.map((t: any) => String(t.table_name)).filter((n: string) => /^[a-z0-9_]+$/.test(n))
  if (!names.length) return {}
  const { rows } = await pg.raw(names.map((n: string) => `select '${n}' as t, count(*)::int as n from "${n}"`).join(" union all "))
  return Object.fromEntries(rows.map((r: any) => [r.t, Number(r.n)]))
}

/** "affiliate_click +1, customer +1" for the tables whose counts changed. */
export function rowDiff(before: Record<string, number>, after: Record<string, number>): string {
  return Object.keys({ ...before, ...after })
    .filter((t) => (before[t] ?? 0) !== (after[t] ?? 0))
    .map((t) => `${t} ${(after[t] ?? 0) - (before[t] ?? 0) > 0 ? "+" : ""}${(after[t] ?? 0) - (before[t] ?? 0)}`)
    .join(", ")
}

// ---------------------------------------------------------------------------
// Malformed inputs

/** One malformed input: which part of the request it spoils, a label to group results by, and the spoilt parts. */
export type FuzzCase = {
  part: "body" | "query" | "header" | "cookie"
  label: string
  /** Replaces the JSON body (raw bytes or text). */
  body?: Buffer | string
  /** Replaces the query string (without "?"). */
  query?: string
  headers?: Record<string, string>
  /** True when the input is invalid whatever the route: it must be refused (4xx), not accepted. */
  mustRefuse?: boolean
}

const nested = (depth: number, leaf: unknown = "x"): unknown => {
  let v: unknown = leaf
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v }
  return v
}

/** A value of the wrong kind for any field, with its label. */
const badValue: fc.Arbitrary<{ label: string; value: unknown; mustRefuse?: boolean }> = fc.oneof(
  fc.string({ maxLength: 20 }).map((s) => ({ label: "NUL in a body string", value: `${s}\u0000${s}`, mustRefuse: true })),
  fc.constantFrom("\ud800", "x\udfffy", "\udc00\ud800", "ok\ud83d").map((s) => ({ label: "lone surrogate in a body string", value: s, mustRefuse: true })),
  fc.integer({ min: 20_000, max: 400_000 }).map((n) => ({ label: "huge string in the body", value: "a".repeat(n) })),
  fc
    .oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant(1e308), fc.constant(-1), fc.constant(""))
    .map((v) => ({ label: "wrong type in the body", value: v })),
  fc.integer({ min: 50, max: 4000 }).map((d) => ({ label: "deep nesting in the body", value: nested(d) })),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 4 }).map((a) => ({ label: "array for a field", value: a })),
  // JSON.parse keeps "__proto__" as an own key, so it is sent as written.
  fc.constantFrom('{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}').map((text) => ({
    label: "prototype key in a nested object",
    value: JSON.parse(text),
  }))
)

/** Malformed JSON bodies built from a route's valid body. */
export function bodyCases(valid: Record<string, unknown>): fc.Arbitrary<FuzzCase> {
  const keys = [...Object.keys(valid), "extra_field"]
  const json = (o: unknown) => JSON.stringify(o)
  const withPrefix = (prefix: string) => {
    const rest = json(valid).slice(1)
    return `{${prefix}${rest === "}" ? "}" : "," + rest}`
  }
  return fc.oneof(
    fc.record({ key: fc.constantFrom(...keys), bad: badValue }).map(({ key, bad }) => ({
      part: "body" as const,
      label: bad.label,
      body: json({ ...valid, [key]: bad.value }),
      mustRefuse: bad.mustRefuse,
    })),
    fc.constantFrom(
      { label: "array for the body object", body: json([valid]) },
      { label: "array for the body object", body: "[]" },
      { label: "scalar JSON body", body: "null" },
      { label: "scalar JSON body", body: '"text"' },
      { label: "scalar JSON body", body: "12" },
      { label: "prototype key in the body", body: withPrefix('"__proto__":{"status":"active","is_admin":true}') },
      { label: "prototype key in the body", body: withPrefix('"constructor":{"prototype":{"status":"active"}}') },
      { label: "prototype key in the body", body: withPrefix('"__proto__":null') },
      { label: "invalid JSON", body: '{"name":' },
      { label: "invalid JSON", body: "{'name': 1}" },
      { label: "invalid JSON", body: "\u0000" },
      { label: "NUL in a body key", body: withPrefix('"na\\u0000me":"x"'), mustRefuse: true },
      {
        label: "invalid UTF-8 bytes in the body",
        body: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}')]),
        mustRefuse: true,
      },
      { label: "duplicate keys in the body", body: withPrefix('"name":"a","name":{"b":1}') }
    ).map((c) => ({ part: "body" as const, ...c, body: c.body as string | Buffer }))
  )
}

/** Malformed query strings; `keys` are the route's own query parameters. */
export function queryCases(keys: string[]): fc.Arbitrary<FuzzCase> {
  const k = fc.constantFrom(...[...keys, "program_id", "limit", "q"])
  const q = (label: string, mustRefuse = false) => (query: string): FuzzCase => ({ part: "query", label, query, mustRefuse })
  return fc.oneof(
    k.map((key) => q("repeated query keys")(`${key}=1&${key}=2&${key}=3`)),
    k.map((key) => q("lone % in the query", true)(`${key}=%`)),
    k.map((key) => q("%zz in the query", true)(`${key}=%zz`)),
    k.map((key) => q("NUL (%00) in the query", true)(`${key}=a%00b`)),
    k.map((key) => q("invalid UTF-8 in the query", true)(`${key}=%ff%fe`)),
    k.map((key) => q("invalid UTF-8 in the query", true)(`${key}=%c0%80`)),
    k.map((key) => q("nested brackets in the query")(`${key}[a][b][c]=1`)),
    k.map((key) => q("array for a query value")(`${key}[]=1&${key}[]=2`)),
    fc.constantFrom("__proto__[status]=active", "constructor[prototype][x]=1", "__proto__=1").map(q("prototype key in the query")),
    fc.record({ key: k, n: fc.integer({ min: 2_000, max: 7_000 }) }).map(({ key, n }) => q("huge query value")(`${key}=${"a".repeat(n)}`)),
    fc.constantFrom("limit=abc", "limit=-1", "offset=1e999", "limit=99999999999999999999", "limit=", "offset=NaN").map(q("wrong type in the query")),
    fc.constantFrom("&&&", "=", "==x", "a=b=c", "%3D%3D").map(q("odd query syntax"))
  )
}

/** Odd headers; `body` is the route's valid body (for content-type cases), or null for GET. */
export function headerCases(body: string | null): fc.Arbitrary<FuzzCase> {
  const h = (label: string, extra: Record<string, string>, replaceBody?: string): FuzzCase => ({
    part: "header",
    label,
    headers: extra,
    ...(replaceBody !== undefined ? { body: replaceBody } : {}),
  })
  const cases: fc.Arbitrary<FuzzCase>[] = [
    fc.integer({ min: 4_000, max: 20_000 }).map((n) => h("huge user agent", { "user-agent": `Mozilla/5.0 ${"x".repeat(n)}` })),
    fc.constantFrom("%zz", "pk_" + "0".repeat(5000), "' or 1=1 --", "null", "\u00ff\u00fe").map((v) => h("garbage publishable key", { "x-publishable-api-key": v })),
    fc.constantFrom("Bearer x", "Bearer a.b.c", "Basic Zm9vOmJhcg==", "Bearer " + "a".repeat(4000), "Bearer").map((v) => h("garbage authorization", { authorization: v })),
    fc.constantFrom("%zz, 999.1.1.1", "::1, ::1, ::1", "a".repeat(3000)).map((v) => h("garbage x-forwarded-for", { "x-forwarded-for": v })),
    fc.constantFrom("*", "W/\"", "\"" + "a".repeat(3000) + "\"").map((v) => h("odd if-none-match", { "if-none-match": v })),
  ]
  if (body !== null) {
    cases.push(
      fc
        .constantFrom(
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=zz",
          "application/json; charset=utf-16",
          "application/json; charset=bogus",
          "application/merge-patch+json",
          "*/*",
          "application/json, text/plain"
        )
        .map((ct) => h("odd content type", { "content-type": ct })),
      fc.constant(h("gzip content-encoding on a plain body", { "content-type": "application/json", "content-encoding": "gzip" })),
      fc.constant(h("unknown content-encoding", { "content-type": "application/json", "content-encoding": "br, zz" })),
      fc.constant(h("form body with prototype keys", { "content-type": "application/x-www-form-urlencoded" }, "__proto__[status]=active&constructor[prototype][x]=1"))
    )
  }
  return fc.oneof(...cases)
}

/** Malformed cookies (the referral link's visitor cookie, Medusa's session cookie). */
export function cookieCases(): fc.Arbitrary<FuzzCase> {
  const c = (label: string) => (cookie: string): FuzzCase => ({ part: "cookie", label, headers: { cookie } })
  return fc.oneof(
    fc.constantFrom("aff_vid=%", "aff_vid=%zz", "aff_vid=%ff%fe", "aff_vid=%00").map(c("malformed aff_vid cookie")),
    fc.integer({ min: 1_000, max: 7_000 }).map((n) => c("very long aff_vid cookie")(`aff_vid=${"v".repeat(n)}`)),
    fc.constantFrom("connect.sid=%zz", "connect.sid=s%3Agarbage.sig", "connect.sid=%", "_medusa_jwt=garbage").map(c("malformed session cookie")),
    fc.constantFrom(";;;", "=", "aff_vid", "aff_vid=a=b=c; aff_vid=second", "__proto__=1").map(c("odd cookie syntax"))
  )
}

/**
 * The same kinds of input, each sent once, deterministically: every strict kind
 * (NUL, lone surrogate, broken percent-encoding, invalid UTF-8) in every body
 * field and every query key, plus each fixed oddity. Random sampling adds
 * variety on top; the sweep makes sure no route misses a kind by chance.
 */
export function sweepCases(valid: Record<string, unknown> | null, queryKeys: string[]): FuzzCase[] {
  const cases: FuzzCase[] = []
  const keys = [...new Set([...queryKeys, "program_id"])]
  for (const key of keys) {
    for (const [label, value, mustRefuse] of [
      ["NUL (%00) in the query", "a%00b", true],
      ["lone % in the query", "%", true],
      ["%zz in the query", "%zz", true],
      ["invalid UTF-8 in the query", "%ff%fe", true],
      ["invalid UTF-8 in the query", "%c0%80", true],
    ] as const) {
      cases.push({ part: "query", label, query: `${key}=${value}`, mustRefuse })
    }
    cases.push({ part: "query", label: "repeated query keys", query: `${key}=1&${key}=2` })
    cases.push({ part: "query", label: "nested brackets in the query", query: `${key}[a][b]=1` })
  }
  cases.push({ part: "query", label: "prototype key in the query", query: "__proto__[status]=active" })
  if (valid) {
    const json = (o: unknown) => JSON.stringify(o)
    for (const key of Object.keys(valid)) {
      cases.push({ part: "body", label: "NUL in a body string", body: json({ ...valid, [key]: "a\u0000b" }), mustRefuse: true })
      cases.push({ part: "body", label: "lone surrogate in a body string", body: json({ ...valid, [key]: "a\ud800b" }), mustRefuse: true })
      cases.push({ part: "body", label: "deep nesting in the body", body: json({ ...valid, [key]: nested(3000) }) })
      cases.push({ part: "body", label: "wrong type in the body", body: json({ ...valid, [key]: 1 }) })
      cases.push({ part: "body", label: "array for a field", body: json({ ...valid, [key]: [valid[key]] }) })
      cases.push({ part: "body", label: "prototype key in a nested object", body: json({ ...valid, [key]: JSON.parse('{"__proto__":{"polluted":true}}') }) })
    }
    const rest = json(valid).slice(1)
    const withPrefix = (prefix: string) => `{${prefix}${rest === "}" ? "}" : "," + rest}`
    cases.push(
      { part: "body", label: "NUL in a body key", body: withPrefix('"na\u0000me":"x"'), mustRefuse: true },
      { part: "body", label: "invalid UTF-8 bytes in the body", body: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]), mustRefuse: true },
      ...latin1Cases(valid),
      { part: "body", label: "prototype key in the body", body: withPrefix('"__proto__":{"status":"active","is_admin":true}') },
      { part: "body", label: "array for the body object", body: json([valid]) },
      { part: "body", label: "scalar JSON body", body: "null" },
      { part: "body", label: "invalid JSON", body: '{"name":' },
      { part: "body", label: "huge string in the body", body: json({ ...valid, extra_field: "a".repeat(300_000) }) }
    )
    for (const ct of ["text/plain", "application/x-www-form-urlencoded", "application/json; charset=utf-16", "application/json; charset=bogus"]) {
      cases.push({ part: "header", label: "odd content type", headers: { "content-type": ct } })
    }
    cases.push({ part: "header", label: "gzip content-encoding on a plain body", headers: { "content-type": "application/json", "content-encoding": "gzip" } })
  }
  cases.push({ part: "header", label: "huge user agent", headers: { "user-agent": `Mozilla/5.0 ${"x".repeat(12_000)}` } })
  cases.push({ part: "header", label: "garbage authorization", headers: { authorization: "Bearer a.b.c" } })
  for (const cookie of ["aff_vid=%", "aff_vid=%zz", "aff_vid=%ff%fe", "aff_vid=%00", `aff_vid=${"v".repeat(5000)}`, "connect.sid=%zz", "connect.sid=s%3Agarbage.sig"]) {
    cases.push({ part: "cookie", label: cookie.startsWith("connect") ? "malformed session cookie" : cookie.length > 100 ? "very long aff_vid cookie" : "malformed aff_vid cookie", headers: { cookie } })
  }
  return cases
}

/** The route's valid body with a Latin-1 byte (0xe9, not UTF-8) inside its first string value. */
function latin1Cases(valid: Record<string, unknown>): FuzzCase[] {
  const key = Object.keys(valid).find((k) => typeof valid[k] === "string")
  if (!key) return []
  const [head, tail] = JSON.stringify({ ...valid, [key]: `${valid[key]}\u0001` }).split("\\u0001")
  return [{ part: "body", label: "invalid UTF-8 bytes in the body", body: Buffer.concat([Buffer.from(head), Buffer.from([0xe9]), Buffer.from(tail)]), mustRefuse: true }]
}

/** A short, printable form of a fuzz case for failure reports. */
export function describeCase(c: FuzzCase) {
  const show = (v: unknown) => {
    const s = Buffer.isBuffer(v) ? `<${v.length} bytes: ${v.toString("hex").slice(0, 40)}>` : JSON.stringify(v)
    return s.length > 100 ? `${s.slice(0, 100)}... (${s.length} chars)` : s
  }
  if (c.part === "body") return `body ${show(c.body)}`
  if (c.part === "query") return `?${show(c.query)}`
  return `${c.part} ${show(c.headers)}${c.body !== undefined ? ` body ${show(c.body)}` : ""}`
}

// ---------------------------------------------------------------------------
// The seeded world

/** Marks every operator-only note, so a scan finds it wherever it travels. */
export const OPERATOR_NOTE = "OPNOTE-7f3a-operator-only"
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"

export type Person = { email: string; first_name: string; last_name: string; id: string }
export type PartnerSeed = {
  affiliateId: string
  name: string
  email: string
  customer: Person
  auth: Record<string, string>
  referralIds: string[]
  slugs: string[]
  voucherIds: string[]
  voucherCodeIds: string[]
  codes: string[]
  /** Pending requests for codes (the program reviews them). */
  codeRequestIds: string[]
  commissionIds: string[]
  payoutIds: string[]
  siteAuthorizationIds: string[]
  attributionIds: string[]
  referred: Person[]
  orderIds: string[]
}

export type SecurityWorld = {
  pk: string
  adminAuth: Record<string, string>
  adminUserId: string
  programId: string
  shopSiteId: string
  outletSiteId: string
  cartId: string
  partners: Record<"partnerA" | "partnerB", PartnerSeed>
  /** Customer auth headers (with the publishable key) of every signed-in role. */
  auth: Record<"customer" | "suspended" | "disabled" | "pending", Record<string, string>>
  people: Record<"customer" | "suspended" | "disabled" | "pending", Person & { affiliateId?: string }>
  /** An open invitation for the lookup route (and its invitee), and one addressed to the customer role. */
  lookupToken: string
  invitee: { email: string; name: string }
  customerInvitationToken: string
  /** Throwaway records the admin mutates in the matrix, so the partners' data stays as seeded. */
  zed: {
    affiliateId: string
    statusTargetId: string
    siteId: string
    siteAuthorizationId: string
    referralId: string
    voucherId: string
    voucherCodeId: string
    payoutId: string
    ruleId: string
    invitationId: string
  }
}

type Api = any

const tokenOf = (url: string) => {
  const u = new URL(url)
  return u.searchParams.get("token") ?? new URLSearchParams(u.hash.replace(/^#/, "")).get("token") ?? ""
}

/**
 * Two active external partners (A and B), each approved for the shop with a
 * referral, a voucher code, two referred customers (one signup, one order),
 * commissions and a payout (A's paid); a suspended, a disabled and a pending
 * partner with portal logins; a customer with no partner account; operator
 * notes in the metadata of sites, referrals, vouchers and partners.
 */
export async function buildSecurityWorld(
  api: Api,
  deps: {
    admin: { headers: Record<string, string> }
    pk: string
    store: { channels: { main: string; outlet: string } }
    registerCustomer: (api: Api, pk: string, who: { email: string; first_name?: string; last_name?: string }) => Promise<{ customer: { id: string }; headers: { headers: Record<string, string> } }>
    createCart: (opts: { email?: string; customer?: { headers: Record<string, string> } }) => Promise<{ id: string }>
    completeCart: (cartId: string, customer?: { headers: Record<string, string> }) => Promise<{ id: string }>
    eventually: <T>(find: () => Promise<T | null | undefined>, what: string) => Promise<T>
  }
): Promise<SecurityWorld> {
  const admin = deps.admin
  const pk = deps.pk
  const note = (what: string) => ({ operator_note: `${OPERATOR_NOTE} ${what}` })
  const adminUserId = (await api.get("/admin/users/me", admin)).data.user.id

  await api.post("/admin/affiliate-programs/affprog_default", { hold_days: 0, payout_minimums: { eur: 1 }, registration_mode: "open", auto_approve: false }, admin)
  const shop = (await api.post("/admin/affiliate-sites", {
    name: "Shop", domain: "shop.example.com", landing_url: "https://shop.example.com/", sales_channel_id: deps.store.channels.main, metadata: note("site"),
  }, admin)).data.site
  const outlet = (await api.post("/admin/affiliate-sites", {
    name: "Outlet", domain: "outlet.example.com", landing_url: "https://outlet.example.com/", sales_channel_id: deps.store.channels.outlet, metadata: note("site"),
  }, admin)).data.site
  await api.post("/admin/affiliate-commission-rules", { name: "Signup bounty", event: "registration", type: "flat", flat_amounts: { eur: 3 } }, admin)
  await api.post("/admin/affiliate-commission-rules", { name: "Standard 10 %", type: "percentage", percentage: 10 }, admin)

  const partner = async (tag: "a" | "b", name: string, first: string, last: string): Promise<PartnerSeed> => {
    const email = `partner-${tag}-q7@example.com`
    const login = await deps.registerCustomer(api, pk, { email, first_name: first, last_name: last })
    const affiliate = (await api.post("/admin/affiliates", {
      name, kind: "external", status: "active", email, customer_id: login.customer.id,
      payout_method: "paypal", payout_details: { paypal_email: `pay-${tag}-q7@example.com` }, metadata: note("partner"),
    }, admin)).data.affiliate
    // Decided and verified by the admin: decided_by / verified_by hold the admin user's id.
    const authz = (await api.post(`/admin/affiliates/${affiliate.id}/site-authorizations`, { site_id: shop.id }, admin)).data.site_authorization
    await api.post(`/admin/affiliates/${affiliate.id}/verify`, {}, admin)
    const slug = `sec-${tag}-link-q7`
    const referral = (await api.post("/admin/affiliate-referrals", { affiliate_id: affiliate.id, name: `Link ${tag.toUpperCase()}`, slug, site_id: shop.id, metadata: note("referral") }, admin)).data.referral
    const code = `SEC${tag.toUpperCase()}CODEQ7`
    const voucher = (await api.post("/admin/affiliate-vouchers", { referral_id: referral.id, code }, admin)).data.voucher
    await api.post(`/admin/affiliate-vouchers/${voucher.id}`, { metadata: note("voucher") }, admin)
    const codeRequestIds: string[] = []
    for (const n of [1, 2, 3]) {
      const asked = await api.post("/store/affiliate/me/code-requests", { referral_id: referral.id, code: `SEC${tag.toUpperCase()}REQ${n}Q7` }, login.headers)
      codeRequestIds.push(asked.data.code_request.id)
    }
    return {
      affiliateId: affiliate.id, name, email,
      customer: { email, first_name: first, last_name: last, id: login.customer.id },
      auth: { ...login.headers.headers, "x-publishable-api-key": pk },
      referralIds: [referral.id], slugs: [slug], voucherIds: [voucher.id], voucherCodeIds: (voucher.codes ?? []).map((c: any) => c.id), codes: [code], codeRequestIds,
      commissionIds: [], payoutIds: [], siteAuthorizationIds: [authz.id], attributionIds: [], referred: [], orderIds: [],
    }
  }
  const A = await partner("a", "Alvarado Trailworks", "Alvarado", "Trailworks")
  const B = await partner("b", "Bergstrand Media", "Bergstrand", "Media")

  const followLink = async (slug: string) => {
    const res = await api.get(`/r/${slug}`, { maxRedirects: 0, validateStatus: () => true, headers: { "user-agent": BROWSER } })
    if (res.status !== 302) throw new Error(`/r/${slug} answered ${res.status}`)
    return new URL(res.headers.location).searchParams.get("aff_click")!
  }
  /** A shopper follows the partner's link, signs up (registration attribution), then orders signed in. */
  const refer = async (p: PartnerSeed, tag: string, first: string, last: string) => {
    const click_id = await followLink(p.slugs[0])
    const email = `referred-${tag}-q7@example.com`
    const key = { "x-publishable-api-key": pk }
    const registered = await api.post("/auth/customer/emailpass/register", { email, password: "secret-pass-1" })
    const created = await api.post("/store/customers", { email, first_name: first, last_name: last, metadata: { affiliate: { click_id } } },
      { headers: { ...key, authorization: `Bearer ${registered.data.token}` } })
    const login = await api.post("/auth/customer/emailpass", { email, password: "secret-pass-1" })
    const headers = { headers: { ...key, authorization: `Bearer ${login.data.token}` } }
    p.referred.push({ email, first_name: first, last_name: last, id: created.data.customer.id })
    const cart = await deps.createCart({ customer: headers })
    await api.post(`/store/affiliate/carts/${cart.id}/attribution`, { click_id }, { headers: key })
    const order = await deps.completeCart(cart.id, headers)
    p.orderIds.push(order.id)
    await deps.eventually(
      async () => (await api.get(`/admin/affiliate-commissions?order_id=${order.id}`, admin)).data.commissions[0],
      `the commission of ${order.id}`
    )
  }
  await refer(A, "a1", "Quentinella", "Zabriskova")
  await refer(B, "b1", "Wilhelmina", "Okonkwoyo")

  await api.post("/admin/affiliate-commissions/approve-due", {}, admin)
  const run = (await api.post("/admin/affiliate-payouts", { affiliate_ids: [A.affiliateId, B.affiliateId] }, admin)).data.payouts
  for (const p of [A, B]) {
    p.payoutIds = run.filter((r: any) => r.affiliate_id === p.affiliateId).map((r: any) => r.id)
    if (!p.payoutIds.length) throw new Error(`no payout for ${p.name}`)
  }
  await api.post(`/admin/affiliate-payouts/${A.payoutIds[0]}/status`, { status: "paid", reference: "SEC-REF-A" }, admin)
  // One more (pending) earning each, outside any payout.
  for (const p of [A, B]) {
    await api.post("/admin/affiliate-commissions/adjustments", { affiliate_id: p.affiliateId, amount: 2, currency_code: "eur", reason: "Launch bonus" }, admin)
    p.commissionIds = (await api.get(`/admin/affiliate-commissions?affiliate_id=${p.affiliateId}&limit=200`, admin)).data.commissions.map((c: any) => c.id)
    p.attributionIds = (await api.get(`/admin/affiliate-attributions?affiliate_id=${p.affiliateId}&limit=200`, admin)).data.attributions.map((a: any) => a.id)
  }

  const person = async (tag: string, first: string, last: string) => {
    const email = `${tag}-q7@example.com`
    const login = await deps.registerCustomer(api, pk, { email, first_name: first, last_name: last })
    return { person: { email, first_name: first, last_name: last, id: login.customer.id }, auth: { ...login.headers.headers, "x-publishable-api-key": pk } }
  }
  const customer = await person("casey-nopartner", "Caseyanne", "Nopartnerova")
  const statusPartner = async (tag: string, final: "suspended" | "disabled" | "pending") => {
    const who = await person(`partner-${tag}`, `Status${tag}`, "Holder")
    const created = (await api.post("/admin/affiliates", {
      name: `Status ${tag}`, kind: "external", status: final === "pending" ? "pending" : "active", email: who.person.email, customer_id: who.person.id, metadata: note("partner"),
    }, admin)).data.affiliate
    if (final !== "pending") await api.post(`/admin/affiliates/${created.id}/status`, { status: final, reason: "Security matrix" }, admin)
    return { ...who, person: { ...who.person, affiliateId: created.id } }
  }
  const suspended = await statusPartner("suspended", "suspended")
  const disabled = await statusPartner("disabled", "disabled")
  const pending = await statusPartner("pending", "pending")

  const lookup = (await api.post("/admin/affiliate-invitations", { email: "invitee-q7@example.com", name: "Ingrid Invitee", kind: "external" }, admin)).data
  const forCustomer = (await api.post("/admin/affiliate-invitations", { email: customer.person.email, kind: "external" }, admin)).data

  // Zed: throwaway records for the admin's mutating routes.
  const zed = (await api.post("/admin/affiliates", { name: "Zed Throwaway", kind: "external", status: "active", email: "zed-q7@example.com" }, admin)).data.affiliate
  const statusTarget = (await api.post("/admin/affiliates", { name: "Status Target", kind: "external", status: "active" }, admin)).data.affiliate
  const zedSite = (await api.post("/admin/affiliate-sites", { name: "Zed site", domain: "zed.example.com", landing_url: "https://zed.example.com/" }, admin)).data.site
  const zedAuth = (await api.post(`/admin/affiliates/${zed.id}/site-authorizations`, { site_id: zedSite.id, status: "requested" }, admin)).data.site_authorization
  const zedReferral = (await api.post("/admin/affiliate-referrals", { affiliate_id: zed.id, name: "Zed link", slug: "zed-link-q7", site_id: zedSite.id }, admin)).data.referral
  const zedVoucher = (await api.post("/admin/affiliate-vouchers", { referral_id: zedReferral.id, code: "ZEDCODEQ7", aliases: ["ZEDSPAREQ7"] }, admin)).data.voucher
  await api.post("/admin/affiliate-commissions/adjustments", { affiliate_id: zed.id, amount: 5, currency_code: "eur", reason: "Throwaway" }, admin)
  await api.post("/admin/affiliate-commissions/approve-due", {}, admin)
  const zedPayout = (await api.post("/admin/affiliate-payouts", { affiliate_ids: [zed.id] }, admin)).data.payouts[0]
  const zedRule = (await api.post("/admin/affiliate-commission-rules", { name: "Zed rule", scope: "affiliate", affiliate_id: zed.id, type: "flat", flat_amounts: { eur: 1 } }, admin)).data.commission_rule
  const revokable = (await api.post("/admin/affiliate-invitations", { email: "revoke-me-q7@example.com", kind: "external" }, admin)).data.invitation

  const cart = await deps.createCart({ email: "guest-cart-q7@example.com" })

  return {
    pk,
    adminAuth: admin.headers,
    adminUserId,
    programId: "affprog_default",
    shopSiteId: shop.id,
    outletSiteId: outlet.id,
    cartId: cart.id,
    partners: { partnerA: A, partnerB: B },
    auth: { customer: customer.auth, suspended: suspended.auth, disabled: disabled.auth, pending: pending.auth },
    people: { customer: customer.person, suspended: suspended.person, disabled: disabled.person, pending: pending.person },
    lookupToken: tokenOf(lookup.invitation_url),
    invitee: { email: "invitee-q7@example.com", name: "Ingrid Invitee" },
    customerInvitationToken: tokenOf(forCustomer.invitation_url),
    zed: {
      affiliateId: zed.id,
      statusTargetId: statusTarget.id,
      siteId: zedSite.id,
      siteAuthorizationId: zedAuth.id,
      referralId: zedReferral.id,
      voucherId: zedVoucher.id,
      // An alias: the primary code follows its voucher and cannot be switched on its own.
      voucherCodeId: (zedVoucher.codes ?? []).find((c: any) => c.kind === "alias")?.id,
      payoutId: zedPayout?.id,
      ruleId: zedRule.id,
      invitationId: revokable.id,
    },
  }
}

/** The headers a role sends: nothing, the publishable key, a customer's bearer token with the key, or the admin's token. */
export function headersFor(world: SecurityWorld, role: Role): Record<string, string> {
  switch (role) {
    case "anonymous":
      return {}
    case "key":
      return { "x-publishable-api-key": world.pk }
    case "partnerA":
    case "partnerB":
      return { ...world.partners[role].auth }
    case "admin":
      return { ...world.adminAuth }
    default:
      return { ...world.auth[role] }
  }
}
