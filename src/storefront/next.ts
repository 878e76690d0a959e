/**
 * `medusa-plugin-affiliate/storefront/next`: server-side tracking for a
 * Next.js storefront whose cart and customer cookies are httpOnly (Medusa's
 * starters). `next` is not a dependency: the helpers take anything shaped
 * like NextRequest, NextResponse and next/headers' cookies() and headers().
 */
export {
  affiliateMiddleware,
  attachAffiliateToCart,
  clientFrom,
  isHttps,
  reportAffiliateSignup,
  shopperContext,
  type AffiliateCallResult,
  type AffiliateKitOptions,
  type AffiliateMiddlewareResult,
  type AttachAffiliateToCartInput,
  type CookieJar,
  type CookieWriter,
  type MiddlewareRequestLike,
  type MiddlewareResponseLike,
  type ReportAffiliateSignupInput,
} from "./kit/next"
export * from "./index"
