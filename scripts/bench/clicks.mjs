// Click-tracking throughput, next to Medusa's own /health, in one run:
//   npm run bench:clicks
//   npm run bench:clicks -- --connections 50 --duration 30 --warmup 5 --rounds 3
//
// Own database (medusa_affiliate_bench), migrations, an admin user, then the
// app is started with `medusa start` (NODE_ENV=production, admin disabled) on
// a free port and set up over its admin API: a sales channel, a publishable
// key on it, a site, an active partner and a referral. Then autocannon loads,
// alternately and with the same settings, GET /health, GET
// /affiliate/tracker.js answered 304 (the lightest plugin route: Medusa's
// request logging, cookie, session and router, and nothing of the plugin's
// own), and POST /affiliate/clicks, and the database is checked: every
// answered click is stored, and the hourly rollups count exactly the stored
// clicks.
//
// Clicks are reported as a storefront server reports them: with the
// storefront secret (x-affiliate-storefront-secret) and each shopper's IP and
// user agent in the body, spread over many devices (new ones, returning ones,
// a few link-preview bots). --one-device sends every click from this machine's
// one address and one browser user agent instead: one device for the unique
// visit checks, the worst case of its probes.
//
// Options (flag or environment variable):
//   --connections N   BENCH_CONNECTIONS  concurrent connections          (20)
//   --duration S      BENCH_DURATION     measured seconds per run         (15)
//   --warmup S        BENCH_WARMUP       warm-up seconds before each run  (5)
//   --rounds N        BENCH_ROUNDS       health/tracker/clicks triples     (1)
//   --pipelining N    BENCH_PIPELINING   requests in flight per connection (1)
//   --links N         BENCH_LINKS        referral links the clicks spread over (1)
//   --one-device                         every click from one IP and user agent, no storefront secret
//   --port N          BENCH_PORT         server port (default: a free one)
//   --fresh                              drop and recreate the database first
// PostgreSQL: DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, else localhost:5432
// without a password, else an embedded server (data in .test-data/bench-pg).
// REDIS_URL and MEDUSA_WORKER_MODE are passed to the app as they are set.
//
// This file also exports the helpers the report benchmark uses.
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { createHash, randomBytes } from "node:crypto"
import { fileURLToPath, pathToFileURL } from "node:url"
import pg from "pg"
import { databaseUrl, ensureDatabase, portOpen, resolvePostgres } from "../lib/postgres.mjs"
import { ephemeralSecrets } from "../lib/secrets.mjs"

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const benchDir = path.join(root, ".test-data", "bench")
const medusaBin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "medusa.cmd" : "medusa")
export const ADMIN = { email: "bench@medusa-affiliate.test", password: "bench-password" }
export const BROWSER_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"

// ---------------------------------------------------------------- helpers

/** An error with what to do about it. */
export class BenchError extends Error {
  constructor(message, hint) {
    super(message)
    this.hint = hint
  }
}

export function makeLog(name) {
  const started = Date.now()
  const log = (message) => console.log(`[${name} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}`)
  return log
}

/** The machine's 1/5/15-minute load averages and core count: other work skews every figure. */
export const machineLoad = () =>
  `load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} on ${os.cpus().length} cores`

export const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

/** `--name value`, `--name=value`, or the environment variable, or the default. */
export function option(name, envName, fallback, parse = (v) => v) {
  const argv = process.argv.slice(2)
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === `--${name}` && i + 1 < argv.length) return parse(argv[i + 1])
    if (argv[i].startsWith(`--${name}=`)) return parse(argv[i].slice(name.length + 3))
  }
  if (envName && process.env[envName] !== undefined && process.env[envName] !== "") return parse(process.env[envName])
  return fallback
}
export const flag = (name) => process.argv.slice(2).includes(`--${name}`)

/** Parses a positive number, or stops with a message naming the option. */
export function positive(name, { integer = true } = {}) {
  return (value) => {
    const n = Number(String(value).replace(/_/g, ""))
    if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
      throw new BenchError(`--${name} must be a positive ${integer ? "whole " : ""}number (got "${value}").`, `For example --${name} 20`)
    }
    return n
  }
}

export function percentile(sortedValues, p) {
  if (!sortedValues.length) return NaN
  const index = Math.min(sortedValues.length - 1, Math.max(0, Math.ceil((p / 100) * sortedValues.length) - 1))
  return sortedValues[index]
}

