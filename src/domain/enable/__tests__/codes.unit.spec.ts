import { CODE_PATTERN, checkCode, normalizeCode } from "../codes"

const INVALID_MESSAGE = "A code has 3 to 32 letters, digits or inner hyphens (for example SUMMER-10)."

describe("normalizeCode", () => {
  it.each([
    ["summer 10", "SUMMER10"],
    [" Summer-10 ", "SUMMER-10"],
    ["SUMMER10", "SUMMER10"],
    ["s u m m e r\t1\n0", "SUMMER10"],
    // Full-width characters from Japanese/Chinese keyboards (NFKC).
    ["ＳＵＭＭＥＲ１０", "SUMMER10"],
    ["ｓｕｍｍｅｒ－１０", "SUMMER-10"],
    // Ideographic and non-breaking spaces are spaces too.
    ["SUMMER\u300010", "SUMMER10"],
    ["SUMMER\u00a010", "SUMMER10"],
    // Compatibility characters: ligature, Kelvin sign, superscript two.
    ["\ufb01ve", "FIVE"],
    ["\u212a10", "K10"],
    ["x\u00b2", "X2"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeCode(input)).toBe(expected)
  })

  it("what a partner types and what a shopper types meet on one key", () => {
    const variants = ["SUMMER-10", "summer-10", " Summer-10 ", "sUmMeR -10", "ＳＵＭＭＥＲ－１０"]
    expect(new Set(variants.map(normalizeCode))).toEqual(new Set(["SUMMER-10"]))
  })

  it("keeps the hyphen significant: SUMMER-10 and SUMMER10 are different codes", () => {
    expect(normalizeCode("SUMMER-10")).not.toBe(normalizeCode("SUMMER10"))
  })
})

describe("checkCode", () => {
  it.each([
    ["summer 10", "SUMMER10"],
    [" Summer-10 ", "SUMMER-10"],
    ["ＳＵＭＭＥＲ１０", "SUMMER10"],
    ["abc", "ABC"],
    ["A1B", "A1B"],
    ["a-b", "A-B"],
    ["a--b", "A--B"],
    ["x".repeat(32), "X".repeat(32)],
    ["007", "007"],
  ])("accepts %j as %j", (input, normalized) => {
    expect(checkCode(input)).toEqual({ ok: true, normalized })
  })

  it.each([
    ["empty", ""],
    ["only spaces", "   "],
    ["too short (2)", "ab"],
    ["too short after removing spaces", " a b "],
    ["too long (33)", "x".repeat(33)],
    ["leading hyphen", "-SUMMER10"],
    ["trailing hyphen", "SUMMER10-"],
    ["only hyphens", "---"],
    ["underscore", "SUMMER_10"],
    ["percent sign", "SUMMER10%"],
    ["exclamation", "SUMMER!"],
    ["dot", "SUMMER.10"],
    ["slash", "SUMMER/10"],
    ["accented letter", "ÉTÉ2024"],
    ["cyrillic look-alike", "SUММER10"],
    ["emoji", "SUMMER🔥10"],
    ["zero-width space", "SUMMER\u200b10"],
    ["en dash", "SUMMER\u201310"],
  ])("rejects %s", (_name, input) => {
    expect(checkCode(input)).toEqual({ ok: false, message: INVALID_MESSAGE })
  })
})

/** Small seeded PRNG (mulberry32) so a failure is reproducible from its seed. */
function mulberry32(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ASCII_CODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-"
const ASCII_NOISE = " \t\n_.!%/@#+"
const UNICODE_NOISE = [
  "\u00a0", "\u3000", "\u2003", // spaces
  "Ａ", "ｚ", "０", "９", "－", // full width
  "é", "ß", "ı", "ſ", "\ufb01", "\u212a", "\u00b2", "\u2460", // compatibility / case oddities
  "ΐ", "ΰ", "\u1fd3", "Ω", "я", "М", // Greek and Cyrillic
  "\u0301", "\u200b", "\u2013", "🔥", "字",
]

function randomInput(rand: () => number): string {
  const length = Math.floor(rand() * 40)
  const profile = rand()
  let out = ""
  for (let i = 0; i < length; i++) {
    const r = rand()
    if (profile < 0.5 || r < 0.75) out += ASCII_CODE[Math.floor(rand() * ASCII_CODE.length)]
    else if (r < 0.88) out += ASCII_NOISE[Math.floor(rand() * ASCII_NOISE.length)]
    else out += UNICODE_NOISE[Math.floor(rand() * UNICODE_NOISE.length)]
  }
  return out
}

/** The documented rule without a regular expression: 3-32 of A-Z, 0-9, '-', not starting or ending with '-'. */
function oracleAccepts(normalized: string): boolean {
  const chars = [...normalized]
  if (chars.length < 3 || chars.length > 32) return false
  const allowed = (c: string) => (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c === "-"
  return chars.every(allowed) && chars[0] !== "-" && chars[chars.length - 1] !== "-"
}

describe("code normalisation properties (seeded random inputs)", () => {
  const SEED = 20261123
  const RUNS = 5000
  const rand = mulberry32(SEED)
  const inputs = Array.from({ length: RUNS }, () => randomInput(rand))

  it("normalizeCode is idempotent", () => {
    const failures = inputs.filter((s) => normalizeCode(normalizeCode(s)) !== normalizeCode(s))
    expect(failures).toEqual([])
  })

  it("the characters the problem is known for are idempotent too", () => {
    for (const s of ["ΐ", "ΰ", "\u1fd2", "\u1fd3", "\u1fd7", "\u1fe2", "\u1fe3", "\u1fe7", "ǆ", "ß", "ﬀ"]) {
      expect(normalizeCode(normalizeCode(s))).toBe(normalizeCode(s))
    }
  })

  it("normalized codes contain no whitespace and no lower-case ASCII", () => {
    for (const s of inputs) expect(normalizeCode(s)).not.toMatch(/[\sa-z]/)
  })

  it("checkCode accepts exactly what CODE_PATTERN accepts after normalisation (and what the rule says)", () => {
    let accepted = 0
    for (const s of inputs) {
      const normalized = normalizeCode(s)
      const check = checkCode(s)
      expect({ input: s, ok: check.ok }).toEqual({ input: s, ok: CODE_PATTERN.test(normalized) })
      expect({ input: s, ok: check.ok }).toEqual({ input: s, ok: oracleAccepts(normalized) })
      if (check.ok) {
        accepted++
        expect(check.normalized).toBe(normalized)
        // An accepted code is accepted again, unchanged, when re-entered.
        expect(checkCode(check.normalized)).toEqual(check)
      }
    }
    // The generator must exercise both outcomes, or the property proves nothing.
    expect(accepted).toBeGreaterThan(RUNS * 0.2)
    expect(RUNS - accepted).toBeGreaterThan(RUNS * 0.2)
  })
})
