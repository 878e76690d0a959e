/**
 * Shapes of the report and attribution admin API responses (Track stage),
 * as the admin UI reads them.
 */

export type ReportDimension =
  | "day"
  | "site"
  | "affiliate"
  | "referral"
  | "utm_source"
  | "utm_medium"
  | "utm_campaign"

export type ReportFigures = {
  clicks: number
  unique_clicks: number
  bot_clicks: number
  registrations: number
  orders: number
  rejected_registrations: number
  rejected_orders: number
  /** Attributed order totals per currency as decimal strings: { eur: "123.40" }. */
  revenue: Record<string, string>
  /** Orders per unique visit, 0..1; null without visits. */
  conversion_rate: number | null
}

export type ReportRow = ReportFigures &
  Partial<Record<ReportDimension, string | null>> & {
    referral_name?: string | null
    referral_slug?: string | null
    affiliate_name?: string | null
    site_name?: string | null
    site_domain?: string | null
  }

export type ReportResponse = {
  timezone: string
  from: string
  to: string
  by: ReportDimension[]
  rows: ReportRow[]
  totals: ReportFigures
}

export type ReportQuery = {
  from?: string
  to?: string
  timezone?: string
  by?: string
  program_id?: string
  site_id?: string
  affiliate_id?: string
  referral_id?: string
  utm_source?: string
  utm_medium?: string
  utm_campaign?: string
}

export type AttributionConversion = "registration" | "order"
export type AttributionStatus = "attributed" | "rejected"
export type AttributionSource = "link" | "code" | "utm" | "registration" | "manual"
export type TouchKind = "code" | "click" | "registration"

export type ConsideredTouch = {
  kind: TouchKind
  ref: string
  at: string
  affiliate_id: string | null
  affiliate_name: string | null
  referral_id?: string | null
  outcome: "chosen" | "valid" | "rejected"
  reason?: string
  detail?: string
}

export type AttributionExplanation = {
  conversion?: AttributionConversion
  decided_at?: string
  model?: "first_touch" | "last_touch"
  precedence?: TouchKind[]
  window_days?: number
  site_id?: string | null
  considered?: ConsideredTouch[]
  summary?: string
}

export type Attribution = {
  id: string
  program_id: string
  conversion: AttributionConversion
  status: AttributionStatus
  customer_id: string | null
  order_id: string | null
  affiliate_id: string | null
  referral_id: string | null
  voucher_id: string | null
  voucher_code: string | null
  click_id: string | null
  site_id: string | null
  source: AttributionSource | null
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  utm_term: string | null
  utm_content: string | null
  attributed_at: string
  window_ends_at: string | null
  order_total: number | string | null
  raw_order_total?: { value: string } | null
  currency_code: string | null
  explanation: AttributionExplanation | null
  affiliate: { id: string; name: string; kind: string; status: string } | null
  referral: { id: string; name: string; slug: string } | null
  site: { id: string; name: string; domain: string } | null
}

export type AttributionListQuery = {
  limit?: number
  offset?: number
  order?: string
  affiliate_id?: string
  site_id?: string
  referral_id?: string
  conversion?: AttributionConversion
  status?: AttributionStatus
  source?: AttributionSource
  order_id?: string
  customer_id?: string
  attributed_from?: string
  attributed_to?: string
}
