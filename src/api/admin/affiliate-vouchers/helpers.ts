import { affiliateService } from "../../../workflows/steps/load"
import { notFound } from "../../utils/http"

export async function retrieveVoucher(scope: { resolve: (k: string) => unknown }, id: string) {
  const [voucher] = await affiliateService(scope).listVouchers({ id }, { relations: ["codes", "referral"] })
  if (!voucher) throw notFound(`Voucher ${id} was not found.`)
  return voucher
}
