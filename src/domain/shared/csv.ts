/**
 * CSV for spreadsheets and bank / PayPal uploads (RFC 4180, CRLF lines).
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab or CR at
 * the start) is prefixed with a quote mark; cells holding a comma, a quote
 * or a line break are quoted, quotes doubled. Numbers are written as numbers.
 */
export type CsvColumn<T> = { header: string; value: (row: T) => unknown }

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

/** A whole file: the header line, then one line per row. */
export function csvTable<T>(columns: CsvColumn<T>[], rows: T[]): string {
  return csvLine(columns.map((c) => c.header)) + rows.map((row) => csvLine(columns.map((c) => c.value(row)))).join("")
}
