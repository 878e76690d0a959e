import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import AffiliateModule from "../modules/affiliate"

/** The storefront customer account an affiliate signs in to the portal with. */
export default defineLink(
  { linkable: AffiliateModule.linkable.affiliate, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
