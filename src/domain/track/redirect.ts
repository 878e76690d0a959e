import { normalizeDomain } from "../enable/domain-name"
import { normalizeUtm, UTM_FIELDS, UtmTags } from "../enable/utm"

/**
 * Where a referral link (/r/<slug>) sends the visitor. The link is public and
 * its ?to= is chosen by whoever shares it, so it must never become an open
 * redirect: the visitor only ever lands on one of the program's registered
 * sites. Every target is checked twice, once as typed and once as the final
 * URL a browser will follow.
 */
export type RedirectRequest = {
  /**
   * The canonical host of the referral's site, e.g. "shop.example.com", and
   * its landing URL: a site whose landing URL is plain http (a development
   * storefront) is linked over http, every other over https.
   */
  site: { domain: string; landing_url?: string | null }
  /** The referral's landing path, e.g. "/summer". */
  landingPath: string
  /** Every active site domain of the program. */
  registeredDomains: string[]
  /** Optional target from the link's ?to=: a site path or a URL on a registered site. */
  to?: string | null
  /** Appended as aff_click=<id> when present. */
  clickId?: string | null
  /** Link-level utm_* tags (query params already merged over the referral's defaults). */
  utm?: UtmTags
}

export type RedirectTarget = { ok: true; url: string } | { ok: false; message: string }

export const MAX_SITE_PATH = 512

export const REDIRECT_REFUSED =
  "Referral links only lead to the program's registered sites: use a path such as /summer or a URL on one of those sites."

// Whitespace (including Unicode spaces), C0/C1 control characters and backslashes,
// which browsers treat as "/" in http(s) URLs ("/\evil.com" is "//evil.com").
const UNSAFE = /[\s\u0000-\u001f\u007f-\u009f\\]/

/** A path on the site's own host: a single leading "/", no backslash, no whitespace or control characters. */
export function isSitePath(path: string): boolean {
  return (
    typeof path === "string" &&
    path.length <= MAX_SITE_PATH &&
    path.startsWith("/") &&
    !path.startsWith("//") &&
    !UNSAFE.test(path)
  )
}

/**
 * The host of a URL the way sites are registered: lower-case, no trailing
 * dot, a non-default port kept (a development storefront "localhost:8000" is
 * a site of its own), a default port dropped by URL parsing itself.
 */
function siteHostOf(url: URL): string {
  const hostname = url.hostname.toLowerCase().replace(/\.$/, "")
  return url.port ? `${hostname}:${url.port}` : hostname
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

const refused = (): RedirectTarget => ({ ok: false, message: REDIRECT_REFUSED })

export function redirectTarget(req: RedirectRequest): RedirectTarget {
  const registered = new Set<string>()
  for (const d of req.registeredDomains ?? []) {
    const check = typeof d === "string" ? normalizeDomain(d) : null
    if (check?.ok) registered.add(check.domain)
  }
  const site = normalizeDomain(req.site?.domain ?? "")
  const to = typeof req.to === "string" && req.to.trim() !== "" ? req.to : null
  const scheme = /^http:\/\//i.test(req.site?.landing_url ?? "") ? "http" : "https"

  let target: URL | null
  let intendedHost: string
  if (to === null) {
    if (!site.ok) return refused()
    // A stored landing path was checked when it was saved; a broken one falls back to the home page.
    const path = isSitePath(req.landingPath) ? req.landingPath : "/"
    intendedHost = site.domain
    target = parse(`${scheme}://${site.domain}${path}`)
  } else if (to.startsWith("/")) {
    if (!site.ok || !isSitePath(to)) return refused()
    intendedHost = site.domain
    target = parse(`${scheme}://${site.domain}${to}`)
  } else {
    // Absolute URLs must be spelled out in full: "https:evil.com" and
    // "https:/\evil.com" are guesses a browser repairs, not targets we accept.
    if (!/^https?:\/\/[^/]/i.test(to) || to.length > 2048 || UNSAFE.test(to)) return refused()
    target = parse(to)
    if (!target) return refused()
    intendedHost = siteHostOf(target)
  }

  if (!target) return refused()
  if (!isSafeTarget(target, intendedHost, registered)) return refused()
  // "shop.example.com." is the same site, but cookies set for "shop.example.com" are not sent to it.
  if (target.hostname.endsWith(".")) target.hostname = target.hostname.replace(/\.+$/, "")

  const additions: [string, string][] = []
  if (typeof req.clickId === "string" && req.clickId.trim() !== "") additions.push(["aff_click", req.clickId.trim()])
  const utm = normalizeUtm(req.utm ?? {})
  for (const field of UTM_FIELDS) {
    const value = utm[field]
    if (value) additions.push([field, value])
  }
  for (const [name, value] of additions) target.searchParams.set(name, value)

  // The final check, on the URL exactly as the browser will receive it.
  const final = target.toString()
  const reparsed = parse(final)
  if (!reparsed || !isSafeTarget(reparsed, intendedHost, registered)) return refused()
  return { ok: true, url: final }
}

function isSafeTarget(url: URL, intendedHost: string, registered: Set<string>): boolean {
  if (url.protocol !== "https:" && url.protocol !== "http:") return false
  if (url.username !== "" || url.password !== "") return false
  const host = siteHostOf(url)
  return host === intendedHost && registered.has(host)
}
