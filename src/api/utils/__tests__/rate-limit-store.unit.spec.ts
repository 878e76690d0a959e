import { MemoryHitStore, RedisHitStore } from "../rate-limit"

describe("MemoryHitStore", () => {
  it("counts per key and window, and carries the last window over as the previous one", async () => {
    const store = new MemoryHitStore()
    expect(await store.hit("a", 10)).toEqual({ current: 1, previous: 0 })
    expect(await store.hit("a", 10)).toEqual({ current: 2, previous: 0 })
    expect(await store.hit("b", 10)).toEqual({ current: 1, previous: 0 })
    expect(await store.hit("a", 11)).toEqual({ current: 1, previous: 2 })
    // A window skipped: nothing carries over.
    expect(await store.hit("a", 13)).toEqual({ current: 1, previous: 0 })
  })

  it("forgets old windows when full, and never grows past its bound", async () => {
    const store = new MemoryHitStore(3)
    for (const key of ["a", "b", "c"]) await store.hit(key, 1)
    for (const key of ["d", "e", "f", "g"]) await store.hit(key, 5)
    expect((store as any).counters.size).toBeLessThanOrEqual(3)
    // A live key that survived keeps its count.
    expect((await store.hit("g", 5)).current).toBeGreaterThanOrEqual(1)
  })
})

// scripts/test.mjs sets REDIS_TEST_URL when a Redis answers (REDIS_URL, else localhost:6379); without one this is reported skipped.
const redisUrl = process.env.REDIS_TEST_URL
;(redisUrl ? describe : describe.skip)("RedisHitStore (real Redis)", () => {
  let redis: any
  const prefix = `test-${process.pid}-${Date.now()}`

  beforeAll(() => {
    const Redis = require("ioredis")
    redis = new (Redis.default ?? Redis)(redisUrl, { maxRetriesPerRequest: 1 })
  })
  afterAll(async () => {
    const keys = await redis.keys(`affiliate:rate:${prefix}*`)
    if (keys.length) await redis.del(...keys)
    await redis.quit()
  })

  it("counts per key and window across clients, carries the last window over, and lets keys expire", async () => {
    const one = new RedisHitStore(redis)
    const other = new RedisHitStore(redis.duplicate())
    const key = `${prefix}:a`
    expect(await one.hit(key, 10, 60_000)).toEqual({ current: 1, previous: 0 })
    // A second process sees the same counter.
    expect(await other.hit(key, 10, 60_000)).toEqual({ current: 2, previous: 0 })
    expect(await one.hit(`${prefix}:b`, 10, 60_000)).toEqual({ current: 1, previous: 0 })
    expect(await other.hit(key, 11, 60_000)).toEqual({ current: 1, previous: 2 })
    expect(await one.hit(key, 13, 60_000)).toEqual({ current: 1, previous: 0 })
    // Each window's key expires after two windows, so Redis does not keep old counters.
    const ttl = await redis.pttl(`affiliate:rate:${key}:13`)
    expect(ttl).toBeGreaterThan(60_000)
    expect(ttl).toBeLessThanOrEqual(120_000)
    await (other as any).redis.quit()
  })
})
