// Commissions per second from replayed order.placed events: what the plugin's
// order.placed subscriber runs (attribution, then commission under the rules)
// for the demo's real orders, forgotten and replayed at several
// concurrencies, against plain INSERTs of the same number of ledger rows.
//   npm run bench:commissions
//   npm run bench:commissions -- --rounds 5 --concurrency 1,8
//
// Own database (medusa_affiliate_bench_commissions), migrations, the demo
// seed (real orders placed with Medusa's createOrderWorkflow, commission rules
// with a tier and a time window), then `medusa exec
// ./src/scripts/bench-commissions.ts` does the timing in one process.
//
// Options (flag or environment variable):
//   --rounds N            BENCH_ROUNDS        timed rounds per concurrency   (3)
//   --concurrency a,b,c   BENCH_CONCURRENCY   orders in flight               (1,4,16)
//   --fresh                                   reseed the database
import { spawn } from "node:child_process"
import path from "node:path"
import {
  BenchError,
  flag,
  fmt,
  machineLoad,
  medusaEnv,
  migrate,
  option,
  positive,
  prepareDatabase,
  root,
  runMain,
  seconds,
  table,
} from "./clicks.mjs"

const DATABASE = "medusa_affiliate_bench_commissions"
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

/** `medusa exec <script> ...args`, output shown as it comes; resolves with the output. */
function exec(script, args, env, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, ["exec", script, ...args], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const show = (chunk) => {
      output += chunk
      for (const line of String(chunk).split("\n")) if (/\[(seed|bench:commissions)\]/.test(line)) log(`  ${line.replace(/^.*?\[(seed|bench:commissions)\]\s*/, "")}`)
    }
    child.stdout.on("data", show)
    child.stderr.on("data", show)
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new BenchError(`medusa exec ${script} failed (exit ${code}):\n${output.split("\n").slice(-30).join("\n")}`, "Start over with --fresh."))))
  })
}

async function main(log) {
  const rounds = option("rounds", "BENCH_ROUNDS", 3, positive("rounds"))
  const levels = String(option("concurrency", "BENCH_CONCURRENCY", "1,4,16"))
  if (!/^\d+(,\d+)*$/.test(levels)) throw new BenchError(`--concurrency must be numbers separated by commas (got "${levels}").`, "For example --concurrency 1,4,16")
  log(`commissions from replayed order.placed; machine load ${machineLoad()}`)
  const { url } = await prepareDatabase({ database: DATABASE, fresh: flag("fresh"), log })
  const env = medusaEnv(url, { NODE_ENV: "development", LOG_LEVEL: "info" })
  await migrate(env, log)
  let t = Date.now()
  log("seeding the demo store and its orders (reused when already there) ...")
  await exec("./src/scripts/seed-demo.ts", [], env, log)
  log(`  seeded in ${seconds(t)}`)
  t = Date.now()
  const output = await exec("./src/scripts/bench-commissions.ts", [String(rounds), levels], env, log)
  const line = output.split("\n").find((l) => l.startsWith("BENCH_COMMISSIONS "))
  if (!line) throw new BenchError("The bench script printed no result line.", "Read its output above.")
  const r = JSON.parse(line.slice("BENCH_COMMISSIONS ".length))

  const byLevel = new Map()
  for (const x of r.results) byLevel.set(x.concurrency, [...(byLevel.get(x.concurrency) ?? []), x])
  const rows = [["concurrency", "commissions/s (median round)", "orders/s", "p50 per order", "p99 per order", "commissions per round"]]
  for (const [level, xs] of byLevel) {
    const median = [...xs].sort((a, b) => a.per_second - b.per_second)[Math.floor(xs.length / 2)]
    rows.push([String(level), fmt(median.per_second, 1), fmt(median.orders_per_second, 1), `${fmt(median.p50)} ms`, `${fmt(median.p99)} ms`, `${median.commissions} of ${r.orders} orders`])
  }
  console.log("")
  console.log(table(rows, ["right", "right", "right", "right", "right", "right"]))
  console.log("")
  console.log(`  replayed once more on top: ${r.idempotent_replay.commissions_after} commissions (expected ${r.expected}) after ${fmt(r.idempotent_replay.ms)} ms: ${r.idempotent_replay.commissions_after === r.expected ? "one per order" : "DUPLICATES"}`)
  console.log(`  baseline, ${fmt(r.baseline.rows)} ledger rows: ${fmt(r.baseline.single_insert_per_second, 0)} rows/s as single INSERTs; ${fmt(r.baseline.bulk_insert_ms, 1)} ms as one INSERT`)
  console.log(`  machine load after: ${machineLoad()}`)
  if (r.idempotent_replay.commissions_after !== r.expected) throw new BenchError("A replay stored a second commission.", "This is a bug: look at the idempotency keys.")
}

runMain("bench:commissions", main)
