import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import AffiliateModule from "../modules/affiliate"

/** The referred customer. Never exposed to partners: they see a pseudonym. */
export default defineLink(
  { linkable: AffiliateModule.linkable.affiliateAttribution, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
