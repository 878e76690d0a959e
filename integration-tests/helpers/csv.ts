/**
 * Reads a CSV text back into rows of cells (RFC 4180: quoted cells may hold
 * commas, quotes and line breaks; lines end with CRLF), so tests can check
 * what a download holds cell by cell. A text whose last line has no CRLF
 * is refused unless `lastLineMayLackCrlf`.
 */
export function parseCsv(text: string, { lastLineMayLackCrlf = false } = {}): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ",") row.push(cell), (cell = "")
    else if (ch === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++
    else cell += ch
  }
  if (cell || row.length) {
    if (!lastLineMayLackCrlf) throw new Error("the CSV does not end with CRLF")
    row.push(cell)
    rows.push(row)
  }
  return rows
}
