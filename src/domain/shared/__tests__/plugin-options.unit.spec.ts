import { ipHashSaltWarning, resolveAffiliateOptions } from "../../../modules/affiliate/options"

// No storefrontUrl / invitationAcceptPath: links then go to the hosted workspace (domain/recruit/invitation-page).
const DEFAULTS = {
  invitationValidDays: 14,
  notificationChannel: "email",
  invitationTemplate: "affiliate-invitation",
  payoutPaidTemplate: "affiliate-payout-paid",
  payoutDetailsChangedTemplate: "affiliate-payout-details-changed",
  registrationAttributionMinutes: 60,
  rateLimits: { windowSeconds: 60, clicks: 120, redirects: 120, codeLookups: 30, signups: 10 },
}

function errorOf(raw: unknown): Error {
  try {
    resolveAffiliateOptions(raw)
  } catch (e) {
    return e as Error
  }
  throw new Error(`options ${JSON.stringify(raw)} were accepted`)
}

describe("resolveAffiliateOptions (plugin options in medusa-config)", () => {
  it.each([[undefined], [null], [{}]])("fills in every default when given %j", (raw) => {
    const resolved = resolveAffiliateOptions(raw)
    expect(resolved).toEqual(DEFAULTS)
    expect(resolved.ipHashSalt).toBeUndefined()
    expect(resolved.storefrontUrl).toBeUndefined()
    expect(resolved.invitationAcceptPath).toBeUndefined()
  })

  it("keeps the operator's values", () => {
    const options = {
      storefrontUrl: "https://shop.example.com",
      invitationAcceptPath: "/partners/join",
      invitationValidDays: 30,
      notificationChannel: "sms",
      invitationTemplate: "partner-invite",
      payoutPaidTemplate: "partner-paid",
      payoutDetailsChangedTemplate: "partner-payout-details",
      registrationAttributionMinutes: 15,
      ipHashSalt: "0123456789abcdef0123",
      storefrontSecret: "a-storefront-server-secret",
      rateLimits: { windowSeconds: 10, clicks: 5, redirects: 6, codeLookups: 0, signups: 2 },
    }
    expect(resolveAffiliateOptions(options)).toEqual(options)
  })

  it("fills only the options that are missing", () => {
    expect(resolveAffiliateOptions({ invitationValidDays: 7 })).toEqual({ ...DEFAULTS, invitationValidDays: 7 })
  })

  it("tolerates the keys Medusa adds to module options (database connection)", () => {
    expect(() =>
      resolveAffiliateOptions({ database: { clientUrl: "postgres://x" }, invitationValidDays: 3 })
    ).not.toThrow()
    expect(resolveAffiliateOptions({ database: {}, invitationValidDays: 3 }).invitationValidDays).toBe(3)
  })

  it("accepts the bounds of invitationValidDays", () => {
    expect(resolveAffiliateOptions({ invitationValidDays: 1 }).invitationValidDays).toBe(1)
    expect(resolveAffiliateOptions({ invitationValidDays: 365 }).invitationValidDays).toBe(365)
  })

  it.each([
    ["storefrontUrl", { storefrontUrl: "not a url" }],
    ["storefrontUrl", { storefrontUrl: 8000 }],
    ["invitationAcceptPath", { storefrontUrl: "https://shop.example.com", invitationAcceptPath: "affiliate/accept" }],
    ["invitationAcceptPath", { invitationAcceptPath: "/affiliate/accept" }],
    ["invitationValidDays", { invitationValidDays: 0 }],
    ["invitationValidDays", { invitationValidDays: 366 }],
    ["invitationValidDays", { invitationValidDays: 1.5 }],
    ["invitationValidDays", { invitationValidDays: "14" }],
    ["notificationChannel", { notificationChannel: "" }],
    ["invitationTemplate", { invitationTemplate: "" }],
    ["payoutPaidTemplate", { payoutPaidTemplate: "" }],
    ["ipHashSalt", { ipHashSalt: "too-short" }],
    ["ipHashSalt", { ipHashSalt: "" }],
    ["ipHashSalt", { ipHashSalt: 42 }],
  ])("a wrong %s stops the app with an error naming it", (option, raw) => {
    const error = errorOf(raw)
    expect(error.message).toContain("medusa-plugin-affiliate: invalid plugin options")
    expect(error.message).toMatch(new RegExp(`^  - ${option}: .+`, "m"))
    // Only the wrong option is blamed.
    const blamed = error.message.split("\n").filter((l) => l.startsWith("  - "))
    expect(blamed).toHaveLength(1)
  })

  it.each([
    { label: "empty", salt: "", says: /^  - ipHashSalt: is empty: make one with `openssl rand -hex 32`.*leave the option out/m },
    { label: "blank", salt: "                    ", says: /^  - ipHashSalt: is empty: make one with `openssl rand -hex 32`/m },
    { label: "short", salt: "too-short", says: /^  - ipHashSalt: needs at least 16 characters: make one with `openssl rand -hex 32`/m },
  ])("a $label ipHashSalt is refused with how to make one", ({ salt, says }) => {
    expect(errorOf({ ipHashSalt: salt }).message).toMatch(says)
  })

  it("accepts a salt of 16 characters or more", () => {
    expect(resolveAffiliateOptions({ ipHashSalt: "0123456789abcdef" }).ipHashSalt).toBe("0123456789abcdef")
  })

  it("refuses invitationAcceptPath without storefrontUrl, saying where links go instead", () => {
    expect(errorOf({ invitationAcceptPath: "/partners/join" }).message).toMatch(
      /^  - invitationAcceptPath: is a path on storefrontUrl, which is not set: .*\/affiliate-portal\/accept-invitation/m
    )
    expect(resolveAffiliateOptions({ storefrontUrl: "https://shop.example.com" })).toEqual({ ...DEFAULTS, storefrontUrl: "https://shop.example.com" })
  })

  it("lists every wrong option at once", () => {
    const error = errorOf({ storefrontUrl: "nope", invitationValidDays: -1, ipHashSalt: "x" })
    for (const option of ["storefrontUrl", "invitationValidDays", "ipHashSalt"]) {
      expect(error.message).toMatch(new RegExp(`^  - ${option}: `, "m"))
    }
  })

  it.each([["a string"], [42], [["an", "array"]]])("rejects options that are not an object (%j)", (raw) => {
    expect(errorOf(raw).message).toContain("(options)")
  })
})

describe("ipHashSaltWarning (said at start)", () => {
  test.each([
    { label: "worker process without a salt", salt: undefined, mode: "worker", warns: true },
    { label: "server process without a salt", salt: undefined, mode: "server", warns: true },
    { label: "shared mode (one process does both)", salt: undefined, mode: "shared", warns: false },
    { label: "no MEDUSA_WORKER_MODE (shared)", salt: undefined, mode: undefined, warns: false },
    { label: "worker with a salt", salt: "0123456789abcdef0123", mode: "worker", warns: false },
    { label: "server with a salt", salt: "0123456789abcdef0123", mode: "server", warns: false },
  ])("$label: warns $warns", ({ salt, mode, warns }) => {
    const warning = ipHashSaltWarning({ ipHashSalt: salt }, mode)
    if (!warns) return expect(warning).toBeNull()
    expect(warning).toContain(`ipHashSalt is not set and MEDUSA_WORKER_MODE=${mode}`)
    expect(warning).toContain("openssl rand -hex 32")
  })
})
