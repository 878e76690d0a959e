/**
 * What a partner may do with their own links from the portal. The operator
 * creates links for anyone in the admin; a partner only for themselves, only
 * while their account is active, and only on a site of their program they are
 * approved to promote.
 */

/** Links one partner account may hold (archived ones count: their slugs stay taken). */
export const PARTNER_LINK_LIMIT = 100

export type PartnerLinkCheck =
  | { ok: true }
  /** forbidden: answered 403; not_found: 404 (nothing about the site is confirmed); conflict: 409. */
  | { ok: false; kind: "forbidden" | "not_found" | "conflict"; message: string }

export type PartnerFacts = { status: string; program_id: string }
export type SiteFacts = { id: string; name: string; program_id: string; status: string }

const refuse = (kind: "forbidden" | "not_found" | "conflict", message: string): PartnerLinkCheck => ({ ok: false, kind, message })

/** Only an active account creates or changes links; the others are told why. */
export function partnerMayChangeLinks(partner: PartnerFacts): PartnerLinkCheck {
  if (partner.status === "active") return { ok: true }
  if (partner.status === "pending") {
    return refuse("forbidden", "Your partner account is still pending: you can create links once the program team approves it.")
  }
  return refuse("forbidden", `Your partner account is ${partner.status}, so it cannot create or change links. Contact the program team.`)
}

/**
 * May this partner point a link at this site? The site must exist in the
 * partner's program and be active, and the partner's authorization for it
 * approved. A site of another program, an archived or unknown one is "not
 * found": a partner learns nothing about sites outside their program.
 */
export function partnerMayLinkSite(
  partner: PartnerFacts,
  siteId: string,
  site: SiteFacts | null | undefined,
  authorizationStatus: string | null | undefined
): PartnerLinkCheck {
  const account = partnerMayChangeLinks(partner)
  if (!account.ok) return account
  if (!site || site.program_id !== partner.program_id || site.status !== "active") {
    return refuse("not_found", `Site ${siteId} was not found in your program.`)
  }
  if (authorizationStatus === "approved") return { ok: true }
  if (authorizationStatus === "requested") {
    return refuse("forbidden", `Your request to promote ${site.name} is waiting for the program team's approval; links follow once it is approved.`)
  }
  if (authorizationStatus === "revoked") {
    return refuse("forbidden", `Your authorization to promote ${site.name} was revoked, so it takes no new links.`)
  }
  return refuse("forbidden", `You are not approved to promote ${site.name}. Request the site first; links follow once it is approved.`)
}

/** One more link, or the limit with what to do about it. */
export function partnerMayAddLink(existingLinks: number, limit = PARTNER_LINK_LIMIT): PartnerLinkCheck {
  if (existingLinks < limit) return { ok: true }
  return refuse("conflict", `A partner account holds at most ${limit} links. Reuse or rename one of yours, or ask the program team.`)
}
