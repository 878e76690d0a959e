import { isClickId } from "../../../domain/track/visitor"
import { newClickId } from "../click-id"

describe("newClickId", () => {
  it("new click ids have the click id shape, carry the time, and do not repeat across pool refills", () => {
    const at = Date.parse("2026-12-05T00:00:00Z")
    const ids = Array.from({ length: 5000 }, () => newClickId(at))
    expect(ids.every(isClickId)).toBe(true)
    expect(new Set(ids).size).toBe(ids.length)
    const decoded = [...ids[0].slice("affclk_".length, "affclk_".length + 10)].reduce((t, c) => t * 32 + "0123456789ABCDEFGHJKMNPQRSTVWXYZ".indexOf(c), 0)
    expect(decoded).toBe(at)
  })
})
