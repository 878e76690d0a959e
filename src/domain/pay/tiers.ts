import { localDate, localMidnight } from "../track/report-range"
import type { TierTable } from "./rules"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The period a tier's volume is counted over, ending at the conversion:
 * the calendar month in the program's time zone, the last N days, or all time.
 */
export function tierPeriod(table: Pick<TierTable, "period" | "period_days">, at: Date, timezone: string): { from: Date | null; to: Date } {
  if (table.period === "lifetime") return { from: null, to: at }
  if (table.period === "rolling_days") {
    const days = Math.max(1, Math.floor(table.period_days ?? 30))
    return { from: new Date(at.getTime() - days * DAY_MS), to: at }
  }
  const [year, month] = localDate(at, timezone).split("-")
  return { from: localMidnight(`${year}-${month}-01`, timezone), to: at }
}

export function describePeriod(table: Pick<TierTable, "period" | "period_days">, timezone: string): string {
  if (table.period === "lifetime") return "all time"
  if (table.period === "rolling_days") return `the last ${Math.max(1, Math.floor(table.period_days ?? 30))} days`
  return `this calendar month (${timezone})`
}

export type TierStep = TierTable["tiers"][number]

/**
 * The tier reached by a volume: the highest threshold at or below it.
 * Below the first threshold no tier applies and the rule's own rate stands.
 */
export function tierFor(table: TierTable, volume: number): { index: number; tier: TierStep } | null {
  let best: { index: number; tier: TierStep } | null = null
  table.tiers.forEach((tier, index) => {
    if (volume >= tier.threshold && (!best || tier.threshold >= best.tier.threshold)) best = { index, tier }
  })
  return best
}
