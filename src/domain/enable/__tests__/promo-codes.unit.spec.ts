import { MAX_CODES_LOOKED_UP, rewritePromoCodes, voucherKeysToLookUp } from "../promo-codes"

describe("voucherKeysToLookUp", () => {
  it.each([
    { label: "nothing typed: nothing to look up", typed: [], keys: [] },
    { label: "lower case with spaces", typed: [" hike 15 "], keys: ["HIKE15"] },
    { label: "two spellings of one code are one lookup", typed: ["hike-anna", "HIKE-ANNA", " Hike-Anna"], keys: ["HIKE-ANNA"] },
    { label: "keeps the typed order", typed: ["b-code", "a-code"], keys: ["B-CODE", "A-CODE"] },
    { label: "what cannot be a voucher code is never looked up", typed: ["", "  ", "x", "a\u0000b", "-ABC", "ABC-"], keys: [] },
    { label: "non-strings are skipped", typed: [42, null, { code: "ABC" }, "abc"], keys: ["ABC"] },
  ])("$label", ({ typed, keys }) => {
    expect(voucherKeysToLookUp(typed)).toEqual(keys)
  })

  it(`looks up at most ${MAX_CODES_LOOKED_UP} distinct codes however long the list`, () => {
    const typed = Array.from({ length: 500 }, (_, i) => `code-${i}`)
    const keys = voucherKeysToLookUp(typed)
    expect(keys).toHaveLength(MAX_CODES_LOOKED_UP)
    expect(keys[0]).toBe("CODE-0")
    expect(voucherKeysToLookUp(typed, 3)).toEqual(["CODE-0", "CODE-1", "CODE-2"])
  })
})

describe("rewritePromoCodes", () => {
  const byKey = new Map([
    ["HIKE15", "HIKE15"],
    ["HIKE-ANNA", "HIKE15"],
    ["ANNA7", "WELCOME5"],
  ])

  it.each([
    { label: "nothing typed stays nothing", typed: [], out: [] },
    { label: "primary code in lower case with spaces", typed: [" hike 15"], out: ["HIKE15"] },
    { label: "alias in mixed case becomes the voucher's promotion code", typed: ["Hike-Anna"], out: ["HIKE15"] },
    { label: "a linked promotion keeps its own code", typed: ["anna7"], out: ["WELCOME5"] },
    { label: "the exact promotion code stays", typed: ["HIKE15"], out: ["HIKE15"] },
    { label: "codes that are not vouchers stay exactly as typed", typed: ["summer sale", "FREESHIP"], out: ["summer sale", "FREESHIP"] },
    { label: "mixed lists keep their order", typed: ["FREESHIP", "hike-anna", "other"], out: ["FREESHIP", "HIKE15", "other"] },
    { label: "code and alias of one voucher give one promotion", typed: ["hike15", "hike-anna"], out: ["HIKE15"] },
    { label: "an alias of a promotion already typed adds nothing", typed: ["WELCOME5", "anna7"], out: ["WELCOME5"] },
    { label: "duplicates of foreign codes are Medusa's business", typed: ["FREESHIP", "FREESHIP"], out: ["FREESHIP", "FREESHIP"] },
  ])("$label", ({ typed, out }) => {
    expect(rewritePromoCodes(typed, byKey)).toEqual(out)
  })

  it("changes nothing when no typed code is a usable voucher", () => {
    const typed = ["hike15", "anna7"]
    expect(rewritePromoCodes(typed, new Map())).toEqual(typed)
  })
})
