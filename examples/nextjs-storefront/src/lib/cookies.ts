import "server-only"
import { cookies, headers } from "next/headers"
import { isHttps } from "medusa-plugin-affiliate/storefront/next"

const CART_COOKIE = "_medusa_cart_id"
const AUTH_COOKIE = "_medusa_jwt"
const WEEK = 60 * 60 * 24 * 7

/** Like Medusa's starter: the cart id and the customer's token are httpOnly cookies no script can read. */
async function cookieOptions(maxAge: number) {
  const secure = isHttps(await headers())
  return { maxAge, httpOnly: true, sameSite: "strict" as const, secure, path: "/" }
}

export async function getAuthToken(): Promise<string | null> {
  return (await cookies()).get(AUTH_COOKIE)?.value ?? null
}

export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setAuthToken(token: string) {
  ;(await cookies()).set(AUTH_COOKIE, token, await cookieOptions(WEEK))
}

export async function removeAuthToken() {
  ;(await cookies()).set(AUTH_COOKIE, "", await cookieOptions(-1))
}

export async function getCartId(): Promise<string | null> {
  return (await cookies()).get(CART_COOKIE)?.value ?? null
}

export async function setCartId(cartId: string) {
  ;(await cookies()).set(CART_COOKIE, cartId, await cookieOptions(WEEK))
}

export async function removeCartId() {
  ;(await cookies()).set(CART_COOKIE, "", await cookieOptions(-1))
}
