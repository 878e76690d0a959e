import { Modules, PromotionActions } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { isClickId, isVisitorId } from "../../domain/track/visitor"
import { affiliateService } from "../steps/load"
import { conflict, invalid, notFound } from "../steps/errors"
import { allSites, CodeFacts, findCode } from "./lookups"
import { attachedTouchOf } from "./touches"
import { blockedReason, siteBlockedReason } from "./record-click"

type Container = { resolve: (key: string) => any }

export type AttachToCartInput = { cart_id: string; click_id?: string; code?: string; visitor_id?: string }

async function loadCart(container: Container, id: string) {
  const query = container.resolve("query")
  const { data } = await query.graph({ entity: "cart", fields: ["id", "sales_channel_id", "metadata", "completed_at"], filters: { id } })
  return data[0] ?? null
}

/**
 * The one answer a shopper gets for a code that cannot be used here: unknown,
 * inactive, a blocked partner's or another site's code all read alike, so
 * codes cannot be enumerated and a partner's status never shows.
 */
export const codeNotValid = (typed: string) => `The code "${typed}" is not valid in this store. Check the spelling.`

/** Why a typed code cannot be used on this cart (the shopper's message), or null when it can. */
export async function codeProblem(container: Container, facts: CodeFacts, typed: string, salesChannelId: string | null): Promise<string | null> {
  if (blockedReason(facts, { status: facts.code.status, voucherStatus: facts.voucher.status })) return codeNotValid(typed)
  const sites = (await allSites(container)).filter((s) => s.program_id === facts.program_id && s.status === "active")
  if (!sites.length) return null
  const site = sites.find((s) => s.sales_channel_id && s.sales_channel_id === salesChannelId)
  const foreign = !site || (facts.referral.site_id && facts.referral.site_id !== site.id) || siteBlockedReason(facts, site)
  return foreign ? codeNotValid(typed) : null
}

/** The code of the voucher's incentive promotion: a linked promotion keeps its own code, which may differ from the voucher's. */
async function incentiveCode(container: Container, promotionId: string | null): Promise<string | null> {
  if (!promotionId) return null
  const [promotion] = await container.resolve(Modules.PROMOTION).listPromotions({ id: promotionId }, { take: 1, select: ["id", "code"] })
  return promotion?.code ?? null
}

const prepareCartTouchStep = createStep("prepare-affiliate-cart-touch", async (input: AttachToCartInput, { container }) => {
  const cart = await loadCart(container, input.cart_id)
  if (!cart) throw notFound(`Cart ${input.cart_id} was not found.`)
  if (cart.completed_at) throw conflict("This cart is already completed; attach codes and clicks before checkout.")
  const current = attachedTouchOf(cart.metadata)
  const touch = { ...current }
  let promotionCode: string | null = null
  if (input.click_id) {
    if (!isClickId(input.click_id)) throw invalid("click_id: not a click id (affclk_...).")
    const [click] = await affiliateService(container).listAffiliateClicks({ id: input.click_id }, { take: 1, select: ["id", "visitor_id"] })
    if (!click) throw notFound(`Click ${input.click_id} was not found.`)
    touch.click_id = click.id
    touch.visitor_id = click.visitor_id
  }
  if (input.visitor_id) {
    if (!isVisitorId(input.visitor_id)) throw invalid("visitor_id: must be 8-64 letters, digits, _ or -.")
    touch.visitor_id = touch.visitor_id ?? input.visitor_id
  }
  if (input.code) {
    const facts = await findCode(container, input.code)
    const problem = facts ? await codeProblem(container, facts, input.code, cart.sales_channel_id ?? null) : codeNotValid(input.code)
    if (problem || !facts) throw notFound(problem ?? codeNotValid(input.code))
    touch.code = facts.code.code
    promotionCode = await incentiveCode(container, facts.voucher.promotion_id)
  }
  touch.attached_at = new Date().toISOString()
  const metadata = { ...(cart.metadata ?? {}), affiliate: touch }
  return new StepResponse({ cart_id: cart.id, metadata, previous: cart.metadata ?? null, promotion_code: promotionCode })
})

const setCartMetadataStep = createStep(
  "set-affiliate-cart-metadata",
  async (input: { cart_id: string; metadata: Record<string, unknown>; previous: Record<string, unknown> | null }, { container }) => {
    await container.resolve(Modules.CART).updateCarts(input.cart_id, { metadata: input.metadata })
    return new StepResponse(input.metadata, { cart_id: input.cart_id, previous: input.previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    // Medusa merges metadata: clear our key, then restore what was there.
    await container.resolve(Modules.CART).updateCarts(undo.cart_id, { metadata: { ...(undo.previous ?? {}), affiliate: undo.previous?.affiliate ?? "" } })
  }
)

/**
 * Attaches a click or a typed voucher code (or alias) to a cart, so the order
 * it becomes is attributed. A code with an incentive applies its Medusa
 * promotion to the cart.
 */
export const attachToCartWorkflow = createWorkflow("attach-affiliate-to-cart", (input: AttachToCartInput) => {
  const prepared = prepareCartTouchStep(input)
  const metadata = setCartMetadataStep(prepared)
  when({ prepared }, ({ prepared }) => !!prepared.promotion_code).then(() => {
    updateCartPromotionsWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({
        cart_id: prepared.cart_id,
        promo_codes: [prepared.promotion_code!],
        action: PromotionActions.ADD,
      })),
    })
  })
  return new WorkflowResponse(
    transform({ prepared, metadata }, ({ prepared, metadata }) => ({
      cart_id: prepared.cart_id,
      affiliate: (metadata as any).affiliate,
      promotion_code: prepared.promotion_code,
    }))
  )
})
