import { localDate, localMidnight } from "./report-range"

/**
 * Reports read hourly rollups keyed by UTC hour. Where a day starts on the
 * hour (UTC, Berlin, New York) whole buckets make whole days. Where it starts
 * at :30 or :45 (Asia/Kolkata, Asia/Kathmandu, Australia/Eucla) the hour
 * holding local midnight belongs to two days: that hour is left out of the
 * rollup and answered from the raw rows, split at the boundary.
 */
export type TimePiece = { start: Date; end: Date }

export type ReportHourPlan = {
  /** Rollup buckets with `rollupStart <= bucket < rollupEnd` answer, except `splitHours`. */
  rollupStart: Date
  rollupEnd: Date
  /** Buckets inside the rollup span that a boundary cuts in two. */
  splitHours: Date[]
  /** Parts of cut hours, read from the raw rows: each lies inside the range and inside one local day. */
  rawPieces: TimePiece[]
}

const HOUR = 3_600_000
const floorHour = (ms: number) => Math.floor(ms / HOUR) * HOUR
const ceilHour = (ms: number) => Math.ceil(ms / HOUR) * HOUR

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/**
 * The instants where a report's rows change: the range's start, every local
 * midnight inside it when rows are days, and its end.
 */
export function reportBoundaries(start: Date, end: Date, timezone: string, byDay: boolean): Date[] {
  const boundaries = [start]
  if (byDay) {
    for (let date = nextDate(localDate(start, timezone)); ; date = nextDate(date)) {
      const midnight = localMidnight(date, timezone)
      if (midnight.getTime() >= end.getTime()) break
      if (midnight.getTime() > start.getTime()) boundaries.push(midnight)
    }
  }
  if (end.getTime() > start.getTime()) boundaries.push(end)
  return boundaries
}

/** Which hours the rollup answers whole and which parts of hours come from the raw rows. */
export function planReportHours(boundaries: Date[]): ReportHourPlan {
  const cuts = boundaries.map((b) => b.getTime()).sort((a, b) => a - b)
  const start = cuts[0]
  const end = cuts[cuts.length - 1]
  const rollupStart = ceilHour(start)
  const rollupEnd = Math.max(rollupStart, floorHour(end))

  const cutHours = [...new Set(cuts.filter((c) => c % HOUR !== 0).map(floorHour))].sort((a, b) => a - b)
  const rawPieces: TimePiece[] = []
  for (const hour of cutHours) {
    const from = Math.max(hour, start)
    const to = Math.min(hour + HOUR, end)
    const inside = cuts.filter((c) => c > from && c < to)
    const edges = [from, ...inside, to]
    for (let i = 0; i + 1 < edges.length; i++) {
      if (edges[i] < edges[i + 1]) rawPieces.push({ start: new Date(edges[i]), end: new Date(edges[i + 1]) })
    }
  }
  return {
    rollupStart: new Date(rollupStart),
    rollupEnd: new Date(rollupEnd),
    splitHours: cutHours.filter((h) => h >= rollupStart && h < rollupEnd).map((h) => new Date(h)),
    rawPieces,
  }
}
