/**
 * Rebuilds the hourly rollup (`affiliate_stats_hourly`) from the raw click and
 * attribution tables through the affiliate module's own `rebuildStats`, for
 * the report benchmark (`npm run bench:reports`), which generates its raw
 * rows directly in SQL and then needs the rollup built the way the plugin
 * builds it.
 *
 *   npx medusa exec ./src/scripts/bench-rebuild-stats.ts 2026-08-01T00:00:00Z 2026-11-24T00:00:00Z
 *
 * Both instants are rounded out to whole hours by the module. The last line
 * of output is `BENCH_REBUILD {"from":...,"to":...,"ms":...}` for the bench to read.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { AFFILIATE_MODULE } from "../modules/affiliate"
import type AffiliateModuleService from "../modules/affiliate/service"

export default async function benchRebuildStats({ container, args }: ExecArgs) {
  const [fromArg, toArg] = args ?? []
  const from = new Date(fromArg ?? "")
  const to = new Date(toArg ?? "")
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
    throw new Error(
      `Give the range as two ISO instants, from before to: medusa exec ./src/scripts/bench-rebuild-stats.ts <from> <to> (got ${JSON.stringify(args)})`
    )
  }
  const svc = container.resolve(AFFILIATE_MODULE) as AffiliateModuleService
  const started = Date.now()
  const range = await svc.rebuildStats({ from, to })
  const ms = Date.now() - started
  console.log(`BENCH_REBUILD ${JSON.stringify({ ...range, ms })}`)
}
