import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * CSV for spreadsheets and bank / PayPal uploads. Text that a spreadsheet
 * would run as a formula (=, +, -, @ at the start) is prefixed with a quote
 * mark; numbers are written as numbers.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ""
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : ""
  let text = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvLine(values: unknown[]): string {
  return values.map(csvCell).join(",") + "\r\n"
}

/**
 * Streams a CSV download page by page, so an export of a large ledger never
 * sits in memory. `nextPage(offset)` returns the next rows (empty when done).
 */
export async function streamCsv<T>(
  res: MedusaResponse,
  filename: string,
  columns: { header: string; value: (row: T) => unknown }[],
  nextPage: (offset: number) => Promise<T[]>
) {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.write(csvLine(columns.map((c) => c.header)))
  let offset = 0
  for (;;) {
    const rows = await nextPage(offset)
    if (!rows.length) break
    const chunk = rows.map((row) => csvLine(columns.map((c) => c.value(row)))).join("")
    // Respect back-pressure: wait for the client to take the chunk before reading more.
    if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve))
    offset += rows.length
  }
  res.end()
}
