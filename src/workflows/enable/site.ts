import { Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkLandingUrl, normalizeDomain } from "../../domain/enable/domain-name"
import { createAffiliateRecordsStep, updateAffiliateRecordsStep } from "../steps/records"
import { affiliateService, loadProgram, loadSite } from "../steps/load"
import { conflict, invalid } from "../steps/errors"

export type SiteInput = {
  id?: string
  program_id?: string
  name?: string
  domain?: string
  sales_channel_id?: string | null
  landing_url?: string
  locale?: string | null
  status?: "active" | "archived"
  metadata?: Record<string, unknown> | null
}

const prepareSiteStep = createStep("prepare-affiliate-site", async (input: SiteInput, { container }) => {
  const svc = affiliateService(container)
  const current = input.id ? await loadSite(container, input.id) : null
  const data: Record<string, unknown> = { ...input }
  if (!current) data.program_id = (await loadProgram(container, input.program_id)).id
  const domainInput = input.domain ?? current?.domain
  const domain = normalizeDomain(domainInput ?? "")
  if (!domain.ok) throw invalid(`domain: ${domain.message}`)
  if (input.domain !== undefined) {
    data.domain = domain.domain
    const [clash] = await svc.listAffiliateSites({ domain: domain.domain })
    if (clash && clash.id !== input.id) throw conflict(`The domain ${domain.domain} already belongs to the site "${clash.name}".`)
  }
  const landing = input.landing_url ?? current?.landing_url
  if (landing !== undefined) {
    const check = checkLandingUrl(landing, domain.domain)
    if (!check.ok) throw invalid(`landing_url: ${check.message}`)
  }
  if (input.sales_channel_id) {
    const channels = await (container.resolve(Modules.SALES_CHANNEL) as any).listSalesChannels({ id: input.sales_channel_id })
    if (!channels.length) throw invalid(`sales_channel_id: sales channel ${input.sales_channel_id} does not exist.`)
    const [taken] = await svc.listAffiliateSites({ sales_channel_id: input.sales_channel_id })
    if (taken && taken.id !== input.id) {
      throw conflict(`The sales channel is already the site "${taken.name}"; a sales channel belongs to one site.`)
    }
  }
  return new StepResponse(data)
})

export const createAffiliateSiteWorkflow = createWorkflow("create-affiliate-site", (input: SiteInput) => {
  const data = prepareSiteStep(input)
  const created = createAffiliateRecordsStep(transform({ data }, ({ data }) => ({ entity: "Site" as const, data: [data] })))
  return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
})

export const updateAffiliateSiteWorkflow = createWorkflow("update-affiliate-site", (input: SiteInput & { id: string }) => {
  const data = prepareSiteStep(input)
  const updated = updateAffiliateRecordsStep(
    transform({ data }, ({ data }) => ({ entity: "Site" as const, data: [data as { id: string }] }))
  )
  return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
})
