import { decodeComponent, findUnsafeValue, requestInputProblem, stringProblem, urlProblem } from "../input-guard"

describe("stringProblem", () => {
  it.each([
    { label: "plain text", value: "summer-sale", problem: null },
    { label: "emoji (a valid surrogate pair)", value: "sale \u{1F600}", problem: null },
    { label: "umlauts", value: "Grüße", problem: null },
    { label: "NUL byte", value: "a\u0000b", problem: "contains a NUL byte" },
    { label: "lone high surrogate", value: "a\uD800", problem: "is not valid Unicode (a lone surrogate)" },
    { label: "lone low surrogate", value: "\uDC00b", problem: "is not valid Unicode (a lone surrogate)" },
    { label: "bytes the body parser could not decode", value: "ab\uFFFD", problem: "is not valid UTF-8 (it holds U+FFFD, the mark of undecodable bytes)" },
  ])("$label", ({ value, problem }) => {
    expect(stringProblem(value)).toBe(problem)
  })
})

describe("findUnsafeValue", () => {
  it("walks objects and arrays and names the field", () => {
    expect(findUnsafeValue({ payout_details: { iban: "DE89\u0000" } })).toEqual({ path: "payout_details.iban", problem: "contains a NUL byte" })
    expect(findUnsafeValue({ tags: ["ok", "x\uD800"] })).toEqual({ path: "tags.1", problem: "is not valid Unicode (a lone surrogate)" })
  })

  it("checks field names too", () => {
    expect(findUnsafeValue({ "a\u0000": 1 })).toEqual({ path: "a\u0000", problem: "has a name that contains a NUL byte" })
  })

  it("passes numbers, booleans, null and safe strings", () => {
    expect(findUnsafeValue({ a: 1, b: true, c: null, d: ["x", { e: "y" }] })).toBeNull()
    expect(findUnsafeValue(undefined)).toBeNull()
  })

  it("refuses absurd nesting instead of recursing without end", () => {
    let deep: unknown = "x"
    for (let i = 0; i < 100; i++) deep = [deep]
    expect(findUnsafeValue(deep)?.problem).toBe("is nested too deeply")
  })
})

describe("decodeComponent", () => {
  it.each([
    { raw: "plain", decoded: "plain" },
    { raw: "a%20b", decoded: "a b" },
    { raw: "%", decoded: null },
    { raw: "%zz", decoded: null },
    { raw: "%C3%28", decoded: null },
    { raw: "%00", decoded: "\u0000" },
  ])("$raw", ({ raw, decoded }) => {
    expect(decodeComponent(raw)).toBe(decoded)
  })
})

describe("urlProblem", () => {
  it.each([
    { target: "/r/anna-insta?utm_source=ig&to=%2Fsale", problem: null },
    { target: "/admin/affiliates?q=M%C3%BCller&limit=20", problem: null },
    { target: "/affiliate/clicks", problem: null },
    { target: "/admin/affiliates?q=a%00b", problem: 'Invalid query: query parameter "q" contains a NUL byte.' },
    { target: "/admin/affiliates?q=%zz", problem: 'Invalid query: query parameter "q" has malformed percent-encoding.' },
    { target: "/admin/affiliates?q%00=1", problem: "Invalid query: a query parameter contains a NUL byte." },
    { target: "/r/%00", problem: "The URL path contains a NUL byte." },
    { target: "/r/%E0%A4%A", problem: "The URL path has malformed percent-encoding." },
  ])("$target", ({ target, problem }) => {
    expect(urlProblem(target)).toBe(problem)
  })
})

describe("requestInputProblem", () => {
  it("checks the URL first, then the body", () => {
    expect(requestInputProblem({ originalUrl: "/affiliate/clicks", body: { referral: "x\u0000" } })).toBe(
      "Invalid request: referral contains a NUL byte."
    )
    expect(requestInputProblem({ originalUrl: "/affiliate/clicks?x=%", body: { referral: "x\u0000" } })).toMatch(/^Invalid query/)
    expect(requestInputProblem({ originalUrl: "/affiliate/clicks", body: { referral: "anna" } })).toBeNull()
  })
})