export const fmt = (n, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : "-"

/** Pads columns of a table of strings; first row is the header. */
export function table(rows, align = []) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)))
  const line = (r) => r.map((cell, c) => (align[c] === "l" ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join("  ")
  return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n")
}

// ---------------------------------------------------------------- cleanup

const cleanups = []
let exiting = false

/** Registers work to do on exit (normal, error, Ctrl-C); the last registered runs first. */
export function onCleanup(fn) {
  cleanups.push(fn)
}

export async function cleanup() {
  while (cleanups.length) {
    const fn = cleanups.pop()
    try {
      await fn()
    } catch (error) {
      console.error(`  cleanup failed: ${error?.message ?? error}`)
    }
  }
}

/** Runs `main` with Ctrl-C and error handling that always stops what was started. */
export function runMain(name, main) {
  const log = makeLog(name)
  const stop = async (code) => {
    if (exiting) return
    exiting = true
    await cleanup()
    process.exit(code)
  }
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      console.log("")
      log(`received ${signal}; stopping ...`)
      stop(signal === "SIGINT" ? 130 : 143)
    })
  }
  main(log)
    .then(() => stop(0))
    .catch(async (error) => {
      console.error("")
      if (error instanceof BenchError) {
        console.error(`[${name}] ✖ ${error.message}`)
        if (error.hint) console.error(`[${name}]   what to do: ${error.hint}`)
      } else {
        console.error(`[${name}] ✖ unexpected error:`, error)
      }
      await stop(1)
    })
}

// ---------------------------------------------------------------- database

/**
 * Finds PostgreSQL (DB_* env, localhost:5432, embedded) and makes sure the
 * database exists; `fresh` drops it first. Returns the server and the URL.
 */
export async function prepareDatabase({ database, fresh, log }) {
  let server
  try {
    server = await resolvePostgres({ dataDir: path.join(root, ".test-data", "bench-pg"), port: 55434, log: (m) => log(`  ${m}`) })
  } catch (error) {
    throw new BenchError(
      `No PostgreSQL found or started: ${error?.message ?? error}`,
      "Set DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD for your server, or delete .test-data/bench-pg and retry (an embedded server is created)."
    )
  }
  onCleanup(async () => {
    await server.stop()
  })
  log(`PostgreSQL: ${server.source}`)
  if (fresh) {
    const admin = new pg.Client({ host: server.host, port: server.port, user: server.user, password: server.password, database: "postgres" })
    await admin.connect()
    try {
      await admin.query(`drop database if exists "${database}" with (force)`)
      log(`  --fresh: dropped database ${database}`)
    } finally {
      await admin.end()
    }
  }
  let created
  try {
    created = await ensureDatabase(server, database)
  } catch (error) {
    throw new BenchError(
      `Could not open PostgreSQL at ${server.host}:${server.port} as ${server.user}: ${error?.message ?? error}`,
      "Check that the server accepts this login (DB_USERNAME/DB_PASSWORD), or unset DB_HOST to use an embedded server."
    )
  }
  log(`  database ${database} ${created ? "created" : "exists, reusing it (--fresh starts over)"}`)
  return { server, url: databaseUrl(server, database) }
}

export async function connect(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows: [{ pid }] } = await client.query(`select pg_backend_pid() as pid`)
  onCleanup(async () => {
    // A long statement (data generation) would otherwise run on after we are gone;
    // cancelling an idle session does nothing.
    {
      const other = new pg.Client({ connectionString: url })
      try {
        await other.connect()
        await other.query(`select pg_cancel_backend($1)`, [pid])
      } catch {}
      await other.end().catch(() => {})
    }
    await client.end().catch(() => {})
  })
  return client
}

// ---------------------------------------------------------------- medusa

// One pair per bench run: every process it starts must sign and verify alike.
const benchSecrets = ephemeralSecrets()

/** The environment the Medusa CLI and server run with (production mode needs real secrets). */
export function medusaEnv(url, extra = {}) {
  return {
    ...process.env,
    DATABASE_URL: url,
    ...benchSecrets,
    MEDUSA_DISABLE_TELEMETRY: "true",
    ADMIN_DISABLED: "true",
    NODE_ENV: "production",
    ...extra,
  }
}

/** Runs `medusa <args>` quietly; resolves with its exit code and output. */
export function medusa(args, env) {
  if (!fs.existsSync(medusaBin)) {
    throw new BenchError("The Medusa CLI is not installed.", "Run `npm install` in the repository root first.")
  }
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    const kill = () => child.kill("SIGTERM")
    onCleanup(kill)
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      const i = cleanups.indexOf(kill)
      if (i >= 0) cleanups.splice(i, 1)
      resolve({ code: code ?? (signal ? 128 : 1), output })
    })
  })
}

