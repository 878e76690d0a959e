// Runs the whole test suite: unit tests of the pure domain functions, module
// tests, HTTP tests against a real Medusa app, and browser tests. Finds or
// starts PostgreSQL first, so it works on a machine with nothing but Node.
//   npm test                 every layer
//   npm test -- unit http    some layers
//   npm test -- http recruit one layer, files matching "recruit"
import { spawn, spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { portOpen, resolvePostgres } from "./lib/postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const LAYERS = ["unit", "modules", "http", "browser"]
const requested = process.argv.slice(2).filter((a) => LAYERS.includes(a))
// Anything else narrows the run to matching test files: npm test -- http recruit
const patterns = process.argv.slice(2).filter((a) => !LAYERS.includes(a))
const layers = requested.length ? requested : LAYERS
const needsDb = layers.some((l) => l !== "unit")

function runJest(layer, env) {
  const resultFile = path.join(root, ".test-data", `results-${layer}.json`)
  fs.rmSync(resultFile, { force: true })
  const args = [
    path.join(root, "node_modules", "jest", "bin", "jest.js"),
    "--runInBand",
    "--forceExit",
    "--silent=false",
    "--json",
    `--outputFile=${resultFile}`,
    // A file pattern may match nothing in some layers.
    ...(patterns.length ? ["--passWithNoTests", ...patterns] : []),
  ]
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--experimental-vm-modules", ...args], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, ...env, TEST_TYPE: layer },
    })
    child.on("exit", (code) => {
      let counts = { passed: 0, failed: 0, skipped: 0, suites: 0, failedSuites: 0, failures: [] }
      if (fs.existsSync(resultFile)) {
        const r = JSON.parse(fs.readFileSync(resultFile, "utf8"))
        counts = {
          failures: failuresOf(r),
          passed: r.numPassedTests,
          failed: r.numFailedTests,
          skipped: r.numPendingTests + r.numTodoTests,
          suites: r.numTotalTestSuites,
          failedSuites: r.numFailedTestSuites,
        }
      } else if (code !== 0) {
        counts.failedSuites = 1
      }
      resolve({ layer, code, ...counts })
    })
  })
}

/** The failing tests and suites of a jest JSON report, with the first lines of each message. */
function failuresOf(report) {
  const short = (text) => String(text ?? "").replace(/\u001b\[[0-9;]*m/g, "").split("\n").filter(Boolean).slice(0, 8).join("\n      ")
  const failures = []
  for (const suite of report.testResults ?? []) {
    const file = path.relative(root, suite.name)
    const failed = (suite.assertionResults ?? []).filter((t) => t.status === "failed")
    for (const t of failed) failures.push(`${file} > ${t.fullName}\n      ${short(t.failureMessages?.[0])}`)
    if (!failed.length && suite.status === "failed") failures.push(`${file} (suite failed)\n      ${short(suite.message)}`)
  }
  return failures
}

/** The repository's own scripts (scripts/lib) are tested with node's test runner; its counts join the unit layer's. */
function runNodeTests() {
  const dir = path.join(root, "scripts", "lib", "__tests__")
  if (!fs.existsSync(dir)) return { passed: 0, failed: 0, skipped: 0, failures: [] }
  const run = spawnSync(process.execPath, ["--test", dir], { cwd: root, encoding: "utf8" })
  process.stdout.write(run.stdout ?? "")
  process.stderr.write(run.stderr ?? "")
  const count = (name) => Number((run.stdout ?? "").match(new RegExp(`^# ${name} (\\d+)$`, "m"))?.[1] ?? 0)
  const failed = count("fail") + (run.status !== 0 && count("fail") === 0 ? 1 : 0)
  return {
    passed: count("pass"),
    failed,
    skipped: count("skipped") + count("todo"),
    failures: failed ? [`scripts/lib/__tests__ (node --test exited ${run.status}; its output is above)`] : [],
  }
}

/** Newest modification time of the files below dir (0 when it does not exist). */
function newestMtime(dir, skip = () => false) {
  if (!fs.existsSync(dir)) return 0
  let newest = 0
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath ?? entry.path, entry.name)
    if (!entry.isFile() || skip(file)) continue
    newest = Math.max(newest, fs.statSync(file).mtimeMs)
  }
  return newest
}

/**
 * The package test reads the built plugin (.medusa/server): build it when it
 * is missing or older than the sources, so `npm install && npm test` works on
 * a fresh clone and a stale build is never tested.
 */
function ensureBuilt() {
  const stamp = path.join(root, ".medusa", "server", "src", "modules", "affiliate", "index.d.ts")
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0
  const sources = Math.max(
    newestMtime(path.join(root, "src"), (f) => f.includes(`${path.sep}__tests__${path.sep}`)),
    fs.statSync(path.join(root, "package.json")).mtimeMs
  )
  if (built && built >= sources) return true
  console.log(built ? "The plugin build is older than the sources: building it (npm run build) ..." : "Building the plugin first (npm run build) ...")
  const run = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" })
  if (run.status !== 0) console.error("npm run build failed: fix the errors above, then run the tests again.")
  return run.status === 0
}

const STOREFRONT = path.join(root, "examples", "nextjs-storefront")

/**
 * The browser tests drive the example Next.js storefront's production build:
 * install its packages (its own package-lock.json) and build it when the
 * install or the build is missing or older than what it is made from (its
 * sources and the plugin's storefront kit).
 */
