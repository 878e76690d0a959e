import { createHash } from "node:crypto"
import {
  generateInvitationToken,
  hashInvitationToken,
  invitationExpiry,
  invitationState,
  tokenMatchesHash,
} from "../invitation-token"

const DAY = 24 * 60 * 60 * 1000

describe("invitation tokens", () => {
  it("are URL-safe, 192 bits of randomness and never repeat", () => {
    const tokens = new Set<string>()
    for (let i = 0; i < 500; i++) {
      const token = generateInvitationToken()
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/)
      expect(Buffer.from(token, "base64url")).toHaveLength(24)
      tokens.add(token)
    }
    expect(tokens.size).toBe(500)
  })

  it("hash to the hex SHA-256 of the token", () => {
    // Known-answer test: sha256("abc").
    expect(hashInvitationToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    const token = generateInvitationToken()
    expect(hashInvitationToken(token)).toBe(createHash("sha256").update(token).digest("hex"))
  })

  it("hash deterministically to 64 lower-case hex characters that are never the token itself", () => {
    for (let i = 0; i < 50; i++) {
      const token = generateInvitationToken()
      const hash = hashInvitationToken(token)
      expect(hash).toMatch(/^[0-9a-f]{64}$/)
      expect(hashInvitationToken(token)).toBe(hash)
      expect(hash).not.toBe(token)
      expect(hash).not.toContain(token)
    }
  })

  it("different tokens give different hashes", () => {
    const a = generateInvitationToken()
    const b = generateInvitationToken()
    expect(hashInvitationToken(a)).not.toBe(hashInvitationToken(b))
    expect(hashInvitationToken("token-a")).not.toBe(hashInvitationToken("token-A"))
  })

  it("ignore whitespace around a token pasted from an email", () => {
    const token = generateInvitationToken()
    expect(hashInvitationToken(` ${token}\n`)).toBe(hashInvitationToken(token))
    expect(tokenMatchesHash(`\t${token} `, hashInvitationToken(token))).toBe(true)
  })

  describe("tokenMatchesHash", () => {
    const token = generateInvitationToken()
    const hash = hashInvitationToken(token)

    it("accepts the token the hash was made from", () => {
      expect(tokenMatchesHash(token, hash)).toBe(true)
    })

    it.each([
      ["another token", () => tokenMatchesHash(generateInvitationToken(), hash)],
      ["the token with one character changed", () => tokenMatchesHash(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"), hash)],
      ["the hash presented as the token", () => tokenMatchesHash(hash, hash)],
      ["an empty token", () => tokenMatchesHash("", hash)],
      ["an empty stored hash", () => tokenMatchesHash(token, "")],
      ["a truncated stored hash", () => tokenMatchesHash(token, hash.slice(0, 62))],
      ["a stored hash that is not hex", () => tokenMatchesHash(token, "z".repeat(64))],
      ["the right hash with junk appended", () => tokenMatchesHash(token, hash + "zz")],
      ["the plain token stored instead of a hash", () => tokenMatchesHash(token, token)],
    ])("refuses %s", (_name, attempt) => {
      expect(attempt()).toBe(false)
    })
  })
})

describe("invitationState", () => {
  const now = new Date("2026-03-01T12:00:00.000Z")
  const future = new Date(now.getTime() + DAY)
  const past = new Date(now.getTime() - DAY)

  it.each([
    ["open", { expires_at: future }],
    ["open (no accepted/revoked fields at all)", { expires_at: future, accepted_at: null, revoked_at: null }],
    ["accepted", { expires_at: future, accepted_at: past }],
    ["revoked", { expires_at: future, revoked_at: past }],
    ["expired", { expires_at: past }],
    // Precedence: what happened to the invitation beats the clock.
    ["accepted", { expires_at: past, accepted_at: past }],
    ["revoked", { expires_at: past, revoked_at: past }],
    ["accepted", { expires_at: future, accepted_at: past, revoked_at: past }],
    ["accepted", { expires_at: past, accepted_at: past, revoked_at: past }],
  ] as const)("%s: %j", (state, invitation) => {
    expect(invitationState(invitation, now)).toBe(state.split(" ")[0])
  })

  it("is expired at the exact expiry instant and open one millisecond before", () => {
    expect(invitationState({ expires_at: now }, now)).toBe("expired")
    expect(invitationState({ expires_at: new Date(now.getTime() + 1) }, now)).toBe("open")
    expect(invitationState({ expires_at: new Date(now.getTime() - 1) }, now)).toBe("expired")
  })

  it("accepts dates serialised as ISO strings (as they come from the API or JSON)", () => {
    expect(invitationState({ expires_at: future.toISOString() }, now)).toBe("open")
    expect(invitationState({ expires_at: now.toISOString() }, now)).toBe("expired")
    expect(invitationState({ expires_at: future.toISOString(), accepted_at: past.toISOString() }, now)).toBe("accepted")
    expect(invitationState({ expires_at: future.toISOString(), revoked_at: past.toISOString() }, now)).toBe("revoked")
  })

  it("an invitation created now with invitationExpiry is open until exactly validDays later", () => {
    const expires = invitationExpiry(now, 14)
    expect(expires.getTime() - now.getTime()).toBe(14 * DAY)
    expect(invitationState({ expires_at: expires }, new Date(expires.getTime() - 1))).toBe("open")
    expect(invitationState({ expires_at: expires }, expires)).toBe("expired")
  })

  it("invitationExpiry does not mutate its input", () => {
    const before = now.getTime()
    invitationExpiry(now, 3)
    expect(now.getTime()).toBe(before)
    expect(invitationExpiry(now, 1).toISOString()).toBe("2026-03-02T12:00:00.000Z")
  })
})
