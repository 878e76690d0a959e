import { normalizeUtm, normalizeUtmValue, UTM_FIELDS } from "../utm"

describe("normalizeUtmValue", () => {
  it("'Instagram', 'instagram ' and 'INSTAGRAM' are one reporting key", () => {
    expect(new Set(["Instagram", "instagram ", "INSTAGRAM", " instagram"].map(normalizeUtmValue))).toEqual(
      new Set(["instagram"])
    )
  })

  it.each([
    ["Summer Sale 2024", "summer_sale_2024"],
    ["  Spring   Launch\t", "spring_launch"],
    ["a \t\n b", "a_b"],
    ["cpc", "cpc"],
    ["Black-Friday_2024", "black-friday_2024"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeUtmValue(input)).toBe(expected)
  })

  it.each([[""], ["   "], ["\t\n"], [null], [undefined]])("%j means no value (null)", (input) => {
    expect(normalizeUtmValue(input as string | null | undefined)).toBeNull()
  })

  it("is bounded to 100 characters", () => {
    expect(normalizeUtmValue("A".repeat(250))).toBe("a".repeat(100))
    expect(normalizeUtmValue(`  ${"b".repeat(100)}  `)).toBe("b".repeat(100))
  })

  it("is idempotent", () => {
    for (const v of ["Summer Sale 2024", " X ", "a".repeat(150), "Ünïcode Value"]) {
      const once = normalizeUtmValue(v)
      expect(normalizeUtmValue(once)).toBe(once)
    }
  })
})

describe("normalizeUtm", () => {
  it("knows the five standard UTM parameters", () => {
    expect([...UTM_FIELDS]).toEqual(["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"])
  })

  it("normalizes every field it is given", () => {
    expect(
      normalizeUtm({
        utm_source: " Instagram ",
        utm_medium: "Social",
        utm_campaign: "Summer Sale",
        utm_term: "Running Shoes",
        utm_content: "Story 1",
      })
    ).toEqual({
      utm_source: "instagram",
      utm_medium: "social",
      utm_campaign: "summer_sale",
      utm_term: "running_shoes",
      utm_content: "story_1",
    })
  })

  it("leaves absent fields absent, so an update does not clear them", () => {
    const out = normalizeUtm({ utm_source: "Newsletter" })
    expect(out).toEqual({ utm_source: "newsletter" })
    expect(Object.keys(out)).toEqual(["utm_source"])
  })

  it("turns an explicit null or a blank value into null, so it can be cleared", () => {
    const out = normalizeUtm({ utm_source: null, utm_medium: "  " })
    expect(out).toEqual({ utm_source: null, utm_medium: null })
    expect(Object.keys(out).sort()).toEqual(["utm_medium", "utm_source"])
  })

  it("drops anything that is not a UTM field", () => {
    const out = normalizeUtm({ utm_source: "X", name: "Anna", utm_id: "1" } as any)
    expect(out).toEqual({ utm_source: "x" })
  })

  it("does not modify its input", () => {
    const tags = { utm_source: " Instagram " }
    normalizeUtm(tags)
    expect(tags).toEqual({ utm_source: " Instagram " })
  })
})

describe("values PostgreSQL could not store", () => {
  it("drops NUL characters", () => {
    expect(normalizeUtmValue("spr\u0000ing")).toBe("spring")
    expect(normalizeUtmValue("\u0000")).toBeNull()
  })

  it("replaces an unpaired surrogate, and never splits a pair when cutting to length", () => {
    expect(normalizeUtmValue("a\ud800b")).toBe("a\ufffdb")
    expect(normalizeUtmValue("x\udc00")).toBe("x\ufffd")
    const cut = normalizeUtmValue("a".repeat(99) + "😀😀")!
    expect(cut).toBe("a".repeat(99) + "😀")
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(cut)).toBe(false)
  })
})
