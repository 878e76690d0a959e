import { affiliateService } from "../../../workflows/steps/load"
import { notFound } from "../../utils/http"

export async function retrieveAffiliateVoucher(scope: { resolve: (k: string) => unknown }, id: string) {
  const [voucher] = await affiliateService(scope).listAffiliateVouchers({ id }, { relations: ["codes", "referral"] })
  if (!voucher) throw notFound(`Voucher ${id} was not found.`)
  return voucher
}
