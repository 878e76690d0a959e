"use server"

import type { HttpTypes } from "@medusajs/types"
import { cookies, headers } from "next/headers"
import { redirect } from "next/navigation"
import { reportAffiliateSignup } from "medusa-plugin-affiliate/storefront/next"
import { affiliateOptions } from "../affiliate"
import { sdk } from "../config"
import { getAuthHeaders, getCartId, removeAuthToken, setAuthToken } from "../cookies"
import { messageOf } from "../errors"
import type { FormState } from "./cart"

export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const authHeaders = await getAuthHeaders()
  if (!("authorization" in authHeaders)) return null
  try {
    const { customer } = await sdk.store.customer.retrieve({}, authHeaders)
    return customer
  } catch {
    return null
  }
}

/** A cart started before signing in becomes the customer's. */
async function transferCart() {
  const cartId = await getCartId()
  if (cartId) await sdk.store.cart.transferCart(cartId, {}, await getAuthHeaders()).catch(() => undefined)
}

/**
 * Registration, as Medusa's starter does it (register the identity, create the
 * customer, sign in), plus one call: the affiliate kit reports the click or
 * code that brought the shopper, so the partner is credited with the signup.
 */
export async function signupAction(_state: FormState, form: FormData): Promise<FormState> {
  const countryCode = String(form.get("countryCode") ?? "")
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  const firstName = String(form.get("first_name") ?? "").trim()
  const lastName = String(form.get("last_name") ?? "").trim()
  if (!email || !password || !firstName || !lastName) return { error: "Fill in your name, email and a password." }
  try {
    const registrationToken = await sdk.auth.register("customer", "emailpass", { email, password })
    await sdk.store.customer.create({ email, first_name: firstName, last_name: lastName }, {}, { authorization: `Bearer ${registrationToken}` })
    const token = await sdk.auth.login("customer", "emailpass", { email, password })
    if (typeof token !== "string") return { error: "Signing in needs another step this store does not support." }
    await setAuthToken(token)
    await reportAffiliateSignup({ ...affiliateOptions, customerToken: token, cookies: await cookies(), headers: await headers() })
    await transferCart()
  } catch (error) {
    return { error: messageOf(error) }
  }
  redirect(`/${countryCode}/account`)
}

export async function loginAction(_state: FormState, form: FormData): Promise<FormState> {
  const countryCode = String(form.get("countryCode") ?? "")
  const next = String(form.get("next") ?? "")
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  if (!email || !password) return { error: "Enter your email and password." }
  try {
    const token = await sdk.auth.login("customer", "emailpass", { email, password })
    if (typeof token !== "string") return { error: "Signing in needs another step this store does not support." }
    await setAuthToken(token)
    await transferCart()
  } catch (error) {
    return { error: messageOf(error, "Wrong email or password.") }
  }
  // Only paths inside this storefront.
  redirect(next.startsWith(`/${countryCode}/`) ? next : `/${countryCode}/account`)
}

export async function signoutAction(form: FormData) {
  const countryCode = String(form.get("countryCode") ?? "")
  await removeAuthToken()
  redirect(`/${countryCode}/account`)
}

export async function listOrders(): Promise<HttpTypes.StoreOrder[]> {
  try {
    const { orders } = await sdk.store.order.list({ limit: 10, order: "-created_at" } as any, await getAuthHeaders())
    return orders
  } catch {
    return []
  }
}