function ensureStorefront() {
  const installed = path.join(STOREFRONT, "node_modules", ".package-lock.json")
  const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0)
  if (mtime(installed) < Math.max(mtime(path.join(STOREFRONT, "package-lock.json")), mtime(path.join(STOREFRONT, "package.json")))) {
    console.log("Installing the example storefront's packages (examples/nextjs-storefront, npm install) ...")
    const run = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: STOREFRONT, stdio: "inherit" })
    if (run.status !== 0) {
      console.error("npm install failed in examples/nextjs-storefront: fix the errors above (the registry must be reachable), then run the tests again.")
      return false
    }
  }
  const built = mtime(path.join(STOREFRONT, ".next", "BUILD_ID"))
  const sources = Math.max(
    newestMtime(path.join(STOREFRONT, "src")),
    newestMtime(path.join(root, "src", "storefront"), (f) => f.includes(`${path.sep}__tests__${path.sep}`)),
    ...["package-lock.json", "next.config.mjs", "tsconfig.json", "tailwind.config.js", "postcss.config.js"].map((f) => mtime(path.join(STOREFRONT, f)))
  )
  if (built && built >= sources) return true
  console.log(built ? "The example storefront's build is older than its sources: building it (next build) ..." : "Building the example storefront (next build) ...")
  const run = spawnSync("npm", ["run", "build"], { cwd: STOREFRONT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" } })
  if (run.status !== 0) console.error("next build failed in examples/nextjs-storefront: fix the errors above, then run the tests again.")
  return run.status === 0
}

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

/** Browser tests drive Debian's Chromium; as root we install it, otherwise say how. */
function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return true
  const root = process.getuid?.() === 0
  if (root && fs.existsSync("/usr/bin/apt-get")) {
    console.log("Chromium is missing; installing Debian's chromium package for the browser tests ...")
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env })
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env })
  }
  if (fs.existsSync(CHROMIUM)) return true
  console.error(`Chromium was not found at ${CHROMIUM}. Install it (as root: apt-get install chromium) or set CHROMIUM_PATH.`)
  return false
}

async function main() {
  fs.mkdirSync(path.join(root, ".test-data"), { recursive: true })
  let db = null
  const env = { NODE_ENV: "test", ADMIN_DISABLED: "true" }
  if (needsDb) {
    db = await resolvePostgres({ dataDir: path.join(root, ".test-data", "pg"), port: 55433 })
    console.log(`Tests use ${db.source}.`)
    Object.assign(env, {
      DB_HOST: db.host,
      DB_PORT: String(db.port),
      DB_USERNAME: db.user,
      DB_PASSWORD: db.password,
    })
  }
  // Tests of the Redis-backed parts run against a real Redis when one answers, and are reported skipped otherwise.
  const redisUrl = process.env.REDIS_URL || ((await portOpen("localhost", 6379)) ? "redis://localhost:6379" : null)
  if (redisUrl) env.REDIS_TEST_URL = redisUrl
  else console.log("No Redis (REDIS_URL unset, nothing on localhost:6379): the Redis tests are skipped.")
  const results = []
  try {
    for (const layer of layers) {
      console.log(`\n=== ${layer} tests ===`)
      if (layer === "browser" && !ensureChromium()) {
        results.push({ layer, code: 1, passed: 0, failed: 0, skipped: 0, suites: 0, failedSuites: 1 })
        continue
      }
      const storefrontTestRuns = !patterns.length || patterns.some((p) => "integration-tests/browser/storefront.spec.ts".includes(p))
      if (layer === "browser" && storefrontTestRuns && !ensureStorefront()) {
        results.push({ layer, code: 1, passed: 0, failed: 0, skipped: 0, suites: 0, failedSuites: 1, failures: ["the example storefront could not be installed or built"] })
        continue
      }
      const packageSpecs = ["integration-tests/http/package.spec.ts", "integration-tests/http/package-install.spec.ts"]
      const packageTestRuns = !patterns.length || patterns.some((p) => packageSpecs.some((file) => file.includes(p)))
      if (layer === "http" && packageTestRuns && !ensureBuilt()) {
        results.push({ layer, code: 1, passed: 0, failed: 0, skipped: 0, suites: 0, failedSuites: 1, failures: ["npm run build failed"] })
        continue
      }
      const result = await runJest(layer, env)
      if (layer === "unit" && !patterns.length) {
        const node = runNodeTests()
        Object.assign(result, {
          passed: result.passed + node.passed,
          failed: result.failed + node.failed,
          skipped: result.skipped + node.skipped,
          failures: [...result.failures, ...node.failures],
        })
      }
      results.push(result)
    }
  } finally {
    await db?.stop()
  }
  const total = results.reduce(
    (t, r) => ({
      passed: t.passed + r.passed,
      failed: t.failed + r.failed,
      skipped: t.skipped + r.skipped,
      failedSuites: t.failedSuites + r.failedSuites,
    }),
    { passed: 0, failed: 0, skipped: 0, failedSuites: 0 }
  )
  console.log("\nSummary by layer:")
  for (const r of results) {
    console.log(`  ${r.layer.padEnd(8)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.suites} suites, ${r.failedSuites} failed suites, jest exit ${r.code})`)
  }
  // Jest's own output is long; repeat what failed where the log ends.
  const failures = results.flatMap((r) => (r.failures ?? []).map((f) => `[${r.layer}] ${f}`))
  if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join("\n")}`)
  const broken = results.some((r) => r.code !== 0) || total.failed > 0 || total.failedSuites > 0
  // A suite that fails to load counts as a failure, even with no failing test inside.
  const failed = total.failed + (total.failed === 0 && broken ? Math.max(1, total.failedSuites) : 0)
  console.log(`\n${total.passed} passed, ${failed} failed, ${total.skipped} skipped`)
  process.exit(broken ? 1 : 0)
}

main().catch((err) => {
  console.error(err)
  console.log("\n0 passed, 1 failed")
  process.exit(1)
})
