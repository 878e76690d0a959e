import { NextResponse, type NextRequest } from "next/server"
import { affiliateMiddleware } from "medusa-plugin-affiliate/storefront/next"

const BACKEND_URL = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY || process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY || ""
const DEFAULT_REGION = (process.env.DEFAULT_REGION || "de").toLowerCase()

let countries: { codes: Set<string>; at: number } | null = null

/** The countries this store sells to, from Medusa's regions (kept for a minute). */
async function knownCountries(): Promise<Set<string>> {
  if (countries && Date.now() - countries.at < 60_000) return countries.codes
  try {
    const response = await fetch(`${BACKEND_URL}/store/regions`, { headers: { "x-publishable-api-key": PUBLISHABLE_KEY } })
    const { regions } = (await response.json()) as { regions: { countries?: { iso_2: string }[] }[] }
    const codes = new Set(regions.flatMap((region) => (region.countries ?? []).map((country) => country.iso_2.toLowerCase())))
    countries = { codes, at: Date.now() }
    return codes
  } catch {
    return new Set([DEFAULT_REGION])
  }
}

/**
 * Like Medusa's starter, every page lives under /[countryCode]; a URL without
 * one is sent to the default country with its query (and so its ?ref= or
 * UTM tags) intact. Before the page renders, the affiliate kit records the
 * click of a partner or campaign landing from this server, with the
 * shopper's IP and user agent, and keeps its id in an httpOnly cookie.
 */
export async function middleware(request: NextRequest) {
  const [first] = request.nextUrl.pathname.split("/").filter(Boolean)
  const codes = await knownCountries()
  if (!first || !codes.has(first.toLowerCase())) {
    const url = request.nextUrl.clone()
    const country = codes.has(DEFAULT_REGION) ? DEFAULT_REGION : ([...codes][0] ?? DEFAULT_REGION)
    url.pathname = `/${country}${request.nextUrl.pathname === "/" ? "" : request.nextUrl.pathname}`
    // The landing is recorded on the page the shopper sees, not on this hop.
    return NextResponse.redirect(url, 307)
  }
  const response = NextResponse.next()
  await affiliateMiddleware(request, response, { baseUrl: BACKEND_URL, publishableKey: PUBLISHABLE_KEY })
  return response
}

export const config = {
  matcher: ["/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|jpg|svg|webp|ico)$).*)"],
}
