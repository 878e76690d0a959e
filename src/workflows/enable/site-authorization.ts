import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAffiliateRecordsStep, updateAffiliateRecordsStep } from "../steps/records"
import { affiliateService, loadAffiliate, loadSite } from "../steps/load"
import { conflict, forbidden, notFound } from "../steps/errors"
import { AffiliateEvents } from "../events"

export type SetSiteAuthorizationInput = {
  affiliate_id: string
  site_id: string
  status: "requested" | "approved" | "revoked"
  note?: string | null
  actor: { type: "user" | "customer"; id: string | null }
}

const prepareAuthorizationStep = createStep(
  "prepare-affiliate-site-authorization",
  async (input: SetSiteAuthorizationInput, { container }) => {
    const affiliate = await loadAffiliate(container, input.affiliate_id)
    const site = await loadSite(container, input.site_id)
    if (site.program_id !== affiliate.program_id) {
      throw conflict(`The site "${site.name}" belongs to another program than this affiliate.`)
    }
    if (input.actor.type === "customer" && ["suspended", "disabled", "rejected"].includes(affiliate.status)) {
      // A partner who may not promote anything now files no requests either; the operator can still decide.
      throw forbidden(`Your partner account is ${affiliate.status}, so it cannot request sites. Contact the program team.`)
    }
    if (affiliate.status === "disabled" || affiliate.status === "rejected") {
      throw conflict(`A ${affiliate.status} affiliate cannot be authorized for sites.`)
    }
    const [existing] = await affiliateService(container).listAffiliateSiteAuthorizations({
      affiliate_id: affiliate.id,
      site_id: site.id,
    })
    if (input.actor.type === "customer" && existing) {
      // A partner may ask once; the operator decides from there.
      throw conflict(`You already have a ${existing.status} authorization for ${site.name}.`)
    }
    const decided = input.actor.type === "user" && input.status !== "requested"
    const fields = {
      status: input.status,
      note: input.note ?? null,
      decided_by: decided ? input.actor.id : null,
      decided_at: decided ? new Date() : null,
    }
    return new StepResponse({ existing: existing ?? null, fields })
  }
)

/**
 * Authorizes (or requests, or revokes) an affiliate for a site. One row per
 * affiliate and site; its status moves, it is never duplicated.
 */
export const setSiteAuthorizationWorkflow = createWorkflow(
  "set-affiliate-site-authorization",
  (input: SetSiteAuthorizationInput) => {
    const prepared = prepareAuthorizationStep(input)
    const createInput = transform({ prepared, input }, ({ prepared, input }) => ({
      entity: "SiteAuthorization" as const,
      data: prepared.existing ? [] : [{ affiliate_id: input.affiliate_id, site_id: input.site_id, ...prepared.fields }],
    }))
    const created = createAffiliateRecordsStep(createInput)
    const updateInput = transform({ prepared }, ({ prepared }) => ({
      entity: "SiteAuthorization" as const,
      data: prepared.existing ? [{ id: prepared.existing.id, ...prepared.fields }] : [],
    }))
    const updated = updateAffiliateRecordsStep(updateInput)
    const authorization = transform({ created, updated }, ({ created, updated }) => created[0] ?? updated[0])
    const event = transform({ authorization }, ({ authorization }) => ({
      eventName: AffiliateEvents.SITE_AUTHORIZATION_CHANGED,
      data: { id: authorization.id, affiliate_id: authorization.affiliate_id, site_id: authorization.site_id, status: authorization.status },
    }))
    emitEventStep(event)
    return new WorkflowResponse(authorization)
  }
)

/** Changes an authorization by its id (admin approve / revoke buttons). */
export async function loadSiteAuthorization(container: { resolve: (k: string) => unknown }, id: string) {
  const [authorization] = await affiliateService(container).listAffiliateSiteAuthorizations({ id })
  if (!authorization) throw notFound(`Site authorization ${id} was not found.`)
  return authorization
}
