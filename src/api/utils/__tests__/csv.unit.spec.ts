import { createServer, get, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { csvCell, csvLine, streamCsv } from "../csv"

type Row = { id: string; note: string }
const rows: Row[] = Array.from({ length: 2_345 }, (_, i) => ({ id: `row_${String(i).padStart(5, "0")}`, note: i % 7 ? `n${i}` : "=cmd()" }))

/** A real HTTP server whose one route streams `rows` through `streamCsv`, recording the pages it asked for. */
async function serve(pageSize: number) {
  const asked: { last: string | null; offset: number }[] = []
  let finished: () => void
  const done = new Promise<void>((resolve) => (finished = resolve))
  const server: Server = createServer(async (_req, res) => {
    await streamCsv<Row>(res as any, "rows.csv", [{ header: "id", value: (r) => r.id }, { header: "note", value: (r) => r.note }],
      async ({ last, offset }) => {
        asked.push({ last: last?.id ?? null, offset })
        await new Promise((r) => setTimeout(r, 5))
        const from = last ? rows.findIndex((r) => r.id === last.id) + 1 : 0
        return rows.slice(from, from + pageSize)
      })
    finished()
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return { url, asked, done, close: () => new Promise((r) => server.close(r)) }
}

describe("csv cells", () => {
  it("guards spreadsheet formulas and quotes separators", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell("-5")).toBe("'-5")
    expect(csvCell(-5)).toBe("-5")
    expect(csvCell("a,b")).toBe('"a,b"')
    expect(csvCell(null)).toBe("")
    expect(csvLine(["x", 1])).toBe("x,1\r\n")
  })
})

describe("streamCsv", () => {
  it("streams every row once, in order, asking for each page after the last row of the one before", async () => {
    const app = await serve(1_000)
    try {
      const res = await fetch(app.url)
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8")
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="rows.csv"')
      const lines = (await res.text()).split("\r\n").filter(Boolean)
      expect(lines[0]).toBe("id,note")
      expect(lines.slice(1)).toEqual(rows.map((r) => csvLine([r.id, r.note]).trimEnd()))
      expect(app.asked).toEqual([
        { last: null, offset: 0 },
        { last: "row_00999", offset: 1_000 },
        { last: "row_01999", offset: 2_000 },
        { last: "row_02344", offset: 2_345 },
      ])
    } finally {
      await app.close()
    }
  })

  it("stops reading pages when the client goes away", async () => {
    const app = await serve(10)
    try {
      await new Promise<void>((resolve, reject) => {
        const req = get(app.url, (res) => {
          res.once("data", () => {
            req.destroy()
            resolve()
          })
        })
        req.on("error", (e: any) => (e.code === "ECONNRESET" ? resolve() : reject(e)))
      })
      await app.done
      // 235 pages of 5 ms would serve everything; a client that left after the first bytes gets a few.
      expect(app.asked.length).toBeLessThan(50)
    } finally {
      await app.close()
    }
  })
})
