import { AFFILIATE_MODULE } from "../../modules/affiliate"
import type AffiliateModuleService from "../../modules/affiliate/service"
import { notFound } from "./errors"

type Container = { resolve: (key: string) => unknown }

export function affiliateService(container: Container): AffiliateModuleService {
  return container.resolve(AFFILIATE_MODULE) as AffiliateModuleService
}

/** The program named by id, or the store's default program when none is named. */
export async function loadProgram(container: Container, programId?: string | null) {
  const svc = affiliateService(container)
  const [program] = await svc.listAffiliatePrograms(programId ? { id: programId } : { is_default: true }, { take: 1 })
  if (!program) {
    throw notFound(programId ? `Program ${programId} was not found.` : "No default program exists; create one first.")
  }
  return program
}

export async function loadAffiliate(container: Container, id: string) {
  const [affiliate] = await affiliateService(container).listAffiliates({ id }, { take: 1 })
  if (!affiliate) throw notFound(`Affiliate ${id} was not found.`)
  return affiliate
}

export async function loadSite(container: Container, id: string) {
  const [site] = await affiliateService(container).listAffiliateSites({ id }, { take: 1 })
  if (!site) throw notFound(`Site ${id} was not found.`)
  return site
}

export async function loadReferral(container: Container, id: string) {
  const [referral] = await affiliateService(container).listAffiliateReferrals({ id }, { take: 1 })
  if (!referral) throw notFound(`Referral ${id} was not found.`)
  return referral
}
