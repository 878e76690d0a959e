import { parseCsv } from "../../../../integration-tests/helpers/csv"
import { csvCell, csvLine, csvTable } from "../csv"

const parse = (text: string) => parseCsv(text, { lastLineMayLackCrlf: true })

describe("csvCell", () => {
  it.each([
    { label: "plain text stays as it is", value: "Instagram", cell: "Instagram" },
    { label: "a comma is quoted", value: "a,b", cell: '"a,b"' },
    { label: "quotes are doubled inside quotes", value: 'say "hi"', cell: '"say ""hi"""' },
    { label: "a line break is quoted", value: "one\ntwo", cell: '"one\ntwo"' },
    { label: "CRLF is quoted", value: "one\r\ntwo", cell: '"one\r\ntwo"' },
    { label: "= starts no formula", value: "=1+1", cell: "'=1+1" },
    { label: "+ starts no formula", value: "+49 30 1234", cell: "'+49 30 1234" },
    { label: "- in text starts no formula", value: "-2+3", cell: "'-2+3" },
    { label: "@ starts no formula", value: "@SUM(A1)", cell: "'@SUM(A1)" },
    { label: "a leading tab is guarded", value: "\t=1", cell: "'\t=1" },
    { label: "a formula with commas is guarded and quoted", value: '=HYPERLINK("http://x.example","a")', cell: `"'=HYPERLINK(""http://x.example"",""a"")"` },
    { label: "numbers are numbers, negative too", value: -2.5, cell: "-2.5" },
    { label: "no number is NaN", value: Number.NaN, cell: "" },
    { label: "null is empty", value: null, cell: "" },
    { label: "dates are ISO instants", value: new Date("2026-11-01T10:00:00Z"), cell: "2026-11-01T10:00:00.000Z" },
  ])("$label", ({ value, cell }) => {
    expect(csvCell(value)).toBe(cell)
  })
})

describe("csvTable", () => {
  it("writes a header and a line per row; every cell reads back as written, guarded", () => {
    const rows = [
      { name: '=HYPERLINK("http://evil.example","Click")', note: "line one\nline two", amount: 4 },
      { name: "Blog, DE", note: 'He said "yes"', amount: -2 },
    ]
    const text = csvTable(
      [
        { header: "name", value: (r: (typeof rows)[number]) => r.name },
        { header: "note", value: (r: (typeof rows)[number]) => r.note },
        { header: "amount", value: (r: (typeof rows)[number]) => r.amount },
      ],
      rows
    )
    expect(text.endsWith("\r\n")).toBe(true)
    expect(parse(text)).toEqual([
      ["name", "note", "amount"],
      ['\'=HYPERLINK("http://evil.example","Click")', "line one\nline two", "4"],
      ["Blog, DE", 'He said "yes"', "-2"],
    ])
  })

  it("an empty table is its header", () => {
    expect(csvTable([{ header: "id", value: () => 1 }], [])).toBe("id\r\n")
    expect(csvLine([])).toBe("\r\n")
  })
})
