import { isSitePath, MAX_SITE_PATH } from "../track/redirect"

/**
 * A link's landing path is appended to its site's own host when the link is
 * followed (see ../track/redirect), so it must be a path on that host and
 * never a way to name another one: "https://evil.com", "//evil.com" and
 * "/\evil.com" are refused. The redirect checks it again; this is the check
 * at the moment it is saved, with a message that says what to type instead.
 */
export function checkLandingPath(path: string): string | null {
  if (typeof path !== "string" || !path.startsWith("/") || path.startsWith("//")) {
    return "landing_path must be a path on the site, such as /summer-sale (starting with a single /)."
  }
  if (path.length > MAX_SITE_PATH) return `landing_path has at most ${MAX_SITE_PATH} characters.`
  if (!isSitePath(path)) return "landing_path must not contain spaces, control characters or backslashes."
  return null
}
