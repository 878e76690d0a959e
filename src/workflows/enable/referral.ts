import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkSlug, freeSlugPrefix, nextFreeSlug } from "../../domain/enable/slug"
import { normalizeUtm } from "../../domain/enable/utm"
import { checkLandingPath } from "../../domain/enable/landing-path"
import { partnerMayAddLink, partnerMayChangeLinks, partnerMayLinkSite, type PartnerLinkCheck } from "../../domain/enable/partner-links"
import { createAffiliateRecordsStep, updateAffiliateRecordsStep } from "../steps/records"
import { affiliateService, loadAffiliate, loadReferral, loadSite } from "../steps/load"
import { conflict, forbidden, invalid, notFound } from "../steps/errors"
import type { Actor } from "../recruit/status"

export { checkLandingPath }

export type ReferralInput = {
  id?: string
  affiliate_id?: string
  site_id?: string | null
  name?: string
  slug?: string
  landing_path?: string
  utm_source?: string | null
  utm_medium?: string | null
  utm_campaign?: string | null
  status?: "active" | "archived"
  metadata?: Record<string, unknown> | null
  /**
   * Who asks. A partner ("customer") works on their own links only (affiliate_id
   * is theirs), while their account is active, on sites they are approved for,
   * up to PARTNER_LINK_LIMIT links. The operator is held to none of that.
   */
  actor?: Actor
}

function enforce(check: PartnerLinkCheck) {
  if (check.ok) return
  throw check.kind === "forbidden" ? forbidden(check.message) : check.kind === "not_found" ? notFound(check.message) : conflict(check.message)
}

/** The partner rules, checked before anything else when a partner creates or edits a link from the portal. */
async function checkPartnerReferral(container: any, input: ReferralInput, affiliate: any, current: any) {
  const svc = affiliateService(container)
  // Someone else's link is "not found", so ids are never confirmed.
  if (current && current.affiliate_id !== input.affiliate_id) throw notFound(`Referral ${input.id} was not found.`)
  enforce(partnerMayChangeLinks(affiliate))
  const siteId = current ? (input.status === "active" && current.status !== "active" ? current.site_id : null) : input.site_id
  if (!current && !siteId) throw invalid("site_id: choose the site this link leads to.")
  if (siteId) {
    // A new link, or an archived one made active again: the site must still be approved.
    const [site] = await svc.listAffiliateSites({ id: siteId }, { take: 1 })
    const [authorization] = await svc.listAffiliateSiteAuthorizations({ affiliate_id: affiliate.id, site_id: siteId }, { take: 1 })
    enforce(partnerMayLinkSite(affiliate, siteId, site, authorization?.status))
  }
  if (!current) {
    const [, count] = await svc.listAndCountAffiliateReferrals({ affiliate_id: affiliate.id }, { take: 1, select: ["id"] })
    enforce(partnerMayAddLink(count))
  }
}

const prepareReferralStep = createStep("prepare-affiliate-referral", async (input: ReferralInput, { container }) => {
  const svc = affiliateService(container)
  const current = input.id ? await loadReferral(container, input.id) : null
  const affiliate = await loadAffiliate(container, current?.affiliate_id ?? input.affiliate_id!)
  if (input.actor?.type === "customer") await checkPartnerReferral(container, input, affiliate, current)
  if (affiliate.status === "disabled" || affiliate.status === "rejected") {
    throw conflict(`A ${affiliate.status} affiliate cannot have new or changed referrals.`)
  }
  const { actor: _actor, ...fields } = input
  const data: Record<string, unknown> = { ...fields, ...normalizeUtm(input) }
  // A link never moves to another partner; the id only proved whose it is.
  if (current) delete data.affiliate_id
  if (input.site_id) {
    const site = await loadSite(container, input.site_id)
    if (site.program_id !== affiliate.program_id) throw invalid("site_id: the site belongs to another program.")
  }
  if (input.landing_path !== undefined) {
    const problem = checkLandingPath(input.landing_path)
    if (problem) throw invalid(problem)
  }
  if (input.slug !== undefined) {
    const check = checkSlug(input.slug)
    if (!check.ok) throw invalid(`slug: ${check.message}`)
    const [clash] = await svc.listAffiliateReferrals({ slug: check.slug })
    if (clash && clash.id !== input.id) throw conflict(`The slug "${check.slug}" is already taken; choose another.`)
    data.slug = check.slug
  } else if (!current) {
    const base = `${affiliate.name} ${input.name ?? ""}`
    // Slugs hold only [a-z0-9-], so the prefix has no LIKE wildcards in it.
    const taken = await svc.listAffiliateReferrals(
      { slug: { $like: `${freeSlugPrefix(base)}%` } },
      { select: ["slug"], withDeleted: true } as any
    )
    data.slug = nextFreeSlug(base, new Set(taken.map((r) => r.slug)))
  }
  return new StepResponse(data)
})

/** A channel sub-account for a partner, with its own link slug and UTM defaults. */
export const createReferralWorkflow = createWorkflow("create-affiliate-referral", (input: ReferralInput) => {
  const data = prepareReferralStep(input)
  const created = createAffiliateRecordsStep(transform({ data }, ({ data }) => ({ entity: "Referral" as const, data: [data] })))
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})

export const updateReferralWorkflow = createWorkflow("update-affiliate-referral", (input: ReferralInput & { id: string }) => {
  const data = prepareReferralStep(input)
  const updated = updateAffiliateRecordsStep(
    transform({ data }, ({ data }) => ({ entity: "Referral" as const, data: [data as { id: string }] }))
  )
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
