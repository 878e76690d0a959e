import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { rewritePromoCodes, voucherKeysToLookUp } from "../../domain/enable/promo-codes"
import { codeProblem } from "../../workflows/track/attach-cart"
import { CodeFacts, findCode } from "../../workflows/track/lookups"

type Container = MedusaRequest["scope"]

async function cartSalesChannel(container: Container, cartId: string): Promise<string | null | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "sales_channel_id"], filters: { id: cartId } })
  return data[0] ? (data[0].sales_channel_id ?? null) : undefined
}

/**
 * For each voucher key, the code of its voucher's Medusa promotion. Adding
 * keeps only codes the cart may use (active voucher and code, partner free to
 * attribute, this store's site): the others stay as typed, so Medusa refuses
 * them exactly like unknown codes and nothing is revealed. Removing maps every
 * voucher code, so the words that added a discount also take it off.
 */
async function promotionCodesByKey(container: Container, cartId: string, keys: string[], adding: boolean) {
  const looked = await Promise.all(keys.map(async (key) => ({ key, facts: await findCode(container, key) })))
  let found = looked.filter((l): l is { key: string; facts: CodeFacts } => !!l.facts?.voucher.promotion_id)
  if (found.length && adding) {
    const salesChannelId = await cartSalesChannel(container, cartId)
    // No such cart: Medusa answers that.
    if (salesChannelId === undefined) return new Map<string, string>()
    const problems = await Promise.all(found.map(({ key, facts }) => codeProblem(container, facts, key, salesChannelId)))
    found = found.filter((_, i) => !problems[i])
  }
  if (!found.length) return new Map<string, string>()
  const promotions = await container
    .resolve(Modules.PROMOTION)
    .listPromotions({ id: [...new Set(found.map(({ facts }) => facts.voucher.promotion_id!))] }, { select: ["id", "code"] })
  const codeOf = new Map<string, string>(promotions.filter((p) => p.code).map((p) => [p.id, p.code as string]))
  const byKey = new Map<string, string>()
  for (const { key, facts } of found) {
    const code = codeOf.get(facts.voucher.promotion_id!)
    if (code) byKey.set(key, code)
  }
  return byKey
}

/**
 * Lets Medusa's own promotion field take voucher codes and aliases in any
 * case: each typed code of a usable voucher becomes the code of the voucher's
 * promotion before Medusa's handler runs. The order then carries that
 * promotion, which is how order attribution finds the voucher.
 */
export async function mapVoucherPromoCodes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    // Medusa's validator usually ran first and its handler reads validatedBody; rewrite the raw body too in case it did not.
    const validated = (req as any).validatedBody as { promo_codes?: unknown } | undefined
    const raw = req.body as { promo_codes?: unknown } | undefined
    const typed = validated?.promo_codes ?? raw?.promo_codes
    if (!Array.isArray(typed) || !typed.every((code) => typeof code === "string")) return next()
    const keys = voucherKeysToLookUp(typed)
    if (!keys.length) return next()
    const byKey = await promotionCodesByKey(req.scope, req.params.id, keys, req.method === "POST")
    if (!byKey.size) return next()
    const rewritten = rewritePromoCodes(typed, byKey)
    if (validated && Array.isArray(validated.promo_codes)) validated.promo_codes = rewritten
    if (raw && Array.isArray(raw.promo_codes)) raw.promo_codes = [...rewritten]
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * Enable: voucher codes in Medusa's own promotion field: the promotions route
 * (`POST` adds, `DELETE` removes) and the cart update whose `promo_codes`
 * replace the cart's codes (Medusa's Next.js starters apply codes that way).
 */
export const promotionFieldRoutes: MiddlewareRoute[] = [
  { method: ["POST", "DELETE"], matcher: "/store/carts/:id/promotions", middlewares: [mapVoucherPromoCodes] },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [mapVoucherPromoCodes] },
]
