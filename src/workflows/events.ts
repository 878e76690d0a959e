/** Events the plugin emits, for notifications, webhooks and the host store's own subscribers. */
export const AffiliateEvents = {
  CREATED: "affiliate.created",
  STATUS_CHANGED: "affiliate.status_changed",
  PAYOUT_DETAILS_CHANGED: "affiliate.payout_details_changed",
  INVITATION_CREATED: "affiliate.invitation_created",
  INVITATION_ACCEPTED: "affiliate.invitation_accepted",
  SITE_AUTHORIZATION_CHANGED: "affiliate.site_authorization_changed",
  COMMISSION_CREATED: "affiliate.commission_created",
  COMMISSION_REVERSED: "affiliate.commission_reversed",
  PAYOUT_CREATED: "affiliate.payout_created",
  PAYOUT_PAID: "affiliate.payout_paid",
  PAYOUT_FAILED: "affiliate.payout_failed",
} as const
