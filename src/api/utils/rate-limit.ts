import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideRate, RateCounts, windowSlot } from "../../domain/track/rate-limit"
import { hashIp } from "../../domain/track/visitor"
import { affiliateService } from "../../workflows/steps/load"
import { trustedClient } from "./tracking"

export type RateBucket = "clicks" | "redirects" | "codeLookups" | "signups"

/** Counts one request of a key in a window and returns this window's and the previous window's counts. */
export interface HitStore {
  hit(key: string, slot: number, windowMs: number): Promise<RateCounts>
}

/** One process's counters: enough for a single server; with REDIS_URL every process shares Redis. */
export class MemoryHitStore implements HitStore {
  private counters = new Map<string, { slot: number; current: number; previous: number }>()

  constructor(private readonly maxKeys = 100_000) {}

  async hit(key: string, slot: number): Promise<RateCounts> {
    let entry = this.counters.get(key)
    if (!entry || entry.slot < slot - 1) entry = { slot, current: 0, previous: 0 }
    else if (entry.slot === slot - 1) entry = { slot, current: 0, previous: entry.current }
    entry.current++
    this.counters.set(key, entry)
    if (this.counters.size > this.maxKeys) this.forgetBefore(slot - 1)
    return { current: entry.current, previous: entry.previous }
  }

  private forgetBefore(slot: number) {
    for (const [key, entry] of this.counters) if (entry.slot < slot) this.counters.delete(key)
    // Still full of live keys (a flood from many addresses): start over rather than grow without bound.
    if (this.counters.size > this.maxKeys) this.counters.clear()
  }
}

/** Counters in Redis, one key per IP hash and window, expiring after two windows; one round trip per request. */
export class RedisHitStore implements HitStore {
  constructor(private readonly redis: any) {}

  async hit(key: string, slot: number, windowMs: number): Promise<RateCounts> {
    const now = `affiliate:rate:${key}:${slot}`
    const before = `affiliate:rate:${key}:${slot - 1}`
    const results = await this.redis.multi().incr(now).pexpire(now, windowMs * 2).get(before).exec()
    return { current: Number(results[0][1]), previous: Number(results[2][1] ?? 0) }
  }
}

let store: HitStore | null = null

function hitStore(req: MedusaRequest): HitStore {
  if (store) return store
  let redisUrl: string | undefined
  try {
    redisUrl = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)?.projectConfig?.redisUrl
  } catch {
    redisUrl = undefined
  }
  redisUrl ??= process.env.REDIS_URL
  if (redisUrl) {
    // ioredis comes with Medusa's Redis modules; required only when Redis is configured.
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const Redis = require("ioredis")
    const client = new (Redis.default ?? Redis)(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: true })
    client.on("error", () => undefined)
    store = new RedisHitStore(client)
  } else {
    store = new MemoryHitStore()
  }
  return store
}

/** Tests swap the store; nothing else should. */
export function useHitStore(next: HitStore | null) {
  store = next
}


const MESSAGES: Record<RateBucket, string> = {
  clicks: "Too many clicks from this address",
  redirects: "Too many link visits from this address",
  codeLookups: "Too many code look-ups from this address",
  signups: "Too many signup reports from this address",
}

/**
 * Counts the request against a per-IP-hash limit and answers 429 with
 * Retry-After when over it. `applies` narrows it (code look-ups count only
 * requests that carry a code). The IP is the shopper's when a storefront
 * server proved itself, so one storefront server is not one visitor.
 * When the store fails (Redis down) the request goes through: tracking
 * should not stop for an outage of the limiter.
 */
export function rateLimit(bucket: RateBucket, applies: (req: MedusaRequest) => boolean = () => true) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const options = affiliateService(req.scope).getOptions()
      const limit = options.rateLimits[bucket]
      if (!limit || !applies(req)) return next()
      const windowMs = options.rateLimits.windowSeconds * 1000
      const now = Date.now()
      const key = `${bucket}:${hashIp(trustedClient(req).ip, affiliateService(req.scope).ipHashSalt()) ?? "unknown"}`
      let counts: RateCounts
      try {
        counts = await hitStore(req).hit(key, windowSlot(now, windowMs), windowMs)
      } catch {
        return next()
      }
      const decision = decideRate(counts, limit, now, windowMs)
      if (decision.allowed) return next()
      res.setHeader("Retry-After", String(decision.retryAfterSeconds))
      res.status(429).json({
        type: "too_many_requests",
        message: `${MESSAGES[bucket]}: at most ${limit} per ${options.rateLimits.windowSeconds} s. Try again in ${decision.retryAfterSeconds} s.`,
      })
    } catch (error) {
      next(error)
    }
  }
}
