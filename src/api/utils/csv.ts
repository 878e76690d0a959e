import type { MedusaResponse } from "@medusajs/framework/http"
import { csvLine, type CsvColumn } from "../../domain/shared/csv"

// The cell and line rules (formula guard, quoting) live with the pure CSV builder.
export { csvCell, csvLine } from "../../domain/shared/csv"

/**
 * Streams a CSV download page by page, so an export of a large ledger never
 * sits in memory. `nextPage({ last, offset })` returns the next rows, empty
 * when done; `last` is the previous page's final row (null at first), for
 * keyset paging on big tables, where page 1,000 then costs what page 1 costs
 * (an offset rescans every row before it). Stops when the client goes away.
 */
export async function streamCsv<T>(
  res: MedusaResponse,
  filename: string,
  columns: CsvColumn<T>[],
  nextPage: (page: { last: T | null; offset: number }) => Promise<T[]>
) {
  let gone = false
  const onGone = () => (gone = true)
  res.once("close", onGone)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.write(csvLine(columns.map((c) => c.header)))
  let last: T | null = null
  let offset = 0
  while (!gone) {
    const rows = await nextPage({ last, offset })
    if (!rows.length || gone) break
    const chunk = rows.map((row) => csvLine(columns.map((c) => c.value(row)))).join("")
    // Respect back-pressure: wait until the client has taken the chunk (or left) before reading more.
    if (!res.write(chunk)) await new Promise<void>((resolve) => {
      const done = () => {
        res.off("drain", done)
        res.off("close", done)
        resolve()
      }
      res.on("drain", done)
      res.on("close", done)
    })
    last = rows[rows.length - 1]
    offset += rows.length
  }
  res.off("close", onGone)
  if (!gone) res.end()
}

/** The keyset condition for the page after `last`, in id order (ids are time-ordered ULIDs). */
export function afterId(last: Record<string, any> | null): { id?: { $gt: string } } {
  return last ? { id: { $gt: String(last.id) } } : {}
}
