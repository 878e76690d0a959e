import { execFileSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import { childEnv, freePort, progress, run, runOk, seconds, startServer, tail, type Server } from "../helpers/host-app"

/**
 * The packed plugin, installed the way README.md ("Install in your Medusa
 * app") says into a fresh Medusa app on the oldest and on the newest 2.21.x
 * patch of the registry: npm accepts it next to that patch's packages, the
 * migrations create its tables and default program, the app boots in
 * production mode and serves the plugin's routes, and a strict TypeScript
 * host type-checks against its declarations. Sits in the http layer because
 * that layer runs after the build; it needs the npm registry and fails
 * (never skips) without it. Both installs share npm's cache.
 */
const ROOT = path.resolve(__dirname, "..", "..")
const BUILT = path.join(ROOT, ".medusa", "server", "src")
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"))
// semver comes with npm's own tooling in node_modules; no extra dependency.
const semver = require("semver")

const MINUTE = 60_000
const INSTALL_TIMEOUT = 20 * MINUTE

/** Every host of the test: the registry's versions, the packed plugin and the PostgreSQL the runner gives. */
const shared = {
  work: "",
  tarball: "",
  patches: [] as string[],
  db: {
    host: process.env.DB_HOST && process.env.DB_HOST !== "127.0.0.1" && process.env.DB_HOST !== "::1" ? process.env.DB_HOST : "localhost",
    port: Number(process.env.DB_PORT || 5432),
    user: process.env.DB_USERNAME || "postgres",
    password: process.env.DB_PASSWORD || "",
  },
  timings: [] as string[],
  started: Date.now(),
  removals: [] as Promise<void>[],
}

function databaseUrl(database: string) {
  const { host, port, user, password } = shared.db
  const auth = password ? `${encodeURIComponent(user)}:${encodeURIComponent(password)}` : encodeURIComponent(user)
  // Medusa forces SSL on a URL without "localhost"; the test's PostgreSQL has none.
  return `postgres://${auth}@${host}:${port}/${database}`
}

async function withPostgres<T>(database: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(database) })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

function timed(label: string, ms: number) {
  shared.timings.push(`${label}: ${seconds(ms)}`)
  progress(`${label} done in ${seconds(ms)}`)
}

/** `npm view <spec> <field> --json`, failing with a clear message when the registry does not answer. */
async function npmView(spec: string, field: string) {
  const result = await run("npm", ["view", spec, field, "--json"], { cwd: os.tmpdir(), env: childEnv({}), timeoutMs: 2 * MINUTE })
  if (result.code !== 0) {
    let registry = "the npm registry"
    try {
      registry = execFileSync("npm", ["config", "get", "registry"], { encoding: "utf8" }).trim()
    } catch {}
    throw new Error(
      `\`npm view ${spec} ${field}\` failed: the npm registry (${registry}) could not be reached or does not know the package. ` +
        `This test installs Medusa from the registry and cannot run without it.\n${tail(result.output, 15)}`
    )
  }
  return JSON.parse(result.stdout)
}

/** The oldest and the newest 2.21.x of @medusajs/medusa on the registry (no previews). */
async function medusaPatches(): Promise<string[]> {
  const versions: string[] = await npmView("@medusajs/medusa", "versions")
  const patches = versions.filter((v) => semver.satisfies(v, "~2.21.0")).sort(semver.compare)
  if (!patches.length) throw new Error(`The registry lists no @medusajs/medusa ~2.21.0 (newest: ${versions.slice(-3).join(", ")}).`)
  return [patches[0], patches[patches.length - 1]]
}

