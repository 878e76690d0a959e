import { createHash, randomBytes } from "node:crypto"

/**
 * Visitors are recognised without storing who they are: the IP is kept only
 * as a salted hash (enough to spot repeats and abuse, useless to identify a
 * person without the salt), and the visitor cookie holds a random id.
 */

/**
 * The same address always gives the same hash: "::ffff:1.2.3.4" (how a
 * dual-stack server sees an IPv4 client) is hashed as "1.2.3.4", and IPv6 is
 * compared in lower case.
 */
export function hashIp(ip: string | null | undefined, salt: string): string | null {
  const normalized = normalizeIp(ip)
  if (normalized === null) return null
  return createHash("sha256").update(`${salt}:${normalized}`).digest("hex")
}

/**
 * One device as far as the server can tell without a cookie: the IP hash and
 * the user agent, hashed together. A client that sends a fresh visitor id on
 * every request is still this device. Null without an IP hash.
 */
export function agentHash(ipHash: string | null, userAgent: string | null | undefined): string | null {
  if (!ipHash) return null
  return createHash("sha256").update(`${ipHash}\n${(userAgent ?? "").trim()}`).digest("hex").slice(0, 32)
}

export function normalizeIp(ip: string | null | undefined): string | null {
  if (ip === null || ip === undefined) return null
  let value = ip.trim().toLowerCase()
  // "[2001:db8::1]" as written in URLs and some proxy headers.
  if (value.startsWith("[") && value.endsWith("]")) value = value.slice(1, -1)
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value)
  if (mapped) value = mapped[1]
  return value.length ? value : null
}

const VISITOR_ID = /^[A-Za-z0-9_-]{8,64}$/

/** A visitor id from a cookie is only trusted when it has the shape we issue. */
export function isVisitorId(value: unknown): value is string {
  return typeof value === "string" && VISITOR_ID.test(value)
}

/** "v" + 22 base64url characters: 128 random bits. */
export function newVisitorId(): string {
  return `v${randomBytes(16).toString("base64url")}`
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/**
 * A ULID, as in Medusa's ids: 26 Crockford base-32 characters, 48 bits of
 * milliseconds (so ids sort by time) then 80 random bits from `random`
 * (10 bytes).
 */
export function encodeUlid(ms: number, random: Uint8Array): string {
  if (!Number.isInteger(ms) || ms < 0 || ms >= 2 ** 48) throw new RangeError(`A ULID holds a time from 0 to 2^48 - 1 ms, not ${ms}.`)
  if (random.length < 10) throw new RangeError("A ULID needs 10 random bytes.")
  let text = ""
  for (let i = 0, t = ms; i < 10; i++, t = Math.floor(t / 32)) text = CROCKFORD[t % 32] + text
  // Two halves of 40 bits (exact in a double), 8 characters each.
  for (const start of [0, 5]) {
    const low = ((random[start + 1] << 24) | (random[start + 2] << 16) | (random[start + 3] << 8) | random[start + 4]) >>> 0
    let value = random[start] * 2 ** 32 + low
    let half = ""
    for (let i = 0; i < 8; i++, value = Math.floor(value / 32)) half = CROCKFORD[value % 32] + half
    text += half
  }
  return text
}

const CLICK_ID = /^affclk_[0-9A-Z]{26}$/

/** Click ids are Medusa ids: "affclk_" + an upper-case ULID. */
export function isClickId(value: unknown): value is string {
  return typeof value === "string" && CLICK_ID.test(value)
}
