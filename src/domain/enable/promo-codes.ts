import { CODE_PATTERN, normalizeCode } from "./codes"

/**
 * Shoppers type voucher codes and aliases into Medusa's own promotion field,
 * in any case and with stray spaces; Medusa only knows the exact code of the
 * voucher's promotion. These functions decide which typed codes to look up and
 * how to rewrite the list once the lookups are done.
 */

/** A cart never needs more codes than this at once; a longer list is looked up only this far. */
export const MAX_CODES_LOOKED_UP = 20

/** The distinct voucher keys worth one lookup each: typed codes that can be a voucher code at all. */
export function voucherKeysToLookUp(typed: readonly unknown[], limit = MAX_CODES_LOOKED_UP): string[] {
  const keys: string[] = []
  for (const code of typed) {
    if (typeof code !== "string") continue
    const key = normalizeCode(code)
    if (!CODE_PATTERN.test(key) || keys.includes(key)) continue
    keys.push(key)
    if (keys.length === limit) break
  }
  return keys
}

/**
 * Replaces each typed code whose voucher key has a promotion code (given per
 * key) with that promotion code; every other code stays exactly as typed, so
 * Medusa answers it as before. A promotion reached twice (code and alias, or
 * two spellings) is listed once.
 */
export function rewritePromoCodes(typed: readonly string[], promotionCodeByKey: ReadonlyMap<string, string>): string[] {
  const rewritten: string[] = []
  for (const code of typed) {
    const promotionCode = promotionCodeByKey.get(normalizeCode(code))
    if (promotionCode === undefined) {
      rewritten.push(code)
    } else if (!rewritten.includes(promotionCode)) {
      rewritten.push(promotionCode)
    }
  }
  return rewritten
}
