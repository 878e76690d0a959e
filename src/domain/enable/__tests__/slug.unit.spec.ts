import { checkSlug, freeSlugPrefix, nextFreeSlug, SLUG_PATTERN, slugify } from "../slug"

const SLUG_MESSAGE =
  "A slug has 1 to 64 lower-case letters, digits or inner hyphens (for example anna-instagram)."

describe("slugify", () => {
  it.each([
    ["Anna Instagram", "anna-instagram"],
    ["  Anna   Instagram!! ", "anna-instagram"],
    ["Zoë Café Überall", "zoe-cafe-uberall"],
    ["François Ñúñez – Newsletter", "francois-nunez-newsletter"],
    ["C'est l'été 2024", "c-est-l-ete-2024"],
    ["Ørsted Æbleskiver", "orsted-aebleskiver"],
    ["Straße Łódź", "strasse-lodz"],
    ["---weird---", "weird"],
    ["Shop.Example.com / Podcast", "shop-example-com-podcast"],
    ["", ""],
    ["!!!", ""],
  ])("%j -> %j", (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it("is bounded to 64 characters and never ends in a hyphen after cutting", () => {
    const slug = slugify(`${"a".repeat(63)} b c d`)
    expect(slug).toBe("a".repeat(63))
    expect(slugify("x".repeat(100))).toHaveLength(64)
  })
})

describe("checkSlug", () => {
  it.each([
    ["anna-instagram", "anna-instagram"],
    ["Anna-Instagram", "anna-instagram"],
    ["  anna  ", "anna"],
    ["a", "a"],
    ["42", "42"],
    ["a--b", "a--b"],
    ["a".repeat(64), "a".repeat(64)],
  ])("accepts %j as %j", (input, slug) => {
    expect(checkSlug(input)).toEqual({ ok: true, slug })
  })

  it.each([
    ["empty", ""],
    ["blank", "   "],
    ["leading hyphen", "-anna"],
    ["trailing hyphen", "anna-"],
    ["space inside", "anna instagram"],
    ["underscore", "anna_ig"],
    ["slash (would break the /r/<slug> link)", "anna/ig"],
    ["query characters", "anna?x=1"],
    ["accented letter", "zoë"],
    ["65 characters", "a".repeat(65)],
  ])("rejects %s", (_name, input) => {
    expect(checkSlug(input)).toEqual({ ok: false, message: SLUG_MESSAGE })
  })
})

describe("nextFreeSlug", () => {
  it("only ever answers slugs that start with freeSlugPrefix, so callers can load just those", () => {
    for (const base of ["Anna Instagram", "x".repeat(100), "!!!", "Zoë Café"]) {
      const taken = new Set<string>()
      for (let i = 0; i < 5; i++) {
        const slug = nextFreeSlug(base, taken)
        expect(slug.startsWith(freeSlugPrefix(base))).toBe(true)
        taken.add(slug)
      }
    }
  })

  it("uses the slug of the name when it is free", () => {
    expect(nextFreeSlug("Anna Instagram", new Set())).toBe("anna-instagram")
    expect(nextFreeSlug("Anna Instagram", new Set(["anna", "anna-instagram-2"]))).toBe("anna-instagram")
  })

  it("numbers collisions -2, -3, ...", () => {
    const taken = new Set<string>()
    const produced: string[] = []
    for (let i = 0; i < 4; i++) {
      const slug = nextFreeSlug("Anna Instagram", taken)
      produced.push(slug)
      taken.add(slug)
    }
    expect(produced).toEqual(["anna-instagram", "anna-instagram-2", "anna-instagram-3", "anna-instagram-4"])
  })

  it("fills the first gap", () => {
    expect(nextFreeSlug("anna", new Set(["anna", "anna-3"]))).toBe("anna-2")
  })

  it("names that differ only in accents or case collide", () => {
    expect(nextFreeSlug("ZOË", new Set(["zoe"]))).toBe("zoe-2")
  })

  it("falls back to 'referral' for names without any usable character", () => {
    expect(nextFreeSlug("!!!", new Set())).toBe("referral")
    expect(nextFreeSlug("", new Set(["referral"]))).toBe("referral-2")
  })

  it("a numbered slug of a 64-character name still fits in 64 characters", () => {
    const base = "b".repeat(80)
    const root = "b".repeat(64)
    const slug = nextFreeSlug(base, new Set([root]))
    expect(slug).toBe(`${"b".repeat(60)}-2`)
    expect(checkSlug(slug).ok).toBe(true)
  })

  it("always produces a valid, free slug (many names, many collisions)", () => {
    const names = [
      "Anna Instagram", "anna instagram", "ANNA-INSTAGRAM", "Zoë", "zoe", "Zoe!", "", "!!!", "Ünïcödé Ñame",
      "x".repeat(70), `${"y".repeat(59)} z`, `${"y".repeat(59)}-z`, "shop.example.com", "Podcast #1", "Podcast #1 ",
    ]
    const taken = new Set<string>()
    for (let round = 0; round < 12; round++) {
      for (const name of names) {
        const slug = nextFreeSlug(name, taken)
        expect({ name, slug, valid: SLUG_PATTERN.test(slug) }).toEqual({ name, slug, valid: true })
        expect(checkSlug(slug)).toEqual({ ok: true, slug })
        expect(taken.has(slug)).toBe(false)
        taken.add(slug)
      }
    }
    expect(taken.size).toBe(names.length * 12)
  })
})
