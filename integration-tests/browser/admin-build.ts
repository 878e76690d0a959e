import { execFileSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

/**
 * The admin browser test needs the real dashboard with this plugin's
 * extensions. Outside development Medusa serves a production build from
 * `<root>/public/admin` (see @medusajs/medusa/dist/loaders/admin.js), so the
 * suite builds one first: `medusa build --admin-only` writes `.medusa/admin`,
 * which is copied to `public/admin` (ignored by git).
 *
 * A build is reused when it started after the last change to everything it
 * compiles (src/admin and the domain code it imports, the config, the
 * lockfile); CI always builds afresh.
 */
const ROOT = path.resolve(__dirname, "..", "..")
export const ADMIN_BUILD_DIR = path.join(ROOT, "public", "admin")
const ADMIN_ONLY_OUT_DIR = path.join(ROOT, ".medusa", "admin")
/** Written into public/admin: when the build that produced it started. */
const STAMP = ".build-started"
const INPUTS = ["src/admin", "src/domain", "medusa-config.ts", "package-lock.json"]

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) {
    return 0
  }
  const stat = fs.statSync(target)
  if (!stat.isDirectory()) {
    return stat.mtimeMs
  }
  return fs
    .readdirSync(target)
    .reduce((newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))), stat.mtimeMs)
}

function buildStartedAt(): number {
  try {
    return Number(fs.readFileSync(path.join(ADMIN_BUILD_DIR, STAMP), "utf8")) || 0
  } catch {
    return 0
  }
}

function log(line: string) {
  process.stdout.write(`[admin build] ${line}\n`)
}

/** Makes sure public/admin holds a dashboard build with the current extensions. */
export function ensureAdminBuild() {
  const sourcesChanged = Math.max(...INPUTS.map((input) => newestMtime(path.join(ROOT, input))))
  const fresh =
    fs.existsSync(path.join(ADMIN_BUILD_DIR, "index.html")) && buildStartedAt() > sourcesChanged
  if (fresh && !process.env.CI) {
    log("public/admin is newer than src/admin: reusing it")
    return
  }

  const started = Date.now()
  log(`${process.env.CI ? "CI: " : ""}building the dashboard with the plugin's extensions (about a minute) ...`)
  try {
    execFileSync(path.join(ROOT, "node_modules", ".bin", "medusa"), ["build", "--admin-only"], {
      cwd: ROOT,
      // A production bundle, as `medusa start` would serve it.
      env: { ...process.env, NODE_ENV: "production" },
      stdio: "pipe",
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error: any) {
    const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.trim().split("\n").slice(-40).join("\n")
    throw new Error(`\`medusa build --admin-only\` failed (exit ${error.status}):\n${output}`)
  }
  if (!fs.existsSync(path.join(ADMIN_ONLY_OUT_DIR, "index.html"))) {
    throw new Error(`\`medusa build --admin-only\` wrote no ${path.relative(ROOT, ADMIN_ONLY_OUT_DIR)}/index.html`)
  }
  fs.rmSync(ADMIN_BUILD_DIR, { recursive: true, force: true })
  fs.cpSync(ADMIN_ONLY_OUT_DIR, ADMIN_BUILD_DIR, { recursive: true })
  fs.writeFileSync(path.join(ADMIN_BUILD_DIR, STAMP), String(started))
  log(`built in ${Math.round((Date.now() - started) / 1000)} s and copied to public/admin`)
}

/**
 * medusaIntegrationTestRunner loads medusa-config before it applies the
 * suite's `env`, then forces `admin.disable = true` on the loaded (cached)
 * config object, which the app reads again when it boots. Undo that on the
 * same object just before the server starts, so this suite's app serves /app.
 */
export function enableAdminInLoadedConfig() {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const loaded = require(path.join(ROOT, "medusa-config"))
  const config = loaded?.default ?? loaded
  config.admin = Object.assign(config.admin ?? {}, { disable: false })
}
