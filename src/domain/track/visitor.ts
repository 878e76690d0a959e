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

const CLICK_ID = /^affclk_[0-9A-Z]{26}$/

/** Click ids are Medusa ids: "affclk_" + an upper-case ULID. */
export function isClickId(value: unknown): value is string {
  return typeof value === "string" && CLICK_ID.test(value)
}
