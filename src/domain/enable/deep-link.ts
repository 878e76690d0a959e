import { isSitePath } from "../track/redirect"

/**
 * Where a product lives on a site, as a path a partner's link can land on.
 *
 * Medusa's Next.js starter (and examples/nextjs-storefront) serves a product
 * at /<countryCode>/products/<handle>, and a site's landing URL already names
 * the country part ("http://localhost:8000/de"). So the rule is: the path of
 * the site's landing URL, then /products/<handle>.
 *   https://shop.example.com/      + trail-backpack -> /products/trail-backpack
 *   http://localhost:8000/de       + trail-backpack -> /de/products/trail-backpack
 *   https://shop.example.com/en/?x + trail-backpack -> /en/products/trail-backpack
 * A landing URL that names a file (/index.html) keeps only its folder.
 */
export function sitePathPrefix(landingUrl: string | null | undefined): string {
  if (typeof landingUrl !== "string" || !landingUrl.trim()) return ""
  let pathname: string
  try {
    pathname = new URL(landingUrl.trim()).pathname
  } catch {
    return ""
  }
  const segments = pathname.split("/").filter(Boolean)
  if (segments.length && segments[segments.length - 1].includes(".")) segments.pop()
  return segments.length ? `/${segments.join("/")}` : ""
}

/** The deep-link path of a product on a site, or null when the handle cannot make a safe site path. */
export function productLandingPath(landingUrl: string | null | undefined, handle: string | null | undefined): string | null {
  if (typeof handle !== "string" || !handle.trim()) return null
  const path = `${sitePathPrefix(landingUrl)}/products/${encodeURIComponent(handle.trim())}`
  return isSitePath(path) ? path : null
}

/**
 * The country a site's landing URL serves, when its first path segment is a
 * two-letter code as in the starter's /<countryCode>/ routes ("/de" -> "de").
 */
export function landingCountry(landingUrl: string | null | undefined): string | null {
  const first = sitePathPrefix(landingUrl).split("/")[1] ?? ""
  return /^[a-z]{2}$/i.test(first) ? first.toLowerCase() : null
}
