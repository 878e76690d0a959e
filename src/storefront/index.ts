/**
 * `medusa-plugin-affiliate/storefront`: a typed client for the plugin's
 * tracking and store routes and the pure helpers behind the Next.js kit
 * (`medusa-plugin-affiliate/storefront/next`). No dependencies and no
 * server-only imports: it runs in Node, in Next.js middleware and in browsers.
 */
export {
  AffiliateApiError,
  createAffiliateClient,
  isAffiliateApiError,
  retryAfterSeconds,
  STOREFRONT_SECRET_HEADER,
  type AffiliateClient,
  type AffiliateClientOptions,
  type FetchLike,
  type RequestInitLike,
  type ResponseLike,
} from "./kit/client"
export { landingDecision, landingSignature, readLanding, referrerOrigin, type Landing, type LandingDecision } from "./kit/landing"
export { normalizeShopperIp, shopperIp, type HeaderReader } from "./kit/ip"
export {
  AFFILIATE_COOKIES,
  cartMark,
  clickCookieMaxAge,
  cookieOptions,
  landingCookies,
  touchFromCookies,
  type AffiliateCookie,
  type AffiliateCookieOptions,
  type CookieReader,
  type CookieSettings,
} from "./kit/cookies"
export type * from "./kit/types"
