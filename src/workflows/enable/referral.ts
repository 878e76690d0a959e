import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkSlug, freeSlugPrefix, nextFreeSlug } from "../../domain/enable/slug"
import { normalizeUtm } from "../../domain/enable/utm"
import { createAffiliateRecordsStep, updateAffiliateRecordsStep } from "../steps/records"
import { affiliateService, loadAffiliate, loadReferral, loadSite } from "../steps/load"
import { conflict, invalid } from "../steps/errors"

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
}

/** Landing paths are appended to a site's own host: a path, never another host. */
export function checkLandingPath(path: string): string | null {
  if (!path.startsWith("/") || path.startsWith("//") || /[\s\\]/.test(path) || path.length > 512) {
    return "landing_path must be a path on the site, such as /summer-sale (starting with a single /)."
  }
  return null
}

const prepareReferralStep = createStep("prepare-affiliate-referral", async (input: ReferralInput, { container }) => {
  const svc = affiliateService(container)
  const current = input.id ? await loadReferral(container, input.id) : null
  const affiliate = await loadAffiliate(container, current?.affiliate_id ?? input.affiliate_id!)
  if (affiliate.status === "disabled" || affiliate.status === "rejected") {
    throw conflict(`A ${affiliate.status} affiliate cannot have new or changed referrals.`)
  }
  const data: Record<string, unknown> = { ...input, ...normalizeUtm(input) }
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
