import { DEFAULT_BACKEND_URL, invitationPage } from "./invitation-page"

/**
 * What a program still needs before it can pay anyone. A fresh install earns
 * nothing and says nothing about it (no rule, no site, no authorized partner),
 * so the operator and deployment scripts read this list instead of guessing.
 * Facts in, checks out: the route gathers the facts, this decides the words.
 */

export type SetupCheckId =
  | "site"
  | "commission_rule"
  | "partners_authorized"
  | "notifications"
  | "invitation_links"
  | "ip_salt"
  | "storefront_connected"

export type SetupCheckStatus = "ok" | "missing" | "warning"

export type SetupCheck = {
  id: SetupCheckId
  status: SetupCheckStatus
  title: string
  detail: string
  /** admin_path is a Medusa admin page; null when the fix is in medusa-config (no page can change it). */
  fix: { label: string; admin_path: string | null }
  /** Values a script may want without parsing the detail. */
  data?: Record<string, string | number | null>
}

export type SetupReport = { program: { id: string; name: string }; ready: boolean; checks: SetupCheck[] }

export type SetupFacts = {
  program: { id: string; name: string }
  now: Date
  /** The program's active sites; `sales_channel_id` counts only when that sales channel exists. */
  sites: { id: string; name: string; sales_channel_id: string | null }[]
  /** The program's commission rules that are not archived. */
  rules: {
    scope: "program" | "site" | "affiliate" | "referral"
    event: "registration" | "order" | "first_order"
    starts_at?: Date | string | null
    ends_at?: Date | string | null
  }[]
  partners: {
    active_external: number
    authorized_active_external: number
    /** One active external partner approved for no active site, the one the fix button opens. */
    first_unauthorized?: { id: string; name: string } | null
  }
  notifications: { channel: string; configured: boolean }
  invitations: { storefrontUrl?: string; invitationAcceptPath?: string; backendUrl?: string | null }
  /** What opening the invitation page answered (see InvitationProbe); left out when it was not opened. */
  invitation_probe?: InvitationProbe | null
  ip_hash_salt_set: boolean
  last_click_at: Date | string | null
  last_attributed_order_at: Date | string | null
}

/**
 * The route opens the invitation page the way a partner's browser would (GET,
 * redirects followed, a few seconds at most): the HTTP status it answered, or
 * why it did not answer (refused, unknown host, timed out).
 */
export type InvitationProbe = { status: number } | { error: string }

const CONFIG = null

export function setupChecks(facts: SetupFacts): SetupReport {
  const checks = [
    siteCheck(facts),
    ruleCheck(facts),
    partnersCheck(facts),
    notificationsCheck(facts),
    invitationLinksCheck(facts),
    ipSaltCheck(facts),
    storefrontCheck(facts),
  ]
  return { program: facts.program, ready: checks.every((c) => c.status !== "missing"), checks }
}

function siteCheck({ sites }: SetupFacts): SetupCheck {
  const base = { id: "site" as const, title: "A site linked to a sales channel", fix: { label: "Add a site", admin_path: "/affiliates/sites" } }
  const linked = sites.filter((s) => s.sales_channel_id)
  const unlinked = sites.filter((s) => !s.sales_channel_id)
  const data = { active_sites: sites.length, linked_sites: linked.length }
  if (!sites.length) {
    return { ...base, status: "missing", detail: "The program has no active site: partners have nothing to promote and orders belong to no site.", data }
  }
  if (!linked.length) {
    return {
      ...base,
      status: "missing",
      detail: `No active site is linked to a sales channel (${names(unlinked)}): orders cannot be matched to a site.`,
      fix: { label: "Choose a sales channel for the site", admin_path: "/affiliates/sites" },
      data,
    }
  }
  if (unlinked.length) {
    return {
      ...base,
      status: "warning",
      detail: `${unlinked.length} active site(s) have no sales channel (${names(unlinked)}): their orders are matched to no site.`,
      fix: { label: "Choose a sales channel for the site", admin_path: "/affiliates/sites" },
      data,
    }
  }
  return { ...base, status: "ok", detail: `${linked.length} active site(s) linked to a sales channel.`, data }
}

function ruleCheck({ rules, now, program }: SetupFacts): SetupCheck {
  const base = {
    id: "commission_rule" as const,
    title: "A commission rule for orders",
    fix: { label: "Add a commission rule", admin_path: `/affiliates/programs/${program.id}` },
  }
  const inForce = rules.filter((r) => !(r.starts_at && new Date(r.starts_at) > now) && !(r.ends_at && new Date(r.ends_at) <= now))
  const forOrders = inForce.filter((r) => r.event !== "registration")
  const programWide = forOrders.filter((r) => r.scope === "program")
  const data = { rules_in_force: inForce.length, order_rules: forOrders.length, program_wide_order_rules: programWide.length }
  if (programWide.length) {
    return { ...base, status: "ok", detail: `${programWide.length} program-wide rule(s) pay for orders.`, data }
  }
  if (forOrders.length) {
    return {
      ...base,
      status: "ok",
      detail: `${forOrders.length} rule(s) pay for orders, each for one site, partner or referral only; others earn nothing on orders.`,
      data,
    }
  }
  const why = !rules.length
    ? "The program has no active commission rule: orders earn nothing."
    : inForce.length
      ? "The program's rules pay for registrations only: orders earn nothing."
      : "None of the program's rules is in force today (outside their dates): orders earn nothing."
  return { ...base, status: "missing", detail: why, data }
}

