import type { SetupCheck, SetupCheckId, SetupCheckStatus } from "../../../domain/recruit/setup-checks"
import type { BadgeColor } from "../../lib/status"
import { formatDateTime } from "../../lib/format"

/** Steps without which the program pays nobody; the others are advice. */
export const REQUIRED_CHECKS: SetupCheckId[] = ["site", "commission_rule", "partners_authorized"]

export const CHECK_STATUS: Record<SetupCheckStatus, { label: string; color: BadgeColor }> = {
  ok: { label: "Done", color: "green" },
  missing: { label: "Missing", color: "red" },
  warning: { label: "Warning", color: "orange" },
}

/** One line on what the check means and why it matters, by state. */
const WHY: Record<SetupCheckId, Partial<Record<SetupCheckStatus, string>> & { ok: string }> = {
  site: {
    missing: "No site on a sales channel: orders belong to no site, so no partner is credited.",
    warning: "Orders in a site without a sales channel are credited to nobody.",
    ok: "Orders placed in a site's sales channel are credited to that site's partners.",
  },
  commission_rule: {
    missing: "No commission rule: partners earn nothing.",
    ok: "Referred orders earn partners a commission by these rules.",
  },
  partners_authorized: {
    missing: "No active partner: nobody can earn yet.",
    warning: "A partner not approved for a site earns nothing from their links and codes.",
    ok: "Approved partners earn from their links and codes.",
  },
  notifications: {
    warning: "No email provider: invitation links are copied by hand and partners get no payout emails.",
    ok: "Invitations and payout notices reach partners by email.",
  },
  invitation_links: {
    warning: "Invited partners open this page to sign up: if it does not work, they cannot join.",
    ok: "Invited partners open this page to sign up.",
  },
  ip_salt: {
    warning: "Without a fixed salt, network-address checks (self-referral, click caps) miss after each restart.",
    ok: "Network-address checks (self-referral, click caps) hold across restarts and processes.",
  },
  storefront_connected: {
    warning: "Until the storefront reports clicks and orders, nothing is attributed and nobody earns.",
    ok: "The storefront reports clicks and orders.",
  },
}

export const whyText = (check: SetupCheck) => WHY[check.id][check.status] ?? WHY[check.id].ok

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "always" })

/** "6 Dec 2026, 10:04 (3 hours ago)"; "None yet" without a date. */
export function seenAt(value: unknown): string {
  if (typeof value !== "string" || !value) {
    return "None yet"
  }
  const minutes = Math.floor((Date.now() - new Date(value).getTime()) / 60000)
  const ago =
    minutes < 1
      ? "less than a minute ago"
      : minutes < 60
        ? relative.format(-minutes, "minute")
        : minutes < 48 * 60
          ? relative.format(-Math.floor(minutes / 60), "hour")
          : relative.format(-Math.floor(minutes / 1440), "day")
  return `${formatDateTime(value)} (${ago})`
}

/** The facts the API reported for a check, as label and value. */
export function checkFacts(check: SetupCheck): { label: string; value: string }[] {
  const data = check.data ?? {}
  const count = (key: string) => String(data[key] ?? 0)
  switch (check.id) {
    case "site":
      return [
        { label: "Active sites", value: count("active_sites") },
        { label: "On a sales channel", value: count("linked_sites") },
      ]
    case "commission_rule":
      return [
        { label: "Rules in force", value: count("rules_in_force") },
        { label: "Paying for orders", value: count("order_rules") },
        { label: "Program-wide", value: count("program_wide_order_rules") },
      ]
    case "partners_authorized":
      return [
        { label: "Active external partners", value: count("active_external") },
        { label: "Approved for a site", value: count("authorized_active_external") },
        ...(data.unauthorized_affiliate_name ? [{ label: "Waiting for a site", value: String(data.unauthorized_affiliate_name) }] : []),
      ]
    case "notifications":
      return [{ label: "Channel", value: String(data.channel ?? "-") }]
    case "invitation_links":
      return [
        { label: "Links open", value: String(data.url ?? "-") },
        {
          label: "Page answers",
          value:
            typeof data.http_status === "number"
              ? data.http_status < 400
                ? `Yes (HTTP ${data.http_status})`
                : `With an error (HTTP ${data.http_status})`
              : data.probe_error
                ? `No: ${data.probe_error}`
                : "Not checked",
        },
      ]
    case "storefront_connected":
      return [
        { label: "Last click", value: seenAt(data.last_click_at) },
        { label: "Last attributed order", value: seenAt(data.last_attributed_order_at) },
      ]
    default:
      return []
  }
}
