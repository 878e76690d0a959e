import type {
  AttachToCartResponse,
  AttachTouchRequest,
  InvitationLookupResponse,
  RecordClickRequest,
  RecordClickResponse,
  SignupAttributionResponse,
} from "./types"

/** The header in which a storefront server proves itself (plugin option `storefrontSecret`). */
export const STOREFRONT_SECRET_HEADER = "x-affiliate-storefront-secret"

/** The parts of a fetch Response the client reads. */
export type ResponseLike = {
  ok: boolean
  status: number
  statusText: string
  headers: { get(name: string): string | null }
  text(): Promise<string>
}

export type RequestInitLike = {
  method: string
  headers: Record<string, string>
  body?: string
  /** Never cached: Next.js caches some fetches by default. */
  cache: "no-store"
  signal?: AbortSignal
}

/** `globalThis.fetch` fits; tests pass a fake that records calls. */
export type FetchLike = (url: string, init: RequestInitLike) => Promise<ResponseLike>

export type AffiliateClientOptions = {
  /** The Medusa server, e.g. process.env.MEDUSA_BACKEND_URL. */
  baseUrl: string
  /** A publishable API key of the storefront's sales channel. */
  publishableKey: string
  /** The plugin's `storefrontSecret`. Server-side only: never ship it to browsers. */
  storefrontSecret?: string
  fetch?: FetchLike
  /** Give up on an answer after this long (status 0). Default 5000. */
  timeoutMs?: number
}

/**
 * A refused or failed call: `status` is the HTTP status (0 when the server
 * could not be reached or did not answer in time), `message` the server's,
 * `retryAfter` the seconds of a 429's Retry-After header.
 */
export class AffiliateApiError extends Error {
  readonly status: number
  readonly type: string | null
  readonly retryAfter?: number

  constructor(status: number, message: string, options: { type?: string | null; retryAfter?: number } = {}) {
    super(message)
    this.name = "AffiliateApiError"
    this.status = status
    this.type = options.type ?? null
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter
  }
}

export function isAffiliateApiError(error: unknown): error is AffiliateApiError {
  return error instanceof AffiliateApiError
}

export type AffiliateClient = {
  /** POST /affiliate/clicks: a landing from a referral, a code or UTM tags. */
  recordClick(body: RecordClickRequest): Promise<RecordClickResponse>
  /** POST /store/affiliate/carts/:id/attribution: the click and/or code onto a cart. */
  attachToCart(cartId: string, body: AttachTouchRequest): Promise<AttachToCartResponse>
  /** POST /store/affiliate/signup-attribution as the new customer (their Medusa JWT). */
  reportSignup(body: AttachTouchRequest, customerToken: string): Promise<SignupAttributionResponse>
  /** POST /store/affiliate/invitations/lookup: what an invitation token is for. */
  lookupInvitation(token: string): Promise<InvitationLookupResponse>
  /** Whether calls carry the storefront secret (and so may speak for the shopper). */
  readonly proven: boolean
}

/** Seconds from a Retry-After header (seconds or an HTTP date), or undefined. */
export function retryAfterSeconds(header: string | null, now: Date = new Date()): number | undefined {
  if (!header) return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value)
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000))
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null
  } catch {
    return null
  }
}

function field(data: unknown, name: string): string | null {
  if (data && typeof data === "object" && name in data) {
    const value = (data as Record<string, unknown>)[name]
    return typeof value === "string" ? value : null
  }
  return null
}

/**
 * A typed client for the plugin's tracking and store routes. Works next to
 * `@medusajs/js-sdk` (give it the same base URL and publishable key) or alone.
 * Every method resolves with the route's JSON answer or rejects with an
 * `AffiliateApiError`.
 */
export function createAffiliateClient(options: AffiliateClientOptions): AffiliateClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "")
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init))
  const timeoutMs = options.timeoutMs ?? 5000
  const secret = options.storefrontSecret || undefined

  async function post<T>(path: string, body: object, extraHeaders: Record<string, string> = {}): Promise<T> {
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "x-publishable-api-key": options.publishableKey,
      ...extraHeaders,
    }
    if (secret) headers[STOREFRONT_SECRET_HEADER] = secret
    const controller = typeof AbortController === "function" ? new AbortController() : null
    const timer = controller && timeoutMs > 0 ? setTimeout(() => controller.abort(), timeoutMs) : null
    let response: ResponseLike
    let text: string
    try {
      response = await doFetch(baseUrl + path, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
        cache: "no-store",
        ...(controller ? { signal: controller.signal } : {}),
      })
      text = await response.text()
    } catch (error) {
      const reason = controller?.signal.aborted ? `no answer within ${timeoutMs} ms` : error instanceof Error ? error.message : String(error)
      throw new AffiliateApiError(0, `Network error: ${reason}`)
    } finally {
      if (timer) clearTimeout(timer)
    }
    const data = parseJson(text)
    if (!response.ok) {
      throw new AffiliateApiError(response.status, field(data, "message") ?? (response.statusText || "Request failed"), {
        type: field(data, "type"),
        retryAfter: retryAfterSeconds(response.headers.get("retry-after")),
      })
    }
    return data as T
  }

  return {
    proven: Boolean(secret),
    recordClick: (body) => post<RecordClickResponse>("/affiliate/clicks", body),
    attachToCart: (cartId, body) =>
      post<AttachToCartResponse>(`/store/affiliate/carts/${encodeURIComponent(cartId)}/attribution`, body),
    reportSignup: (body, customerToken) =>
      post<SignupAttributionResponse>("/store/affiliate/signup-attribution", body, { authorization: `Bearer ${customerToken}` }),
    lookupInvitation: (token) => post<InvitationLookupResponse>("/store/affiliate/invitations/lookup", { token }),
  }
}
