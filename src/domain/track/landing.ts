/**
 * What a click records about where the visitor came from and where they
 * landed. Values come from request headers and query strings, so anything
 * that does not parse is dropped (null) rather than stored half-understood.
 */

export const MAX_LANDING_PATH = 512

function parseHttpUrl(url: string | null | undefined): URL | null {
  if (typeof url !== "string") return null
  const value = url.trim()
  if (!value) return null
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    return null
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null
  if (!parsed.hostname) return null
  return parsed
}

/**
 * The referring site for reports: "www.instagram.com" from
 * "https://WWW.Instagram.com:443/p/xyz?igsh=1". The port is dropped and
 * "www." kept (it is what the referrer sent); non-http(s) referrers
 * ("android-app://…") and garbage give null.
 */
export function referrerHost(referrer: string | null | undefined): string | null {
  const parsed = parseHttpUrl(referrer)
  if (!parsed) return null
  return parsed.hostname.replace(/\.$/, "") || null
}

/**
 * The host a URL points to, as sites are stored (see normalizeDomain):
 * lower-case, no trailing dot, a non-default port kept ("localhost:8000"),
 * a default one dropped. Null unless the URL is absolute http(s).
 */
export function hostOf(url: string | null | undefined): string | null {
  const parsed = parseHttpUrl(url)
  if (!parsed) return null
  const hostname = parsed.hostname.replace(/\.$/, "")
  if (!hostname) return null
  return parsed.port ? `${hostname}:${parsed.port}` : hostname
}

const PATH_BASE = "http://landing.invalid"

/**
 * The path a visitor landed on, without query or fragment (those carry
 * tracking ids and personal data, not the page), at most 512 characters.
 * Accepts an absolute http(s) URL or a site path starting with a single "/".
 * The result always starts with exactly one "/".
 */
export function landingPathOf(url: string | null | undefined): string | null {
  if (typeof url !== "string") return null
  const value = url.trim()
  if (!value) return null
  let path: string
  if (value.startsWith("/")) {
    // "//host/x" and "/\host/x" are URLs of another host, not paths.
    if (value.startsWith("//") || value.startsWith("/\\")) return null
    let parsed: URL
    try {
      parsed = new URL(value, PATH_BASE)
    } catch {
      return null
    }
    if (parsed.origin !== PATH_BASE) return null
    path = parsed.pathname
  } else {
    const parsed = parseHttpUrl(value)
    if (!parsed) return null
    path = parsed.pathname
  }
  // "https://shop.example.com//x" is stored as "/x": a stored path that starts
  // with "//" would read as another host wherever it is reused.
  return path.replace(/^\/+/, "/").slice(0, MAX_LANDING_PATH)
}
