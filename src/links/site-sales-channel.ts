import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import AffiliateModule from "../modules/affiliate"

/** The sales channel whose orders belong to a site. */
export default defineLink(
  { linkable: AffiliateModule.linkable.affiliateSite, field: "sales_channel_id" },
  SalesChannelModule.linkable.salesChannel,
  { readOnly: true }
)