/** The plugin as `npm publish` would ship it, packed from the build (no prepack rebuild). */
async function packPlugin(destination: string) {
  if (!fs.existsSync(path.join(BUILT, "modules", "affiliate", "index.d.ts"))) {
    throw new Error(`${path.relative(ROOT, BUILT)} is missing or has no declarations: build first (npm run build), then run this test.`)
  }
  const result = await runOk("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", destination], {
    cwd: ROOT,
    env: childEnv({}),
    timeoutMs: 5 * MINUTE,
  })
  const [packed] = JSON.parse(result.stdout)
  progress(`packed ${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes (${packed.unpackedSize} unpacked)`)
  timed("npm pack", result.ms)
  return path.join(destination, packed.filename)
}

/**
 * The files of a fresh Medusa app on one patch, as create-medusa-app would
 * lay it out, with the plugin added as README.md says: the tarball, its peers
 * (every @medusajs/* on the app's patch, @medusajs/ui and react-router-dom as
 * that patch's dashboard pins them, React 18) and the plugin in `plugins`.
 */
function writeHostApp(dir: string, patch: string, pins: { ui: string; router: string }, database: string) {
  const dev = pkg.devDependencies as Record<string, string>
  const files: Record<string, string> = {
    "package.json": JSON.stringify(
      {
        name: "affiliate-host-app",
        version: "0.0.1",
        private: true,
        scripts: { build: "medusa build", start: "medusa start", dev: "medusa develop" },
        dependencies: {
          "@medusajs/admin-sdk": patch,
          "@medusajs/cli": patch,
          "@medusajs/draft-order": patch,
          "@medusajs/framework": patch,
          "@medusajs/icons": patch,
          "@medusajs/medusa": patch,
          "@medusajs/ui": pins.ui,
          "medusa-plugin-affiliate": `file:${shared.tarball}`,
          react: "^18.3.1",
          "react-dom": "^18.3.1",
          "react-router-dom": pins.router,
        },
        devDependencies: {
          "@swc/core": dev["@swc/core"],
          "@types/node": dev["@types/node"],
          "ts-node": dev["ts-node"],
          typescript: dev.typescript,
        },
        engines: { node: ">=20" },
      },
      null,
      2
    ),
    "tsconfig.json": JSON.stringify(
      {
        compilerOptions: {
          target: "ES2021",
          esModuleInterop: true,
          module: "Node16",
          moduleResolution: "Node16",
          emitDecoratorMetadata: true,
          experimentalDecorators: true,
          skipLibCheck: true,
          skipDefaultLibCheck: true,
          declaration: false,
          sourceMap: false,
          inlineSourceMap: true,
          outDir: "./.medusa/server",
          rootDir: "./",
          jsx: "react-jsx",
          forceConsistentCasingInFileNames: true,
          resolveJsonModule: true,
          checkJs: false,
          strict: true,
        },
        "ts-node": { swc: true },
        include: ["**/*", ".medusa/types/*"],
        exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
      },
      null,
      2
    ),
    // medusa db:create reads DATABASE_URL from this file.
    ".env": `DATABASE_URL=${databaseUrl(database)}\n`,
    "medusa-config.ts": [
      `import { defineConfig, loadEnv } from "@medusajs/framework/utils"`,
      ``,
      `loadEnv(process.env.NODE_ENV || "development", process.cwd())`,
      ``,
      `export default defineConfig({`,
      `  projectConfig: {`,
      `    databaseUrl: process.env.DATABASE_URL,`,
      `    http: {`,
      `      storeCors: "http://localhost:8000",`,
      `      adminCors: "http://localhost:9000",`,
      `      authCors: "http://localhost:9000",`,
      `      jwtSecret: process.env.JWT_SECRET,`,
      `      cookieSecret: process.env.COOKIE_SECRET,`,
      `    },`,
      `  },`,
      `  admin: { disable: true },`,
      `  plugins: [`,
      `    {`,
      `      resolve: "medusa-plugin-affiliate",`,
      `      options: {`,
      `        storefrontUrl: "https://shop.example.com",`,
      `        invitationAcceptPath: "/affiliate/accept-invitation",`,
      `        ipHashSalt: process.env.AFFILIATE_IP_SALT || undefined,`,
      `      },`,
      `    },`,
      `  ],`,
      `})`,
      ``,
    ].join("\n"),
    // A host file using each typed entry point; `Typed<T>` is "any" when T is any, which fails the assignment.
    "src/lib/affiliate.ts": [
      `import AffiliateModule, { AFFILIATE_MODULE, AffiliateModuleService } from "medusa-plugin-affiliate/modules/affiliate"`,
      `import { createAffiliateProgramWorkflow } from "medusa-plugin-affiliate/workflows"`,
      `import { createAffiliateClient, type AffiliateClient } from "medusa-plugin-affiliate/storefront"`,
      `import { affiliateMiddleware } from "medusa-plugin-affiliate/storefront/next"`,
      ``,
      `type IsAny<T> = 0 extends 1 & T ? true : false`,
      `type Typed<T> = IsAny<T> extends true ? "any" : "typed"`,
      ``,
      `export const moduleName: "affiliate" = AFFILIATE_MODULE`,
      `export const typed: {`,
      `  module: Typed<typeof AffiliateModule>`,
      `  service: Typed<InstanceType<typeof AffiliateModuleService>>`,
      `  listPrograms: Typed<InstanceType<typeof AffiliateModuleService>["listAffiliatePrograms"]>`,
      `  programs: Typed<Awaited<ReturnType<InstanceType<typeof AffiliateModuleService>["listAffiliatePrograms"]>>[number]["handle"]>`,
      `  workflow: Typed<typeof createAffiliateProgramWorkflow>`,
      `  client: Typed<AffiliateClient>`,
      `  recordClick: Typed<Awaited<ReturnType<AffiliateClient["recordClick"]>>>`,
      `  middleware: Typed<Awaited<ReturnType<typeof affiliateMiddleware>>>`,
      `} = {`,
      `  module: "typed",`,
      `  service: "typed",`,
      `  listPrograms: "typed",`,
      `  programs: "typed",`,
      `  workflow: "typed",`,
      `  client: "typed",`,
      `  recordClick: "typed",`,
      `  middleware: "typed",`,
      `}`,
      ``,
      `export const client: AffiliateClient = createAffiliateClient({ baseUrl: "http://localhost:9000", publishableKey: "pk_test" })`,
      ``,
    ].join("\n"),
  }
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
}

