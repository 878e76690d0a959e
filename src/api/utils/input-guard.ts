import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/*
 * PostgreSQL refuses NUL bytes in text and JSON, and a lone UTF-16 surrogate
 * cannot be stored as UTF-8 either: such a string reaching a query is a 500
 * (and an error message that quotes the query). Bytes that are not UTF-8
 * would be stored as U+FFFD, silently changed. Every plugin route answers
 * 400 for all of them before anything runs.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** What is wrong with one string, or null when it can be stored. */
export function stringProblem(value: string): string | null {
  if (value.includes("\u0000")) return "contains a NUL byte"
  if (LONE_SURROGATE.test(value)) return "is not valid Unicode (a lone surrogate)"
  // The body parser turns bytes that are not UTF-8 into U+FFFD; no real text needs it.
  if (value.includes("\uFFFD")) return "is not valid UTF-8 (it holds U+FFFD, the mark of undecodable bytes)"
  return null
}

const MAX_DEPTH = 32

/** The first unsafe string in a parsed body or query (keys included), with where it is. */
export function findUnsafeValue(value: unknown, path = "", depth = 0): { path: string; problem: string } | null {
  if (typeof value === "string") {
    const problem = stringProblem(value)
    return problem ? { path, problem } : null
  }
  if (value === null || typeof value !== "object") return null
  if (depth > MAX_DEPTH) return { path, problem: "is nested too deeply" }
  for (const [key, item] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key
    const keyProblem = stringProblem(key)
    if (keyProblem) return { path: here, problem: `has a name that ${keyProblem}` }
    const found = findUnsafeValue(item, here, depth + 1)
    if (found) return found
  }
  return null
}

/** Decodes one percent-encoded URL component, or null when the encoding is malformed (`%`, `%zz`, bytes that are not UTF-8). */
export function decodeComponent(raw: string): string | null {
  if (!raw.includes("%")) return raw
  try {
    return decodeURIComponent(raw)
  } catch {
    return null
  }
}

/**
 * The first problem in a raw request target ("/r/anna?utm_source=x"): a path
 * segment or query part that is malformed percent-encoding or decodes to an
 * unsafe string. Express and qs pass malformed encodings through as they are,
 * so they are checked on the raw text.
 */
export function urlProblem(target: string): string | null {
  const q = target.indexOf("?")
  const pathname = q === -1 ? target : target.slice(0, q)
  for (const segment of pathname.split("/")) {
    const decoded = decodeComponent(segment)
    if (decoded === null) return "The URL path has malformed percent-encoding."
    const problem = stringProblem(decoded)
    if (problem) return `The URL path ${problem}.`
  }
  if (q === -1) return null
  for (const part of target.slice(q + 1).split("&")) {
    const [rawKey, ...rest] = part.split("=")
    for (const raw of [rawKey, rest.join("=")]) {
      const decoded = decodeComponent(raw.replace(/\+/g, " "))
      const name = decodeComponent(rawKey.replace(/\+/g, " ")) ?? rawKey
      const label = stringProblem(name) ? "a query parameter" : `query parameter "${name}"`
      if (decoded === null) return `Invalid query: ${label} has malformed percent-encoding.`
      const problem = stringProblem(decoded)
      if (problem) return `Invalid query: ${label} ${problem}.`
    }
  }
  return null
}

/** The first problem of a request's URL, query or body, in words for the 400 answer. */
export function requestInputProblem(req: { originalUrl?: string; url?: string; body?: unknown }): string | null {
  const url = urlProblem(req.originalUrl ?? req.url ?? "")
  if (url) return url
  const body = findUnsafeValue(req.body)
  if (body) return `Invalid request: ${body.path || "the body"} ${body.problem}.`
  return null
}

/**
 * One guard for every plugin route, registered first in middlewares.ts.
 * Cookies are not refused here (a store's domain carries cookies of other
 * apps); the plugin decodes its own cookie with `decodeComponent`.
 */
export function guardInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = requestInputProblem(req)
  if (problem) return next(new MedusaError(MedusaError.Types.INVALID_DATA, problem))
  next()
}

/** Path prefixes of every plugin route; the guard is mounted on each. */
export const PLUGIN_ROUTE_PREFIXES = ["/affiliate", "/affiliate-portal", "/r", "/store/affiliate", "/admin/affiliate*"]
