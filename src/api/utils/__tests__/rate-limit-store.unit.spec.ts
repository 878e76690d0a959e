import { MemoryHitStore } from "../rate-limit"

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
