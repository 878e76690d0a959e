import { MedusaService } from "@medusajs/framework/utils"
import Program from "./models/program"
import Site from "./models/site"
import Affiliate from "./models/affiliate"
import AffiliateStatusChange from "./models/affiliate-status-change"
import Invitation from "./models/invitation"
import SiteAuthorization from "./models/site-authorization"
import Referral from "./models/referral"
import Voucher from "./models/voucher"
import VoucherCode from "./models/voucher-code"
import Click from "./models/click"
import Attribution from "./models/attribution"
import CommissionRule from "./models/commission-rule"
import Commission from "./models/commission"
import Payout from "./models/payout"
import PayoutItem from "./models/payout-item"
import { resolveAffiliateOptions, ResolvedAffiliateOptions } from "./options"

/*
 * Keys match the models' names (affiliate_site -> AffiliateSite), which is
 * how Medusa's query graph finds the service methods behind module links.
 */
class AffiliateModuleService extends MedusaService({
  AffiliateProgram: Program,
  AffiliateSite: Site,
  Affiliate,
  AffiliateStatusChange,
  AffiliateInvitation: Invitation,
  AffiliateSiteAuthorization: SiteAuthorization,
  AffiliateReferral: Referral,
  AffiliateVoucher: Voucher,
  AffiliateVoucherCode: VoucherCode,
  AffiliateClick: Click,
  AffiliateAttribution: Attribution,
  AffiliateCommissionRule: CommissionRule,
  AffiliateCommission: Commission,
  AffiliatePayout: Payout,
  AffiliatePayoutItem: PayoutItem,
}) {
  protected readonly options_: ResolvedAffiliateOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = resolveAffiliateOptions(options)
  }

  /** Subscribers and workflows receive no plugin options; they read them here. */
  getOptions(): ResolvedAffiliateOptions {
    return this.options_
  }
}

export default AffiliateModuleService
