import type { UtmField } from "../../domain/enable/utm"

/**
 * Request and response shapes of the plugin's tracking and store routes, as a
 * storefront sees them. Kept by hand next to the routes' validators
 * (src/api/affiliate/clicks/validators.ts, src/api/store/affiliate/track-validators.ts).
 */

/** UTM tags of a click; the server lower-cases and trims them. */
export type ClickUtm = Partial<Record<UtmField, string | null>>

/**
 * The shopper, as the storefront's server saw them. Counts only with the
 * storefront secret; then `user_agent` is required ("" when the shopper sent none).
 */
export type ShopperContext = {
  ip?: string
  user_agent: string
}

/** Body of `POST /affiliate/clicks`: a referral slug or a code (not both), or UTM tags. */
export type RecordClickRequest = ClickUtm & {
  referral?: string
  code?: string
  visitor_id?: string
  /** Origin and path of the landing page (never its query string). */
  landing_url?: string
  /** Origin of the referring page. */
  referrer?: string
  site?: string
  ip?: string
  user_agent?: string
}

/** A recorded click as the public answer shows it. */
export type PublicClick = {
  click_id: string
  visitor_id: string
  is_unique: boolean
  is_bot: boolean
  /** False when this click can never earn attribution (bot, inactive partner or link, site not approved). */
  attributing: boolean
  referral: string | null
  site: { id: string; domain: string } | null
  utm: ClickUtm
  window_days: number
  /** ISO time at which the click stops attributing. */
  expires_at: string
}

export type RecordClickResponse = { click: PublicClick }

/** Body of the cart and signup routes: at least one of click_id, code, visitor_id. */
export type AttachTouchRequest = {
  click_id?: string
  code?: string
  visitor_id?: string
  ip?: string
  user_agent?: string
}

/** What the cart carries in `metadata.affiliate`. */
export type AttachedTouch = {
  click_id?: string
  code?: string
  visitor_id?: string
  attached_at: string
}

export type AttachToCartResponse = {
  cart_id: string
  affiliate: AttachedTouch
  /** The incentive promotion applied to the cart, when the code carries one. */
  promotion_code: string | null
}

export type SignupAttribution = {
  id: string
  status: string
  source: string
  attributed_at: string
  reason: "signup_too_late" | null
  detail: string | null
}

export type SignupAttributionResponse = {
  /** True the first time; a repeated report answers with the first decision. */
  created: boolean
  attribution: SignupAttribution | null
}

export type InvitationState = "open" | "accepted" | "expired" | "revoked"

export type InvitationLookup =
  | { state: "open"; email: string; name: string | null; message: string | null; expires_at: string }
  | { state: Exclude<InvitationState, "open"> }

export type PublicProgram = {
  id: string
  name: string
  handle: string
  description: string | null
  registration_mode: string
  agreement_text: string | null
  agreement_version: string | null
  attribution_window_days: number
  hold_days: number
  payout_minimums: Record<string, number>
  help_center: unknown
}

export type InvitationLookupResponse = { invitation: InvitationLookup; program: PublicProgram }