type Host = {
  patch: string
  dir: string
  database: string
  /** For npm: NODE_ENV=production would make it leave out the devDependencies (typescript, ts-node). */
  installEnv: NodeJS.ProcessEnv
  /** For the medusa CLI: production mode with real secrets. */
  env: NodeJS.ProcessEnv
  server?: Server
  /** Steps done so far; a later test needs the earlier ones. */
  done: Set<"install" | "migrate">
}

function npx(host: Host, args: string[], timeoutMs: number) {
  return runOk("npx", ["--no-install", ...args], { cwd: host.dir, env: host.env, timeoutMs })
}

function requireStep(host: Host, step: "install" | "migrate") {
  if (!host.done.has(step)) throw new Error(`${host.patch}: not run, because the ${step} step above failed.`)
}

beforeAll(async () => {
  const begin = Date.now()
  shared.work = fs.mkdtempSync(path.join(os.tmpdir(), "affiliate-package-install-"))
  progress(`working in ${shared.work}`)
  shared.patches = await medusaPatches()
  progress(`Medusa 2.21 patches on the registry, oldest and newest: ${shared.patches.join(", ")}`)
  shared.tarball = await packPlugin(shared.work)
  timed("lookup and pack", Date.now() - begin)
}, 10 * MINUTE)

afterAll(async () => {
  // Each host's folder (about 100,000 files) is removed while the next host runs.
  await Promise.all(shared.removals)
  if (shared.work) await fs.promises.rm(shared.work, { recursive: true, force: true })
  timed("whole spec, with cleanup", Date.now() - shared.started)
  progress(`timings: ${shared.timings.join("; ")}`)
}, 5 * MINUTE)

