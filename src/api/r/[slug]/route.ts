import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { redirectTarget } from "../../../domain/track/redirect"
import { normalizeUtm, UTM_FIELDS } from "../../../domain/enable/utm"
import { allSites, findReferralBySlug } from "../../../workflows/track/lookups"
import { pickSite, recordClick } from "../../../workflows/track/record-click"
import { trustedClient } from "../../utils/tracking"
import { decodeComponent } from "../../utils/input-guard"

const VISITOR_COOKIE = "aff_vid"

function page(res: MedusaResponse, status: number, title: string, text: string) {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  res
    .status(status)
    .setHeader("Cache-Control", "no-store")
    .type("html")
    .send(
      `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escape(title)}</title><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem">` +
        `<h1>${escape(title)}</h1><p>${escape(text)}</p></body></html>`
    )
}

function readCookie(req: MedusaRequest, name: string): string | undefined {
  const header = req.headers.cookie
  if (!header) return undefined
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=")
    // A malformed value ("%", "%zz") is no cookie at all.
    if (k === name) return decodeComponent(v.join("=")) ?? undefined
  }
  return undefined
}

const single = (v: unknown) => (typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : undefined)

/**
 * A partner's referral link: records the click and sends the visitor to the
 * referral's site with the click id and UTM tags. It only ever leads to a
 * registered site of the program; any other target is refused before anything
 * is written. Links of a suspended partner still land, but never attribute.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const slug = String(req.params.slug ?? "")
  const facts = await findReferralBySlug(req.scope, slug)
  if (!facts) return page(res, 404, "Link not found", "This referral link does not exist. Check the address, or visit the store directly.")

  const sites = (await allSites(req.scope)).filter((s) => s.program_id === facts.program_id && s.status === "active")
  const requestedSite = single(req.query.site)
  const site =
    pickSite(sites, facts.program_id, { site: requestedSite ?? null, referral_site_id: facts.referral.site_id }) ??
    sites.find((s) => facts.partner.authorized_site_ids.includes(s.id)) ??
    (sites.length === 1 ? sites[0] : null)
  if (requestedSite && !site) return page(res, 400, "Unknown site", "This link names a site that is not part of the program.")
  if (!site) return page(res, 404, "No site for this link", "This referral link has no site to lead to yet. Visit the store directly.")

  const utm = normalizeUtm(Object.fromEntries(UTM_FIELDS.map((f) => [f, single(req.query[f]) ?? null])))
  const to = single(req.query.to) ?? null
  const registeredDomains = sites.map((s) => s.domain)
  // Check the target before anything is written: a refused link records nothing.
  const check = redirectTarget({ site, landingPath: facts.referral.landing_path, registeredDomains, to })
  if (!check.ok) return page(res, 400, "Link refused", check.message)

  const cookieVisitor = readCookie(req, VISITOR_COOKIE)
  const client = trustedClient(req)
  const click = await recordClick(
    req.scope,
    { referral: facts.referral.slug, visitor_id: cookieVisitor, referrer: single(req.headers.referer), site: site.id, ...utm,
      landing_url: new URL(check.url).toString() },
    { user_agent: client.user_agent, ip: client.ip }
  )
  const target = redirectTarget({
    site,
    landingPath: facts.referral.landing_path,
    registeredDomains,
    to,
    clickId: click.click_id,
    utm: click.utm,
  })
  if (!target.ok) return page(res, 400, "Link refused", target.message)
  const url = new URL(target.url)
  url.searchParams.set("aff_vid", click.visitor_id)

  res.setHeader("Cache-Control", "no-store")
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin")
  res.cookie?.(VISITOR_COOKIE, click.visitor_id, { maxAge: 365 * 24 * 3600 * 1000, httpOnly: true, sameSite: "lax", path: "/r" })
  res.redirect(302, url.toString())
}
