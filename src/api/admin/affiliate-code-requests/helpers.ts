import { affiliateService } from "../../../workflows/steps/load"
import { notFound } from "../../utils/http"

type Scope = { resolve: (k: string) => unknown }
type Row = Record<string, any>

const byId = (rows: Row[]) => new Map(rows.map((r) => [r.id, r]))

/**
 * Code requests as the operator's queue shows them: with the partner, the
 * link and the voucher (the one an alias is for, or the one approval made),
 * each loaded once for the whole page.
 */
export async function withContext(scope: Scope, requests: Row[]) {
  const svc = affiliateService(scope)
  const ids = (key: string) => [...new Set(requests.map((r) => r[key]).filter(Boolean))] as string[]
  const [affiliates, referrals, vouchers] = await Promise.all([
    ids("affiliate_id").length ? svc.listAffiliates({ id: ids("affiliate_id") }, { select: ["id", "name", "email", "status", "kind"] }) : [],
    ids("referral_id").length ? svc.listAffiliateReferrals({ id: ids("referral_id") }, { select: ["id", "name", "slug", "status", "site_id"] }) : [],
    ids("voucher_id").length ? svc.listAffiliateVouchers({ id: ids("voucher_id") }, { select: ["id", "code", "status", "promotion_id"], withDeleted: true } as any) : [],
  ])
  const a = byId(affiliates as Row[])
  const r = byId(referrals as Row[])
  const v = byId(vouchers as Row[])
  return requests.map((request) => ({
    ...request,
    affiliate: a.get(request.affiliate_id) ?? null,
    referral: r.get(request.referral_id) ?? null,
    voucher: request.voucher_id ? v.get(request.voucher_id) ?? null : null,
  }))
}

export async function retrieveCodeRequest(scope: Scope, id: string) {
  const [request] = await affiliateService(scope).listAffiliateCodeRequests({ id }, { take: 1 })
  if (!request) throw notFound(`Code request ${id} was not found.`)
  return (await withContext(scope, [request]))[0]
}
