import { defineLink } from "@medusajs/framework/utils"
import PromotionModule from "@medusajs/medusa/promotion"
import AffiliateModule from "../modules/affiliate"

/** The Medusa promotion that gives a voucher's shopper an incentive. */
export default defineLink(
  { linkable: AffiliateModule.linkable.affiliateVoucher, field: "promotion_id" },
  PromotionModule.linkable.promotion,
  { readOnly: true }
)
