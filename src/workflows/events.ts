/** Events the plugin emits, for notifications, webhooks and the host store's own subscribers. */
export const AffiliateEvents = {
  CREATED: "affiliate.created",
  STATUS_CHANGED: "affiliate.status_changed",
  PAYOUT_DETAILS_CHANGED: "affiliate.payout_details_changed",
  INVITATION_CREATED: "affiliate.invitation_created",
  INVITATION_ACCEPTED: "affiliate.invitation_accepted",
  SITE_AUTHORIZATION_CHANGED: "affiliate.site_authorization_changed",
  /** A partner asked for a code; `status` says whether it was granted at once or waits for review. */
  CODE_REQUEST_CREATED: "affiliate.code_request_created",
  /** A code request was approved or refused by an operator, or withdrawn by the partner. */
  CODE_REQUEST_DECIDED: "affiliate.code_request_decided",
  COMMISSION_CREATED: "affiliate.commission_created",
  COMMISSION_REVERSED: "affiliate.commission_reversed",
  PAYOUT_CREATED: "affiliate.payout_created",
  PAYOUT_PAID: "affiliate.payout_paid",
  PAYOUT_FAILED: "affiliate.payout_failed",
} as const
