"use server"

import type { HttpTypes } from "@medusajs/types"
import { cookies, headers } from "next/headers"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { attachAffiliateToCart } from "medusa-plugin-affiliate/storefront/next"
import { affiliateOptions } from "../affiliate"
import { sdk } from "../config"
import { getAuthHeaders, getCartId, removeCartId, setCartId } from "../cookies"
import { messageOf } from "../errors"
import { getRegion } from "./regions"

const CART_FIELDS = "*items,*region,*promotions,*shipping_methods,+items.thumbnail,+items.product_title"

export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const cartId = await getCartId()
  if (!cartId) return null
  try {
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: CART_FIELDS }, await getAuthHeaders())
    return cart.completed_at ? null : cart
  } catch {
    return null
  }
}

/**
 * The shopper's cart for a country, created on first use (long after the
 * landing page, as Medusa's starter does). Each time, the affiliate kit puts
 * the remembered click or code on the cart; it sends nothing once the cart
 * has it, so calling it here on every cart change costs nothing.
 */
export async function getOrSetCart(countryCode: string): Promise<HttpTypes.StoreCart> {
  const region = await getRegion(countryCode)
  if (!region) throw new Error(`No region sells to "${countryCode}".`)
  const authHeaders = await getAuthHeaders()
  let cart = await retrieveCart()
  if (!cart) {
    cart = (await sdk.store.cart.create({ region_id: region.id }, {}, authHeaders)).cart
    await setCartId(cart.id)
  } else if (cart.region_id !== region.id) {
    cart = (await sdk.store.cart.update(cart.id, { region_id: region.id }, {}, authHeaders)).cart
  }
  await attachAffiliateToCart({ ...affiliateOptions, cartId: cart.id, cookies: await cookies(), headers: await headers() })
  return cart
}

export async function addToCart(countryCode: string, variantId: string, quantity = 1) {
  const cart = await getOrSetCart(countryCode)
  await sdk.store.cart.createLineItem(cart.id, { variant_id: variantId, quantity }, {}, await getAuthHeaders())
}

export type FormState = { error?: string; notice?: string } | null

/** The add-to-cart form of a product page. */
export async function addToCartAction(_state: FormState, form: FormData): Promise<FormState> {
  const countryCode = String(form.get("countryCode") ?? "")
  const variantId = String(form.get("variantId") ?? "")
  if (!variantId) return { error: "Choose a variant first." }
  try {
    await addToCart(countryCode, variantId, Math.max(1, Number(form.get("quantity") ?? 1) || 1))
  } catch (error) {
    return { error: messageOf(error) }
  }
  redirect(`/${countryCode}/cart`)
}

/**
 * The promo-code field, as Medusa's starter writes it: the typed code goes to
 * Medusa's own cart route (`promo_codes`). The plugin maps partner codes and
 * aliases in any case to their voucher's promotion there, so the discount and
 * the attribution come from the same call. A partner code without a discount
 * is not a Medusa promotion: the kit attaches it so the partner is credited.
 */
export async function applyPromoCodeAction(_state: FormState, form: FormData): Promise<FormState> {
  const typed = String(form.get("code") ?? "")
  if (!typed.trim()) return { error: "Enter a code." }
  const cart = await retrieveCart()
  if (!cart) return { error: "Your cart is empty." }
  const current = (cart.promotions ?? []).map((p) => p.code).filter((code): code is string => !!code)
  try {
    await sdk.store.cart.update(cart.id, { promo_codes: [...current, typed] }, {}, await getAuthHeaders())
    revalidatePath("/", "layout")
    return { notice: `Code ${typed.trim()} applied.` }
  } catch (medusaError) {
    const attached = await attachAffiliateToCart({ ...affiliateOptions, cartId: cart.id, cookies: await cookies(), headers: await headers(), code: typed })
    revalidatePath("/", "layout")
    if (attached.status === "done") return { notice: `Code ${typed.trim()} noted: it credits the partner who shared it.` }
    return { error: messageOf(medusaError, "That code cannot be used on this cart.") }
  }
}

export async function removePromoCodeAction(form: FormData) {
  const code = String(form.get("code") ?? "")
  const cart = await retrieveCart()
  if (!cart || !code) return
  await sdk.store.cart.removePromotions(cart.id, { promo_codes: [code] }, {}, await getAuthHeaders())
  revalidatePath("/", "layout")
}

export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId }, await getAuthHeaders())
  return shipping_options
}

/**
 * Checkout in one step: contact and address, delivery, Medusa's default
 * payment provider (no card needed), then the order.
 */
export async function placeOrderAction(_state: FormState, form: FormData): Promise<FormState> {
  const countryCode = String(form.get("countryCode") ?? "")
  const cart = await retrieveCart()
  if (!cart) return { error: "Your cart is empty." }
  const text = (name: string) => String(form.get(name) ?? "").trim()
  const email = text("email")
  const shippingOptionId = text("shipping_option_id")
  if (!email || !text("first_name") || !text("last_name") || !text("address_1") || !text("city") || !text("postal_code")) {
    return { error: "Fill in your email, name and address." }
  }
  if (!shippingOptionId) return { error: "Choose a delivery option." }
  const address = {
    first_name: text("first_name"),
    last_name: text("last_name"),
    address_1: text("address_1"),
    city: text("city"),
    postal_code: text("postal_code"),
    country_code: text("country_code") || countryCode,
  }
  const authHeaders = await getAuthHeaders()
  let orderId: string
  try {
    const { cart: updated } = await sdk.store.cart.update(cart.id, { email, shipping_address: address, billing_address: address }, {}, authHeaders)
    await sdk.store.cart.addShippingMethod(updated.id, { option_id: shippingOptionId }, {}, authHeaders)
    const { cart: withShipping } = await sdk.store.cart.retrieve(updated.id, {}, authHeaders)
    await sdk.store.payment.initiatePaymentSession(withShipping, { provider_id: "pp_system_default" }, {}, authHeaders)
    const completed = await sdk.store.cart.complete(updated.id, {}, authHeaders)
    if (completed.type !== "order") return { error: messageOf(completed.error, "The order could not be placed.") }
    orderId = completed.order.id
  } catch (error) {
    return { error: messageOf(error) }
  }
  await removeCartId()
  redirect(`/${countryCode}/order/${orderId}/confirmed`)
}

export async function retrieveOrder(orderId: string): Promise<HttpTypes.StoreOrder | null> {
  try {
    const { order } = await sdk.store.order.retrieve(orderId, { fields: "*items,*promotions,+total,+discount_total" }, await getAuthHeaders())
    return order as HttpTypes.StoreOrder
  } catch {
    return null
  }
}