function partnersCheck({ partners }: SetupFacts): SetupCheck {
  const base = { id: "partners_authorized" as const, title: "An active partner authorized for a site", fix: { label: "Authorize a partner for a site", admin_path: "/affiliates" } }
  const waiting = partners.first_unauthorized ?? null
  const data = {
    active_external: partners.active_external,
    authorized_active_external: partners.authorized_active_external,
    unauthorized_affiliate_id: waiting?.id ?? null,
    unauthorized_affiliate_name: waiting?.name ?? null,
  }
  if (!partners.active_external) {
    return { ...base, status: "missing", detail: "The program has no active external partner.", fix: { label: "Invite or approve a partner", admin_path: "/affiliates" }, data }
  }
  if (!partners.authorized_active_external) {
    return {
      ...base,
      status: "warning",
      detail: `${partners.active_external} active external partner(s), none approved for an active site: their links and codes earn nothing.`,
      fix: waiting ? { label: `Authorize ${waiting.name} for a site`, admin_path: `/affiliates/${waiting.id}` } : base.fix,
      data,
    }
  }
  return { ...base, status: "ok", detail: `${partners.authorized_active_external} active external partner(s) approved for a site.`, data }
}

function notificationsCheck({ notifications }: SetupFacts): SetupCheck {
  const base = { id: "notifications" as const, title: `A notification provider for the "${notifications.channel}" channel`, data: { channel: notifications.channel } }
  if (!notifications.configured) {
    return {
      ...base,
      status: "warning",
      detail: "invitation links must be copied by hand",
      fix: { label: `Configure a notification provider with the "${notifications.channel}" channel in medusa-config`, admin_path: CONFIG },
    }
  }
  return { ...base, status: "ok", detail: `Invitations and payout emails go out on the "${notifications.channel}" channel.`, fix: { label: "Nothing to do", admin_path: CONFIG } }
}

/** The page an invitation link opens, without the token: what the route probes and the check shows. */
export function invitationPageUrl(invitations: SetupFacts["invitations"]): string {
  const page = invitationPage(invitations, invitations.backendUrl)
  return `${page.baseUrl.replace(/\/$/, "")}${page.path}`
}

function invitationLinksCheck({ invitations, invitation_probe }: SetupFacts): SetupCheck {
  const page = invitationPage(invitations, invitations.backendUrl)
  const url = invitationPageUrl(invitations)
  const storefront = Boolean(invitations.storefrontUrl)
  const where = storefront ? "the storefront's accept page (storefrontUrl)" : "the workspace hosted on the Medusa server"
  // The hosted page falls back to Medusa's development address when no backend URL is configured.
  const devAddress = !storefront && page.baseUrl === DEFAULT_BACKEND_URL
  const base = {
    id: "invitation_links" as const,
    title: "Where invitation links point",
    fix: { label: "Set storefrontUrl (and invitationAcceptPath) to use the storefront's own page", admin_path: CONFIG },
  }
  const opened = `Invitation links open ${url}, ${where}${devAddress ? " (MEDUSA_BACKEND_URL is not set: Medusa's development address)" : ""}.`
  if (!invitation_probe) return { ...base, status: "ok", detail: opened, data: { url } }

  const fixWhenBroken = storefront
    ? { label: `Serve the accept page at ${page.path} on the storefront, or point invitationAcceptPath at it`, admin_path: CONFIG }
    : { label: "Set MEDUSA_BACKEND_URL to the address partners reach this server at", admin_path: CONFIG }
  if ("error" in invitation_probe) {
    return {
      ...base,
      status: "warning",
      detail: `${opened} The page did not answer (${invitation_probe.error}): invited partners cannot sign up.`,
      fix: fixWhenBroken,
      data: { url, http_status: null, probe_error: invitation_probe.error },
    }
  }
  const data = { url, http_status: invitation_probe.status, probe_error: null }
  if (invitation_probe.status >= 400) {
    return {
      ...base,
      status: "warning",
      detail: `${opened} The page answers HTTP ${invitation_probe.status}: invited partners land on an error page.`,
      fix: fixWhenBroken,
      data,
    }
  }
  return { ...base, status: "ok", detail: `${opened} The page answers (HTTP ${invitation_probe.status}).`, data }
}

function ipSaltCheck({ ip_hash_salt_set }: SetupFacts): SetupCheck {
  const base = { id: "ip_salt" as const, title: "A fixed salt for IP hashes", fix: { label: "Set the ipHashSalt option (e.g. AFFILIATE_IP_SALT)", admin_path: CONFIG } }
  if (!ip_hash_salt_set) {
    return {
      ...base,
      status: "warning",
      detail: "ipHashSalt is not set: hashes differ across processes and restarts, so checks by network address (self-referral, caps) miss.",
    }
  }
  return { ...base, status: "ok", detail: "ipHashSalt is set." }
}

function storefrontCheck({ last_click_at, last_attributed_order_at }: SetupFacts): SetupCheck {
  const base = {
    id: "storefront_connected" as const,
    title: "The storefront reports clicks and orders",
    fix: { label: "Install the storefront kit or tracker", admin_path: "/affiliates/reports" },
    data: { last_click_at: iso(last_click_at), last_attributed_order_at: iso(last_attributed_order_at) },
  }
  const missing = [!last_click_at && "no click seen yet", !last_attributed_order_at && "no attributed order yet"].filter(Boolean)
  if (missing.length) return { ...base, status: "warning", detail: missing.join("; ") }
  return { ...base, status: "ok", detail: `Last click ${iso(last_click_at)}, last attributed order ${iso(last_attributed_order_at)}.` }
}

function names(sites: { name: string }[]): string {
  const shown = sites.slice(0, 3).map((s) => s.name)
  return sites.length > 3 ? `${shown.join(", ")} and ${sites.length - 3} more` : shown.join(", ")
}

function iso(value: Date | string | null): string | null {
  return value ? new Date(value).toISOString() : null
}