describe.each([
  ["the oldest", 0],
  ["the newest", 1],
])("the packed plugin in a fresh Medusa app on %s 2.21 patch", (_label, index) => {
  const host: Host = { patch: "", dir: "", database: "", installEnv: {}, env: {}, done: new Set() }

  beforeAll(async () => {
    host.patch = shared.patches[index] ?? ""
    if (!host.patch) throw new Error("The Medusa patches were not looked up: see the error of the first hook.")
    host.dir = path.join(shared.work, `host-${index}-${host.patch}`)
    host.database = `affiliate_pkg_${host.patch.replace(/\W/g, "_")}_${randomBytes(3).toString("hex")}`
    host.installEnv = childEnv({})
    delete host.installEnv.NODE_ENV
    host.env = childEnv({
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl(host.database),
      JWT_SECRET: randomBytes(32).toString("hex"),
      COOKIE_SECRET: randomBytes(32).toString("hex"),
      AFFILIATE_IP_SALT: randomBytes(32).toString("hex"),
      MEDUSA_DISABLE_TELEMETRY: "true",
    })
  })

  afterAll(async () => {
    await host.server?.stop()
    if (host.database) {
      await withPostgres("postgres", (client) => client.query(`drop database if exists "${host.database}" with (force)`)).catch((error) =>
        progress(`${host.patch}: could not drop database ${host.database}: ${error.message}`)
      )
    }
    if (host.dir) shared.removals.push(fs.promises.rm(host.dir, { recursive: true, force: true }))
  }, 2 * MINUTE)

  it(
    "installs from the tarball next to that patch's packages, and runs on the app's Medusa, not a copy of its own",
    async () => {
      const ui = await npmView(`@medusajs/dashboard@${host.patch}`, "dependencies")
      writeHostApp(host.dir, host.patch, { ui: ui["@medusajs/ui"], router: ui["react-router-dom"] }, host.database)
      progress(`${host.patch}: npm install (@medusajs/ui ${ui["@medusajs/ui"]}, react-router-dom ${ui["react-router-dom"]}) ...`)
      const args = ["install", "--no-audit", "--no-fund", "--no-update-notifier"]
      // The cache may hold a list of versions older than the registry's: without --prefer-offline npm asks again.
      let install = await run("npm", [...args, "--prefer-offline"], { cwd: host.dir, env: host.installEnv, timeoutMs: INSTALL_TIMEOUT })
      if (install.code !== 0 && /ETARGET|notarget/.test(install.output)) {
        progress(`${host.patch}: npm's cached metadata was stale; installing again without --prefer-offline`)
        install = await run("npm", args, { cwd: host.dir, env: host.installEnv, timeoutMs: INSTALL_TIMEOUT })
      }
      timed(`${host.patch} npm install`, install.ms)
      if (install.code !== 0) {
        // ERESOLVE: the lines naming the peer range npm refused come first.
        const refused = install.output.match(/Could not resolve dependency:\n.*\n/)?.[0].replace(/npm error /g, "").replace(/\n/g, " ").trim()
        throw new Error(
          `npm install of the plugin into a Medusa ${host.patch} app failed (exit ${install.code})${refused ? `: ${refused}` : ""}\n${tail(install.output, 60)}`
        )
      }
      const installed = (name: string) => JSON.parse(fs.readFileSync(path.join(host.dir, "node_modules", name, "package.json"), "utf8")).version
      expect(installed("medusa-plugin-affiliate")).toBe(pkg.version)
      expect(installed("@medusajs/medusa")).toBe(host.patch)
      expect(installed("@medusajs/framework")).toBe(host.patch)
      // A nested copy of Medusa under the plugin would register its module and routes on another framework.
      expect(fs.existsSync(path.join(host.dir, "node_modules", "medusa-plugin-affiliate", "node_modules", "@medusajs"))).toBe(false)
      host.done.add("install")
    },
    INSTALL_TIMEOUT + MINUTE
  )

  it(
    "creates its tables and the default program with medusa db:create and db:migrate",
    async () => {
      requireStep(host, "install")
      progress(`${host.patch}: medusa db:create ${host.database} ...`)
      timed(`${host.patch} db:create`, (await npx(host, ["medusa", "db:create", "--db", host.database, "--no-interactive"], 3 * MINUTE)).ms)
      progress(`${host.patch}: medusa db:migrate ...`)
      timed(`${host.patch} db:migrate`, (await npx(host, ["medusa", "db:migrate"], 10 * MINUTE)).ms)
      const { tables, programs } = await withPostgres(host.database, async (client) => ({
        tables: (
          await client.query(`select table_name from information_schema.tables where table_schema = current_schema() and table_name like 'affiliate%'`)
        ).rows.map((r) => r.table_name),
        programs: (await client.query(`select handle, is_default from affiliate_program`)).rows,
      }))
      expect(tables).toEqual(expect.arrayContaining(["affiliate_program", "affiliate", "affiliate_click", "affiliate_commission", "affiliate_payout"]))
      expect(programs).toEqual([{ handle: "default", is_default: true }])
      host.done.add("migrate")
    },
    15 * MINUTE
  )

  it(
    "boots with NODE_ENV=production and serves the plugin's public and admin routes",
    async () => {
      requireStep(host, "migrate")
      const email = "admin@example.com"
      const password = randomBytes(12).toString("hex")
      progress(`${host.patch}: medusa user ...`)
      timed(`${host.patch} medusa user`, (await npx(host, ["medusa", "user", "-e", email, "-p", password], 3 * MINUTE)).ms)
      const port = await freePort()
      progress(`${host.patch}: medusa start on port ${port} ...`)
      const begin = Date.now()
      host.server = await startServer("npx", ["--no-install", "medusa", "start"], {
        cwd: host.dir,
        env: { ...host.env, PORT: String(port) },
        port,
        timeoutMs: 5 * MINUTE,
      })
      timed(`${host.patch} boot to /health`, Date.now() - begin)
      try {
        const { url } = host.server
        const tracker = await fetch(`${url}/affiliate/tracker.js`)
        expect([tracker.status, tracker.headers.get("content-type")]).toEqual([200, expect.stringMatching(/javascript/)])
        expect((await tracker.text()).length).toBeGreaterThan(500)

        const anonymous = await fetch(`${url}/admin/affiliate-programs`)
        expect(anonymous.status).toBe(401)

        const login = await fetch(`${url}/auth/user/emailpass`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email, password }),
        })
        expect(login.status).toBe(200)
        const { token } = await login.json()
        const programs = await fetch(`${url}/admin/affiliate-programs`, { headers: { authorization: `Bearer ${token}` } })
        expect(programs.status).toBe(200)
        const body = await programs.json()
        expect(body.programs.map((p: { handle: string }) => p.handle)).toEqual(["default"])
      } catch (error) {
        // The server's own log tells why a route failed.
        progress(`${host.patch}: the server's log ends with:\n${tail(host.server.output(), 30)}`)
        throw error
      } finally {
        await host.server.stop()
        host.server = undefined
      }
    },
    10 * MINUTE
  )

  it(
    "type-checks a strict host that imports the module, the workflows and the storefront kit (no TS7016, no any)",
    async () => {
      requireStep(host, "install")
      progress(`${host.patch}: tsc --noEmit (strict) ...`)
      const tsc = await run("npx", ["--no-install", "tsc", "--noEmit"], { cwd: host.dir, env: host.env, timeoutMs: 5 * MINUTE })
      timed(`${host.patch} tsc`, tsc.ms)
      // tsc reports on stdout (npm's notices go to stderr); a crash shows both.
      expect(tsc.code === 0 ? tsc.stdout.trim() : tail(tsc.output)).toBe("")
    },
    6 * MINUTE
  )
})
