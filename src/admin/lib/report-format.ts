/** Formatting for report figures and the dates of a report period. */

const countFormat = new Intl.NumberFormat(undefined)
const percentFormat = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 })

export function formatCount(value: number | null | undefined): string {
  return countFormat.format(value ?? 0)
}

/** Orders per unique visit; "-" without visits. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? "-" : percentFormat.format(rate)
}

/** One amount in its currency; the decimal string is handed to Intl as is, never summed here. */
export function formatMoney(amount: string | number | null | undefined, currency: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === "") {
    return "-"
  }
  if (!currency) {
    return String(amount)
  }
  try {
    // Intl formats decimal strings exactly; the cast is for older lib typings.
    return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(
      amount as unknown as number
    )
  } catch {
    return `${currency.toUpperCase()} ${amount}`
  }
}

/** Revenue per currency on one line: "€1,234.50 · $12.00"; "-" when there is none. */
export function formatRevenue(revenue: Record<string, string> | null | undefined): string {
  const entries = Object.entries(revenue ?? {}).sort(([a], [b]) => a.localeCompare(b))
  return entries.length ? entries.map(([currency, amount]) => formatMoney(amount, currency)).join(" · ") : "-"
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timezone: string, now = new Date()): string {
  try {
    // en-CA writes dates as YYYY-MM-DD.
    return new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
  } catch {
    return now.toISOString().slice(0, 10)
  }
}

/** A YYYY-MM-DD date moved by whole days (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** "Oct 2" for a chart label, "Thu, Oct 2, 2026" for a table. */
export function formatDay(day: string, style: "short" | "long" = "long"): string {
  const date = new Date(`${day}T12:00:00Z`)
  if (isNaN(date.getTime())) {
    return day
  }
  const options: Intl.DateTimeFormatOptions =
    style === "short"
      ? { month: "short", day: "numeric", timeZone: "UTC" }
      : { weekday: "short", year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }
  return new Intl.DateTimeFormat(undefined, options).format(date)
}

/** The browser's time zone, UTC when it cannot tell. */
export function browserTimezone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"
  } catch {
    return "UTC"
  }
}

/** Time zones the browser knows, for suggestions in a time zone field. */
export function knownTimezones(): string[] {
  try {
    const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] }
    const zones = intl.supportedValuesOf ? intl.supportedValuesOf("timeZone") : []
    return zones.includes("UTC") ? zones : ["UTC", ...zones]
  } catch {
    return ["UTC"]
  }
}

export const SOURCE_LABELS: Record<string, string> = {
  link: "Link",
  code: "Code",
  utm: "UTM",
  registration: "Registration",
  manual: "Manual",
}

export const REASON_LABELS: Record<string, string> = {
  bot: "Bot",
  blocked_at_click: "Blocked at click",
  window_expired: "Window expired",
  after_conversion: "After the conversion",
  affiliate_not_active: "Partner not active",
  referral_archived: "Referral archived",
  code_inactive: "Code inactive",
  site_unregistered: "Site not registered",
  site_not_authorized: "Site not authorized",
  self_referral: "Self-referral",
  outranked: "Outranked",
}

export function reasonLabel(reason: string | null | undefined): string {
  if (!reason) {
    return "-"
  }
  return REASON_LABELS[reason] ?? reason.replace(/_/g, " ")
}
