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

class AffiliateModuleService extends MedusaService({
  Program,
  Site,
  Affiliate,
  AffiliateStatusChange,
  Invitation,
  SiteAuthorization,
  Referral,
  Voucher,
  VoucherCode,
  Click,
  Attribution,
  CommissionRule,
  Commission,
  Payout,
  PayoutItem,
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