const tail = (text, lines = 30) => text.trim().split("\n").slice(-lines).join("\n")

export async function migrate(env, log) {
  const t = Date.now()
  log("migrating (medusa db:migrate) ...")
  const result = await medusa(["db:migrate"], env)
  if (result.code !== 0) {
    console.log(tail(result.output))
    throw new BenchError(`medusa db:migrate failed (exit ${result.code}); its output is above.`, "Fix the cause, or start over with --fresh.")
  }
  log(`  migrations done in ${seconds(t)}`)
}

export async function ensureAdminUser(db, env, log) {
  const exists = async () =>
    (await db.query(`select 1 from "user" where email = $1 and deleted_at is null`, [ADMIN.email])).rowCount > 0
  if (await exists()) {
    log(`admin user ${ADMIN.email} exists`)
    return
  }
  const t = Date.now()
  const result = await medusa(["user", "-e", ADMIN.email, "-p", ADMIN.password], env)
  if (result.code !== 0 && !(await exists())) {
    console.log(tail(result.output))
    throw new BenchError(`medusa user failed (exit ${result.code}); its output is above.`, "Start over with --fresh.")
  }
  log(`admin user ${ADMIN.email} created in ${seconds(t)}`)
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on("error", reject)
    srv.listen(0, "localhost", () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Starts `medusa start` in its own process group (output to a log file) and
 * waits for /health. The returned `stop()` ends the whole group.
 */
export async function startServer({ env, port, name, log }) {
  if (await portOpen("localhost", port)) {
    throw new BenchError(`Port ${port} is already in use.`, "Leave --port out to pick a free port, or stop what listens there.")
  }
  fs.mkdirSync(benchDir, { recursive: true })
  const logFile = path.join(benchDir, `${name}-server.log`)
  const out = fs.openSync(logFile, "w")
  const t = Date.now()
  log(`starting Medusa: medusa start -p ${port} (NODE_ENV=${env.NODE_ENV}, admin disabled, ` +
    `${env.REDIS_URL ? "Redis" : "in-memory event bus, no Redis"}, worker mode ${env.MEDUSA_WORKER_MODE || "shared"}); log in ${path.relative(root, logFile)}`)
  const child = spawn(medusaBin, ["start", "-p", String(port)], { cwd: root, env, stdio: ["ignore", out, out], detached: true })
  fs.closeSync(out)
  let exited = null
  child.on("exit", (code, signal) => (exited = signal ?? `exit ${code}`))
  const stop = async () => {
    if (!child.pid || !groupAlive(child.pid)) return
    const s = Date.now()
    try {
      process.kill(-child.pid, "SIGTERM")
    } catch {}
    const deadline = Date.now() + 10000
    while (groupAlive(child.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    if (groupAlive(child.pid)) {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
      log("Medusa did not stop within 10 s; killed it")
    } else {
      log(`Medusa stopped (${seconds(s)})`)
    }
  }
  onCleanup(stop)
  // Never leave the server behind, even on a crash of this process.
  process.on("exit", () => {
    if (child.pid && groupAlive(child.pid)) {
      try {
        process.kill(-child.pid, "SIGKILL")
      } catch {}
    }
  })
  const base = `http://localhost:${port}`
  const deadline = Date.now() + 180_000
  while (true) {
    if (exited) {
      console.log(tail(fs.readFileSync(logFile, "utf8")))
      throw new BenchError(`Medusa stopped while starting (${exited}); the end of its log is above.`, `Read ${path.relative(root, logFile)}.`)
    }
    try {
      const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) })
      if (res.ok) break
    } catch {}
    if (Date.now() > deadline) {
      throw new BenchError(`Medusa did not answer ${base}/health within 3 minutes.`, `Read ${path.relative(root, logFile)}.`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  log(`  Medusa answers /health after ${seconds(t)}`)
  return { base, stop, logFile }
}

/** JSON over HTTP; throws a BenchError naming the call on anything but 2xx. */
export async function http(base, method, urlPath, { token, body, headers = {} } = {}) {
  const res = await fetch(`${base}${urlPath}`, {
    method,
    headers: {
      ...(body ? { "content-type": "application/json" } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let data
  try {
    data = JSON.parse(text)
  } catch {
    data = text
  }
  if (!res.ok) {
    throw new BenchError(
      `${method} ${urlPath} answered ${res.status}: ${typeof data === "string" ? data.slice(0, 300) : JSON.stringify(data).slice(0, 300)}`,
      "Is the database from another version of the plugin? Start over with --fresh."
    )
  }
  return data
}

export async function login(base) {
  const { token } = await http(base, "POST", "/auth/user/emailpass", { body: { email: ADMIN.email, password: ADMIN.password } })
  if (!token) throw new BenchError("Login answered without a token.", "Start over with --fresh.")
  return token
}

// ---------------------------------------------------------------- the click bench

const SALES_CHANNEL = "Affiliate bench webshop"
const KEY_TITLE = "Affiliate bench storefront"
const SITE_DOMAIN = "bench-shop.example.com"
const PARTNER_EMAIL = "bench-partner@example.com"
const SLUG = "bench-instagram"

/** Sales channel, publishable key, site, active partner, referral: found, or created through the admin API. */
async function setupTracking(db, base, token, links, log) {
  const t = Date.now()
  const one = async (sql, params) => (await db.query(sql, params)).rows[0]
  let channel = await one(`select id from sales_channel where name = $1 and deleted_at is null`, [SALES_CHANNEL])
  if (!channel) channel = (await http(base, "POST", "/admin/sales-channels", { token, body: { name: SALES_CHANNEL } })).sales_channel
  let key = await one(
    `select id, token from api_key where title = $1 and type = 'publishable' and revoked_at is null and deleted_at is null`,
    [KEY_TITLE]
  )
  if (!key) key = (await http(base, "POST", "/admin/api-keys", { token, body: { title: KEY_TITLE, type: "publishable" } })).api_key
  const linked = await one(
    `select 1 as ok from publishable_api_key_sales_channel where publishable_key_id = $1 and sales_channel_id = $2 and deleted_at is null`,
    [key.id, channel.id]
  )
  if (!linked) await http(base, "POST", `/admin/api-keys/${key.id}/sales-channels`, { token, body: { add: [channel.id] } })
  let site = await one(`select id from affiliate_site where domain = $1 and deleted_at is null`, [SITE_DOMAIN])
  if (!site) {
    site = (
      await http(base, "POST", "/admin/affiliate-sites", {
        token,
        body: { name: "Bench shop", domain: SITE_DOMAIN, landing_url: `https://${SITE_DOMAIN}/`, sales_channel_id: channel.id },
      })
    ).site
  }
  let partner = await one(`select id, status from affiliate where email = $1 and deleted_at is null`, [PARTNER_EMAIL])
  if (!partner) {
    partner = (
      await http(base, "POST", "/admin/affiliates", {
        token,
        body: { name: "Bench Outdoors", kind: "external", email: PARTNER_EMAIL, status: "active" },
      })
    ).affiliate
  }
  if (partner.status !== "active") {
    await http(base, "POST", `/admin/affiliates/${partner.id}/status`, { token, body: { status: "active", reason: "benchmark" } })
  }
  // An external partner's clicks attribute only on sites the partner is approved for.
  const approval = await one(`select id, status from affiliate_site_authorization where affiliate_id = $1 and site_id = $2 and deleted_at is null`, [partner.id, site.id])
  if (!approval) {
    await http(base, "POST", `/admin/affiliates/${partner.id}/site-authorizations`, { token, body: { site_id: site.id } })
  } else if (approval.status !== "approved") {
    await http(base, "POST", `/admin/affiliate-site-authorizations/${approval.id}`, { token, body: { status: "approved" } })
  }
  // The first link is the one the brief's single-link run uses; --links N adds more, each with its own campaign.
  const slugs = []
  for (let i = 1; i <= links; i++) {
    const slug = i === 1 ? SLUG : `${SLUG}-${i}`
    const found = await one(`select id, slug from affiliate_referral where slug = $1 and deleted_at is null`, [slug])
    if (!found) {
      await http(base, "POST", "/admin/affiliate-referrals", {
        token,
        body: {
          affiliate_id: partner.id,
          name: i === 1 ? "Instagram bio" : `Post ${i}`,
          slug,
          site_id: site.id,
          utm_source: "instagram",
          utm_medium: "social",
          utm_campaign: i === 1 ? "bench-autumn" : `bench-post-${i}`,
        },
      })
    }
    slugs.push(slug)
  }
  log(`  setup ready in ${seconds(t)}: key ${key.token.slice(0, 10)}..., site ${SITE_DOMAIN}, partner ${partner.id}, ${links === 1 ? `referral "${SLUG}"` : `${links} referral links`}`)
  return { publishableKey: key.token, slugs }
}

const PRODUCTS = ["tent-4p", "sleeping-bag", "trail-shoes", "rain-jacket", "headlamp"]

/** A click's page facts: the referral link, the landing page and its tags. */
function pageOf(slugs, seed) {
  const slug = slugs.length === 1 ? slugs[0] : slugs[Math.floor(Math.random() * slugs.length)]
  const product = PRODUCTS[seed.charCodeAt(0) % PRODUCTS.length]
  return {
    referral: slug,
    utm_content: "story-" + (seed.charCodeAt(1) % 7),
    landing_url: `https://${SITE_DOMAIN}/products/${product}?ref=${slug}&utm_content=story`,
    referrer: "https://l.instagram.com/",
  }
}

/** --one-device: a click as a storefront page reports it from this machine, a new visitor id every time. */
function oneDeviceBody(slugs) {
  const visitor = randomBytes(12).toString("base64url")
  return JSON.stringify({ ...pageOf(slugs, visitor), visitor_id: visitor })
}

// The shoppers a storefront server reports for. A handful of user agents (in-app
// and mobile browsers first, as traffic from a social link is); IPs from the
// benchmarking range 198.18.0.0/15 and the IPv6 documentation range (strings in
// the body only: nothing is sent to them).
export const SHOPPER_AGENTS = [
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 334.0.4.32.98 (iPhone14,5; iOS 17_5; en_US; en; scale=3.00; 1170x2532; 604247854)",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
  BROWSER_UA,
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
]
const PREVIEW_BOT_UA = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"
/** Shares of the storefront mode's clicks (the rest come from new devices). */
export const SHOPPER_MIX = { returningDevices: 2000, returningShare: 0.3, keepsVisitorId: 0.85, botShare: 0.02 }

const ipv4Of = (n) => `198.${18 + ((n >>> 16) & 1)}.${(n >>> 8) & 255}.${n & 255}`
const ipv6Of = (n) => `2001:db8:${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}::1`

/**
 * The device behind shopper number `n`: an IP (every 4th an IPv6 one), one of
 * SHOPPER_AGENTS, and the visitor id its cookie holds. The same `n` is always
 * the same device.
 */
export function shopperDevice(n) {
  const digest = createHash("sha256").update(`bench-shopper-${n}`).digest()
  return {
    ip: n % 4 === 3 ? ipv6Of(n) : ipv4Of(n),
    user_agent: SHOPPER_AGENTS[digest[0] % SHOPPER_AGENTS.length],
    visitor_id: "v" + digest.subarray(1, 17).toString("base64url"),
  }
}

/**
 * Storefront mode: each call is one shopper's click, reported by the store's
 * server with the shopper's IP and user agent. Most come from devices not seen
 * before (a fresh address each); `returningShare` from a pool of returning
 * devices, so the same device clicks again within the hour (not unique), usually
 * with its visitor cookie, sometimes without; `botShare` from link-preview bots.
 */
export function shopperClicks(slugs) {
  const { returningDevices, returningShare, keepsVisitorId, botShare } = SHOPPER_MIX
  // New devices count up from the end of the returning pool and wrap around the
  // 131,072 addresses of the range, never into the pool.
  const span = 131072 - returningDevices
  let newDevices = 0
  return () => {
    const r = Math.random()
    let device
    let keepsVisitor = true
    if (r < botShare) {
      // A few fetchers of their own, on addresses no shopper has.
      device = { ip: `2001:db8:ff::${(1 + Math.floor(Math.random() * 16)).toString(16)}`, user_agent: PREVIEW_BOT_UA, visitor_id: "" }
      keepsVisitor = false
    } else if (r < botShare + returningShare) {
      device = shopperDevice(Math.floor(Math.random() * returningDevices))
      keepsVisitor = Math.random() < keepsVisitorId
    } else {
      device = shopperDevice(returningDevices + (newDevices++ % span))
    }
    const visitor = keepsVisitor ? device.visitor_id : randomBytes(12).toString("base64url")
    return JSON.stringify({ ...pageOf(slugs, visitor), visitor_id: visitor, ip: device.ip, user_agent: device.user_agent })
  }
}

async function loadRun(autocannon, opts) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (error, result) => (error ? reject(error) : resolve(result)))
    const stop = () => instance.stop()
    onCleanup(stop)
    instance.on("done", () => {
      const i = cleanups.indexOf(stop)
      if (i >= 0) cleanups.splice(i, 1)
    })
  })
}

async function main(log) {
  const connections = option("connections", "BENCH_CONNECTIONS", 20, positive("connections"))
  const duration = option("duration", "BENCH_DURATION", 15, positive("duration"))
  const warmup = option("warmup", "BENCH_WARMUP", 5, (v) => (Number(v) === 0 ? 0 : positive("warmup")(v)))
  const rounds = option("rounds", "BENCH_ROUNDS", 1, positive("rounds"))
  const pipelining = option("pipelining", "BENCH_PIPELINING", 1, positive("pipelining"))
  const requestedPort = option("port", "BENCH_PORT", null, positive("port"))
  const links = option("links", "BENCH_LINKS", 1, positive("links"))
  const oneDevice = flag("one-device")
  const fresh = flag("fresh")
  const { default: autocannon } = await import("autocannon")

  log(machineLoad())
  log(`settings: ${connections} connections, pipelining ${pipelining}, ${warmup} s warm-up + ${duration} s measured per run, ${rounds} round(s), ${links} referral link(s)`)
  log(`mode: ${modeLine(oneDevice)}`)
  const { url } = await prepareDatabase({ database: "medusa_affiliate_bench", fresh, log })
  // One device: every load request comes from this machine's one address, and a
  // shopper's limit would answer 429 after the first few; the limiter still runs on
  // every click, at this limit. Storefront mode keeps the default limit: it counts
  // each shopper's IP, and no shopper of the mix comes near it.
  const clickLimit = oneDevice ? "1000000000" : null
  const storefrontSecret = randomBytes(24).toString("base64url")
  const env = medusaEnv(url, {
    AFFILIATE_STOREFRONT_SECRET: storefrontSecret,
    ...(clickLimit ? { AFFILIATE_RATE_LIMIT_CLICKS: clickLimit } : {}),
  })
  await migrate(env, log)
  const db = await connect(url)
  await ensureAdminUser(db, env, log)

  const port = requestedPort ?? (await freePort())
  log(
    clickLimit
      ? `rate limit of POST /affiliate/clicks raised to ${clickLimit} per IP and window (AFFILIATE_RATE_LIMIT_CLICKS) so the load is measured, not refused`
      : `rate limit of POST /affiliate/clicks: the plugin's default, per shopper IP (${env.AFFILIATE_RATE_LIMIT_CLICKS ? `AFFILIATE_RATE_LIMIT_CLICKS=${env.AFFILIATE_RATE_LIMIT_CLICKS} from the environment` : "not set"})`
  )
  const server = await startServer({ env, port, name: "clicks", log })
  const token = await login(server.base)
  const { publishableKey, slugs } = await setupTracking(db, server.base, token, links, log)

  // What each click request carries: the storefront server's secret and the shopper in
  // the body, or (one device) a browser's own user agent.
  const clickHeaders = oneDevice
    ? { "x-publishable-api-key": publishableKey, "user-agent": BROWSER_UA }
    : { "x-publishable-api-key": publishableKey, "x-affiliate-storefront-secret": storefrontSecret, "user-agent": STOREFRONT_SERVER_UA }
  const clickBody = oneDevice ? () => oneDeviceBody(slugs) : shopperClicks(slugs)

  // One click by hand, so a setup problem shows as a clear message, not as N errors.
  const probeBody = oneDevice
    ? JSON.parse(oneDeviceBody(slugs))
    : { ...JSON.parse(oneDeviceBody(slugs)), ip: "198.51.100.7", user_agent: SHOPPER_AGENTS[0] }
  const probe = await http(server.base, "POST", "/affiliate/clicks", { headers: clickHeaders, body: probeBody })
  if (!probe?.click?.click_id || probe.click.is_bot || !probe.click.attributing) {
    throw new BenchError(`The probe click came back unexpected: ${JSON.stringify(probe).slice(0, 300)}`, "Start over with --fresh.")
  }
  log(`  probe click ${probe.click.click_id} stored (site ${probe.click.site?.domain}, attributing)`)

  const healthOpts = { url: `${server.base}/health`, connections, pipelining, method: "GET" }
  // The tracker script's current version, so that every request is a 304 with no body.
  const trackerTag = (await fetch(`${server.base}/affiliate/tracker.js`)).headers.get("etag")
  const floorOpts = { url: `${server.base}/affiliate/tracker.js`, connections, pipelining, method: "GET", headers: { "if-none-match": trackerTag } }
  const clickOpts = (onResponse) => ({
    url: `${server.base}/affiliate/clicks`,
    connections,
    pipelining,
    method: "POST",
    headers: { "content-type": "application/json", ...clickHeaders },
    requests: [{ setupRequest: (req) => ({ ...req, body: clickBody() }), onResponse }],
  })
  const countClicks = async () => Number((await db.query(`select count(*) from affiliate_click`)).rows[0].count)
  // Lets the server finish what it accepted before autocannon stopped.
  const settle = () => new Promise((r) => setTimeout(r, 1500))

  const results = []
  for (let round = 1; round <= rounds; round++) {
    const tag = rounds > 1 ? ` (round ${round}/${rounds})` : ""
    if (warmup) {
      log(`GET /health: ${warmup} s warm-up${tag} ...`)
      await loadRun(autocannon, { ...healthOpts, duration: warmup })
    }
    log(`GET /health: ${duration} s measured${tag} ...`)
    const health = await loadRun(autocannon, { ...healthOpts, duration })
    log(`  ${fmt(health.requests.average)} req/s, p50 ${health.latency.p50} ms, p99 ${health.latency.p99} ms, non-2xx ${health.non2xx}, errors ${health.errors}`)

    if (warmup) {
      log(`GET /affiliate/tracker.js (304): ${warmup} s warm-up${tag} ...`)
      await loadRun(autocannon, { ...floorOpts, duration: warmup })
    }
    log(`GET /affiliate/tracker.js (304): ${duration} s measured${tag} ...`)
    const floor = await loadRun(autocannon, { ...floorOpts, duration })
    log(`  ${fmt(floor.requests.average)} req/s, p50 ${floor.latency.p50} ms, p99 ${floor.latency.p99} ms, 304s ${floor["3xx"] ?? "?"}, errors ${floor.errors}`)

    if (warmup) {
      log(`POST /affiliate/clicks: ${warmup} s warm-up${tag} ...`)
      await loadRun(autocannon, { ...clickOpts(() => {}), duration: warmup })
      await settle()
    }
    const before = await countClicks()
    const answered = []
    const statuses = {}
    const onResponse = (status, body) => {
      statuses[status] = (statuses[status] ?? 0) + 1
      if (status >= 200 && status < 300) {
        const m = /"click_id":"([^"]+)"/.exec(body)
        answered.push(m ? m[1] : null)
      }
    }
    log(`POST /affiliate/clicks: ${duration} s measured${tag} ...`)
    const clicks = await loadRun(autocannon, { ...clickOpts(onResponse), duration })
    log(`  ${fmt(clicks.requests.average)} req/s, p50 ${clicks.latency.p50} ms, p99 ${clicks.latency.p99} ms, non-2xx ${clicks.non2xx}, errors ${clicks.errors}`)
    await settle()
    const after = await countClicks()
    const ids = answered.filter(Boolean)
    const found = ids.length
      ? Number((await db.query(`select count(*) from affiliate_click where id = any($1::text[])`, [ids])).rows[0].count)
      : 0
    const unique = ids.length
      ? Number((await db.query(`select count(*) from affiliate_click where id = any($1::text[]) and is_unique`, [ids])).rows[0].count)
      : 0
    const check = {
      answered2xx: answered.length,
      withoutId: answered.length - ids.length,
      rowsCreated: after - before,
      lostByCount: Math.max(0, answered.length - (after - before)),
      lostById: ids.length - found,
      unique,
      statuses,
    }
    log(
      `  ${fmt(check.answered2xx)} clicks answered 2xx, ${fmt(check.rowsCreated)} rows created, ` +
        `${fmt(check.lostById)} answered ids missing from affiliate_click, ${fmt(check.unique)} counted unique`
    )
    results.push({ round, health, floor, clicks, check })
  }

  log("checking the hourly rollup against affiliate_click ...")
  const { rows: [rollup] } = await db.query(`
    select
      (select count(*) from affiliate_click where deleted_at is null) as click_rows,
      (select count(*) from affiliate_click where deleted_at is null and is_unique and not is_bot) as unique_rows,
      (select coalesce(sum(clicks + bot_clicks), 0) from affiliate_stats_hourly) as rollup_clicks,
      (select coalesce(sum(unique_clicks), 0) from affiliate_stats_hourly) as rollup_unique,
      (select coalesce(sum(clicks + bot_clicks), 0) from affiliate_stats_site_hourly) as overview_clicks,
      (select coalesce(sum(unique_clicks), 0) from affiliate_stats_site_hourly) as overview_unique`)

  await server.stop()
  report({ results, rollup, settings: { connections, duration, warmup, pipelining, rounds, oneDevice } })
  const lost = results.reduce((n, r) => n + r.check.lostById + r.check.lostByCount + r.check.withoutId, 0)
  const rollupOk = rollupMatches(rollup)
  if (lost || !rollupOk) {
    throw new BenchError(
      lost ? `${lost} answered click(s) are not in affiliate_click.` : "The hourly rollups do not match affiliate_click.",
      "This is a bug in the click path (src/modules/affiliate/track): the answer must come after the commit, in the same statement as the rollup."
    )
  }
}

const STOREFRONT_SERVER_UA = "bench-storefront-server/1.0"

function modeLine(oneDevice) {
  if (oneDevice) return "one device (--one-device): every click from this machine's address with one browser user agent, no storefront secret; a new visitor id per click"
  const m = SHOPPER_MIX
  return (
    `storefront server: x-affiliate-storefront-secret and the shopper's ip and user_agent in the body; ` +
    `${Math.round((1 - m.returningShare - m.botShare) * 100)}% of clicks from new devices (a fresh IP each), ` +
    `${Math.round(m.returningShare * 100)}% from ${fmt(m.returningDevices)} returning devices (${Math.round(m.keepsVisitorId * 100)}% of them with their visitor id), ` +
    `${Math.round(m.botShare * 100)}% from link-preview bots; ${SHOPPER_AGENTS.length} browser user agents; 1 in 4 shopper IPs is IPv6`
  )
}

const rollupMatches = (r) =>
  [r.rollup_clicks, r.overview_clicks].every((n) => Number(n) === Number(r.click_rows)) &&
  [r.rollup_unique, r.overview_unique].every((n) => Number(n) === Number(r.unique_rows))

function report({ results, rollup, settings }) {
  const rows = [["run", "req/s", "p50 ms", "p99 ms", "2xx", "non-2xx", "errors"]]
  for (const r of results) {
    const tag = results.length > 1 ? ` #${r.round}` : ""
    for (const [name, x] of [["GET /health", r.health], ["GET /affiliate/tracker.js (304)", r.floor], ["POST /affiliate/clicks", r.clicks]]) {
      rows.push([name + tag, fmt(x.requests.average), fmt(x.latency.p50), fmt(x.latency.p99), fmt(x["2xx"]), fmt(x.non2xx), fmt(x.errors + x.timeouts)])
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]
  const ratio = median(results.map((r) => r.clicks.requests.average / r.health.requests.average))
  const floorRatio = median(results.map((r) => r.clicks.requests.average / r.floor.requests.average))
  const floorOfHealth = median(results.map((r) => r.floor.requests.average / r.health.requests.average))
  const sum = (f) => results.reduce((n, r) => n + f(r), 0)
  const statuses = {}
  for (const r of results) for (const [s, n] of Object.entries(r.check.statuses)) statuses[s] = (statuses[s] ?? 0) + n
  console.log("")
  console.log(`Click tracking vs /health: ${settings.connections} connections, ${settings.duration} s measured after ${settings.warmup} s warm-up, pipelining ${settings.pipelining}`)
  console.log(`mode: ${modeLine(settings.oneDevice)}`)
  console.log("")
  console.log(table(rows, ["l"]))
  console.log("")
  const of = results.length > 1 ? ", median of rounds" : ""
  console.log(`clicks / health (req/s)${of}: ${fmt(ratio, 2)}`)
  console.log(`clicks / tracker.js 304, the lightest route through Medusa's middleware stack (req/s)${of}: ${fmt(floorRatio, 2)}`)
  console.log(`tracker.js 304 / health (req/s)${of}: ${fmt(floorOfHealth, 2)} (what any plugin route can reach next to /health)`)
  console.log(`click answers by status: ${Object.entries(statuses).map(([s, n]) => `${s}: ${fmt(n)}`).join(", ")}`)
  console.log(
    `lost clicks: ${fmt(sum((r) => r.check.lostByCount))} (2xx answers ${fmt(sum((r) => r.check.answered2xx))} - rows created ${fmt(sum((r) => r.check.rowsCreated))}, ` +
      `the excess being requests the server finished after the load generator stopped); ` +
      `by id: ${fmt(sum((r) => r.check.lostById + r.check.withoutId))} answered click ids missing`
  )
  console.log(`machine at the end: ${machineLoad()}`)
  console.log(`unique clicks among the answered: ${fmt(sum((r) => r.check.unique))} of ${fmt(sum((r) => r.check.answered2xx))}`)
  const ok = rollupMatches(rollup)
  console.log(
    `rollup check: sum(clicks + bot_clicks) = ${fmt(Number(rollup.rollup_clicks))} (overview ${fmt(Number(rollup.overview_clicks))}), rows in affiliate_click = ${fmt(Number(rollup.click_rows))}; ` +
      `sum(unique_clicks) = ${fmt(Number(rollup.rollup_unique))} (overview ${fmt(Number(rollup.overview_unique))}), unique non-bot rows = ${fmt(Number(rollup.unique_rows))} -> ${ok ? "OK" : "MISMATCH"}`
  )
  console.log("")
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  runMain("bench:clicks", main)
}
